package tlsconfig_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authcheck/authcheck/analyzers/tlsconfig"
	"github.com/authcheck/authcheck/rules"
)

// Each package mixes positives with hard negatives: Go's safe defaults,
// private CAs, pinning callbacks, verified DSNs, sound HSTS policies.
// Third-party APIs (echo middleware, gin, gin-contrib/secure,
// unrolled/secure) are GOPATH-style stubs with the real field names and
// signatures, under testdata/src.
var packages = []string{"tlsclient", "tlsserver", "dbclient", "hstsmw", "proxy", "testhelpers", "odd"}

var wantChecklist = map[string]string{
	"AC601": "transport.tls-versions",
	"AC602": "transport.tls-versions",
	"AC603": "transport.verify-peers",
	"AC604": "transport.tls-ciphers",
	"AC605": "transport.verify-peers",
	"AC606": "transport.hsts",
	"AC607": "transport.hsts",
}

func TestAnalyzer(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), tlsconfig.Analyzer, packages...)
	seen := map[string]int{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			seen[d.Category]++
			rule, ok := rules.Lookup(d.Category)
			if !ok {
				t.Errorf("%s: rule %q is not registered", r.Pass.Fset.Position(d.Pos), d.Category)
				continue
			}
			if rule.Source != tlsconfig.Analyzer.Name || rule.Checklist != wantChecklist[rule.ID] {
				t.Errorf("rule %s: Source %q, Checklist %q", rule.ID, rule.Source, rule.Checklist)
			}
			if strings.Contains(d.Message, d.Category) {
				t.Errorf("%s: message repeats the rule ID: %q", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
	for id := range wantChecklist {
		if seen[id] == 0 {
			t.Errorf("no %s diagnostics in the test packages", id)
		}
	}
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), tlsconfig.Analyzer, "fix")
}

// TestNoImports checks the fast path: a package without crypto/tls or a
// web framework is only scanned for connection strings.
func TestFastPath(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), tlsconfig.Analyzer, "example.com/tlspolicy")
}
