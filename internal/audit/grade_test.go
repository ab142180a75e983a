package audit

import (
	"testing"

	"github.com/authcheck/authcheck/checklist"
	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

// A test-only item and rules, so the test does not depend on which real
// rules exist yet.
var testChecklist = func() *checklist.Checklist {
	cl, err := checklist.Parse([]byte(`
sections: [{id: zz, title: Test}]
items:
  - {id: zz.both, title: T, statement: S, severity: high, verify: [static, live]}
  - {id: zz.live, title: T, statement: S, severity: high, verify: [live]}
  - {id: zz.none, title: T, statement: S, severity: low, verify: [manual], review: look at it}
  - {id: zz.static, title: T, statement: S, severity: high, verify: [static]}
  - {id: zz.jwt, title: T, statement: S, severity: high, verify: [static]}
`))
	if err != nil {
		panic(err)
	}
	return cl
}()

func init() {
	rules.Register(
		rules.Rule{ID: "AC990", Name: "t", Checklist: "zz.both", Severity: rules.High, Source: "t", Summary: "s", Why: "w", Fix: "f"},
		rules.Rule{ID: "AP990", Name: "t", Checklist: "zz.both", Severity: rules.High, Source: "t", Summary: "s", Why: "w", Fix: "f"},
		rules.Rule{ID: "AP991", Name: "t", Checklist: "zz.live", Severity: rules.High, Source: "t", Summary: "s", Why: "w", Fix: "f"},
		rules.Rule{ID: "AC991", Name: "t", Checklist: "zz.static", Severity: rules.High, Source: "t", Summary: "s", Why: "w", Fix: "f"},
		rules.Rule{ID: "AC992", Name: "t", Checklist: "zz.jwt", Severity: rules.High, Source: "t", Summary: "s", Why: "w", Fix: "f", APIs: []string{"example.com/jwt/v5"}},
	)
}

func verdicts(es []report.ChecklistEntry) map[string]string {
	m := map[string]string{}
	for _, e := range es {
		m[e.ID] = e.Status
	}
	return m
}

func TestGrade(t *testing.T) {
	pass := func(id string) report.Check { return report.Check{Rule: id, Status: report.StatusPass} }
	for _, tc := range []struct {
		name     string
		findings []report.Finding
		checks   []report.Check
		cov      Coverage
		want     map[string]string
	}{
		{"nothing ran", nil, nil, Coverage{},
			map[string]string{"zz.both": "not verified", "zz.live": "not verified", "zz.none": "manual"}},
		{"scan clean, no probes", nil, nil, Coverage{Scanned: true},
			map[string]string{"zz.both": "pass", "zz.live": "not verified", "zz.none": "manual"}},
		{"finding fails the item", []report.Finding{{Rule: "AC990"}}, []report.Check{pass("AP990"), pass("AP991")}, Coverage{Scanned: true, Probed: true},
			map[string]string{"zz.both": "fail", "zz.live": "pass", "zz.none": "manual"}},
		{"info finding is a note, not a failure", []report.Finding{{Rule: "AC990", Severity: rules.Info}}, nil, Coverage{Scanned: true},
			map[string]string{"zz.both": "pass with notes"}},
		{"low finding below the gate is a note", []report.Finding{{Rule: "AC990", Severity: rules.Low}}, nil, Coverage{Scanned: true},
			map[string]string{"zz.both": "pass with notes"}},
		{"low finding at --fail-on low fails", []report.Finding{{Rule: "AC990", Severity: rules.Low}}, nil, Coverage{Scanned: true, FailOn: rules.Low},
			map[string]string{"zz.both": "fail"}},
		{"warned check is a note", nil, []report.Check{{Rule: "AP991", Status: report.StatusWarn, Severity: rules.Low, Message: "302 instead of 401"}}, Coverage{Probed: true},
			map[string]string{"zz.live": "pass with notes"}},
		{"warned check at --fail-on low fails", nil, []report.Check{{Rule: "AP991", Status: report.StatusWarn, Severity: rules.Low, Message: "302"}}, Coverage{Probed: true, FailOn: rules.Low},
			map[string]string{"zz.live": "fail"}},
		{"errored check is not verified", nil, []report.Check{{Rule: "AP991", Status: report.StatusError, Message: "timed out"}}, Coverage{Probed: true},
			map[string]string{"zz.live": "not verified"}},
		{"empty module: static part n/a, nothing passes", nil, nil, Coverage{Scanned: true, APIsKnown: true},
			map[string]string{"zz.both": "not verified", "zz.static": "n/a", "zz.jwt": "n/a"}},
		{"API unused: n/a", nil, nil, Coverage{Scanned: true, APIsKnown: true, Packages: 3, Imports: map[string]bool{"fmt": true}},
			map[string]string{"zz.static": "pass", "zz.jwt": "n/a"}},
		{"API used (subpackage): verified", nil, nil, Coverage{Scanned: true, APIsKnown: true, Packages: 1, Imports: map[string]bool{"example.com/jwt/v5/request": true}},
			map[string]string{"zz.jwt": "pass"}},
		{"both parts: static n/a, live pass", nil, []report.Check{pass("AP990")}, Coverage{Scanned: true, Probed: true, APIsKnown: true},
			map[string]string{"zz.both": "pass"}},
		{"suppressed finding does not", []report.Finding{{Rule: "AC990", Suppressed: true}}, []report.Check{pass("AP990"), pass("AP991")}, Coverage{Scanned: true, Probed: true},
			map[string]string{"zz.both": "pass", "zz.live": "pass"}},
		{"failed check fails", nil, []report.Check{pass("AP990"), {Rule: "AP991", Status: report.StatusFail, Message: "no 429"}}, Coverage{Scanned: true, Probed: true},
			map[string]string{"zz.both": "pass", "zz.live": "fail"}},
		{"skipped check is not verification", nil, []report.Check{{Rule: "AP991", Status: report.StatusSkip, Message: "needs a profile"}}, Coverage{Probed: true},
			map[string]string{"zz.live": "not verified"}},
		{"disabled rule verifies nothing", nil, nil, Coverage{Scanned: true, DisabledRules: map[string]bool{"AC990": true}},
			map[string]string{"zz.both": "not verified"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := verdicts(Grade(testChecklist, tc.findings, tc.checks, tc.cov))
			for id, want := range tc.want {
				if got[id] != want {
					t.Errorf("%s = %q, want %q", id, got[id], want)
				}
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	es := Grade(testChecklist, []report.Finding{{Rule: "AC990"}}, nil, Coverage{Scanned: true})
	s := Summarize(testChecklist, es)
	if len(s) != 1 || s[0].Fail != 1 || s[0].NotVerified != 1 || s[0].Manual != 1 || s[0].Ready() {
		t.Errorf("Summarize = %+v", s)
	}
}
