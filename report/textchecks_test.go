package report_test

import (
	"strings"
	"testing"

	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

func TestCompressIDs(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"AP101"}, "AP101"},
		{[]string{"AP101", "AP102"}, "AP101, AP102"},
		{[]string{"AP301", "AP302", "AP303", "AP304", "AP351", "AP352", "AP353"}, "AP301–AP304, AP351–AP353"},
		{[]string{"AP109", "AP110", "AP111", "AP201"}, "AP109–AP111, AP201"},
		{[]string{"AC109", "AP110", "AP111"}, "AC109, AP110, AP111"},
		{[]string{"AP651", "AP652", "AP653", "AP655"}, "AP651–AP653, AP655"},
	} {
		if got := report.CompressIDs(tc.in); got != tc.want {
			t.Errorf("CompressIDs(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCompactChecks: one target is a header; checks are grouped by outcome
// and cause; skipped checks one line per reason.
func TestCompactChecks(t *testing.T) {
	const target = "https://127.0.0.1:8443/"
	r := &report.Report{}
	add := func(rule, status, msg string, sev rules.Severity) {
		r.Checks = append(r.Checks, report.Check{Rule: rule, Status: status, Target: target, Message: msg, Severity: sev})
	}
	for _, id := range []string{"AP301", "AP302", "AP303", "AP304", "AP351", "AP352"} {
		add(id, report.StatusSkip, "needs --profile", 0)
	}
	add("AP201", report.StatusSkip, "blocked by AP105", 0)
	add("AP101", report.StatusPass, "ok", 0)
	add("AP102", report.StatusPass, "ok", 0)
	add("AP105", report.StatusFail, "certificate not trusted", rules.High)
	add("AP601", report.StatusError, "timed out", 0)
	add("AP602", report.StatusError, "timed out", 0)
	out := render(t, r, "text", report.RenderOptions{Command: "probe"})
	for _, want := range []string{
		"Target: " + target + "\n",
		"Failed (1)\n  ✗ AP105 [high] certificate not trusted\n",
		"Could not run (2)\n  E AP601, AP602: timed out\n",
		"Passed (2)\n  ✓ AP101, AP102\n",
		"  - skipped (needs --profile): AP301–AP304, AP351, AP352\n",
		"  - skipped (blocked by AP105): AP201\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("compact output lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, target); n != 1 {
		t.Errorf("target printed %d times, want once:\n%s", n, out)
	}
	v := render(t, r, "text", report.RenderOptions{Command: "probe", Verbose: true})
	if n := strings.Count(v, "needs --profile"); n != 6 {
		t.Errorf("--verbose: %d skipped lines, want 6:\n%s", n, v)
	}
	if n := strings.Count(v, target); n != 1 {
		t.Errorf("--verbose: target printed %d times, want once (as the header):\n%s", n, v)
	}
}

func TestChecklistReadiness(t *testing.T) {
	e := func(st string) report.ChecklistEntry { return report.ChecklistEntry{ID: "x", Status: st} }
	for _, tc := range []struct {
		entries []report.ChecklistEntry
		ready   bool
		line    string
	}{
		{[]report.ChecklistEntry{e("pass"), e("pass with notes"), e("n/a")}, true,
			"Ready for release: no manual item needs a sign-off."},
		{[]report.ChecklistEntry{e("pass"), e("manual"), e("manual")}, true,
			"Ready for release: 2 manual items still need a reviewer's sign-off."},
		{[]report.ChecklistEntry{e("fail"), e("not verified"), e("manual")}, false,
			"Not ready for release: 1 checklist item failed; 1 checklist item could not be verified; 1 manual item still needs a reviewer's sign-off."},
		{[]report.ChecklistEntry{e("pass"), e("some future verdict")}, false,
			"Not ready for release: 1 checklist item could not be verified; no manual item needs a sign-off."},
	} {
		rd := report.ChecklistReadiness(tc.entries)
		if rd.Ready != tc.ready || rd.Line() != tc.line {
			t.Errorf("%v: ready %v %q, want %v %q", tc.entries, rd.Ready, rd.Line(), tc.ready, tc.line)
		}
	}
}

// TestNewVerdictsInEveryFormat: pass with notes and n/a show with their
// note in text, Markdown, HTML and JSON.
func TestNewVerdictsInEveryFormat(t *testing.T) {
	r := &report.Report{Checklist: []report.ChecklistEntry{
		{ID: "tokens.not-in-urls", Status: report.VerdictPassWithNotes, VerifiedBy: []string{"AC403"}, Note: "noted: AC403 (1 info finding)"},
		{ID: "tokens.signing-keys", Status: report.VerdictNA, VerifiedBy: []string{"AC309"}, Note: "nothing to check: no code here imports github.com/golang-jwt/jwt"},
	}}
	for _, f := range []string{"text", "markdown", "html", "json"} {
		out := render(t, r, f, report.RenderOptions{Command: "audit"})
		for _, want := range []string{"pass with notes", "n/a", "AC403 (1 info finding)", "no code here imports"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s output lacks %q", f, want)
			}
		}
	}
	if out := render(t, r, "text", report.RenderOptions{Command: "audit"}); !strings.HasSuffix(out, "Ready for release: no manual item needs a sign-off.\n") {
		t.Errorf("text audit should end with the readiness verdict:\n%s", out)
	}
	if out := render(t, r, "markdown", report.RenderOptions{Command: "audit"}); !strings.Contains(out, "**Ready for release: no manual item needs a sign-off.**") {
		t.Errorf("markdown audit should state the readiness verdict:\n%s", out)
	}
	if out := render(t, r, "html", report.RenderOptions{Command: "audit"}); !strings.Contains(out, "Ready for release") || strings.Contains(out, "Not ready for release") {
		t.Errorf("html: pass with notes and n/a should not block readiness")
	}
}
