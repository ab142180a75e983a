package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// testAnalyzer stands in for a real analyzer with one threshold flag.
var testAnalyzer = func() *analysis.Analyzer {
	a := &analysis.Analyzer{Name: "pwtest", Doc: "test", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	a.Flags.Int("min-cost", 12, "minimum cost")
	return a
}()

func TestParseFull(t *testing.T) {
	c, err := Parse([]byte(`
version: 1
failOn: high
requireJustification: true
exclude: ["internal/legacy/**", "*.pb.go"]
rules:
  AC001: {severity: medium}
  ac001: {disabled: true}
analyzers:
  pwtest: {min-cost: "14"}
probes: {hstsMinMaxAge: 15552000, certExpiryWarning: 336h, allowErrors: true, tlsProfile: mozilla-modern}
`), []*analysis.Analyzer{testAnalyzer})
	if err != nil {
		t.Fatal(err)
	}
	if c.FailOn != "high" || !c.RequireJustification {
		t.Errorf("gate settings lost: %+v", c)
	}
	if got := c.Rules["AC001"]; !got.Disabled {
		t.Errorf("rules.AC001 = %+v", got)
	}
	if got := c.AnalyzerFlags["pwtest.min-cost"]; got != "14" {
		t.Errorf("analyzer flag = %q", got)
	}
	if c.Probes.HSTSMinMaxAge != 15552000 || c.Probes.CertExpiryWarning.Hours() != 336 || !c.Probes.AllowErrors || c.Probes.TLSProfile != "mozilla-modern" {
		t.Errorf("probe settings = %+v", c.Probes)
	}
	if testAnalyzer.Flags.Lookup("min-cost").Value.String() != "12" {
		t.Error("validation changed the analyzer's own flag")
	}
	if !c.Excluded("internal/legacy/a/b.go") || !c.Excluded("api/v1/x.pb.go") || c.Excluded("internal/user/store.go") {
		t.Error("exclude patterns misapplied")
	}
}

func TestParseErrorsNameKeyAndLine(t *testing.T) {
	as := []*analysis.Analyzer{testAnalyzer}
	for _, tc := range []struct{ yaml, want string }{
		{"failon: high", `line 1: unknown key "failon"`},
		{"failOn: severe", `failOn: "severe"`},
		{"rules:\n  AC999: {disabled: true}", `line 2: rules: unknown rule "AC999"`},
		{"rules:\n  AC001:\n    disable: true", `line 3: rules.AC001: unknown key "disable"`},
		{"rules:\n  AC001: {severity: urgent}", `rules.AC001.severity`},
		{"analyzers:\n  nosuch: {x: 1}", `unknown analyzer "nosuch"`},
		{"analyzers:\n  pwtest: {max-cost: 1}", `unknown setting "max-cost"`},
		{"analyzers:\n  pwtest: {min-cost: twelve}", `analyzers.pwtest.min-cost`},
		{"version: 2", "version: 2"},
		{"exclude: ['[']", "bad pattern"},
		{"probes: {hstsMaxAge: 1}", `unknown key "hstsMaxAge"`},
		{"probes: {certExpiryWarning: soon}", "time.Duration"},
		{"probes: {tlsProfile: mozilla-old}", `probes: tlsProfile: unknown TLS profile "mozilla-old"`},
	} {
		_, err := Parse([]byte(tc.yaml), as)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q): err = %v, want %q", tc.yaml, err, tc.want)
		}
	}
}

func TestEmptyIsDefaults(t *testing.T) {
	c, err := Parse(nil, nil)
	if err != nil || len(c.Rules) != 0 || c.FailOn != "" {
		t.Fatalf("Parse(empty) = %+v, %v", c, err)
	}
}

func TestFindWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := Find(deep); got != "" && strings.HasPrefix(got, root) {
		t.Fatalf("Find found %s before it existed", got)
	}
	want := filepath.Join(root, FileName)
	if err := os.WriteFile(want, []byte("failOn: low\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := Find(deep); got != want {
		t.Errorf("Find = %q, want %q", got, want)
	}
}

func TestMatchGlob(t *testing.T) {
	for _, tc := range []struct {
		pattern, name string
		want          bool
	}{
		{"vendor/**", "vendor/x/y.go", true},
		{"vendor", "vendor/x/y.go", true},
		{"**/testdata/**", "a/testdata/b.go", true},
		{"*_test.go", "a/b/c_test.go", true},
		{"internal/*.go", "internal/a/b.go", false},
		{"internal/*.go", "internal/b.go", true},
		{"cmd/**/main.go", "cmd/main.go", true},
	} {
		if got := MatchGlob(tc.pattern, tc.name); got != tc.want {
			t.Errorf("MatchGlob(%q, %q) = %v, want %v", tc.pattern, tc.name, got, tc.want)
		}
	}
}
