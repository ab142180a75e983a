package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const mod = "example.com/auth@v1.2.3"

func TestParseTriageRejectsBadLines(t *testing.T) {
	for _, line := range []string{
		"example.com/auth\tAC301\ta.go:1\ttrue\treason",        // no version
		mod + "\tAC301\ta.go\ttrue\treason",                    // no line
		mod + "\tAC301\ta.go:1\tmaybe\treason",                 // verdict
		mod + "\tAC301\ta.go:1\ttrue\t ",                       // no reason
		mod + "\tAC301\ta.go:1\ttrue",                          // 4 columns
		mod + " AC301 a.go:1 true reason with spaces not tabs", // spaces
	} {
		if _, err := parseTriage("x.tsv", []byte(line+"\n")); err == nil {
			t.Errorf("parseTriage accepted %q", line)
		}
	}
	lines, err := parseTriage("x.tsv", []byte("# comment\n\n"+mod+"\tAC301\tpkg/a.go:10\tinfo-ok\tfine\n"))
	if err != nil || len(lines) != 1 || lines[0].Pos != "pkg/a.go:10" || lines[0].Verdict != vInfoOK {
		t.Fatalf("parseTriage = %+v, %v", lines, err)
	}
}

func TestReadTriageRejectsDuplicates(t *testing.T) {
	dir := t.TempDir()
	line := mod + "\tAC301\ta.go:1\ttrue\tr\n"
	os.WriteFile(filepath.Join(dir, "a.tsv"), []byte(line), 0o644)
	os.WriteFile(filepath.Join(dir, "b.tsv"), []byte(line), 0o644)
	if _, err := readTriage(dir); err == nil || !strings.Contains(err.Error(), "already triaged") {
		t.Fatalf("readTriage = %v, want a duplicate error", err)
	}
}

func TestCompare(t *testing.T) {
	tri := func(rule, pos, verdict, reason string) triageLine {
		return triageLine{key: key{mod, rule, pos}, Verdict: verdict, Reason: reason, Where: "x.tsv:1"}
	}
	triage := []triageLine{
		tri("AC301", "a.go:1", vTrue, "r"),
		tri("AC301", "a.go:2", vFalse, "r"),
		tri("AC301", "a.go:3", vFalse, "open: not fixed yet"),
		tri("AC302", "b.go:1", vTrue, "r"),                                               // disappears
		tri("AC302", "b.go:9", vMissed, "r"),                                             // now found
		tri("AC303", "c.go:1", vFalse, "fixed"),                                          // gone: fine
		{key: key{"other.com/m@v1.0.0", "AC301", "z.go:1"}, Verdict: vTrue, Reason: "r"}, // not scanned
	}
	found := map[key]finding{}
	for _, k := range []key{{mod, "AC301", "a.go:1"}, {mod, "AC301", "a.go:2"}, {mod, "AC301", "a.go:3"},
		{mod, "AC302", "b.go:9"}, {mod, "AC304", "d.go:1"}} {
		found[k] = finding{key: k, Message: "m"}
	}
	res := compare(triage, found, map[string]bool{mod: true})
	want := []string{"false alarm came back", "now reported, triaged missed", "untriaged: " + mod + " AC304", "true finding no longer reported"}
	if len(res.problems) != len(want) {
		t.Fatalf("problems = %q, want %d", res.problems, len(want))
	}
	all := strings.Join(res.problems, "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("problems lack %q:\n%s", w, all)
		}
	}
	if s := res.rules["AC301"]; s.Findings != 3 || s.True != 1 || s.False != 2 {
		t.Errorf("AC301 = %+v", s)
	}
	var out bytes.Buffer
	res.print(&out)
	if !strings.Contains(out.String(), "AC301         3     1     2         0      0.33") {
		t.Errorf("table:\n%s", out.String())
	}
}

func TestPrecisionSource(t *testing.T) {
	tri := func(m, pos, verdict string) triageLine {
		return triageLine{key: key{m, "AC302", pos}, Verdict: verdict}
	}
	other := "other.com/m@v1.0.0"
	triage := []triageLine{
		tri(mod, "a.go:1", vTrue),
		tri(mod, "a.go:2", vFalse),   // still reported
		tri(mod, "a.go:3", vInfoOK),  // still reported
		tri(mod, "a.go:4", vMissed),  // never counts
		tri(mod, "a.go:5", vFalse),   // fixed: not reported any more
		tri(other, "b.go:1", vFalse), // not scanned: counts as triaged
	}
	found := map[key]finding{}
	for _, p := range []string{"a.go:1", "a.go:2", "a.go:3"} {
		found[key{mod, "AC302", p}] = finding{}
	}
	src, err := precisionSource(measure(triage, found, map[string]bool{mod: true}))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(src, []byte(`"AC302": {Findings: 4, True: 2},`)) || !bytes.Contains(src, []byte("DO NOT EDIT")) {
		t.Fatalf("source:\n%s", src)
	}
}

func TestManifest(t *testing.T) {
	mods, err := readManifest("../../testdata/realworld/manifest.tsv")
	if err != nil {
		t.Fatal(err)
	}
	small, large := 0, 0
	for _, m := range mods {
		if m.Size == "small" {
			small++
		} else {
			large++
		}
	}
	if small < 6 || large < 1 {
		t.Fatalf("manifest has %d small and %d large modules, want at least 6 and 1", small, large)
	}
	bad := filepath.Join(t.TempDir(), "m.tsv")
	os.WriteFile(bad, []byte("example.com/m\tlatest\tsmall\t./...\n"), 0o644)
	if _, err := readManifest(bad); err == nil {
		t.Fatal("an unpinned version was accepted")
	}
}
