package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestRollUpWorstStatus(t *testing.T) {
	checks := []Check{
		{Rule: "AP101", Status: StatusPass, Target: "https://b/"},
		{Rule: "AP102", Status: StatusFail, Target: "https://b/"},
		{Rule: "AP103", Status: StatusSkip, Target: "https://b/"},
		{Rule: "AP101", Status: StatusPass, Target: "https://a/"},
		{Rule: "AP102", Status: StatusError, Target: "https://a/"},
		{Rule: "AP103", Status: StatusWarn, Target: "https://a/"},
		{Rule: "AP101", Status: StatusSkip, Target: "https://c/"},
		{Rule: "AP101", Status: StatusPass, Target: "https://not-listed/"},
	}
	got := RollUp([]TargetResult{{URL: "https://c/"}, {URL: "https://b/", Profile: "b.yaml"}, {URL: "https://a/"}, {URL: "https://d/"}, {URL: "https://a/"}}, checks)
	want := []TargetResult{
		{URL: "https://a/", Verdict: StatusError, Errored: 1, Warned: 1, Passed: 1},
		{URL: "https://b/", Profile: "b.yaml", Verdict: StatusFail, Failed: 1, Passed: 1, Skipped: 1},
		{URL: "https://c/", Verdict: StatusSkip, Skipped: 1},
		{URL: "https://d/", Verdict: StatusError}, // no check at all
	}
	if len(got) != len(want) {
		t.Fatalf("got %d entries, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entry %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	if RollUp(nil, checks) != nil {
		t.Errorf("no targets must give no roll-up (one-target reports keep their shape)")
	}
}

func TestRenderTargets(t *testing.T) {
	r := &Report{
		Checks: []Check{
			{Rule: "AP201", Status: StatusFail, Target: "https://b/", Message: "no HSTS"},
			{Rule: "AP101", Status: StatusError, Target: "https://a/", Message: "no TLS handshake"},
		},
		// Stale counts are recomputed from the checks.
		Targets: []TargetResult{{URL: "https://b/", Verdict: StatusPass, Passed: 9}, {URL: "https://a/"}},
	}
	var b bytes.Buffer
	if err := Render(&b, r, FormatJSON, RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Targets) != 2 || back.Targets[0].Verdict != StatusError || back.Targets[1].Verdict != StatusFail || back.Targets[1].Passed != 0 {
		t.Errorf("JSON roll-up: %+v", back.Targets)
	}
	b.Reset()
	if err := Render(&b, r, FormatText, RenderOptions{Command: "probe"}); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	for _, want := range []string{"Targets\n", "error  https://a/", "fail   https://b/", "Checks: https://a/\n", "Checks: https://b/\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	// Each check appears under its own target only.
	if i, j := strings.Index(text, "Checks: https://b/"), strings.Index(text, "no TLS handshake"); j > i {
		t.Errorf("a's check is printed under b:\n%s", text)
	}
	b.Reset()
	if err := Render(&b, r, FormatMarkdown, RenderOptions{Command: "probe"}); err != nil {
		t.Fatal(err)
	}
	if md := b.String(); !strings.Contains(md, "### Targets") || !strings.Contains(md, "### Checks: `https://a/`") {
		t.Errorf("Markdown lacks the roll-up or a target section:\n%s", md)
	}
	b.Reset()
	if err := Render(&b, r, FormatSARIF, RenderOptions{Command: "probe"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"targets": [`) {
		t.Errorf("SARIF lacks run.properties.targets")
	}
	b.Reset()
	if err := Render(&b, r, FormatHTML, RenderOptions{Command: "probe"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `id="targets"`) {
		t.Errorf("HTML lacks the roll-up")
	}
}
