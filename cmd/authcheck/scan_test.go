package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// weakmod is testdata/weakmod: a module with deliberate weaknesses, one or
// more per analyzer, and one suppressed finding.
func weakmod(t *testing.T) string { return repoPath(t, "testdata", "weakmod") }

func rulesOf(r jsonReport, suppressed bool) map[string]int {
	m := map[string]int{}
	for _, f := range r.Findings {
		if f.Suppressed == suppressed {
			m[f.Rule]++
		}
	}
	return m
}

func TestScanWeakModuleJSON(t *testing.T) {
	r := run(t, weakmod(t), "scan", "--format", "json", "./...")
	if r.code != 1 {
		t.Fatalf("scan of weak module: exit %d, want 1\nstderr: %s", r.code, r.stderr)
	}
	rep := decodeReport(t, r.stdout)
	got := rulesOf(rep, false)
	for _, want := range []string{"AC101", "AC103", "AC201", "AC302", "AC305", "AC306", "AC307", "AC401", "AC402"} {
		if got[want] == 0 {
			t.Errorf("no %s finding in the weak module; got %v", want, got)
		}
	}
	if sup := rulesOf(rep, true); sup["AC101"] != 1 {
		t.Errorf("suppressed findings = %v, want one AC101", sup)
	}
	for _, f := range rep.Findings {
		if f.File == "" || strings.HasPrefix(f.File, "/") || f.Line == 0 || f.Column == 0 || f.Fingerprint == "" || f.Checklist == "" {
			t.Errorf("finding lacks a relative position, fingerprint or checklist item: %+v", f)
		}
		if strings.Contains(f.File, "store/users.go") && f.Rule == "AC101" && f.Suppressed && f.Justification == "" {
			t.Errorf("suppressed finding lost its justification: %+v", f)
		}
		if f.File == "store/users.go" && f.Line == 30 {
			t.Errorf("SHA-256 of an API key was flagged: %+v", f)
		}
	}
	if rep.Summary.Findings != len(rep.Findings)-rep.Summary.Suppressed {
		t.Errorf("summary %+v does not count the findings", rep.Summary)
	}
}

func TestScanFailOnAndSeverityOverrides(t *testing.T) {
	dir := weakmod(t)
	if r := run(t, dir, "scan", "--fail-on", "never"); r.code != 0 {
		t.Errorf("--fail-on never: exit %d", r.code)
	}
	if r := run(t, dir, "scan", "--fail-on", "critical", "./store/..."); r.code != 0 {
		t.Errorf("--fail-on critical on store (high and medium findings only): exit %d", r.code)
	}
	// A config that raises AC103 to critical makes the same gate fail.
	cfg := filepath.Join(t.TempDir(), "c.yml")
	os.WriteFile(cfg, []byte("rules:\n  AC103: {severity: critical}\n  AC101: {disabled: true}\n"), 0o644)
	r := run(t, dir, "scan", "--config", cfg, "--fail-on", "critical", "--format", "json", "./store/...")
	if r.code != 1 {
		t.Errorf("AC103 raised to critical: exit %d, want 1", r.code)
	}
	rep := decodeReport(t, r.stdout)
	for _, f := range rep.Findings {
		if f.Rule == "AC101" {
			t.Errorf("disabled rule AC101 still reported: %+v", f)
		}
		if f.Rule == "AC103" && f.Severity != "critical" {
			t.Errorf("AC103 severity = %s, want critical", f.Severity)
		}
	}
}

func TestScanSARIF(t *testing.T) {
	r := run(t, weakmod(t), "scan", "--format", "sarif", "./...")
	if r.code != 1 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID         string         `json:"id"`
						Help       map[string]any `json:"help"`
						Properties map[string]any `json:"properties"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Suppressions        []struct {
					Justification string `json:"justification"`
				} `json:"suppressions"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
		t.Fatalf("not a SARIF 2.1.0 log with results: %.300s", r.stdout)
	}
	for _, rule := range log.Runs[0].Tool.Driver.Rules {
		if rule.Help["text"] == nil || rule.Properties["security-severity"] == nil {
			t.Errorf("rule %s lacks help or security-severity", rule.ID)
		}
	}
	suppressed := 0
	for _, res := range log.Runs[0].Results {
		loc := res.Locations[0].PhysicalLocation
		if strings.HasPrefix(loc.ArtifactLocation.URI, "/") || loc.Region.StartLine == 0 || res.PartialFingerprints["primaryLocationLineHash"] == "" {
			t.Errorf("result %s lacks a relative URI, a region or a fingerprint", res.RuleID)
		}
		if len(res.Suppressions) > 0 && res.Suppressions[0].Justification != "" {
			suppressed++
		}
	}
	if suppressed != 1 {
		t.Errorf("%d suppressed results with justification, want 1", suppressed)
	}
}

func TestScanBaseline(t *testing.T) {
	src := weakmod(t)
	dir := t.TempDir()
	copyTree(t, src, dir)
	base := filepath.Join(t.TempDir(), "baseline.json")
	if r := run(t, dir, "scan", "--write-baseline", base); r.code != 0 {
		t.Fatalf("--write-baseline: exit %d: %s", r.code, r.stderr)
	}
	if r := run(t, dir, "scan", "--baseline", base); r.code != 0 {
		t.Fatalf("scan with a baseline of every finding: exit %d\n%s", r.code, r.stdout)
	}
	// Moving a flagged line down keeps its fingerprint; a new finding fails the gate.
	users := filepath.Join(dir, "store", "users.go")
	b, _ := os.ReadFile(users)
	moved := strings.Replace(string(b), "type User struct {", "// A comment that moves every line below it.\n\ntype User struct {", 1)
	moved += "\nfunc HashNew(password string) [20]byte { return sha1.Sum([]byte(password)) }\n"
	moved = strings.Replace(moved, "\"crypto/md5\"", "\"crypto/md5\"\n\t\"crypto/sha1\"", 1)
	os.WriteFile(users, []byte(moved), 0o644)
	r := run(t, dir, "scan", "--baseline", base, "--format", "json")
	if r.code != 1 {
		t.Fatalf("new finding after baseline: exit %d, want 1\n%s%s", r.code, r.stdout, r.stderr)
	}
	rep := decodeReport(t, r.stdout)
	var unsuppressed []string
	for _, f := range rep.Findings {
		if !f.Suppressed {
			unsuppressed = append(unsuppressed, f.Rule+" "+f.File)
		}
	}
	if len(unsuppressed) != 1 || !strings.HasPrefix(unsuppressed[0], "AC101 store/users.go") {
		t.Errorf("after moving lines and adding one finding, reported %v; want only the new AC101", unsuppressed)
	}
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestScanBadInput(t *testing.T) {
	t.Run("syntax error in one package", func(t *testing.T) {
		dir := writeModule(t, map[string]string{
			"good/good.go":   "package good\n\nimport \"crypto/md5\"\n\nfunc H(password string) [16]byte { return md5.Sum([]byte(password)) }\n",
			"broken/bad.go":  "package broken\n\nfunc F( {\n",
			"typeerr/typ.go": "package typeerr\n\nfunc F() int { return \"x\" }\n",
		})
		r := run(t, dir, "scan", "--format", "json")
		if r.code != 3 {
			t.Errorf("exit %d, want 3", r.code)
		}
		if !strings.Contains(r.stderr, "broken") || !strings.Contains(r.stderr, "typeerr") {
			t.Errorf("stderr does not name the failing packages:\n%s", r.stderr)
		}
		if rep := decodeReport(t, r.stdout); rulesOf(rep, false)["AC101"] != 1 {
			t.Errorf("the good package's finding was lost: %+v", rep.Findings)
		}
	})
	t.Run("missing module", func(t *testing.T) {
		dir := writeModule(t, map[string]string{
			"a/a.go": "package a\n\nimport _ \"example.com/does/not/exist\"\n",
		})
		r := run(t, dir, "scan")
		if r.code != 3 || r.stderr == "" {
			t.Errorf("missing module: exit %d, stderr %q", r.code, r.stderr)
		}
	})
	t.Run("unknown rule in a suppression", func(t *testing.T) {
		dir := writeModule(t, map[string]string{
			"a/a.go": "package a\n\nimport \"crypto/md5\"\n\n//authcheck:ignore AC999 -- typo\nfunc H(password string) [16]byte { return md5.Sum([]byte(password)) }\n",
		})
		r := run(t, dir, "scan", "--format", "json")
		if r.code != 2 || !strings.Contains(r.stderr, "a/a.go:5:1") || !strings.Contains(r.stderr, "AC999") {
			t.Errorf("exit %d, stderr %q; want 2 and the directive's position", r.code, r.stderr)
		}
		if rep := decodeReport(t, r.stdout); rulesOf(rep, false)["AC101"] != 1 {
			t.Errorf("findings not reported alongside the directive error: %+v", rep.Findings)
		}
	})
	t.Run("config errors", func(t *testing.T) {
		dir := writeModule(t, map[string]string{"a/a.go": "package a\n", ".authcheck.yml": "failOn: high\nrules:\n  AC101: {disable: true}\n"})
		r := run(t, dir, "scan")
		if r.code != 2 || !strings.Contains(r.stderr, "line 3") || !strings.Contains(r.stderr, `"disable"`) {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
		os.Chmod(filepath.Join(dir, ".authcheck.yml"), 0)
		if os.Geteuid() != 0 { // root reads it anyway
			if r := run(t, dir, "scan"); r.code != 2 {
				t.Errorf("unreadable config: exit %d", r.code)
			}
		}
	})
	t.Run("huge generated file", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("// Code generated by a test. DO NOT EDIT.\n\npackage gen\n\nvar Table = []string{\n")
		for i := 0; i < 200000; i++ {
			b.WriteString("\t\"token-value\",\n")
		}
		b.WriteString("}\n")
		dir := writeModule(t, map[string]string{"gen/gen.go": b.String()})
		if r := run(t, dir, "scan"); r.code != 0 {
			t.Errorf("huge generated file: exit %d, stderr %q", r.code, r.stderr)
		}
	})
}

func TestGoVetVettool(t *testing.T) {
	cmd := newCmd(weakmod(t), "go", "vet", "-vettool="+binary, "./...")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet with findings exited 0:\n%s", out)
	}
	s := string(out)
	for _, want := range []string{"(AC101)", "(AC103)", "store/users.go:"} {
		if !strings.Contains(s, want) {
			t.Errorf("go vet output lacks %q:\n%s", want, s)
		}
	}
	if strings.Count(s, "(AC101)") != 1 {
		t.Errorf("suppressed AC101 shown under go vet:\n%s", s)
	}
	// Thresholds are vet flags.
	out, _ = newCmd(weakmod(t), "go", "vet", "-vettool="+binary, "-pwhash.bcrypt-min-cost=10", "./store/...").CombinedOutput()
	if strings.Contains(string(out), "(AC103)") {
		t.Errorf("-pwhash.bcrypt-min-cost=10 still reports cost 10:\n%s", out)
	}
}

// TestSelfScanIsClean is the gate authcheck applies to itself.
func TestSelfScanIsClean(t *testing.T) {
	if testing.Short() {
		t.Skip("scans the whole repository")
	}
	r := run(t, repoPath(t), "scan", "--format", "json", "./...")
	if r.code != 0 {
		t.Errorf("authcheck scan ./... on its own repository: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	for _, f := range decodeReport(t, r.stdout).Findings {
		if f.Suppressed && f.Justification == "" {
			t.Errorf("suppression without a reason: %s:%d %s", f.File, f.Line, f.Rule)
		}
	}
}
