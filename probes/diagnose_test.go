package probes

import (
	"context"
	"crypto/x509"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes/internal/loopback"
	"github.com/authcheck/authcheck/report"
)

func diagTarget(t *testing.T, url string) *Target {
	t.Helper()
	tg, err := NewTarget(Options{URL: url, Timeout: 300 * time.Millisecond, ProbeTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestDiagnose(t *testing.T) {
	plain := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	defer plain.Close()
	tlsSrv := httptest.NewUnstartedServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	tlsSrv.Config.ErrorLog = log.New(io.Discard, "", 0)
	tlsSrv.StartTLS()
	defer tlsSrv.Close()
	silent := loopback.Serve(t, func(c net.Conn) { _, _ = io.Copy(io.Discard, c) })
	garbage := loopback.Serve(t, func(c net.Conn) {
		_, _ = c.Write([]byte("\x00\x01garbage\r\n"))
		_, _ = io.Copy(io.Discard, c)
	})
	// Reads the hello, then trickles a handshake record, a byte at a time.
	trickle := loopback.Serve(t, func(c net.Conn) {
		buf := make([]byte, 512)
		if _, err := c.Read(buf); err != nil {
			return
		}
		for _, b := range []byte{0x16, 0x03, 0x03, 0x00, 0x40, 0x02, 0x00} {
			if _, err := c.Write([]byte{b}); err != nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		_, _ = io.Copy(io.Discard, c)
	})
	// Completes the TLS handshake, then never answers HTTP.
	mute := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	mute.Config.ErrorLog = log.New(io.Discard, "", 0)
	mute.StartTLS()
	defer mute.Close()

	trusted := x509.NewCertPool()
	trusted.AddCert(tlsSrv.Certificate())
	muteRoots := x509.NewCertPool()
	muteRoots.AddCert(mute.Certificate())

	for _, tc := range []struct {
		name              string
		url               string
		roots             *x509.CertPool
		unreachable, cert string // substrings; "" means none
	}{
		{"plain HTTP on https://", "https://" + plain.Listener.Addr().String() + "/", nil, "does not speak TLS (first bytes 48 54 54 50, \"HTTP\")", ""},
		{"garbage", "https://" + garbage + "/", nil, "does not speak TLS (first bytes 00 01 67 61)", ""},
		{"silent", "https://" + silent + "/", nil, "completes no TLS handshake within 300ms", ""},
		{"trickles bytes", "https://" + trickle + "/", nil, "completes no TLS handshake within 300ms", ""},
		{"TLS but no HTTP answer", mute.URL + "/", muteRoots, "the TLS handshake succeeds but the target sends no HTTP answer within 300ms", ""},
		{"untrusted certificate", tlsSrv.URL + "/", nil, "", "x509: certificate signed by unknown authority"},
		{"trusted certificate", tlsSrv.URL + "/", trusted, "", ""},
		{"http:// that answers", plain.URL + "/", nil, "", ""},
		{"http:// that is silent", "http://" + silent + "/", nil, "sends no HTTP answer within 300ms", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tg := diagTarget(t, tc.url)
			tg.Roots = tc.roots
			d := Diagnose(context.Background(), tg)
			if (tc.unreachable == "") != (d.Unreachable == "") || !strings.Contains(d.Unreachable, tc.unreachable) {
				t.Errorf("Unreachable = %q, want %q", d.Unreachable, tc.unreachable)
			}
			if (tc.cert == "") != (d.CertProblem == "") || !strings.Contains(d.CertProblem, tc.cert) {
				t.Errorf("CertProblem = %q, want %q", d.CertProblem, tc.cert)
			}
		})
	}
}

func TestRunWithDiagnosis(t *testing.T) {
	needsProfile := passProbe("lifecycle", "AP351")
	needsProfile.Needs = HasProfile
	cert := passProbe("cert", "AP105")
	cert.NoVerifiedTLS = true
	hsts := passProbe("hsts", "AP201")

	run := func(d Diagnosis, insecure bool, ps ...*Probe) map[string]report.Check {
		tg := testTarget(t, 2)
		tg.Insecure = insecure
		tg.SetDiagnosis(d)
		return byRule(Run(context.Background(), tg, ps, nil))
	}

	got := run(Diagnosis{Unreachable: "the target does not speak TLS"}, false, hsts, cert, needsProfile)
	for _, id := range []string{"AP201", "AP105"} {
		if c := got[id]; c.Status != report.StatusError || c.Message != "the target does not speak TLS" {
			t.Errorf("unreachable: %s = %s %q, want the root cause as its error", id, c.Status, c.Message)
		}
	}
	if c := got["AP351"]; c.Status != report.StatusSkip {
		t.Errorf("unreachable: a check that needs a profile should still skip, got %s", c.Status)
	}

	bad := Diagnosis{CertProblem: "x509: certificate signed by unknown authority"}
	got = run(bad, false, hsts, cert)
	if c := got["AP201"]; c.Status != report.StatusSkip || !strings.HasPrefix(c.Message, BlockedPrefix) {
		t.Errorf("bad certificate: AP201 = %s %q, want skip blocked by AP105", c.Status, c.Message)
	}
	if c := got["AP105"]; c.Status != report.StatusPass {
		t.Errorf("bad certificate: the certificate probe must still run, got %s", c.Status)
	}
	// Without AP105 in the run nothing else reports the certificate: the
	// blocked checks are errors naming it.
	got = run(bad, false, hsts)
	if c := got["AP201"]; c.Status != report.StatusError || !strings.Contains(c.Message, "x509") {
		t.Errorf("bad certificate, AP105 not selected: AP201 = %s %q, want an error naming the certificate", c.Status, c.Message)
	}
	got = run(bad, true, hsts, cert)
	if c := got["AP201"]; c.Status != report.StatusPass {
		t.Errorf("--insecure: AP201 = %s %q, want it to run", c.Status, c.Message)
	}
}

func TestNoTLS(t *testing.T) {
	tg := diagTarget(t, "http://127.0.0.1:1/")
	for _, c := range NoTLS(tg, "AP101", "AP201") {
		if c.Status != report.StatusFail || c.Message != NoTLSReason {
			t.Errorf("%s = %s %q", c.Rule, c.Status, c.Message)
		}
	}
}
