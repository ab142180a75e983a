package cookies_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authcheck/authcheck/analyzers/cookies"
	"github.com/authcheck/authcheck/rules"
)

// The test data are Go modules that build against the real libraries:
//
//	testdata/mod     net/http, gorilla/sessions v1.4.0, scs v2.9.0,
//	                 gorilla/csrf v1.7.3 (vendored, 0.3 MB)
//	testdata/legacy  gorilla/sessions v1.2.2, before the defaults changed
//	                 (vendored)
//	testdata/web     gin v1.12.0 and echo v4.13.4 (not vendored: with their
//	                 dependencies, sonic, quic-go, x/sys, they would add
//	                 39 MB; go.sum pins them and the test downloads them
//	                 into the module cache once)
//
// analysistest treats a directory with a go.mod as a module and loads it
// with GOPROXY=off.

func module(name string) string { return filepath.Join(analysistest.TestData(), name) }

func TestNetHTTPSessionsSCSCSRF(t *testing.T) {
	results := analysistest.Run(t, module("mod"), cookies.Analyzer,
		"./nethttp", "./gsessions", "./gsessionsok", "./scsapp", "./scsok", "./csrfapp", "./names")
	checkCategories(t, results, "AC501", "AC502", "AC503", "AC504", "AC505", "AC506")
}

func TestGorillaSessionsBeforeV14(t *testing.T) {
	results := analysistest.Run(t, module("legacy"), cookies.Analyzer, "./...")
	checkCategories(t, results, "AC501", "AC502", "AC503")
}

func TestGinEcho(t *testing.T) {
	dir := module("web")
	download := exec.Command("go", "mod", "download")
	download.Dir = dir
	download.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := download.CombinedOutput(); err != nil {
		t.Skipf("gin and echo are not in the module cache and cannot be downloaded (%v): %s", err, out)
	}
	results := analysistest.Run(t, dir, cookies.Analyzer, "./...")
	checkCategories(t, results, "AC501", "AC502", "AC503", "AC504", "AC505")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, module("mod"), cookies.Analyzer, "./fix")
}

// checkCategories checks that every diagnostic names a registered rule of
// this analyzer whose severity matches its message, and that each of the
// wanted rules fired at least once.
func checkCategories(t *testing.T, results []*analysistest.Result, want ...string) {
	t.Helper()
	seen := map[string]int{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			seen[d.Category]++
			rule, ok := rules.Lookup(d.Category)
			if !ok {
				t.Errorf("%s: rule %s is not registered", r.Pass.Fset.Position(d.Pos), d.Category)
				continue
			}
			if rule.Source != cookies.Analyzer.Name {
				t.Errorf("rule %s: Source %q", rule.ID, rule.Source)
			}
			if strings.Contains(d.Message, d.Category) {
				t.Errorf("%s: message repeats the rule ID: %q", r.Pass.Fset.Position(d.Pos), d.Message)
			}
			if got := ruleForMessage(d.Message); got != d.Category {
				t.Errorf("%s: category %s, want %s for %q", r.Pass.Fset.Position(d.Pos), d.Category, got, d.Message)
			}
		}
	}
	for _, id := range want {
		if seen[id] == 0 {
			t.Errorf("no %s diagnostics", id)
		}
	}
}

func ruleForMessage(msg string) string {
	switch {
	case strings.Contains(msg, "csrf.Secure(false)"), strings.HasPrefix(msg, "CSRF "):
		return "AC505"
	case strings.Contains(msg, "without RenewToken"):
		return "AC506"
	case strings.Contains(msg, "is not HttpOnly"):
		return "AC501"
	case strings.Contains(msg, "is not Secure"):
		return "AC502"
	case strings.Contains(msg, "SameSite=Lax"):
		return "AC504"
	case strings.Contains(msg, "SameSite=None"), strings.Contains(msg, "no SameSite"):
		return "AC503"
	}
	return "?"
}

func TestAPIsMatchCatalogue(t *testing.T) {
	for _, r := range rules.All() {
		if r.Source != cookies.Analyzer.Name {
			continue
		}
		if len(r.APIs) == 0 {
			t.Errorf("rule %s has no APIs", r.ID)
		}
		for _, api := range r.APIs {
			found := false
			for _, p := range cookies.APIs {
				found = found || p == api
			}
			if !found {
				t.Errorf("rule %s lists API %s that the analyzer's fast path skips", r.ID, api)
			}
		}
	}
}
