package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// These tests build the real binary once and run it as users do: on real
// modules, through go vet, checking exit codes, streams and output formats.

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "authcheck-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "authcheck")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		os.Stderr.Write(out)
		panic("building authcheck: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(errb.String(), "goroutine ") || strings.Contains(errb.String(), "panic:") {
		t.Errorf("authcheck %s printed a stack trace:\n%s", strings.Join(args, " "), errb.String())
	}
	return result{out.String(), errb.String(), code}
}

// repoPath returns a path inside the repository.
func repoPath(t *testing.T, elem ...string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join(append([]string{"..", ".."}, elem...)...))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// writeModule creates a throwaway module from path → content.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if _, ok := files["go.mod"]; !ok {
		files["go.mod"] = "module example.com/m\n\ngo 1.26\n"
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// jsonReport mirrors the schema in docs/design.md; decoding with DisallowUnknownFields keeps
// the output to the documented schema.
type jsonReport struct {
	SchemaVersion int `json:"schemaVersion"`
	Tool          struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	} `json:"tool"`
	Findings []struct {
		Rule          string `json:"rule"`
		Checklist     string `json:"checklist"`
		Severity      string `json:"severity"`
		Message       string `json:"message"`
		File          string `json:"file"`
		Line          int    `json:"line"`
		Column        int    `json:"column"`
		EndLine       int    `json:"endLine"`
		EndColumn     int    `json:"endColumn"`
		Fingerprint   string `json:"fingerprint"`
		Suppressed    bool   `json:"suppressed"`
		Justification string `json:"justification"`
		Fixes         []any  `json:"fixes"`
	} `json:"findings"`
	Checks    []map[string]any `json:"checks"`
	Checklist []struct {
		ID         string   `json:"id"`
		Status     string   `json:"status"`
		VerifiedBy []string `json:"verifiedBy"`
		Note       string   `json:"note"`
	} `json:"checklist"`
	Summary struct {
		Findings     int `json:"findings"`
		Suppressed   int `json:"suppressed"`
		ChecksFailed int `json:"checksFailed"`
		ChecksPassed int `json:"checksPassed"`
	} `json:"summary"`
}

func decodeReport(t *testing.T, s string) jsonReport {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	var r jsonReport
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("output is not schema-1 JSON: %v\n%s", err, s)
	}
	if r.SchemaVersion != 1 || r.Tool.Name != "authcheck" || r.Findings == nil || r.Checks == nil {
		t.Fatalf("schema header wrong: %+v", r)
	}
	return r
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "Usage"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"scan", "--format", "xml"}, `--format "xml"`},
		{[]string{"scan", "--fail-on", "severe"}, "--fail-on"},
		{[]string{"scan", "--no-such-flag"}, "flag provided but not defined"},
		{[]string{"explain", "AC999"}, `unknown rule "AC999"`},
		{[]string{"explain"}, "exactly one rule ID"},
		{[]string{"probe"}, "give a target URL"},
		{[]string{"probe", "ftp://example.com"}, "not an http(s) URL"},
		{[]string{"probe", "--profile", "/nonexistent.yaml"}, "no such file"},
	} {
		r := run(t, dir, tc.args...)
		if r.code != 2 {
			t.Errorf("authcheck %q: exit %d, want 2 (stderr %q)", tc.args, r.code, r.stderr)
		}
		if !strings.Contains(r.stderr, tc.want) {
			t.Errorf("authcheck %q: stderr %q lacks %q", tc.args, r.stderr, tc.want)
		}
		if lines := strings.Count(strings.TrimSpace(r.stderr), "\n"); tc.args != nil && lines > 0 {
			t.Errorf("authcheck %q: want one line on stderr, got:\n%s", tc.args, r.stderr)
		}
	}
}

func TestHelpTeaches(t *testing.T) {
	r := run(t, t.TempDir(), "scan", "--help")
	if r.code != 0 {
		t.Fatalf("scan --help: exit %d", r.code)
	}
	for _, want := range []string{"--format", "--fail-on", "//authcheck:ignore", ".authcheck.yml", "--baseline"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("scan --help does not mention %s", want)
		}
	}
}

func TestNotAModule(t *testing.T) {
	r := run(t, t.TempDir(), "scan")
	if r.code != 3 || !strings.Contains(r.stderr, "not inside a Go module") {
		t.Errorf("scan outside a module: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestRulesAndChecklistAgree(t *testing.T) {
	r := run(t, t.TempDir(), "rules", "--format", "json")
	var rs []struct{ ID, Checklist string }
	if err := json.Unmarshal([]byte(r.stdout), &rs); err != nil || r.code != 0 {
		t.Fatalf("rules --format json: %v, exit %d", err, r.code)
	}
	c := run(t, t.TempDir(), "checklist", "--format", "json")
	var items []struct {
		ID         string   `json:"id"`
		VerifiedBy []string `json:"verifiedBy"`
	}
	if err := json.Unmarshal([]byte(c.stdout), &items); err != nil {
		t.Fatal(err)
	}
	verified := map[string]bool{}
	for _, it := range items {
		for _, id := range it.VerifiedBy {
			verified[id] = true
		}
	}
	for _, r := range rs {
		if !verified[r.ID] {
			t.Errorf("rule %s (item %s) is not listed under any checklist item", r.ID, r.Checklist)
		}
		if x := run(t, t.TempDir(), "explain", r.ID); x.code != 0 || !strings.Contains(x.stdout, "How to fix it") {
			t.Errorf("explain %s: exit %d", r.ID, x.code)
		}
	}
}

func newCmd(dir, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	return cmd
}

func mustUnmarshal(t *testing.T, s string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatalf("%v\n%.500s", err, s)
	}
}

// TestREADMEListsEveryRule keeps the front door's rule table in step with
// the catalogue (regenerate it with `authcheck rules --format markdown`).
func TestREADMEListsEveryRule(t *testing.T) {
	readme, err := os.ReadFile(repoPath(t, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	r := run(t, t.TempDir(), "rules", "--format", "markdown")
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if !strings.Contains(string(readme), line) {
			t.Errorf("README's rule table lacks or differs on: %s", line)
		}
	}
}
