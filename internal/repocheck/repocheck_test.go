package repocheck

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestGoModIsTidy fails when `go mod tidy` would change go.mod or go.sum.
func TestGoModIsTidy(t *testing.T) {
	cmd := exec.Command("go", "mod", "tidy", "-diff")
	cmd.Dir = repoRoot(t)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Errorf("go mod tidy would change go.mod or go.sum (run `go mod tidy`): %v\n%s", err, out)
	}
}

// repoFiles lists the files of the repository worth reading: tracked
// source and documentation, without testdata, generated rule pages and
// binary files.
func repoFiles(t *testing.T, root string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			switch name {
			case ".git", "testdata", "node_modules", "tools", ".authcheck-data", "breached":
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(name) {
		case ".go", ".md", ".yml", ".yaml", ".sh", ".txt", ".bzl", ".bazel":
			files = append(files, p)
		default:
			if name == "run" || name == "install-sarif-multitool" {
				files = append(files, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestNoReferencesOutsideTheRepository: documentation and comments cite
// files in the repository, never notes that live elsewhere.
func TestNoReferencesOutsideTheRepository(t *testing.T) {
	root := repoRoot(t)
	// Assembled so that this file does not match itself.
	outside := regexp.MustCompile(`DES` + `IGN(\.md)? §|/wo` + `rk/|\.\./sh` + `ared/|\.lib` + `rary/`)
	for _, f := range repoFiles(t, root) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			if outside.MatchString(line) {
				rel, _ := filepath.Rel(root, f)
				t.Errorf("%s:%d refers to something outside the repository: %s", rel, i+1, strings.TrimSpace(line))
			}
		}
	}
}

// TestNoUnpublishedReleases: authcheck publishes no release yet, so
// nothing may tell users to install or pin one (go install …@latest or
// @vX, uses: authcheck/authcheck@vX, a plugin version).
func TestNoUnpublishedReleases(t *testing.T) {
	root := repoRoot(t)
	// v0.0.0 is the placeholder version of a require with a replace
	// directive pointing at a clone, which is what the docs recommend.
	release := `(latest|v[1-9]|v0\.[1-9]|v0\.0\.[1-9]|v0([^.0-9]|$))`
	bad := regexp.MustCompile(`github\.com/authcheck/authcheck(/cmd/authcheck)?@` + release + `|authcheck/authcheck@` + release)
	for _, f := range repoFiles(t, root) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			if bad.MatchString(line) {
				rel, _ := filepath.Rel(root, f)
				t.Errorf("%s:%d names an authcheck release, but none is published: %s", rel, i+1, strings.TrimSpace(line))
			}
		}
	}
}
