package reference_test

import (
	"crypto/tls"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/reference"
)

func TestTLSAndHSTS(t *testing.T) {
	e := start(t, func(c *reference.Config) { c.HTTPRedirectAddr = "127.0.0.1:0" })
	host := strings.TrimPrefix(e.srv.URL(), "https://")
	dial := func(cfg *tls.Config) (*tls.ConnectionState, error) {
		conn, err := tls.Dial("tcp", host, cfg)
		if err != nil {
			return nil, err
		}
		defer conn.Close()
		st := conn.ConnectionState()
		return &st, nil
	}
	for _, v := range []uint16{tls.VersionTLS10, tls.VersionTLS11} {
		cfg := e.tlsConfig()
		cfg.MinVersion, cfg.MaxVersion = v, v
		if _, err := dial(cfg); err == nil {
			t.Errorf("TLS version %x accepted", v)
		}
	}
	for _, v := range []uint16{tls.VersionTLS12, tls.VersionTLS13} {
		cfg := e.tlsConfig()
		cfg.MinVersion, cfg.MaxVersion = v, v
		if _, err := dial(cfg); err != nil {
			t.Errorf("TLS version %x refused: %v", v, err)
		}
	}
	// TLS 1.2 without forward secrecy or with CBC: refused.
	for _, suite := range []uint16{tls.TLS_RSA_WITH_AES_128_GCM_SHA256, tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA} {
		cfg := e.tlsConfig()
		cfg.MaxVersion = tls.VersionTLS12
		cfg.CipherSuites = []uint16{suite}
		if _, err := dial(cfg); err == nil {
			t.Errorf("suite %s accepted", tls.CipherSuiteName(suite))
		}
	}
	// The certificate covers localhost as well as 127.0.0.1.
	cfg := e.tlsConfig()
	cfg.ServerName = "localhost"
	st, err := dial(cfg)
	if err != nil {
		t.Fatalf("localhost: %v", err)
	}
	if left := time.Until(st.PeerCertificates[0].NotAfter); left < 30*24*time.Hour {
		t.Fatalf("certificate expires in %v", left)
	}

	r := e.client().do("GET", "/healthz", nil)
	hsts := r.header.Values("Strict-Transport-Security")
	if len(hsts) != 1 || !strings.Contains(hsts[0], "includeSubDomains") || !strings.Contains(hsts[0], "max-age=63072000") {
		t.Fatalf("HSTS %q", hsts)
	}
	for h, want := range map[string]string{"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store", "Vary": "Origin"} {
		if got := r.header.Get(h); got != want {
			t.Errorf("%s = %q", h, got)
		}
	}

	// Plain HTTP only redirects, to HTTPS on the same host, without HSTS.
	plain := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, tc := range []struct{ hostHeader, wantHost string }{{"", "127.0.0.1"}, {"localhost", "localhost"}, {"evil.example", "127.0.0.1"}} {
		for _, method := range []string{"GET", "POST"} {
			req, _ := http.NewRequest(method, e.srv.RedirectURL()+"/api/v1/me?x=1", nil)
			if tc.hostHeader != "" {
				req.Host = tc.hostHeader
			}
			res, err := plain.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			loc := res.Header.Get("Location")
			_, port, _ := strings.Cut(host, ":")
			want := "https://" + tc.wantHost + ":" + port + "/api/v1/me?x=1"
			if res.StatusCode != http.StatusPermanentRedirect || loc != want || res.Header.Get("Strict-Transport-Security") != "" || res.Header.Get("Set-Cookie") != "" {
				t.Errorf("%s host %q: %d Location %q (want %q)", method, tc.hostHeader, res.StatusCode, loc, want)
			}
		}
	}
}
