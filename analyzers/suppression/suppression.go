// Package suppression defines an Analyzer that checks authcheck's own
// //authcheck:ignore and //nolint:authcheck directives: a directive that names no rule or an
// unknown rule silences nothing and hides a typo, and a directive without
// a justification cannot be reviewed.
//
// # Analyzer suppression
//
// suppression: check //authcheck:ignore directives
//
// It reports directives that are malformed or name a rule ID that does not
// exist (category "directive"), and, with -require-justification, directives
// without a "-- reason" (rule AC001).
package suppression

import (
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/authcheck/authcheck/internal/suppress"
	"github.com/authcheck/authcheck/rules"
)

// Doc is the analyzer's documentation.
const Doc = `check //authcheck:ignore directives

Reports directives that are malformed or name an unknown rule ID, and, with
-require-justification, directives that give no "-- reason" (AC001).`

// CategoryDirective marks malformed directives. It is not a security rule:
// drivers treat it as a usage error.
const CategoryDirective = "directive"

// Analyzer checks suppression directives.
var Analyzer = &analysis.Analyzer{
	Name: "suppression",
	Doc:  Doc,
	URL:  "https://github.com/authcheck/authcheck#suppressing-a-finding",
	Run:  run,
}

var requireJustification bool

func init() {
	Analyzer.Flags.BoolVar(&requireJustification, "require-justification", false, "report //authcheck:ignore directives without a \"-- reason\" (AC001)")
}

func unjustified(d suppress.Directive) string {
	if d.Kind == suppress.Nolint {
		return d.Syntax() + " gives no justification: add \" // reason\" so the waiver can be reviewed"
	}
	return "//authcheck:ignore " + strings.Join(d.Rules, ",") + " gives no justification: add \"-- reason\" so the waiver can be reviewed"
}

func run(pass *analysis.Pass) (any, error) {
	for _, f := range pass.Files {
		for _, d := range suppress.FileIndex(pass.Fset, f, nil).Directives {
			if d.Kind == suppress.Nosec {
				continue // gosec's annotations are gosec's to check
			}
			if d.Malformed != "" {
				pass.Report(analysis.Diagnostic{Pos: d.Pos, Category: CategoryDirective,
					Message: "malformed " + d.Syntax() + " directive: " + d.Malformed})
				continue
			}
			var unknown []string
			for _, id := range d.Rules {
				if _, ok := rules.Lookup(id); !ok {
					unknown = append(unknown, id)
				}
			}
			if len(unknown) > 0 {
				pass.Report(analysis.Diagnostic{Pos: d.Pos, Category: CategoryDirective,
					Message: d.Syntax() + " names unknown rule " + strings.Join(unknown, ", ") + " (see `authcheck rules`)"})
				continue
			}
			if requireJustification && d.Justification == "" {
				pass.Report(analysis.Diagnostic{Pos: d.Pos, Category: "AC001",
					Message: unjustified(d)})
			}
		}
	}
	return nil, nil
}
