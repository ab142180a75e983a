package report_test

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

func render(t *testing.T, r *report.Report, format string, opts report.RenderOptions) string {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Render(&buf, r, format, opts); err != nil {
		t.Fatalf("Render(%s): %v", format, err)
	}
	return buf.String()
}

func TestRenderUnknownFormat(t *testing.T) {
	err := report.Render(&bytes.Buffer{}, sampleReport(), "xml", report.RenderOptions{})
	if err == nil || !strings.Contains(err.Error(), `"xml"`) || !strings.Contains(err.Error(), "sarif") {
		t.Errorf("Render(xml) error = %v, want one naming the format and the valid ones", err)
	}
}

func TestRenderDoesNotModifyReport(t *testing.T) {
	r := sampleReport()
	before := sampleReport()
	for _, format := range report.Formats {
		render(t, r, format, report.RenderOptions{Command: "audit"})
	}
	if diff := cmp.Diff(before, r); diff != "" {
		t.Errorf("Render modified the report (-before +after):\n%s", diff)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	out := render(t, sampleReport(), "json", report.RenderOptions{})
	var got report.Report
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("decoding JSON output: %v\n%s", err, out)
	}

	want := sampleReport()
	want.SchemaVersion = 1
	// Findings in (file, line, column, rule) order; checks in (rule, target)
	// order; checklist in the checklist's own order.
	f := want.Findings
	want.Findings = []report.Finding{f[3], f[2], f[0], f[1]}
	c := want.Checks
	want.Checks = []report.Check{c[1], c[4], c[0], c[3], c[2]}
	cl := want.Checklist
	want.Checklist = []report.ChecklistEntry{cl[1], cl[2], cl[0], cl[3]}
	if cl[2].VerifiedBy == nil {
		want.Checklist[1].VerifiedBy = []string{}
	}
	if diff := cmp.Diff(want, &got); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	if got.Summary != (report.Summary{Findings: 3, Suppressed: 1, ChecksFailed: 1, ChecksPassed: 1}) {
		t.Errorf("summary = %+v", got.Summary)
	}
}

func TestJSONDeterministic(t *testing.T) {
	a := sampleReport()
	b := sampleReport()
	// Same data, other order: the output must not change.
	for i, j := 0, len(b.Findings)-1; i < j; i, j = i+1, j-1 {
		b.Findings[i], b.Findings[j] = b.Findings[j], b.Findings[i]
	}
	for i, j := 0, len(b.Checks)-1; i < j; i, j = i+1, j-1 {
		b.Checks[i], b.Checks[j] = b.Checks[j], b.Checks[i]
	}
	b.Checklist[0], b.Checklist[3] = b.Checklist[3], b.Checklist[0]
	for _, format := range report.Formats {
		ra := render(t, a, format, report.RenderOptions{Command: "audit"})
		rb := render(t, b, format, report.RenderOptions{Command: "audit"})
		if ra != rb {
			t.Errorf("%s output depends on input order:\n%s", format, cmp.Diff(ra, rb))
		}
	}
}

func TestJSONEmptyReport(t *testing.T) {
	out := render(t, &report.Report{}, "json", report.RenderOptions{})
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"findings", "checks"} {
		if arr, ok := m[key].([]any); !ok || len(arr) != 0 {
			t.Errorf("%s = %#v, want []", key, m[key])
		}
	}
	if _, ok := m["checklist"]; ok {
		t.Error("empty checklist is present; want it omitted")
	}
	if m["schemaVersion"] != 1.0 {
		t.Errorf("schemaVersion = %v", m["schemaVersion"])
	}
	if tool, _ := m["tool"].(map[string]any); tool["name"] != "authcheck" {
		t.Errorf("tool = %v", m["tool"])
	}
	summary, _ := m["summary"].(map[string]any)
	if summary["findings"] != 0.0 || summary["checksFailed"] != 0.0 {
		t.Errorf("summary = %v, want findings and checksFailed present and 0", summary)
	}
	if !strings.HasPrefix(out, "{\n  \"schemaVersion\": 1,\n") {
		t.Errorf("JSON not indented as expected:\n%s", out)
	}
}

func TestJSONFillsSeverityFromRule(t *testing.T) {
	r := &report.Report{Findings: []report.Finding{{Rule: "TC101", File: "a.go", Line: 1}}}
	out := render(t, r, "json", report.RenderOptions{})
	var got report.Report
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if f := got.Findings[0]; f.Severity != rules.High || f.Checklist != "passwords.hashing" {
		t.Errorf("finding = %+v, want severity and checklist from rule TC101", f)
	}
}

func TestTextFindings(t *testing.T) {
	out := render(t, sampleReport(), "text", report.RenderOptions{Command: "audit"})
	for _, want := range []string{
		"cmd/my tool/main.go:3:2: TC201 [medium] hmac | compared with == <script>alert(1)</script>\n",
		"internal/auth/token.go:17:5: TC201 [medium] token compared with ==; use subtle.ConstantTimeCompare\n",
		"internal/user/store.go:42:9: TC101 [high] password hashed with sha256.Sum256; use argon2id\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	// Stable order: file, then line.
	if i, j := strings.Index(out, "internal/auth/token.go"), strings.Index(out, "internal/user/store.go"); i < 0 || j < i {
		t.Errorf("findings out of order:\n%s", out)
	}
	if strings.Contains(out, "etag.go") {
		t.Errorf("suppressed finding shown without ShowSuppressed:\n%s", out)
	}
	out = render(t, sampleReport(), "text", report.RenderOptions{ShowSuppressed: true})
	if want := "internal/auth/etag.go:8:5: TC201 [medium] etag compared with == (suppressed: value is a public ETag, not a secret)\n"; !strings.Contains(out, want) {
		t.Errorf("text output with ShowSuppressed lacks %q:\n%s", want, out)
	}
}

func TestTextChecksAndChecklist(t *testing.T) {
	out := render(t, sampleReport(), "text", report.RenderOptions{Command: "audit", Verbose: true})
	for _, want := range []string{
		"  ✗ TP201 [medium] https://127.0.0.1:8443/: HSTS max-age 300 is below 31536000\n      header: max-age=300\n",
		"  ✓ TP101 https://127.0.0.1:8443/: TLS 1.0 and 1.1 refused\n",
		"  ! TP601 [high] https://127.0.0.1:8443/nope: unknown route answers 302 to the login page\n",
		"  - TP501 https://127.0.0.1:8443/login: skipped: no profile: the login endpoint is unknown\n",
		"  E TP101 https://127.0.0.1:9999/: error: connection refused\n",
		"Transport security\n",
		"Rate limiting and anti-automation\n",
		"Checklist\n",
		"      reviewer: check the login path\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	if !regexp.MustCompile(`(?m)^  ✗ fail +passwords\.hashing +Passwords are hashed .* \(TC101\)$`).MatchString(out) {
		t.Errorf("checklist row for passwords.hashing missing:\n%s", out)
	}
	if !strings.HasSuffix(out, "\n3 findings (1 high, 2 medium), 1 suppressed; 5 checks: 1 passed, 1 failed, 1 warned, 1 skipped, 1 errored; checklist: 2 fail, 1 not verified, 1 manual\n"+
		"Not ready for release: 2 checklist items failed; 1 checklist item could not be verified; 1 manual item still needs a reviewer's sign-off.\n") {
		t.Errorf("summary line wrong:\n%s", out)
	}
	// Sections follow the checklist's order: transport before authorization
	// before rate limiting.
	ti, ai, ri := strings.Index(out, "Transport security"), strings.Index(out, "Authorization"), strings.Index(out, "Rate limiting")
	if !(ti < ai && ai < ri) {
		t.Errorf("check sections out of checklist order:\n%s", out)
	}
}

func TestSummaryLine(t *testing.T) {
	r := &report.Report{}
	for i, sev := range []rules.Severity{rules.High, rules.Medium, rules.Medium} {
		r.Findings = append(r.Findings, report.Finding{Rule: "TC201", Severity: sev, File: "a.go", Line: i + 1})
	}
	r.Findings = append(r.Findings, report.Finding{Rule: "TC201", Severity: rules.Critical, File: "b.go", Line: 1, Suppressed: true})
	for i := 0; i < 12; i++ {
		status := report.StatusPass
		switch i {
		case 10:
			status = report.StatusFail
		case 11:
			status = report.StatusSkip
		}
		r.Checks = append(r.Checks, report.Check{Rule: "TP201", Status: status, Severity: rules.Medium})
	}
	out := render(t, r, "text", report.RenderOptions{})
	want := "3 findings (1 high, 2 medium), 1 suppressed; 12 checks: 10 passed, 1 failed, 1 skipped\n"
	if !strings.HasSuffix(out, want) {
		t.Errorf("text output does not end with %q:\n%s", want, out)
	}

	for _, tc := range []struct {
		command string
		r       *report.Report
		want    string
	}{
		{"scan", &report.Report{}, "0 findings\n"},
		{"probe", &report.Report{}, "0 checks\n"},
		{"audit", &report.Report{}, "0 findings; 0 checks\n"},
		{"", &report.Report{}, "0 findings\n"},
	} {
		if got := render(t, tc.r, "text", report.RenderOptions{Command: tc.command}); got != tc.want {
			t.Errorf("empty %q report: text = %q, want %q", tc.command, got, tc.want)
		}
	}
}

func TestTextColor(t *testing.T) {
	t.Setenv("NO_COLOR", "1") // the caller's decision wins over the environment
	colored := render(t, sampleReport(), "text", report.RenderOptions{Color: true})
	if !strings.Contains(colored, "\x1b[31m[high]\x1b[0m") {
		t.Errorf("Color: true but no red [high]:\n%q", colored)
	}
	plain := render(t, sampleReport(), "text", report.RenderOptions{Color: false})
	if strings.Contains(plain, "\x1b[") {
		t.Errorf("Color: false but escape codes present:\n%q", plain)
	}
	if stripped := regexp.MustCompile("\x1b\\[[0-9;]*m").ReplaceAllString(colored, ""); stripped != plain {
		t.Errorf("coloured text differs from plain text beyond escape codes:\n%s", cmp.Diff(plain, stripped))
	}
}

func TestMarkdown(t *testing.T) {
	out := render(t, sampleReport(), "markdown", report.RenderOptions{Command: "audit"})
	for _, want := range []string{
		"## authcheck audit report\n",
		"**Summary:** 3 findings (1 high, 2 medium), 1 suppressed; 5 checks:",
		"| Location | Rule | Severity | Message |\n|---|---|---|---|\n",
		"| `internal/user/store.go:42:9` | TC101 fast-password-hash | **high** | password hashed with sha256.Sum256; use argon2id |\n",
		// Hostile text is escaped: no table break, no HTML.
		"| `cmd/my tool/main.go:3:2` | TC201 non-constant-time-compare | medium | hmac \\| compared with == &lt;script&gt;alert(1)&lt;/script&gt; |\n",
		"| ❌ fail | TP201 hsts-max-age | medium | `https://127.0.0.1:8443/` | HSTS max-age 300 is below 31536000<br>`header: max-age=300` |\n",
		"| ⏭️ skip | TP501 login-rate-limit |  | `https://127.0.0.1:8443/login` | no profile: the login endpoint is unknown |\n",
		"<details><summary>1 passed check</summary>",
		// Open checks: failures first, then warnings, errors, skips.
		"|---|---|---|---|---|\n| ❌ fail | TP201 hsts-max-age | medium | `https://127.0.0.1:8443/` | HSTS max-age 300 is below 31536000<br>`header: max-age=300` |\n| ⚠️ warn | TP601",
		"#### Passwords\n",
		"| `passwords.hashing` Passwords are hashed with a slow, salted, memory-hard function | ❌ fail | TC101 |  |\n",
		"| `accounts.mfa`",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "etag.go") {
		t.Errorf("suppressed finding shown without ShowSuppressed:\n%s", out)
	}
	if strings.Contains(out, "<script>") {
		t.Errorf("unescaped HTML in markdown:\n%s", out)
	}
	// Every table row has as many cells as its header.
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "|") {
			cells := len(regexp.MustCompile(`(^|[^\\])\|`).FindAllString(line, -1)) - 1
			if cells != 4 && cells != 5 {
				t.Errorf("table row with %d cells: %s", cells, line)
			}
		}
	}
}
