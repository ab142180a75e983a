package pwhash_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authcheck/authcheck/analyzers/pwhash"
	"github.com/authcheck/authcheck/rules"
)

// withRuleIDs wraps the analyzer so that every message starts with
// "[<rule ID>] ": the testdata's // want patterns then pin the rule (and so
// the severity) of each finding, not just its text.
var withRuleIDs = &analysis.Analyzer{
	Name:      pwhash.Analyzer.Name,
	Doc:       pwhash.Analyzer.Doc,
	Requires:  pwhash.Analyzer.Requires,
	FactTypes: pwhash.Analyzer.FactTypes,
	Run: func(pass *analysis.Pass) (any, error) {
		wrapped := *pass
		wrapped.Report = func(d analysis.Diagnostic) {
			d.Message = "[" + d.Category + "] " + d.Message
			pass.Report(d)
		}
		return pwhash.Analyzer.Run(&wrapped)
	},
}

func TestValidate(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{pwhash.Analyzer}); err != nil {
		t.Fatal(err)
	}
}

// TestAnalyzer runs the analyzer on a small shop: a user store, HTTP
// handlers, a helper package whose facts other packages use, API keys,
// ETags and checksums, TOTP, and KDF parameter choices.
func TestAnalyzer(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), withRuleIDs,
		"example.com/shop/hashutil",
		"example.com/shop/users",
		"example.com/shop/signup",
		"example.com/shop/apikeys",
		"example.com/shop/assets",
		"example.com/shop/mfa",
		"example.com/shop/passwords",
		"example.com/shop/kdfparams",
		"example.com/shop/screening",   // k-anonymity range checks, prefix cut in a helper (issue 10)
		"example.com/shop/clients",     // bcrypt of generated secrets (issue 10)
		"example.com/shop/legacylogin", // passwords recognised by use (issue 10)
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
			if rule.Source != pwhash.Analyzer.Name || rule.Checklist != "passwords.hashing" {
				t.Errorf("rule %s: Source %q, Checklist %q; want pwhash, passwords.hashing", rule.ID, rule.Source, rule.Checklist)
			}
		}
	}
	for _, id := range []string{"AC101", "AC102", "AC103", "AC105", "AC106", "AC107", "AC108", "AC109", "AC110"} {
		if !seen[id] {
			t.Errorf("no testdata case produced %s", id)
		}
	}
}

// TestArgon2iFix checks AC104 and its suggested fix (argon2.Key →
// argon2.IDKey) against legacy.go.golden.
func TestArgon2iFix(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), withRuleIDs, "example.com/shop/legacyauth")
	found := false
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if d.Category == "AC104" {
				found = true
			}
		}
	}
	if !found {
		t.Error("no AC104 diagnostic")
	}
}

// TestThresholdFlags sets every threshold flag, checks that findings
// follow them, and restores the defaults.
func TestThresholdFlags(t *testing.T) {
	set := map[string]string{
		"bcrypt-min-cost":        "14",
		"bcrypt-weak-cost":       "12",
		"argon2-line":            "2:65536,3:32768",
		"argon2-weak-ratio":      "0.25",
		"scrypt-min-n":           "1048576",
		"scrypt-weak-n":          "262144",
		"pbkdf2-sha256-min-iter": "1000000",
		"pbkdf2-sha512-min-iter": "500000",
		"pbkdf2-sha1-min-iter":   "2000000",
		"pbkdf2-weak-ratio":      "0.5",
	}
	for name, value := range set {
		f := pwhash.Analyzer.Flags.Lookup(name)
		if f == nil {
			t.Fatalf("no flag -%s", name)
		}
		old := f.Value.String()
		if err := pwhash.Analyzer.Flags.Set(name, value); err != nil {
			t.Fatalf("-%s=%s: %v", name, value, err)
		}
		t.Cleanup(func() {
			if err := pwhash.Analyzer.Flags.Set(name, old); err != nil {
				t.Errorf("restoring -%s=%s: %v", name, old, err)
			}
		})
	}
	analysistest.Run(t, analysistest.TestData(), withRuleIDs, "example.com/shop/strict")
}

func TestArgon2LineFlagRejectsBadInput(t *testing.T) {
	f := pwhash.Analyzer.Flags.Lookup("argon2-line")
	old := f.Value.String()
	defer pwhash.Analyzer.Flags.Set("argon2-line", old)
	for _, bad := range []string{"", "2", "2:x", "0:1024", "2:-5", "2:1024,,"} {
		if err := pwhash.Analyzer.Flags.Set("argon2-line", bad); err == nil {
			t.Errorf("-argon2-line=%q accepted", bad)
		}
	}
	if got := f.Value.String(); got != old {
		t.Errorf("a rejected value changed the line to %q", got)
	}
}

// TestRuleText checks that the bcrypt rules explain the 72-byte limit, as
// docs/design.md requires.
func TestRuleText(t *testing.T) {
	for _, id := range []string{"AC102", "AC103"} {
		r, ok := rules.Lookup(id)
		if !ok {
			t.Fatalf("%s not registered", id)
		}
		text := r.Why + " " + r.Fix
		for _, want := range []string{"72 bytes", "ErrPasswordTooLong", "long passphrases"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: explanation does not mention %q", id, want)
			}
		}
	}
}
