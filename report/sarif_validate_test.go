package report_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/internal/sariftest"
	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

func TestSARIFValidates(t *testing.T) {
	tool := sariftest.Tool(t)
	dir := t.TempDir()
	write := func(name string, r *report.Report, opts report.RenderOptions) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := report.Render(f, r, "sarif", opts); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Findings (one suppressed, one with a fix, one in a path with a space)
	// and probe checks in every status; an empty scan; a rule missing from
	// the catalogue; a finding without position.
	files := []string{
		write("audit.sarif", sampleReport(), report.RenderOptions{Command: "audit", BaseDir: dir}),
		write("empty.sarif", &report.Report{}, report.RenderOptions{Command: "scan"}),
		write("odd.sarif", &report.Report{Findings: []report.Finding{
			{Rule: "ZZ999", Severity: rules.Low, Message: "unknown rule", File: "a.go", Line: 1, Column: 1},
			{Rule: "TC101", Message: "no position, no severity", File: "go.mod"},
		}}, report.RenderOptions{Command: "scan"}),
	}
	// Every rule of the real catalogue, so that its metadata (help text,
	// tags) is validated too.
	var catalogue report.Report
	for i, rule := range rules.All() {
		if rule.Static() {
			catalogue.Findings = append(catalogue.Findings, report.Finding{Rule: rule.ID, Message: rule.Summary,
				File: "internal/x.go", Line: i + 1, Column: 1, EndLine: i + 1, EndColumn: 9})
		} else {
			catalogue.Checks = append(catalogue.Checks, report.Check{Rule: rule.ID, Status: report.StatusFail,
				Target: "https://127.0.0.1:8443/", Message: rule.Summary})
		}
	}
	files = append(files, write("catalogue.sarif", &catalogue, report.RenderOptions{Command: "audit"}))

	errs, output := sariftest.Validate(t, tool, files...)
	for _, e := range errs {
		t.Errorf("validator: %s", e)
	}
	if !strings.Contains(output, fmt.Sprintf("%d files scanned", len(files))) {
		t.Errorf("validator did not scan all %d files:\n%s", len(files), output)
	}
	if t.Failed() {
		t.Logf("full validator output:\n%s", output)
	}
}

// TestSARIFValidatorCatchesErrors makes sure the check above can fail: a
// log with a zero start line and an invalid URI must produce error lines.
func TestSARIFValidatorCatchesErrors(t *testing.T) {
	tool := sariftest.Tool(t)
	bad := filepath.Join(t.TempDir(), "bad.sarif")
	const log = `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":"A1"}]}},"results":[{"ruleId":"A1","ruleIndex":0,"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a b.go"},"region":{"startLine":0}}}]}]}]}`
	if err := os.WriteFile(bad, []byte(log), 0o644); err != nil {
		t.Fatal(err)
	}
	errs, output := sariftest.Validate(t, tool, bad)
	if len(errs) == 0 {
		t.Fatalf("no error lines found in the validator's output for an invalid log:\n%s", output)
	}
	for _, want := range []string{"JSON1008", "SARIF1002", "GH2012"} {
		if !strings.Contains(strings.Join(errs, "\n"), want) {
			t.Errorf("errors lack %s:\n%s", want, strings.Join(errs, "\n"))
		}
	}
}
