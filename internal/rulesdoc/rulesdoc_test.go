package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

const regenerate = "run `go run ./internal/rulesdoc` from the repository root"

// TestGeneratedFilesAreCurrent fails when a rule page, the index or the
// README's rule table differs from what the catalogue generates, or when a
// page is left over from a rule that no longer exists.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	root := filepath.Join("..", "..")
	want, err := generate(root)
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range want {
		got, err := os.ReadFile(filepath.Join(root, name))
		switch {
		case err != nil:
			t.Errorf("%s is missing: %s", name, regenerate)
		case string(got) != string(content):
			t.Errorf("%s is stale: %s", name, regenerate)
		}
	}
	for _, extra := range leftovers(root, want) {
		t.Errorf("%s belongs to no rule: %s (it removes it)", extra, regenerate)
	}
}

// TestHelpURIsPointAtThePages: every rule's SARIF helpUri names its
// generated page.
func TestHelpURIsPointAtThePages(t *testing.T) {
	for _, r := range rules.All() {
		uri := report.RuleHelpURI(r.ID)
		if !strings.HasPrefix(uri, report.InformationURI+"/blob/main/") || !strings.HasSuffix(uri, "/"+pagePath(r.ID)) {
			t.Errorf("%s: helpUri %s does not name %s in the repository", r.ID, uri, pagePath(r.ID))
		}
	}
}

func TestWriteCreatesAndRemoves(t *testing.T) {
	root := t.TempDir()
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, "README.md"), readme, 0o644)
	os.MkdirAll(filepath.Join(root, pagesDir), 0o755)
	stale := filepath.Join(root, pagesDir, "AC999.md")
	os.WriteFile(stale, []byte("old"), 0o644)
	if err := write(root); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a page of a rule that does not exist was kept")
	}
	for _, r := range rules.All() {
		b, err := os.ReadFile(filepath.Join(root, pagePath(r.ID)))
		if err != nil || !strings.Contains(string(b), r.Summary) {
			t.Errorf("%s: page missing or without the summary (%v)", r.ID, err)
		}
	}
}
