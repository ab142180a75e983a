package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixableModule has one AC201 finding whose suggested fix is mechanical
// (subtle.ConstantTimeCompare) and nothing else.
func fixableModule(t *testing.T) string {
	return writeModule(t, map[string]string{
		"key/key.go": `package key

import (
	"net/http"
	"os"
)

var apiKey = os.Getenv("API_KEY")

// Authorized checks the request's API key.
func Authorized(r *http.Request) bool {
	return r.Header.Get("X-API-Key") == apiKey
}
`,
	})
}

func TestScanDiffShowsAndFixAppliesSuggestedFixes(t *testing.T) {
	dir := fixableModule(t)
	file := filepath.Join(dir, "key", "key.go")
	before, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}

	r := run(t, dir, "scan", "--diff", "./...")
	if r.code != 1 {
		t.Fatalf("scan --diff: exit %d, want 1 (there is a fix)\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"+++ ", `-	return r.Header.Get("X-API-Key") == apiKey`, `+	return subtle.ConstantTimeCompare([]byte(r.Header.Get("X-API-Key")), []byte(apiKey)) == 1`, `+	"crypto/subtle"`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("scan --diff output lacks %q:\n%s", want, r.stdout)
		}
	}
	if after, _ := os.ReadFile(file); string(after) != string(before) {
		t.Fatal("scan --diff changed the file")
	}

	r = run(t, dir, "scan", "--fix", "--format", "json", "./...")
	if r.code != 0 {
		t.Fatalf("scan --fix: exit %d, want 0 (nothing left)\n%s%s", r.code, r.stdout, r.stderr)
	}
	if got := decodeReport(t, r.stdout).Findings; len(got) != 0 {
		t.Errorf("findings left after --fix: %+v", got)
	}
	after, _ := os.ReadFile(file)
	if !strings.Contains(string(after), "subtle.ConstantTimeCompare(") || !strings.Contains(string(after), `"crypto/subtle"`) {
		t.Errorf("--fix did not apply the fix:\n%s", after)
	}
	// The fixed module builds.
	if out, err := newCmd(dir, "go", "build", "./...").CombinedOutput(); err != nil {
		t.Errorf("fixed module does not build: %v\n%s", err, out)
	}
	// Nothing left to show.
	if r := run(t, dir, "scan", "--diff", "./..."); r.code != 0 || r.stdout != "" {
		t.Errorf("scan --diff after --fix: exit %d, output %q", r.code, r.stdout)
	}
}

func TestScanFixLeavesSuppressedAndDisabledAlone(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"key/key.go": `package key

import "net/http"

var apiKey = "k"

// Authorized checks the request's API key.
func Authorized(r *http.Request) bool {
	return r.Header.Get("X-API-Key") == apiKey //nolint:authcheck:AC201 // fixture: reviewed
}
`,
	})
	if r := run(t, dir, "scan", "--diff", "./..."); r.code != 0 || r.stdout != "" {
		t.Errorf("scan --diff offered a fix for a suppressed finding: exit %d\n%s", r.code, r.stdout)
	}
	dir = fixableModule(t)
	os.WriteFile(filepath.Join(dir, ".authcheck.yml"), []byte("rules:\n  AC201: {disabled: true}\n"), 0o644)
	if r := run(t, dir, "scan", "--diff", "./..."); r.code != 0 || r.stdout != "" {
		t.Errorf("scan --diff offered a fix for a disabled rule: exit %d\n%s", r.code, r.stdout)
	}
	if r := run(t, dir, "scan", "--fix", "--diff", "./..."); r.code != 2 {
		t.Errorf("--fix with --diff: exit %d, want 2", r.code)
	}
}

const md5Module = `package store

import "crypto/md5"

type User struct{ Password string }

// Legacy hashes a password the old way.
func Legacy(u User) [16]byte {
	return md5.Sum([]byte(u.Password)) %s
}
`

func TestNolintAndNosecInScanAndVet(t *testing.T) {
	for _, tc := range []struct {
		name, comment string
		args          []string
		config        string
		suppressed    bool
		justification string
	}{
		{"nolint", "//nolint:authcheck // migrated from bcrypt in #12", nil, "", true, "migrated from bcrypt in #12"},
		{"nolint rule", "//nolint:authcheck:AC101 // migrated in #12", nil, "", true, "migrated in #12"},
		{"nolint other rule", "//nolint:authcheck:AC201 // wrong rule", nil, "", false, ""},
		{"nolint other linter", "//nolint:gosec // not ours", nil, "", false, ""},
		{"nosec off", "// #nosec G401 -- legacy import", nil, "", false, ""},
		{"nosec flag", "// #nosec G401 -- legacy import", []string{"--honor-nosec"}, "", true, "gosec #nosec G401: legacy import"},
		{"nosec config", "// #nosec G401 -- legacy import", nil, "honorNosec: true\n", true, "gosec #nosec G401: legacy import"},
		{"bare nosec", "// #nosec", []string{"--honor-nosec"}, "", false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"store/store.go": strings.Replace(md5Module, "%s", tc.comment, 1)}
			if tc.config != "" {
				files[".authcheck.yml"] = tc.config
			}
			dir := writeModule(t, files)
			r := run(t, dir, append([]string{"scan", "--format", "json", "./..."}, tc.args...)...)
			rep := decodeReport(t, r.stdout)
			if len(rep.Findings) != 1 || rep.Findings[0].Rule != "AC101" {
				t.Fatalf("want one AC101 finding, got %+v\n%s", rep.Findings, r.stderr)
			}
			f := rep.Findings[0]
			if f.Suppressed != tc.suppressed || f.Justification != tc.justification {
				t.Errorf("suppressed=%v justification=%q, want %v %q", f.Suppressed, f.Justification, tc.suppressed, tc.justification)
			}
			wantCode := 1
			if tc.suppressed {
				wantCode = 0
			}
			if r.code != wantCode {
				t.Errorf("scan exit %d, want %d\n%s", r.code, wantCode, r.stderr)
			}
			if tc.config != "" || len(tc.args) > 0 {
				return // go vet mode has no config; its flag is tested below
			}
			out, _ := newCmd(dir, "go", "vet", "-vettool="+binary, "./...").CombinedOutput()
			if got := strings.Contains(string(out), "(AC101)"); got == tc.suppressed {
				t.Errorf("go vet reported AC101: %v, want %v\n%s", got, !tc.suppressed, out)
			}
		})
	}
	dir := writeModule(t, map[string]string{"store/store.go": strings.Replace(md5Module, "%s", "// #nosec G401 -- legacy", 1)})
	if out, _ := newCmd(dir, "go", "vet", "-vettool="+binary, "-authcheck.honor-nosec", "./...").CombinedOutput(); strings.Contains(string(out), "(AC101)") {
		t.Errorf("go vet -authcheck.honor-nosec still reports AC101:\n%s", out)
	}
}
