package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/internal/sariftest"
)

// TestSARIFOfEveryCommandValidates runs Microsoft's SARIF validator (with
// GitHub's rules) on what scan, probe and audit write.
func TestSARIFOfEveryCommandValidates(t *testing.T) {
	tool := sariftest.Tool(t)
	srv, prof := weakService(t)
	dir := t.TempDir()
	runs := map[string][]string{
		"scan":  {"scan", "--format", "sarif", "./..."},
		"probe": {"probe", "--format", "sarif", "--profile", prof, "--only", "hsts,cookies,cors,access", srv.URL},
		"audit": {"audit", "--format", "sarif", "--profile", prof, "--target", srv.URL, "--only", "hsts,cookies", "./store/..."},
	}
	var files []string
	for name, args := range runs {
		r := run(t, weakmod(t), args...)
		if r.code != 1 {
			t.Errorf("%s: exit %d, want 1 (findings)\n%s", name, r.code, r.stderr)
		}
		f := filepath.Join(dir, name+".sarif")
		if err := os.WriteFile(f, []byte(r.stdout), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	errs, out := sariftest.Validate(t, tool, files...)
	if len(errs) > 0 {
		t.Errorf("the validator found errors:\n%s\n\nfull output:\n%s", strings.Join(errs, "\n"), out)
	}
}
