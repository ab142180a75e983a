// Command samplereport renders an authcheck report as HTML without running
// an audit: either a built-in sample audit of a fictional service (failed,
// passed, unverified and manual items, findings with fixes, checks with
// evidence), or a report previously written with --format json.
//
// It exists for scripts/render-html-report.sh, which turns the result into
// the screenshot in docs/img, and for looking at the HTML format while
// working on it:
//
//	go run ./scripts/samplereport -out /tmp/report.html
//	go run ./scripts/samplereport -in audit.json -out /tmp/report.html
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/authcheck/authcheck/checklist"
	"github.com/authcheck/authcheck/internal/audit"
	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

func main() {
	in := flag.String("in", "", "render this JSON `report` (authcheck … --format json) instead of the sample")
	out := flag.String("out", "", "write the HTML to `FILE` (default standard output)")
	command := flag.String("command", "", "command the report came from: scan, probe or audit (default: audit for the sample, guessed from a JSON report's content)")
	date := flag.String("date", "", "date to print in the header, e.g. 2025-06-01 (default none)")
	format := flag.String("format", report.FormatHTML, "output `format` (html, markdown, text, …)")
	flag.Parse()
	if err := run(*in, *out, *command, *date, *format); err != nil {
		fmt.Fprintln(os.Stderr, "samplereport:", err)
		os.Exit(1)
	}
}

func run(in, out, command, date, format string) error {
	var r *report.Report
	if in != "" {
		b, err := os.ReadFile(in)
		if err != nil {
			return err
		}
		r = &report.Report{}
		if err := json.Unmarshal(b, r); err != nil {
			return fmt.Errorf("%s: %w", in, err)
		}
	} else {
		var err error
		if r, err = sampleAudit(); err != nil {
			return err
		}
	}
	if command == "" {
		command = guessCommand(r)
	}
	var buf bytes.Buffer
	if err := report.Render(&buf, r, format, report.RenderOptions{Command: command, Date: date}); err != nil {
		return err
	}
	var w io.Writer = os.Stdout
	if out != "" {
		return os.WriteFile(out, buf.Bytes(), 0o644)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// guessCommand names the command that produced r, which decides the
// report's title and which empty parts it still mentions.
func guessCommand(r *report.Report) string {
	switch {
	case len(r.Checklist) > 0:
		return "audit"
	case len(r.Checks) > 0 && len(r.Findings) == 0:
		return "probe"
	case len(r.Checks) == 0:
		return "scan"
	}
	return ""
}

const target = "https://staging.shop.example:8443"

// sampleAudit is the audit of a fictional shop's staging service: the code
// mostly fine but for a few classic mistakes, the live service mostly
// configured, rate limits not probed because the profile names no account
// the probes may lock out. The verdicts come from audit.Grade, as in a real
// audit, so they agree with the findings and checks.
func sampleAudit() (*report.Report, error) {
	cl, err := checklist.Load()
	if err != nil {
		return nil, err
	}
	findings := []report.Finding{
		{Rule: "AC103", File: "internal/user/password.go", Line: 31, Column: 40, EndLine: 31, EndColumn: 57,
			Message: "bcrypt cost bcrypt.DefaultCost (10) is below the checklist's 12; use cost 12 or more, or argon2id"},
		{Rule: "AC201", File: "internal/auth/apikey.go", Line: 58, Column: 5, EndLine: 58, EndColumn: 33,
			Message: "API key hash compared with ==, which returns early on the first differing byte; use subtle.ConstantTimeCompare"},
		{Rule: "AC401", File: "internal/webhook/client.go", Line: 77, Column: 22, EndLine: 77, EndColumn: 61,
			Message: "access token put into the URL query (\"access_token\"); send it in the Authorization header"},
		{Rule: "AC201", File: "internal/cache/etag.go", Line: 19, Column: 9, EndLine: 19, EndColumn: 27,
			Message: "etag compared with ==", Suppressed: true, Justification: "an ETag is public, not a secret"},
	}
	failing := map[string]report.Check{
		"AP204": {Status: report.StatusFail, Target: target + "/",
			Message:  "HSTS max-age is 300 seconds; at least 31536000 (one year) is required",
			Evidence: map[string]string{"strict-transport-security": "max-age=300", "request": "GET / (HTTP/2)"}},
		"AP205": {Status: report.StatusFail, Target: target + "/",
			Message:  "HSTS does not include subdomains",
			Evidence: map[string]string{"strict-transport-security": "max-age=300"}},
		"AP303": {Status: report.StatusFail, Target: target + "/api/login",
			Message:  "session cookie \"sid\" has no SameSite attribute (browsers default to Lax, the checklist asks for Strict)",
			Evidence: map[string]string{"set-cookie": "sid=<redacted 32 bytes>; Path=/; Max-Age=43200; HttpOnly; Secure", "cookie": "sid"}},
		"AP304": {Status: report.StatusWarn, Target: target + "/api/login",
			Message:  "session cookie \"sid\" does not use the __Host- prefix",
			Evidence: map[string]string{"cookie": "sid", "suggested name": "__Host-sid"}},
		"AP104": {Status: report.StatusWarn, Target: target,
			Message:  "TLS_RSA_WITH_AES_128_GCM_SHA256 accepted: RSA key exchange has no forward secrecy",
			Evidence: map[string]string{"protocol": "TLS 1.2", "cipher suite": "TLS_RSA_WITH_AES_128_GCM_SHA256 (0x009c)"}},
		"AP702": {Status: report.StatusError, Target: target + "/api/login",
			Message:  "timing samples inconclusive: 7 of 60 requests timed out",
			Evidence: map[string]string{"samples": "53 of 60", "timeout": "5s"}},
	}
	skipped := map[string]string{
		"AP501": "no rate-limit account in the profile: login attempts would lock out a real account",
		"AP502": "no rate-limit account in the profile: login attempts would lock out a real account",
		"AP503": "no rate-limit account in the profile",
		"AP504": "no rate-limit account in the profile",
		"AP505": "no rate-limit account in the profile",
	}
	var checks []report.Check
	for _, rule := range rules.All() {
		if rule.Static() {
			continue
		}
		c, ok := failing[rule.ID]
		switch {
		case ok:
		case skipped[rule.ID] != "":
			c = report.Check{Status: report.StatusSkip, Target: target + "/api/login", Message: skipped[rule.ID]}
		default:
			c = report.Check{Status: report.StatusPass, Target: target + "/", Message: "passed: " + rule.Name}
		}
		c.Rule = rule.ID
		c.Checklist = rule.Checklist
		if c.Severity == 0 {
			c.Severity = rule.Severity
		}
		checks = append(checks, c)
	}
	for i := range findings {
		if rule, ok := rules.Lookup(findings[i].Rule); ok {
			findings[i].Checklist = rule.Checklist
			findings[i].Severity = rule.Severity
		}
	}
	r := &report.Report{
		SchemaVersion: report.SchemaVersion,
		Tool:          report.Tool{Name: report.ToolName, Version: "0.1.0"},
		Findings:      findings,
		Checks:        checks,
		Checklist:     audit.Grade(cl, findings, checks, audit.Coverage{Scanned: true, Probed: true}),
	}
	r.Summarize()
	return r, nil
}
