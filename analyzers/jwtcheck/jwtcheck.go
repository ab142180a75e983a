package jwtcheck

import (
	"go/ast"
	"go/token"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer checks JWT verification and issuance (rules AC301–AC309).
var Analyzer = &analysis.Analyzer{
	Name:     "jwtcheck",
	Doc:      Doc,
	URL:      "https://pkg.go.dev/github.com/authcheck/authcheck/analyzers/jwtcheck",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

// maxAccessLifetime is the longest access-token lifetime AC308 accepts.
// The checklist item tokens.access-lifetime asks for 15 minutes.
var maxAccessLifetime = 15 * time.Minute

func init() {
	Analyzer.Flags.DurationVar(&maxAccessLifetime, "max-access-lifetime", maxAccessLifetime,
		"longest accepted access-token lifetime (AC308)")
}

// Rule IDs, one per finding kind; the catalogue is rules/ac3xx.go.
const (
	ruleNone               = "AC301"
	ruleAlgorithmNotPinned = "AC302"
	ruleUnverifiedClaims   = "AC303"
	ruleUncheckedParse     = "AC304"
	ruleNoIssuer           = "AC305"
	ruleNoAudience         = "AC306"
	ruleNoExpiryRequired   = "AC307"
	ruleLongAccessToken    = "AC308"
	ruleHardcodedKey       = "AC309"
)

// checker carries one pass's state.
type checker struct {
	*index
	reported map[reportKey]bool
}

type reportKey struct {
	pos  token.Pos
	rule string
}

func run(pass *analysis.Pass) (any, error) {
	if !importsJWT(pass.Pkg) {
		return nil, nil
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{index: newIndex(pass, insp), reported: map[reportKey]bool{}}
	sites, origins := c.collectParses()

	c.checkNone()
	c.checkAlgorithmPinned(sites)
	c.checkUnverified(sites)
	c.checkParseErrors(sites)
	c.checkClaimsOptions(sites, origins)
	c.checkOtherClaims(sites)
	c.checkLifetimes()
	c.checkNoExpiry()
	c.checkKeys(sites)
	return nil, nil
}

// report emits a diagnostic once per position and rule.
func (c *checker) report(rule string, node ast.Node, msg string, fixes ...analysis.SuggestedFix) {
	if node == nil {
		return
	}
	key := reportKey{node.Pos(), rule}
	if c.reported[key] {
		return
	}
	c.reported[key] = true
	c.pass.Report(analysis.Diagnostic{
		Pos:            node.Pos(),
		End:            node.End(),
		Category:       rule,
		Message:        msg,
		SuggestedFixes: fixes,
	})
}

// line returns the line number of pos, for messages that point at a
// second place.
func (c *checker) line(pos token.Pos) int {
	return c.pass.Fset.Position(pos).Line
}
