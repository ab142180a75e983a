package tlscheck

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/internal/loopback"
	"github.com/authcheck/authcheck/report"
)

// baseRules report on every run; the profile rules (AP110–AP114) skip
// without --tls-profile.
var baseRules = []string{"AP101", "AP102", "AP103", "AP104", "AP105", "AP106", "AP107", "AP108", "AP109"}

var allRules = append(slices.Clone(baseRules), profileRules...)

// Keys are slow to generate (RSA-2048 especially): one of each per test
// binary.
var (
	rsa2048 = sync.OnceValue(func() *rsa.PrivateKey { return mustRSA(2048) })
	rsa1024 = sync.OnceValue(func() *rsa.PrivateKey { return mustRSA(1024) })
)

func mustRSA(bits int) *rsa.PrivateKey {
	k, err := rsa.GenerateKey(rand.Reader, bits)
	if err != nil {
		panic(err)
	}
	return k
}

func mustEC() *ecdsa.PrivateKey {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	return k
}

// testCA is a private CA whose PEM file a Target loads via Options.CAFile.
type testCA struct {
	cert    *x509.Certificate
	key     crypto.Signer
	pemFile string
}

func newCA(t testing.TB, name string) *testCA {
	t.Helper()
	key := mustEC()
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: name},
		NotBefore:             time.Now().Add(-2 * 365 * 24 * time.Hour),
		NotAfter:              time.Now().Add(10 * 365 * 24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(file, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	return &testCA{cert: cert, key: key, pemFile: file}
}

// leafSpec describes a server certificate; zero fields take good defaults
// (RSA-2048, 127.0.0.1, valid for 90 days).
type leafSpec struct {
	key        crypto.Signer
	dnsNames   []string
	ips        []net.IP
	notBefore  time.Time
	notAfter   time.Time
	selfSigned bool
}

func (ca *testCA) leaf(t testing.TB, s leafSpec) tls.Certificate {
	t.Helper()
	if s.key == nil {
		s.key = rsa2048()
	}
	if s.dnsNames == nil && s.ips == nil {
		s.ips = []net.IP{net.IPv4(127, 0, 0, 1)}
	}
	if s.notBefore.IsZero() {
		s.notBefore = time.Now().Add(-time.Hour)
	}
	if s.notAfter.IsZero() {
		s.notAfter = time.Now().Add(90 * 24 * time.Hour)
	}
	serial, _ := rand.Int(rand.Reader, big.NewInt(1<<62))
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: "authcheck test server"},
		DNSNames:     s.dnsNames,
		IPAddresses:  s.ips,
		NotBefore:    s.notBefore,
		NotAfter:     s.notAfter,
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	parent, signer := ca.cert, ca.key
	if s.selfSigned {
		parent, signer = tmpl, s.key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, s.key.Public(), signer)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: s.key}
}

// startTLS starts a real Go HTTPS server on loopback with cfg and cert.
func startTLS(t testing.TB, cfg *tls.Config, cert tls.Certificate) *httptest.Server {
	t.Helper()
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	// Every raw hello ends in an aborted handshake: keep the log quiet.
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	cfg = cfg.Clone()
	cfg.Certificates = []tls.Certificate{cert}
	srv.TLS = cfg
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv
}

// runTLS runs the package's probes against url the way `authcheck probe`
// does, and returns the results by rule, checking that every rule
// reported exactly once.
func runTLS(t testing.TB, url, caFile string, timeout time.Duration) map[string]report.Check {
	t.Helper()
	target, err := probes.NewTarget(probes.Options{URL: url, CAFile: caFile, Timeout: timeout, ProbeTimeout: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return byRule(t, runTarget(target))
}

func newTarget(url, caFile, serverName string) (*probes.Target, error) {
	return probes.NewTarget(probes.Options{URL: url, CAFile: caFile, ServerName: serverName, ProbeTimeout: 30 * time.Second})
}

func runTarget(target *probes.Target) []report.Check {
	return probes.Run(context.Background(), target, tlsProbes(), nil)
}

func tlsProbes() []*probes.Probe {
	return probes.Selection{Only: []string{Area}}.Select(probes.All())
}

func byRule(t testing.TB, checks []report.Check) map[string]report.Check {
	t.Helper()
	got := map[string]report.Check{}
	for _, c := range checks {
		if _, dup := got[c.Rule]; dup {
			t.Errorf("%s reported twice", c.Rule)
		}
		got[c.Rule] = c
	}
	for _, id := range allRules {
		if _, ok := got[id]; !ok {
			t.Errorf("%s not reported", id)
		}
	}
	if len(got) != len(allRules) {
		t.Errorf("got %d rules, want %d", len(got), len(allRules))
	}
	return got
}

// fakeServer listens on loopback and hands every connection to handle,
// which owns it until it returns or the test ends (20 s at most).
func fakeServer(t testing.TB, handle func(net.Conn)) string {
	t.Helper()
	return "https://" + loopback.Serve(t, func(c net.Conn) {
		_ = c.SetDeadline(time.Now().Add(20 * time.Second))
		handle(c)
	}) + "/"
}

// clientHello is what a fake server needs from a hello.
type clientHello struct {
	sslv2   bool
	version uint16 // client_version (or the SSLv2 version)
	suites  []uint16
}

// readClientHello reads one hello, either format, as the probes send it.
func readClientHello(c net.Conn) (clientHello, error) {
	var first [2]byte
	if _, err := io.ReadFull(c, first[:]); err != nil {
		return clientHello{}, err
	}
	if first[0]&0x80 != 0 {
		msg := make([]byte, int(first[0]&0x7f)<<8|int(first[1]))
		if _, err := io.ReadFull(c, msg); err != nil {
			return clientHello{}, err
		}
		return clientHello{sslv2: true, version: uint16(msg[1])<<8 | uint16(msg[2])}, nil
	}
	var rest [3]byte
	if _, err := io.ReadFull(c, rest[:]); err != nil {
		return clientHello{}, err
	}
	body := make([]byte, int(rest[1])<<8|int(rest[2]))
	if _, err := io.ReadFull(c, body); err != nil {
		return clientHello{}, err
	}
	h := clientHello{version: uint16(body[4])<<8 | uint16(body[5])}
	p := body[4+2+32:]
	p = p[1+int(p[0]):] // session ID
	n := int(p[0])<<8 | int(p[1])
	for i := 0; i < n; i += 2 {
		h.suites = append(h.suites, uint16(p[2+i])<<8|uint16(p[3+i]))
	}
	return h, nil
}

// serverHelloRecord builds a ServerHello record: version, suite and the
// given extensions (already encoded), split into records of at most
// fragment bytes when fragment > 0.
func serverHelloRecord(version, suite uint16, random []byte, exts []byte, fragment int) []byte {
	if random == nil {
		random = bytes.Repeat([]byte{0xAB}, 32)
	}
	body := appendU16(nil, version)
	body = append(body, random...)
	body = append(body, 0) // session ID
	body = appendU16(body, suite)
	body = append(body, 0)
	if exts != nil {
		body = appendU16(body, uint16(len(exts)))
		body = append(body, exts...)
	}
	msg := append([]byte{typeServerHello, 0, byte(len(body) >> 8), byte(len(body))}, body...)
	if fragment <= 0 {
		fragment = len(msg)
	}
	var out []byte
	for len(msg) > 0 {
		n := min(fragment, len(msg))
		rv := min(version, versionTLS12) // the record says SSLv3 for SSLv3
		out = append(out, recordHandshake, byte(rv>>8), byte(rv), 0, byte(n))
		out = append(out, msg[:n]...)
		msg = msg[n:]
	}
	return out
}

// sslv2ServerHello is an SSLv2 SERVER-HELLO with one cipher spec
// (SSL_CK_RC4_128_WITH_MD5) and a dummy certificate.
func sslv2ServerHello() []byte {
	cert := []byte("not a real certificate")
	connID := make([]byte, 16)
	msg := []byte{4, 0, 1, 0, 2, 0, byte(len(cert)), 0, 3, 0, byte(len(connID))}
	msg = append(msg, cert...)
	msg = append(msg, 1, 0, 0x80)
	msg = append(msg, connID...)
	return append([]byte{0x80 | byte(len(msg)>>8), byte(len(msg))}, msg...)
}

func alertRecord(desc byte) []byte { return []byte{recordAlert, 3, 1, 0, 2, 2, desc} }

// drain waits for the client to close, so that the server's answer is
// not lost to a reset.
func drain(c net.Conn) { _, _ = io.Copy(io.Discard, c) }
