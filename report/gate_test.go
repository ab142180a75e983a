package report_test

import (
	"testing"

	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

func TestParseFailOn(t *testing.T) {
	for in, want := range map[string]rules.Severity{
		"info": rules.Info, "low": rules.Low, "medium": rules.Medium, "High": rules.High, " critical ": rules.Critical,
	} {
		got, never, err := report.ParseFailOn(in)
		if err != nil || never || got != want {
			t.Errorf("ParseFailOn(%q) = %v, %v, %v; want %v", in, got, never, err, want)
		}
	}
	if _, never, err := report.ParseFailOn("never"); err != nil || !never {
		t.Errorf("ParseFailOn(never) = never %v, err %v", never, err)
	}
	for _, bad := range []string{"", "severe", "warn", "0"} {
		if _, _, err := report.ParseFailOn(bad); err == nil {
			t.Errorf("ParseFailOn(%q): no error", bad)
		}
	}
	if def, _, err := report.ParseFailOn(report.DefaultFailOn); err != nil || def != rules.Medium {
		t.Errorf("DefaultFailOn parses to %v, %v", def, err)
	}
}

func TestFails(t *testing.T) {
	medium := report.Finding{Rule: "TC201", Severity: rules.Medium, File: "a.go", Line: 1}
	suppressedCritical := report.Finding{Rule: "TC101", Severity: rules.Critical, File: "a.go", Line: 2, Suppressed: true}
	for _, tc := range []struct {
		name      string
		r         report.Report
		threshold rules.Severity
		want      bool
	}{
		{"empty", report.Report{}, rules.Info, false},
		{"medium at medium", report.Report{Findings: []report.Finding{medium}}, rules.Medium, true},
		{"medium at low", report.Report{Findings: []report.Finding{medium}}, rules.Low, true},
		{"medium at high", report.Report{Findings: []report.Finding{medium}}, rules.High, false},
		{"suppressed critical", report.Report{Findings: []report.Finding{suppressedCritical}}, rules.Info, false},
		{"never (zero threshold)", report.Report{Findings: []report.Finding{medium}}, 0, false},
		{"unset severity counts as the rule's (TC101: high)",
			report.Report{Findings: []report.Finding{{Rule: "TC101", File: "a.go", Line: 1}}}, rules.High, true},
		{"failed check", report.Report{Checks: []report.Check{{Rule: "TP201", Status: report.StatusFail, Severity: rules.Medium}}}, rules.Medium, true},
		{"warned check", report.Report{Checks: []report.Check{{Rule: "TP601", Status: report.StatusWarn, Severity: rules.High}}}, rules.High, true},
		{"passed, skipped, errored checks", report.Report{Checks: []report.Check{
			{Rule: "TP101", Status: report.StatusPass, Severity: rules.High},
			{Rule: "TP501", Status: report.StatusSkip, Severity: rules.High},
			{Rule: "TP101", Status: report.StatusError, Severity: rules.High},
		}}, rules.Info, false},
	} {
		if got := tc.r.Fails(tc.threshold); got != tc.want {
			t.Errorf("%s: Fails(%v) = %v, want %v", tc.name, tc.threshold, got, tc.want)
		}
	}
}
