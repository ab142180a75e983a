package report_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

// at walks decoded JSON: string keys index objects, ints index arrays. It
// fails the test with the path when something is missing.
func at(t *testing.T, v any, path ...any) any {
	t.Helper()
	for i, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("%v: not an object", path[:i])
			}
			if v, ok = m[k]; !ok {
				t.Fatalf("%v: missing", path[:i+1])
			}
		case int:
			a, ok := v.([]any)
			if !ok || k >= len(a) {
				t.Fatalf("%v: not an array with index %d", path[:i], k)
			}
			v = a[k]
		}
	}
	return v
}

func has(v any, key string) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	_, ok = m[key]
	return ok
}

func decodeSARIF(t *testing.T, r *report.Report, opts report.RenderOptions) map[string]any {
	t.Helper()
	var log map[string]any
	out := render(t, r, "sarif", opts)
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("SARIF is not JSON: %v", err)
	}
	return log
}

func TestSARIFGitHubFields(t *testing.T) {
	log := decodeSARIF(t, sampleReport(), report.RenderOptions{Command: "audit"})
	if at(t, log, "version") != "2.1.0" || !strings.Contains(at(t, log, "$schema").(string), "sarif") {
		t.Errorf("version/$schema = %v / %v", log["version"], log["$schema"])
	}
	if runs := at(t, log, "runs").([]any); len(runs) != 1 {
		t.Fatalf("%d runs, want 1", len(runs))
	}
	driver := at(t, log, "runs", 0, "tool", "driver")
	if at(t, driver, "name") != "authcheck" || at(t, driver, "version") != "0.1.0" || at(t, driver, "informationUri") == "" {
		t.Errorf("driver = %v", driver)
	}

	ruleIndex := map[string]int{}
	for i, rule := range at(t, driver, "rules").([]any) {
		id := at(t, rule, "id").(string)
		ruleIndex[id] = i
		for _, p := range [][]any{
			{"name"}, {"shortDescription", "text"}, {"fullDescription", "text"},
			{"help", "text"}, {"help", "markdown"}, {"defaultConfiguration", "level"},
			{"properties", "security-severity"}, {"properties", "precision"},
		} {
			if s, _ := at(t, rule, p...).(string); s == "" {
				t.Errorf("rule %s: %v empty", id, p)
			}
		}
		tags := fmt.Sprint(at(t, rule, "properties", "tags"))
		if !strings.Contains(tags, "security") {
			t.Errorf("rule %s: tags %s lack security", id, tags)
		}
	}
	if len(ruleIndex) != 6 {
		t.Errorf("rules %v, want the 6 rules referenced", ruleIndex)
	}
	tc101 := at(t, driver, "rules", ruleIndex["TC101"])
	if tags := fmt.Sprint(at(t, tc101, "properties", "tags")); !strings.Contains(tags, "external/cwe/cwe-916") {
		t.Errorf("TC101 tags = %s, want external/cwe/cwe-916", tags)
	}
	if sev := at(t, tc101, "properties", "security-severity"); sev != rules.High.SecuritySeverity() {
		t.Errorf("TC101 security-severity = %v", sev)
	}
	help := at(t, tc101, "help", "markdown").(string)
	for _, want := range []string{"**Why.**", "**Fix.**", "CWE-916", "11.4.2", "`passwords.hashing`"} {
		if !strings.Contains(help, want) {
			t.Errorf("TC101 help.markdown lacks %q:\n%s", want, help)
		}
	}

	results := at(t, log, "runs", 0, "results").([]any)
	// 4 findings (one suppressed) + fail, warn and error checks; the pass
	// and the skip are notifications.
	if len(results) != 7 {
		t.Fatalf("%d results, want 7", len(results))
	}
	levels := map[string]string{}
	var suppressed, logical int
	fingerprints := map[string]bool{}
	for i, res := range results {
		id := at(t, res, "ruleId").(string)
		if idx := int(at(t, res, "ruleIndex").(float64)); idx != ruleIndex[id] {
			t.Errorf("result %d: ruleIndex %d, rules[%d] is not %s", i, idx, idx, id)
		}
		if at(t, res, "message", "text") == "" {
			t.Errorf("result %d: empty message", i)
		}
		loc := at(t, res, "locations", 0)
		if strings.HasPrefix(id, "TC") {
			pl := at(t, loc, "physicalLocation")
			uri := at(t, pl, "artifactLocation", "uri").(string)
			if strings.HasPrefix(uri, "/") || strings.Contains(uri, `\`) || strings.Contains(uri, " ") {
				t.Errorf("result %d: uri %q is not a repo-relative URI", i, uri)
			}
			if at(t, pl, "artifactLocation", "uriBaseId") != "%SRCROOT%" {
				t.Errorf("result %d: uriBaseId missing", i)
			}
			for _, k := range []string{"startLine", "startColumn", "endLine", "endColumn"} {
				at(t, pl, "region", k)
			}
			if at(t, res, "partialFingerprints", "primaryLocationLineHash") == "" {
				t.Errorf("result %d: no primaryLocationLineHash", i)
			}
			levels[uri] = at(t, res, "level").(string)
			if s := at(t, res, "suppressions").([]any); len(s) > 0 {
				suppressed++
				if at(t, s[0], "kind") != "inSource" || at(t, s[0], "justification") != "value is a public ETag, not a secret" {
					t.Errorf("suppression = %v", s[0])
				}
			}
		} else {
			if has(loc, "physicalLocation") {
				t.Errorf("probe result %d has a physical location", i)
			}
			ll := at(t, loc, "logicalLocations", 0)
			target := at(t, res, "properties", "target").(string)
			if at(t, ll, "fullyQualifiedName") != target+"#"+id || at(t, ll, "kind") != "resource" ||
				!strings.Contains(at(t, ll, "name").(string), target) {
				t.Errorf("probe result %d: logical location %v", i, ll)
			}
			fp, _ := at(t, res, "partialFingerprints", "authcheckCheck/v1").(string)
			if fp == "" || fingerprints[fp] {
				t.Errorf("probe result %d: partialFingerprints %v, want a distinct authcheckCheck/v1", i, res.(map[string]any)["partialFingerprints"])
			}
			fingerprints[fp] = true
			logical++
			levels[id+" "+at(t, res, "properties", "status").(string)] = at(t, res, "level").(string)
		}
	}
	if suppressed != 1 || logical != 3 {
		t.Errorf("suppressed = %d, logical = %d; want 1 and 3", suppressed, logical)
	}
	for key, want := range map[string]string{
		"internal/user/store.go": "error",   // high
		"internal/auth/token.go": "warning", // medium
		"cmd/my%20tool/main.go":  "warning",
		"TP201 fail":             "warning", // medium fail
		"TP601 warn":             "warning", // high, but only a warning
		"TP101 error":            "warning", // could not run
	} {
		if levels[key] != want {
			t.Errorf("level of %s = %q, want %q", key, levels[key], want)
		}
	}

	notes := at(t, log, "runs", 0, "invocations", 0, "toolExecutionNotifications").([]any)
	if len(notes) != 2 {
		t.Fatalf("%d notifications, want the pass and the skip", len(notes))
	}
	for _, n := range notes {
		id := at(t, n, "associatedRule", "id").(string)
		if idx := int(at(t, n, "associatedRule", "index").(float64)); idx != ruleIndex[id] {
			t.Errorf("notification for %s points at rules[%d]", id, idx)
		}
	}
}

func TestSARIFLowSeverityIsNote(t *testing.T) {
	r := &report.Report{Findings: []report.Finding{{Rule: "TC201", Severity: rules.Low, Message: "m", File: "a.go", Line: 1, Column: 1}}}
	log := decodeSARIF(t, r, report.RenderOptions{})
	if lvl := at(t, log, "runs", 0, "results", 0, "level"); lvl != "note" {
		t.Errorf("low finding level = %v, want note", lvl)
	}
	if has(at(t, log, "runs", 0), "automationDetails") {
		t.Error("automationDetails without a command")
	}
}

func TestSARIFUnknownRule(t *testing.T) {
	r := &report.Report{Findings: []report.Finding{{Rule: "ZZ999", Severity: rules.Critical, Message: "m", File: "a.go", Line: 1}}}
	log := decodeSARIF(t, r, report.RenderOptions{Command: "scan"})
	rule := at(t, log, "runs", 0, "tool", "driver", "rules", 0)
	if at(t, rule, "id") != "ZZ999" || at(t, rule, "help", "text") == "" ||
		at(t, rule, "properties", "security-severity") != rules.Critical.SecuritySeverity() {
		t.Errorf("descriptor for an unknown rule = %v", rule)
	}
	if id := at(t, log, "runs", 0, "automationDetails", "id"); id != "authcheck/scan/" {
		t.Errorf("automationDetails.id = %v", id)
	}
}

func TestSARIFEmptyReport(t *testing.T) {
	log := decodeSARIF(t, &report.Report{}, report.RenderOptions{})
	if res, ok := at(t, log, "runs", 0, "results").([]any); !ok || len(res) != 0 {
		t.Errorf("results = %v, want []", res)
	}
	if rs, ok := at(t, log, "runs", 0, "tool", "driver", "rules").([]any); !ok || len(rs) != 0 {
		t.Errorf("rules = %v, want []", rs)
	}
}

func TestSARIFBaseDir(t *testing.T) {
	log := decodeSARIF(t, sampleReport(), report.RenderOptions{BaseDir: "/src/app"})
	if uri := at(t, log, "runs", 0, "originalUriBaseIds", "%SRCROOT%", "uri"); uri != "file:///src/app/" {
		t.Errorf("%%SRCROOT%% = %v, want file:///src/app/", uri)
	}
}

func TestSARIFSourcePrefix(t *testing.T) {
	r := &report.Report{Findings: []report.Finding{{Rule: "AC101", File: "store/users.go", Line: 3, Column: 2,
		Fixes: []report.Fix{{Message: "m", Edits: []report.Edit{{File: "store/users.go", Start: 1, End: 2, New: "x"}}}}}}}
	log := decodeSARIF(t, r, report.RenderOptions{BaseDir: "/src/repo", SourcePrefix: "service/"})
	if uri := at(t, log, "runs", 0, "results", 0, "locations", 0, "physicalLocation", "artifactLocation", "uri"); uri != "service/store/users.go" {
		t.Errorf("result URI %v, want service/store/users.go", uri)
	}
	if uri := at(t, log, "runs", 0, "results", 0, "fixes", 0, "artifactChanges", 0, "artifactLocation", "uri"); uri != "service/store/users.go" {
		t.Errorf("fix URI %v, want service/store/users.go", uri)
	}
	if uri := at(t, log, "runs", 0, "originalUriBaseIds", "%SRCROOT%", "uri"); uri != "file:///src/repo/" {
		t.Errorf("%%SRCROOT%% = %v, want the repository root", uri)
	}
}

func TestSARIFPrecisionAndHelpURI(t *testing.T) {
	r := &report.Report{Findings: []report.Finding{{Rule: "AC101", File: "a.go", Line: 1, Column: 1}}}
	log := decodeSARIF(t, r, report.RenderOptions{})
	rule := at(t, log, "runs", 0, "tool", "driver", "rules", 0)
	if got, want := at(t, rule, "properties", "precision"), rules.PrecisionLevel("AC101"); got != want {
		t.Errorf("precision %v, want %v (the measured level)", got, want)
	}
	if got := at(t, rule, "helpUri"); got != report.RuleHelpURI("AC101") || !strings.HasSuffix(got.(string), "/docs/rules/AC101.md") {
		t.Errorf("helpUri %v, want the rule's page in the repository", got)
	}
}
