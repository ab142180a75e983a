package tlscheck

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// runProfile runs only the tls-profile probe under profile.
func runProfile(t *testing.T, url, caFile, profile string) map[string]report.Check {
	t.Helper()
	target, err := probes.NewTarget(probes.Options{
		URL: url, CAFile: caFile, Timeout: 3 * time.Second, ProbeTimeout: 30 * time.Second,
		Thresholds: probes.Thresholds{TLSProfile: profile},
	})
	if err != nil {
		t.Fatal(err)
	}
	sel := probes.Selection{Only: []string{"tls-profile"}}.Select(probes.All())
	got := map[string]report.Check{}
	for _, c := range probes.Run(context.Background(), target, sel, nil) {
		got[c.Rule] = c
	}
	for _, id := range profileRules {
		if _, ok := got[id]; !ok {
			t.Errorf("%s not reported", id)
		}
	}
	return got
}

// intermediateSuites are the TLS 1.2 suites Mozilla intermediate allows
// and crypto/tls implements.
var intermediateSuites = []uint16{
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
	tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
	tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
}

func TestTLSProfiles(t *testing.T) {
	ca := newCA(t, "authcheck test CA")
	intermediate := &tls.Config{MinVersion: tls.VersionTLS12, CipherSuites: intermediateSuites}
	modern := &tls.Config{MinVersion: tls.VersionTLS13}
	withCBC := &tls.Config{MinVersion: tls.VersionTLS12, CipherSuites: append(slices.Clone(intermediateSuites), tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA)}
	longLeaf := func(t *testing.T, ca *testCA) tls.Certificate {
		return ca.leaf(t, leafSpec{notAfter: time.Now().Add(400 * 24 * time.Hour)})
	}
	cases := []struct {
		name    string
		cfg     *tls.Config
		leaf    func(*testing.T, *testCA) tls.Certificate
		profile string
		fail    string // the one rule that fails; "" = all pass
		msg     string // in the failing rule's message
	}{
		{name: "intermediate server, intermediate profile", cfg: intermediate, profile: probes.TLSProfileMozillaIntermediate},
		{name: "modern server, modern profile", cfg: modern, profile: probes.TLSProfileMozillaModern},
		{name: "modern server, intermediate profile", cfg: modern, profile: probes.TLSProfileMozillaIntermediate},
		{name: "TLS 1.2 accepted under modern", cfg: intermediate, profile: probes.TLSProfileMozillaModern, fail: "AP110", msg: "TLS1.2"},
		{name: "ECDHE-CBC under intermediate", cfg: withCBC, profile: probes.TLSProfileMozillaIntermediate, fail: "AP111", msg: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA (CBC)"},
		{name: "400-day certificate", cfg: intermediate, leaf: longLeaf, profile: probes.TLSProfileMozillaIntermediate, fail: "AP113", msg: "400 days"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			leaf := tc.leaf
			if leaf == nil {
				leaf = goodLeaf
			}
			srv := startTLS(t, tc.cfg, leaf(t, ca))
			got := runProfile(t, srv.URL, ca.pemFile, tc.profile)
			for _, id := range profileRules {
				c := got[id]
				want := report.StatusPass
				if id == tc.fail {
					want = report.StatusFail
				}
				if c.Status != want {
					t.Errorf("%s: status %s, want %s: %s %v", id, c.Status, want, c.Message, c.Evidence)
				}
				if id == tc.fail && !strings.Contains(c.Message, tc.msg) {
					t.Errorf("%s: message %q lacks %q", id, c.Message, tc.msg)
				}
				if c.Evidence["tlsProfile"] != tc.profile {
					t.Errorf("%s: evidence tlsProfile = %q", id, c.Evidence["tlsProfile"])
				}
			}
		})
	}
}

// TestTLSProfileCustomSkips: without a profile (or with custom) the rules
// skip, on https and plain http alike.
func TestTLSProfileCustomSkips(t *testing.T) {
	for _, url := range []string{"https://127.0.0.1:1/", "http://127.0.0.1:1/"} {
		for _, p := range []string{"", probes.TLSProfileCustom} {
			for id, c := range runProfile(t, url, "", p) {
				if c.Status != report.StatusSkip {
					t.Errorf("%s %q: %s %s, want skip", url, p, id, c.Status)
				}
			}
		}
	}
}

func TestTLSProfileUnknown(t *testing.T) {
	_, err := probes.NewTarget(probes.Options{URL: "https://127.0.0.1/", Thresholds: probes.Thresholds{TLSProfile: "mozilla-old"}})
	if err == nil || !strings.Contains(err.Error(), "mozilla-intermediate") {
		t.Fatalf("err = %v, want one naming the valid profiles", err)
	}
}

// TestSHA1Signature: a leaf signed with SHA-1 fails AP114. Go still signs
// with SHA-1 when asked; should it stop, the classifier is tested alone.
func TestSHA1Signature(t *testing.T) {
	ca := newCA(t, "authcheck test CA")
	key := rsa2048()
	tmpl := &x509.Certificate{
		SerialNumber:       big.NewInt(7),
		Subject:            pkix.Name{CommonName: "sha1 leaf"},
		IPAddresses:        []net.IP{net.IPv4(127, 0, 0, 1)},
		NotBefore:          time.Now().Add(-time.Hour),
		NotAfter:           time.Now().Add(90 * 24 * time.Hour),
		KeyUsage:           x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage:        []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		SignatureAlgorithm: x509.SHA1WithRSA,
	}
	// Self-signed by the RSA key: the CA's key is ECDSA, and
	// ECDSAWithSHA1 would do as well, but RSA is the common case.
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		t.Logf("Go refuses to sign with SHA-1 (%v): testing the classifier only", err)
		for alg, want := range map[x509.SignatureAlgorithm]bool{x509.SHA1WithRSA: true, x509.ECDSAWithSHA1: true, x509.SHA256WithRSA: false, x509.PureEd25519: false} {
			if weakSignature(alg) != want {
				t.Errorf("weakSignature(%v) = %v", alg, !want)
			}
		}
		return
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	if cert.SignatureAlgorithm != x509.SHA1WithRSA {
		t.Fatalf("signature %v", cert.SignatureAlgorithm)
	}
	// A self-signed leaf is still a leaf: its signature is checked.
	srv := startTLS(t, &tls.Config{MinVersion: tls.VersionTLS12, CipherSuites: intermediateSuites}, tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key})
	got := runProfile(t, srv.URL, ca.pemFile, probes.TLSProfileMozillaIntermediate)
	if c := got["AP114"]; c.Status != report.StatusFail || !strings.Contains(c.Message, "SHA1-RSA") {
		t.Errorf("AP114: %s %q, want fail naming SHA1-RSA", c.Status, c.Message)
	}
	if c := got["AP113"]; c.Status != report.StatusPass {
		t.Errorf("AP113: %s %q, want pass", c.Status, c.Message)
	}
}

// fakeKex answers TLS 1.2 hellos that offer a DHE suite with a ServerHello
// and a ServerKeyExchange carrying a prime of dhBits bits, and hellos
// offering an ECDHE suite with the named curve; anything else gets
// handshake_failure.
func fakeKex(dhBits int, curve uint16) func(net.Conn) {
	return func(c net.Conn) {
		defer drain(c)
		h, err := readClientHello(c)
		if err != nil || h.sslv2 || h.version != versionTLS12 {
			_, _ = c.Write(alertRecord(70))
			return
		}
		var ske []byte
		var suite uint16
		switch {
		case dhBits > 0 && slices.Contains(h.suites, 0x009E):
			suite = 0x009E
			p := new(big.Int).Lsh(big.NewInt(1), uint(dhBits-1))
			p.Add(p, big.NewInt(1))
			ske = appendU16(nil, uint16(len(p.Bytes())))
			ske = append(ske, p.Bytes()...)
			ske = append(ske, 0, 1, 2, 0, 1, 5) // g, Ys (signature omitted: never read)
		case curve != 0 && slices.Contains(h.suites, 0xC02F):
			suite = 0xC02F
			ske = []byte{3, byte(curve >> 8), byte(curve), 1, 4}
		default:
			_, _ = c.Write(alertRecord(40))
			return
		}
		out := serverHelloRecord(versionTLS12, suite, nil, nil, 0)
		msg := append([]byte{typeServerKeyExchange, 0, byte(len(ske) >> 8), byte(len(ske))}, ske...)
		out = append(out, recordHandshake, 3, 3, byte(len(msg)>>8), byte(len(msg)))
		out = append(out, msg...)
		_, _ = c.Write(out)
	}
}

func TestKeyExchangeSizes(t *testing.T) {
	cases := []struct {
		name   string
		dh     int
		curve  uint16
		status string
		msg    string
	}{
		{"DHE 1024", 1024, 0, report.StatusFail, "DH group of 1024 bits"},
		{"DHE 2048", 2048, 0, report.StatusPass, "DH-2048"},
		{"ECDHE secp224r1", 0, 0x0015, report.StatusFail, "secp224r1"},
		{"ECDHE P-256", 0, 0x0017, report.StatusPass, "secp256r1"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			url := fakeServer(t, fakeKex(tc.dh, tc.curve))
			got := runProfile(t, url, "", probes.TLSProfileMozillaIntermediate)
			c := got["AP112"]
			if c.Status != tc.status || !strings.Contains(c.Message, tc.msg) {
				t.Errorf("AP112: %s %q, want %s with %q (%v)", c.Status, c.Message, tc.status, tc.msg, c.Evidence)
			}
		})
	}
}

// TestTLSProfileClosingServer: a listener that closes every connection
// leaves every profile check undecided (error), never passed or hung.
func TestTLSProfileClosingServer(t *testing.T) {
	url := fakeServer(t, func(c net.Conn) { _ = c.Close() })
	for id, c := range runProfile(t, url, "", probes.TLSProfileMozillaModern) {
		if c.Status != report.StatusError {
			t.Errorf("%s: %s %q, want error", id, c.Status, c.Message)
		}
	}
}
