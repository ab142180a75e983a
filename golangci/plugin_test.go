package golangci_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authcheck/authcheck/analyzers/all"
	"github.com/authcheck/authcheck/analyzers/jwtcheck"
	"github.com/authcheck/authcheck/analyzers/pwhash"
	_ "github.com/authcheck/authcheck/golangci"
)

// build constructs the plugin the way golangci-lint does: by name from the
// registry, with settings as decoded YAML (maps of any).
func build(t *testing.T, settings any) ([]*analysis.Analyzer, error) {
	t.Helper()
	t.Cleanup(func() {
		// Thresholds are process-global; leave the defaults for other tests.
		if _, err := construct(nil); err != nil {
			t.Errorf("restoring defaults: %v", err)
		}
	})
	return construct(settings)
}

func construct(settings any) ([]*analysis.Analyzer, error) {
	newPlugin, err := register.GetPlugin("authcheck")
	if err != nil {
		return nil, err
	}
	p, err := newPlugin(settings)
	if err != nil {
		return nil, err
	}
	if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
		return nil, fmt.Errorf("GetLoadMode() = %q, want %q", mode, register.LoadModeTypesInfo)
	}
	return p.BuildAnalyzers()
}

func byName(t *testing.T, analyzers []*analysis.Analyzer, name string) *analysis.Analyzer {
	t.Helper()
	for _, a := range analyzers {
		if a.Name == name {
			return a
		}
	}
	t.Fatalf("no analyzer %q among %d", name, len(analyzers))
	return nil
}

func names(analyzers []*analysis.Analyzer) []string {
	var out []string
	for _, a := range analyzers {
		out = append(out, a.Name)
	}
	return out
}

func TestBuildAnalyzersReturnsAllAnalyzers(t *testing.T) {
	for _, settings := range []any{nil, map[string]any{}} {
		got, err := build(t, settings)
		if err != nil {
			t.Fatalf("settings %#v: %v", settings, err)
		}
		want := all.Analyzers()
		if !slices.Equal(names(got), names(want)) {
			t.Errorf("settings %#v: analyzers %v, want %v", settings, names(got), names(want))
		}
		for i, a := range got {
			if err := analysis.Validate([]*analysis.Analyzer{a}); err != nil {
				t.Errorf("%s: %v", a.Name, err)
			}
			if a == want[i] {
				t.Errorf("%s is the package-level analyzer itself; want a wrapped copy", a.Name)
			}
		}
	}
}

func TestBadSettingsAreClearErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings any
		want     []string // substrings of the error
	}{
		{"misspelt key", map[string]any{"disabled": []any{"AC103"}}, []string{`unknown field "disabled"`, "known keys: disable, analyzers, tests"}},
		{"disable not a list", map[string]any{"disable": "AC103"}, []string{"disable", "[]string"}},
		{"unknown rule", map[string]any{"disable": []any{"AC999"}}, []string{`"AC999" is neither a rule ID`, "pwhash"}},
		{"probe rule", map[string]any{"disable": []any{"AP201"}}, []string{"AP201 is a live-probe rule"}},
		{"unknown analyzer", map[string]any{"analyzers": map[string]any{"pwhsh": map[string]any{"bcrypt-min-cost": 12}}}, []string{`unknown analyzer "pwhsh"`, "have pwhash"}},
		{"unknown flag", map[string]any{"analyzers": map[string]any{"pwhash": map[string]any{"bcrypt-cost": 12}}}, []string{"analyzers.pwhash.bcrypt-cost: unknown setting", "bcrypt-min-cost"}},
		{"bad integer", map[string]any{"analyzers": map[string]any{"pwhash": map[string]any{"bcrypt-min-cost": "twelve"}}}, []string{"analyzers.pwhash.bcrypt-min-cost", `invalid value "twelve"`, "default 12"}},
		{"fraction for an integer", map[string]any{"analyzers": map[string]any{"pwhash": map[string]any{"bcrypt-min-cost": 12.5}}}, []string{`invalid value "12.5"`}},
		{"list value", map[string]any{"analyzers": map[string]any{"pwhash": map[string]any{"argon2-line": []any{"1:47104"}}}}, []string{"argon2-line", "want a string, number or boolean"}},
		{"bad duration", map[string]any{"analyzers": map[string]any{"jwtcheck": map[string]any{"max-access-lifetime": "fortnight"}}}, []string{"analyzers.jwtcheck.max-access-lifetime", `invalid value "fortnight"`}},
		{"tests not a bool", map[string]any{"tests": "yes"}, []string{"tests", "bool"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := build(t, tc.settings)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.HasPrefix(err.Error(), "authcheck settings: ") {
				t.Errorf("error %q does not say it is about authcheck's settings", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

// TestFailedSettingsLeaveDefaults checks that a setting applied before a
// bad one is rolled back.
func TestFailedSettingsLeaveDefaults(t *testing.T) {
	_, err := build(t, map[string]any{"analyzers": map[string]any{
		"jwtcheck": map[string]any{"max-access-lifetime": "1h"},
		"pwhash":   map[string]any{"bcrypt-min-cost": "x"},
	}})
	if err == nil {
		t.Fatal("no error")
	}
	if got := jwtcheck.Analyzer.Flags.Lookup("max-access-lifetime").Value.String(); got != "15m0s" {
		t.Errorf("max-access-lifetime = %s after a failed construction, want the default 15m0s", got)
	}
}

func TestAnalyzerSettingsSetFlags(t *testing.T) {
	if _, err := build(t, map[string]any{"analyzers": map[string]any{
		"pwhash":   map[string]any{"bcrypt-min-cost": 14, "argon2-line": "2:65536,3:32768", "pbkdf2-sha256-min-iter": 1_000_000},
		"jwtcheck": map[string]any{"max-access-lifetime": "5m"},
	}}); err != nil {
		t.Fatal(err)
	}
	for flagSet, want := range map[*analysis.Analyzer]map[string]string{
		pwhash.Analyzer:   {"bcrypt-min-cost": "14", "argon2-line": "2:65536,3:32768", "pbkdf2-sha256-min-iter": "1000000", "bcrypt-weak-cost": "10"},
		jwtcheck.Analyzer: {"max-access-lifetime": "5m0s"},
	} {
		for name, value := range want {
			if got := flagSet.Flags.Lookup(name).Value.String(); got != value {
				t.Errorf("-%s.%s = %s, want %s", flagSet.Name, name, got, value)
			}
		}
	}
	// A later construction starts from the defaults again.
	if _, err := construct(map[string]any{}); err != nil {
		t.Fatal(err)
	}
	if got := pwhash.Analyzer.Flags.Lookup("bcrypt-min-cost").Value.String(); got != "12" {
		t.Errorf("bcrypt-min-cost = %s after constructing without settings, want the default 12", got)
	}
}

// TestDisabledRuleIsDropped runs pwhash through the plugin on a package
// with AC101, AC102 and AC103 findings. With AC103 disabled, analysistest
// fails on any AC103 diagnostic, since the fixture has no want for it.
func TestDisabledRuleIsDropped(t *testing.T) {
	analyzers, err := build(t, map[string]any{"disable": []any{"ac103"}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), byName(t, analyzers, "pwhash"), "example.com/signup")
}

// TestFixtureHasTheDisabledRule is the control for TestDisabledRuleIsDropped:
// without the setting, the fixture does produce AC103.
func TestFixtureHasTheDisabledRule(t *testing.T) {
	analyzers, err := build(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := diagnostics(t, byName(t, analyzers, "pwhash"), "example.com/signup")
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "signup.go:23: ") && strings.HasSuffix(s, "(AC103)") }) {
		t.Errorf("no AC103 on signup.go:23 without settings; got %q", got)
	}
}

// TestThresholdReachesAnalyzer lowers the bcrypt minimum to 11, so the
// cost-11 call is no longer reported.
func TestThresholdReachesAnalyzer(t *testing.T) {
	analyzers, err := build(t, map[string]any{"analyzers": map[string]any{"pwhash": map[string]any{"bcrypt-min-cost": 11}}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), byName(t, analyzers, "pwhash"), "example.com/signup")
}

func TestDisabledAnalyzerIsNotRun(t *testing.T) {
	analyzers, err := build(t, map[string]any{"disable": []any{"jwtcheck", "AC101"}})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(names(analyzers), "jwtcheck") {
		t.Errorf("jwtcheck still built: %v", names(analyzers))
	}
	if !slices.Contains(names(analyzers), "pwhash") {
		t.Errorf("pwhash missing: %v", names(analyzers))
	}
}

func TestTestFilesFollowTheTestsSetting(t *testing.T) {
	analyzers, err := build(t, map[string]any{"tests": false})
	if err != nil {
		t.Fatal(err)
	}
	// The fixture's only finding is in its _test.go file, without a want.
	analysistest.Run(t, analysistest.TestData(), byName(t, analyzers, "pwhash"), "example.com/signuptests")

	analyzers, err = build(t, map[string]any{"tests": true})
	if err != nil {
		t.Fatal(err)
	}
	got := diagnostics(t, byName(t, analyzers, "pwhash"), "example.com/signuptests")
	if len(got) != 1 || !strings.HasPrefix(got[0], "signuptests_test.go:11: ") || !strings.HasSuffix(got[0], "(AC101)") {
		t.Errorf("with tests: true, diagnostics = %q; want one AC101 in signuptests_test.go:11", got)
	}
}

// diagnostics runs a on the package and returns "file:line: message" for
// each diagnostic, ignoring want comments.
func diagnostics(t *testing.T, a *analysis.Analyzer, pkg string) []string {
	t.Helper()
	var out []string
	for _, r := range analysistest.Run(discard{}, analysistest.TestData(), a, pkg) {
		if r.Err != nil {
			t.Fatalf("%s: %v", pkg, r.Err)
		}
		for _, d := range r.Diagnostics {
			p := r.Pass.Fset.Position(d.Pos)
			out = append(out, fmt.Sprintf("%s:%d: %s", filepath.Base(p.Filename), p.Line, d.Message))
		}
	}
	return out
}

// discard is an analysistest.Testing that ignores want mismatches.
type discard struct{}

func (discard) Errorf(string, ...any) {}
