package report_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/report"
)

// lines serves lineText from an in-memory file.
func lines(src string) func(path string, line int) string {
	ls := strings.Split(src, "\n")
	return func(_ string, line int) string {
		if line < 1 || line > len(ls) {
			return ""
		}
		return ls[line-1]
	}
}

// findLine returns the 1-based line of the first line containing s.
func findLine(t *testing.T, src, s string) int {
	t.Helper()
	for i, l := range strings.Split(src, "\n") {
		if strings.Contains(l, s) {
			return i + 1
		}
	}
	t.Fatalf("%q not in source", s)
	return 0
}

const storeV1 = `package store

func (s *Store) Save(name, password string) error {
	sum := sha256.Sum256([]byte(password))
	return s.db.Put(name, sum[:])
}
`

// storeV2 is storeV1 after unrelated edits: lines added above, the
// function re-indented by a refactor, a same-line suppression added.
const storeV2 = `package store

import "crypto/sha256"

// Save stores the user.
func (s *Store) Save(name, password string) error {
	if name == "" {
		return errEmpty
	}
	{
			sum :=   sha256.Sum256([]byte(password)) //authcheck:ignore AC101 -- legacy import
		return s.db.Put(name, sum[:])
	}
}
`

func fingerprintAt(t *testing.T, src, marker string) string {
	t.Helper()
	fs := []report.Finding{{Rule: "TC101", File: "internal/store/store.go", Line: findLine(t, src, marker), Column: 9}}
	report.AssignFingerprints(fs, lines(src))
	return fs[0].Fingerprint
}

func TestFingerprintSurvivesUnrelatedEdits(t *testing.T) {
	v1 := fingerprintAt(t, storeV1, "sha256.Sum256")
	v2 := fingerprintAt(t, storeV2, "sha256.Sum256")
	if v1 == "" || v1 != v2 {
		t.Errorf("moved, re-indented line: fingerprint %q became %q", v1, v2)
	}
	if !regexp.MustCompile(`^[0-9a-f]{16}:1$`).MatchString(v1) {
		t.Errorf("fingerprint %q is not 16 hex digits and an occurrence", v1)
	}
	edited := strings.Replace(storeV1, "sha256.Sum256([]byte(password))", "sha512.Sum512([]byte(password))", 1)
	if fingerprintAt(t, edited, "sha512.Sum512") == v1 {
		t.Error("editing the flagged line kept the fingerprint")
	}
}

func TestFingerprintInputs(t *testing.T) {
	base := report.Fingerprint("TC101", "a/b.go", "x:=f(y)", 0)
	for name, other := range map[string]string{
		"rule":       report.Fingerprint("TC201", "a/b.go", "x:=f(y)", 0),
		"path":       report.Fingerprint("TC101", "a/c.go", "x:=f(y)", 0),
		"line":       report.Fingerprint("TC101", "a/b.go", "x:=g(y)", 0),
		"occurrence": report.Fingerprint("TC101", "a/b.go", "x:=f(y)", 1),
	} {
		if other == base {
			t.Errorf("changing the %s does not change the fingerprint", name)
		}
	}
	if got := report.Fingerprint("TC101", "./a/b.go", "x:=f(y)", 0); got != base {
		t.Errorf("./a/b.go and a/b.go differ: %s vs %s", got, base)
	}
	if got, want := report.NormalizeLine("\tx :=  f( y ) //nolint:authcheck"), "x:=f(y)"; got != want {
		t.Errorf("NormalizeLine = %q, want %q", got, want)
	}
}

func TestFingerprintOccurrences(t *testing.T) {
	src := "package p\n\nvar a = md5.Sum(pw)\nvar b = md5.Sum(pw)\n\tvar a = md5.Sum(pw)\n"
	// Given out of file order: occurrences follow the file, not the slice.
	fs := []report.Finding{
		{Rule: "TC101", File: "p.go", Line: 5, Column: 10},
		{Rule: "TC101", File: "p.go", Line: 3, Column: 10},
		{Rule: "TC101", File: "p.go", Line: 4, Column: 10},
		{Rule: "TC201", File: "p.go", Line: 3, Column: 10},
	}
	report.AssignFingerprints(fs, lines(src))
	if !strings.HasSuffix(fs[1].Fingerprint, ":1") || !strings.HasSuffix(fs[0].Fingerprint, ":2") {
		t.Errorf("identical lines 3 and 5: %s, %s; want occurrences 1 and 2", fs[1].Fingerprint, fs[0].Fingerprint)
	}
	if fs[2].Fingerprint[:16] == fs[1].Fingerprint[:16] {
		t.Error("different lines share a hash")
	}
	if fs[3].Fingerprint == fs[1].Fingerprint {
		t.Error("different rules on one line share a fingerprint")
	}
	seen := map[string]bool{}
	for _, f := range fs {
		if seen[f.Fingerprint] {
			t.Errorf("duplicate fingerprint %s", f.Fingerprint)
		}
		seen[f.Fingerprint] = true
	}

	// Deleting the first duplicate renumbers the second: the one left is
	// now occurrence 1, as GitHub's own line hashes behave.
	src2 := "package p\n\nvar b = md5.Sum(pw)\n\tvar a = md5.Sum(pw)\n"
	fs2 := []report.Finding{{Rule: "TC101", File: "p.go", Line: 4, Column: 10}}
	report.AssignFingerprints(fs2, lines(src2))
	if fs2[0].Fingerprint != fs[1].Fingerprint {
		t.Errorf("remaining duplicate: %s, want %s", fs2[0].Fingerprint, fs[1].Fingerprint)
	}
}

func TestSourceLines(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "internal"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "internal", "x.go"), []byte("package x\r\nvar y = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	get := report.SourceLines(root)
	if got := get("internal/x.go", 2); got != "var y = 1" {
		t.Errorf("line 2 = %q", got)
	}
	for _, tc := range []struct {
		path string
		line int
	}{{"internal/x.go", 0}, {"internal/x.go", 9}, {"missing.go", 1}} {
		if got := get(tc.path, tc.line); got != "" {
			t.Errorf("%s:%d = %q, want \"\"", tc.path, tc.line, got)
		}
	}
}
