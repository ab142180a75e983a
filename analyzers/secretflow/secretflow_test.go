package secretflow_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authcheck/authcheck/analyzers/secretflow"
	"github.com/authcheck/authcheck/rules"
)

// withRuleIDs prefixes every message with "[<rule ID>] " so that the
// testdata's // want patterns pin the rule, not just the text.
var withRuleIDs = &analysis.Analyzer{
	Name:      secretflow.Analyzer.Name,
	Doc:       secretflow.Analyzer.Doc,
	Requires:  secretflow.Analyzer.Requires,
	FactTypes: secretflow.Analyzer.FactTypes,
	Run: func(pass *analysis.Pass) (any, error) {
		wrapped := *pass
		wrapped.Report = func(d analysis.Diagnostic) {
			d.Message = "[" + d.Category + "] " + d.Message
			pass.Report(d)
		}
		return secretflow.Analyzer.Run(&wrapped)
	},
}

func TestValidate(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{secretflow.Analyzer}); err != nil {
		t.Fatal(err)
	}
}

// TestAnalyzer runs the analyzer over a small service: a token package, a
// logging helper package (facts), an API client, a database/sql store,
// HTTP handlers, a mailer, a CLI, logging with zap, zerolog and logrus
// (stubs with the real signatures), and a Redis cache.
func TestAnalyzer(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), withRuleIDs,
		"example.com/app/tokens",
		"example.com/app/diag",
		"example.com/app/client",
		"example.com/app/store",
		"example.com/app/mailer",
		"example.com/app/handlers",
		"example.com/app/cli",
		"example.com/app/zaplog",
		"example.com/app/zerologs",
		"example.com/app/logruslog",
		"example.com/app/cache",
		"example.com/app/apikeys",
		"example.com/app/negatives",
		"example.com/app/hostile",
	)
	seen := map[string]bool{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			seen[d.Category] = true
			rule, ok := rules.Lookup(d.Category)
			if !ok {
				t.Errorf("%s: diagnostic category %q is not a registered rule", r.Pass.Fset.Position(d.Pos), d.Category)
				continue
			}
			if rule.Source != secretflow.Analyzer.Name {
				t.Errorf("rule %s: Source %q, want secretflow", rule.ID, rule.Source)
			}
		}
	}
	for _, id := range []string{"AC901", "AC902", "AC903", "AC904", "AC905", "AC906", "AC907", "AC908", "AC909"} {
		if !seen[id] {
			t.Errorf("no testdata case produced %s", id)
		}
	}
}

// errorsOnly records analysistest's complaints instead of failing.
type errorsOnly struct{ n int }

func (e *errorsOnly) Errorf(string, ...any) { e.n++ }

// TestFlags checks that the flags exist and that an out-of-range
// -max-depth is refused with an error rather than a silent run.
func TestFlags(t *testing.T) {
	for _, name := range []string{"max-depth", "files"} {
		if secretflow.Analyzer.Flags.Lookup(name) == nil {
			t.Fatalf("no flag -%s", name)
		}
	}
	if err := secretflow.Analyzer.Flags.Set("max-depth", "0"); err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(&errorsOnly{}, analysistest.TestData(), withRuleIDs, "example.com/app/tokens")
	if err := secretflow.Analyzer.Flags.Set("max-depth", "10"); err != nil {
		t.Fatal(err)
	}
	if len(results) == 0 || results[0].Err == nil {
		t.Error("-max-depth=0 accepted")
	}
}
