package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/report"
)

func TestCheckFingerprint(t *testing.T) {
	base := report.Check{Rule: "AP204", Status: report.StatusFail, Target: "https://api.example.com:8443/login",
		Message: "HSTS max-age 300 is below 31536000 on GET /authcheck-b5b7407db574"}
	fp := report.CheckFingerprint(base)
	same := base
	same.Message = "HSTS max-age  600 is below 31536000 on GET /authcheck-0a9f3c11de42"
	same.Target = "https://API.example.com:8443/login"
	same.Evidence = map[string]string{"header": "max-age=600"}
	if got := report.CheckFingerprint(same); got != fp {
		t.Errorf("same failure, other numbers: fingerprint %s, want %s", got, fp)
	}
	for name, change := range map[string]func(*report.Check){
		"rule":    func(c *report.Check) { c.Rule = "AP205" },
		"origin":  func(c *report.Check) { c.Target = "https://other.example.com:8443/login" },
		"port":    func(c *report.Check) { c.Target = "https://api.example.com:9443/login" },
		"path":    func(c *report.Check) { c.Target = "https://api.example.com:8443/admin" },
		"status":  func(c *report.Check) { c.Status = report.StatusWarn },
		"message": func(c *report.Check) { c.Message = "no Strict-Transport-Security header" },
	} {
		c := base
		change(&c)
		if report.CheckFingerprint(c) == fp {
			t.Errorf("changing the %s kept the fingerprint", name)
		}
	}
}

func TestBaselineOfChecks(t *testing.T) {
	failed := report.Check{Rule: "AP201", Status: report.StatusFail, Target: "https://h.example/", Message: "no HSTS"}
	errored := report.Check{Rule: "AP101", Status: report.StatusError, Target: "https://h.example/", Message: "timeout"}
	passed := report.Check{Rule: "AP301", Status: report.StatusPass, Target: "https://h.example/"}
	checks := []report.Check{failed, errored, passed}
	report.AssignCheckFingerprints(checks)
	var buf bytes.Buffer
	if err := report.WriteBaselineOf(&buf, "probe", &report.Report{Checks: checks}); err != nil {
		t.Fatal(err)
	}
	b, err := report.ReadBaseline(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if b.WrittenBy() != "probe" || len(b.Checks) != 1 || b.Checks[0].Rule != "AP201" || b.Checks[0].Origin != "https://h.example" {
		t.Fatalf("baseline = %+v, want probe with AP201 only (an error is never accepted)", b)
	}
	kept, n := b.FilterChecks(checks)
	if n != 1 || len(kept) != 2 || kept[0].Rule != "AP101" {
		t.Errorf("FilterChecks kept %+v (dropped %d), want the error and the pass", kept, n)
	}
	if _, err := report.ReadBaseline(strings.NewReader(`{"version":1,"command":"deploy","findings":[]}`)); err == nil {
		t.Error("a baseline naming an unknown command was accepted")
	}
}
