package lifecycle

import (
	"testing"

	"github.com/authcheck/authcheck/report"
)

// TestReferenceShapes runs the open-redirect, reset-link-origin and
// rate-limit-shapes probes against the reference server with the profile
// it writes: every rule passes (its logout follows same-site ?next= paths
// only, its reset links use the configured public URL, its limits reserve
// attempts atomically, key IPv6 clients by /64 and count reset requests
// per client network).
func TestReferenceShapes(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the reference server")
	}
	tg := startReference(t, nil)
	cs := runNamed(t, tg, shapeProbes...)
	logChecks(t, cs)
	if len(cs) != 6 {
		t.Errorf("%d results, want 6", len(cs))
	}
	for _, c := range cs {
		if c.Status != report.StatusPass {
			t.Errorf("%s: %s (%s), want pass", c.Rule, c.Status, c.Message)
		}
	}
}
