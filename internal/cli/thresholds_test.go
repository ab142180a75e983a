package cli

import (
	"testing"

	"github.com/authcheck/authcheck/internal/config"
)

// TestTLSProfileFlagOverridesConfig: --tls-profile wins over
// probes.tlsProfile, which applies when the flag is not given.
func TestTLSProfileFlagOverridesConfig(t *testing.T) {
	cfg := &config.Config{Probes: config.ProbeSettings{TLSProfile: "mozilla-intermediate"}}
	if got := (&probeFlags{}).thresholds(cfg).TLSProfile; got != "mozilla-intermediate" {
		t.Errorf("config only: %q", got)
	}
	if got := (&probeFlags{tlsProfile: "mozilla-modern"}).thresholds(cfg).TLSProfile; got != "mozilla-modern" {
		t.Errorf("flag and config: %q", got)
	}
}
