package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/authcheck/authcheck/report"
)

func TestBaselineRoundTripAndFilter(t *testing.T) {
	old := sampleReport().Findings
	var buf bytes.Buffer
	if err := report.WriteBaseline(&buf, append(old, old[0])); err != nil { // a duplicate is written once
		t.Fatal(err)
	}
	b, err := report.ReadBaseline(&buf)
	if err != nil {
		t.Fatalf("ReadBaseline: %v\n%s", err, buf.String())
	}
	want := report.Baseline{Version: 1, Findings: []report.BaselineEntry{
		{Fingerprint: "aaaa000000000004:1", Rule: "TC201", File: "cmd/my tool/main.go"},
		{Fingerprint: "aaaa000000000002:1", Rule: "TC201", File: "internal/auth/token.go"},
		{Fingerprint: "aaaa000000000001:1", Rule: "TC101", File: "internal/user/store.go"},
	}}
	if diff := cmp.Diff(want, b); diff != "" {
		t.Errorf("baseline (-want +got):\n%s", diff)
	}

	newFinding := report.Finding{Rule: "TC101", File: "internal/user/store.go", Line: 90, Fingerprint: "bbbb000000000001:1"}
	// Same fingerprint under another rule: not the accepted finding.
	otherRule := report.Finding{Rule: "TC201", File: "internal/user/store.go", Line: 42, Fingerprint: "aaaa000000000001:1"}
	current := append(sampleReport().Findings, newFinding, otherRule)
	kept, baselined := b.Filter(current)
	if baselined != 3 {
		t.Errorf("baselined = %d, want 3", baselined)
	}
	wantKept := []report.Finding{current[2], newFinding, otherRule} // the suppressed one stays, as suppressed
	if diff := cmp.Diff(wantKept, kept); diff != "" {
		t.Errorf("kept (-want +got):\n%s", diff)
	}
	if len(current) != 6 || current[0].Rule != "TC201" {
		t.Error("Filter modified its input")
	}
}

func TestWriteBaselineEmptyAndUnfingerprinted(t *testing.T) {
	var buf bytes.Buffer
	if err := report.WriteBaseline(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"findings": []`) {
		t.Errorf("empty baseline = %s", buf.String())
	}
	err := report.WriteBaseline(&buf, []report.Finding{{Rule: "TC101", File: "a.go", Line: 3, Column: 1}})
	if err == nil || !strings.Contains(err.Error(), "a.go:3:1") || !strings.Contains(err.Error(), "fingerprint") {
		t.Errorf("unfingerprinted finding: err = %v", err)
	}
}

func TestReadBaselineErrors(t *testing.T) {
	for name, tc := range map[string]struct{ in, want string }{
		"not JSON":       {"fingerprint,rule\n", "not a JSON baseline"},
		"report":         {`{"schemaVersion": 1, "findings": []}`, "report, not a baseline"},
		"no version":     {`{"findings": []}`, `no "version"`},
		"future version": {`{"version": 2, "findings": []}`, "version 2 is not supported"},
		"unknown field":  {`{"version": 1, "findings": [], "extra": true}`, "extra"},
		"no fingerprint": {`{"version": 1, "findings": [{"rule": "AC101", "file": "a.go"}]}`, `entry 1 (file "a.go")`},
		"wrong type":     {`{"version": 1, "findings": {}}`, "findings"},
	} {
		_, err := report.ReadBaseline(strings.NewReader(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want mention of %q", name, err, tc.want)
		}
	}
}
