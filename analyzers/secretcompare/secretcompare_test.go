package secretcompare_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authcheck/authcheck/analyzers/secretcompare"
	"github.com/authcheck/authcheck/rules"
)

// packages is every testdata package; each mixes findings (// want) with
// hard negatives that look alike.
var packages = []string{
	"webhook",      // GitHub/Stripe/Slack signature checks (AC202)
	"apikey",       // API-key and bearer middleware, BasicAuth (AC201)
	"csrf",         // CSRF form field and double-submit cookie
	"totp",         // OTP codes as strings (reported) and integers (not)
	"session",      // session lookup by scan, hashed token comparison
	"kdf",          // password hash derived with argon2
	"oauth",        // token_type checks (not reported), OIDC nonce, refresh token
	"etag",         // ETags and download checksums (not reported)
	"lexer",        // go/token, go/scanner, text/scanner, hand-written lexers (not reported)
	"comparefuncs", // bytes.Compare, strings.Compare, EqualFold, DeepEqual, slices.Equal, switch
	"noimport",     // the fix adds an import to a file without imports
	"renamed",      // renamed crypto/subtle import; shadowed name (no fix)
	"identifiers",  // UUIDs, token and key IDs, client IDs, path parameters, same-request pairs (issue 10)
	"plainpw",      // plaintext passwords, fast password hashes and one-time codes compared with == (issue 10)
}

func TestAnalyzer(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), secretcompare.Analyzer, packages...)
}

// TestCategories checks that every diagnostic names a registered rule of
// this analyzer, and that AC202 is exactly the diagnostics about a forged
// MAC: the want patterns of AC202 cases all match "forged byte by byte".
func TestCategories(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), secretcompare.Analyzer, packages...)
	seen := map[string]int{}
	for _, res := range results {
		for _, d := range res.Diagnostics {
			seen[d.Category]++
			rule, ok := rules.Lookup(d.Category)
			if !ok || rule.Source != secretcompare.Analyzer.Name {
				t.Errorf("%v: category %q is not a rule of %s", res.Pass.Fset.Position(d.Pos), d.Category, secretcompare.Analyzer.Name)
			}
			if mac := strings.Contains(d.Message, "forged byte by byte"); mac != (d.Category == secretcompare.RuleMAC) {
				t.Errorf("%v: category %s for message %q", res.Pass.Fset.Position(d.Pos), d.Category, d.Message)
			}
			if strings.Contains(d.Message, d.Category) {
				t.Errorf("%v: message repeats the rule ID: %q", res.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
	for _, id := range []string{secretcompare.RuleSecret, secretcompare.RuleMAC} {
		if seen[id] == 0 {
			t.Errorf("no testdata case reports %s", id)
		}
	}
}

func TestRulesRegistered(t *testing.T) {
	want := map[string]rules.Severity{secretcompare.RuleSecret: rules.Medium, secretcompare.RuleMAC: rules.High}
	for id, sev := range want {
		r, ok := rules.Lookup(id)
		if !ok {
			t.Fatalf("%s not registered", id)
		}
		if r.Severity != sev || r.Checklist != "tokens.constant-time-compare" || r.Source != "secretcompare" {
			t.Errorf("%s: severity %v, checklist %q, source %q", id, r.Severity, r.Checklist, r.Source)
		}
	}
}
