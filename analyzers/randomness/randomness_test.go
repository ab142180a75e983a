package randomness_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authcheck/authcheck/analyzers/randomness"
	"github.com/authcheck/authcheck/rules"
)

// Test packages mix positives with hard negatives (jitter, backoff,
// sampling, shuffling, uuid request IDs, 16- and 32-byte crypto/rand
// tokens, OTP codes and GCM nonces, environment-variable names, form
// field names, JSON tags, error messages, refusing a default password,
// empty secrets). Third-party APIs (gorilla/sessions, gorilla/csrf,
// golang.org/x/oauth2, bcrypt, google/uuid) are GOPATH-style stubs with
// the real signatures under testdata/src.
var packages = []string{"tokens", "scheduler", "authcfg", "mailer", "odd"}

var wantChecklist = map[string]string{
	"AC801": "tokens.random",
	"AC802": "tokens.random",
	"AC803": "tokens.signing-keys",
}

func TestAnalyzer(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), randomness.Analyzer, packages...)
	seen := map[string]int{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			seen[d.Category]++
			rule, ok := rules.Lookup(d.Category)
			if !ok {
				t.Errorf("%s: rule %q is not registered", r.Pass.Fset.Position(d.Pos), d.Category)
				continue
			}
			if rule.Source != randomness.Analyzer.Name || rule.Checklist != wantChecklist[rule.ID] {
				t.Errorf("rule %s: Source %q, Checklist %q", rule.ID, rule.Source, rule.Checklist)
			}
			if strings.Contains(d.Message, d.Category) {
				t.Errorf("%s: message repeats the rule ID: %q", r.Pass.Fset.Position(d.Pos), d.Message)
			}
			if d.Category == "AC803" {
				for _, leak := range []string{"changeme", "hunter2", "letmein", "super-secret", "Tr0ub4dor"} {
					if strings.Contains(d.Message, leak) {
						t.Errorf("%s: message prints the credential: %q", r.Pass.Fset.Position(d.Pos), d.Message)
					}
				}
			}
		}
	}
	for id := range wantChecklist {
		if seen[id] == 0 {
			t.Errorf("no %s diagnostics in the test packages", id)
		}
	}
}
