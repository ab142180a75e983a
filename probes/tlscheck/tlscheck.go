// Package tlscheck probes a target's TLS configuration and certificate
// (rules AP101–AP109, docs/design.md, "Thresholds and their sources").
//
// Protocol versions and cipher suites are tested with hand-built
// ClientHellos rather than crypto/tls, which cannot offer SSLv2 or SSLv3
// and silently drops the DHE, NULL, EXPORT and anonymous suites a scan has
// to offer. Each hello goes on its own connection; the first record of the
// answer decides: a ServerHello for the offered version means accepted, an
// alert or a closed connection means refused, silence or bytes that are
// not TLS leave the check undecided (status error, with the cause).
// Weak suites are enumerated class-wide: one hello offers every weak suite
// and only an acceptance leads to another hello, without the accepted
// suite, so a well-configured server costs one hello per version.
//
// The certificate comes from an ordinary crypto/tls handshake that skips
// verification, and is then verified by hand so that each failure (chain,
// host name, validity period, approaching expiry, key size) is a result of
// its own.
//
// Every rule reports on every run, passes included; on plain-HTTP targets
// every rule fails with probes.NoTLSReason.
package tlscheck

import (
	"context"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// Area is the probe area of this package (for --only/--skip).
const Area = "tls"

func init() {
	probes.Register(&probes.Probe{
		Name:          "tls-versions",
		Area:          Area,
		Rules:         []string{"AP101", "AP102"},
		NoVerifiedTLS: true,
		Run:           overTLS(probeVersions, "AP101", "AP102"),
	})
	probes.Register(&probes.Probe{
		Name:          "tls-ciphers",
		Area:          Area,
		Rules:         []string{"AP103", "AP104"},
		NoVerifiedTLS: true,
		Run:           overTLS(probeCiphers, "AP103", "AP104"),
	})
	probes.Register(&probes.Probe{
		Name:          "tls-certificate",
		Area:          Area,
		Rules:         []string{"AP105", "AP106", "AP107", "AP108", "AP109"},
		NoVerifiedTLS: true,
		Run:           overTLS(probeCertificate, "AP105", "AP106", "AP107", "AP108", "AP109"),
	})
}

// overTLS runs probe on https:// targets. An http:// target offers no TLS
// at that address: every transport check fails with that reason rather
// than skipping, since plain HTTP is the worst transport there is.
func overTLS(probe func(context.Context, *probes.Target) []report.Check, ids ...string) func(context.Context, *probes.Target) []report.Check {
	return func(ctx context.Context, t *probes.Target) []report.Check {
		if t.URL.Scheme != "https" {
			return probes.NoTLS(t, ids...)
		}
		return probe(ctx, t)
	}
}

// DefaultExpiryWarning is how close to expiry a certificate draws AP108
// unless the target's Thresholds say otherwise.
const DefaultExpiryWarning = probes.DefaultCertExpiryWarning
