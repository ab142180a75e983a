package report_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

// sarifMultitool finds Microsoft's SARIF validator (@microsoft/sarif-multitool,
// installed by .ci/install-sarif-multitool) or skips; in CI (CI=true) a
// missing validator is a failure, so the check cannot silently vanish.
func sarifMultitool(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("AUTHCHECK_SARIF_MULTITOOL"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("AUTHCHECK_SARIF_MULTITOOL: %v", err)
		}
		return p
	}
	p, err := filepath.Abs(filepath.Join("..", ".ci", "tools", "node_modules", ".bin", "sarif-multitool"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		msg := "sarif-multitool not installed (run .ci/install-sarif-multitool): " + err.Error()
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return p
}

// validatorError matches the validator's error lines:
// "FILE(line,col): error SARIF1002: …", "SARIF.MULTITOOL : error ERR997…",
// "ERROR(S):" (bad command line) and any line starting with "error". The
// tool exits 0 even when it reports errors, so its output is the verdict.
var validatorError = regexp.MustCompile(`(?im)^(?:.*\(\d+,\d+\): |.* : )?error\b.*$`)

// validateSARIF runs "sarif-multitool validate" with SARIF's own rules and
// the GitHub Advanced Security ones (GHxxxx) on files and returns the
// error lines and the whole output.
func validateSARIF(t *testing.T, tool string, files ...string) (errs []string, output string) {
	t.Helper()
	args := append([]string{"validate", "--rule-kind", "Sarif;Gh"}, files...)
	// The npm wrapper (bin.js) hands its arguments to a shell; quote them
	// so that ';' and spaces reach the validator intact.
	if real, err := filepath.EvalSymlinks(tool); err == nil && strings.HasSuffix(real, ".js") {
		for i, a := range args {
			args[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
	}
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute) // a hang guard, not a timing assert
	defer cancel()
	cmd := exec.CommandContext(ctx, tool, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", tool, args, err, out.String())
	}
	output = out.String()
	if !strings.Contains(output, "files scanned") {
		t.Fatalf("validator output does not say it scanned anything:\n%s", output)
	}
	return validatorError.FindAllString(output, -1), output
}

func TestSARIFValidates(t *testing.T) {
	tool := sarifMultitool(t)
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

	errs, output := validateSARIF(t, tool, files...)
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
	tool := sarifMultitool(t)
	bad := filepath.Join(t.TempDir(), "bad.sarif")
	const log = `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":"A1"}]}},"results":[{"ruleId":"A1","ruleIndex":0,"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a b.go"},"region":{"startLine":0}}}]}]}]}`
	if err := os.WriteFile(bad, []byte(log), 0o644); err != nil {
		t.Fatal(err)
	}
	errs, output := validateSARIF(t, tool, bad)
	if len(errs) == 0 {
		t.Fatalf("no error lines found in the validator's output for an invalid log:\n%s", output)
	}
	for _, want := range []string{"JSON1008", "SARIF1002", "GH2012"} {
		if !strings.Contains(strings.Join(errs, "\n"), want) {
			t.Errorf("errors lack %s:\n%s", want, strings.Join(errs, "\n"))
		}
	}
}
