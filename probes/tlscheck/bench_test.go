package tlscheck

import (
	"crypto/tls"
	"testing"
)

// BenchmarkTLSProbes times one full TLS run (versions, suites,
// certificate: AP101–AP109) against loopback crypto/tls servers. bench/tls
// compares the same run with sslscan.
func BenchmarkTLSProbes(b *testing.B) {
	ca := newCA(b, "authcheck bench CA")
	for _, s := range []struct {
		name string
		cfg  *tls.Config
	}{
		{"good", &tls.Config{MinVersion: tls.VersionTLS12}},
		{"legacy", &tls.Config{MinVersion: tls.VersionTLS10, CipherSuites: []uint16{
			tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
			tls.TLS_RSA_WITH_AES_128_GCM_SHA256, tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA, tls.TLS_RSA_WITH_RC4_128_SHA,
		}}},
	} {
		b.Run(s.name, func(b *testing.B) {
			srv := startTLS(b, s.cfg, ca.leaf(b, leafSpec{}))
			target, err := newTarget(srv.URL, ca.pemFile, "")
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if n := len(runTarget(target)); n != len(allRules) {
					b.Fatalf("%d results", n)
				}
			}
		})
	}
}
