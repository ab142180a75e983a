package httpcheck

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/internal/loopback"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// testCert returns httptest's certificate config and the pool trusting it.
func testCert(t *testing.T) (*tls.Config, *x509.CertPool) {
	t.Helper()
	srv := httptest.NewUnstartedServer(nil)
	srv.StartTLS()
	defer srv.Close()
	return srv.TLS.Clone(), srv.Client().Transport.(*http.Transport).TLSClientConfig.RootCAs
}

// rawServer accepts connections (wrapped in TLS when cfg is non-nil) and
// hands them to serve; everything is closed at the end of the test.
func rawServer(t *testing.T, cfg *tls.Config, serve func(net.Conn)) string {
	t.Helper()
	return loopback.Serve(t, func(c net.Conn) {
		if cfg != nil {
			c = tls.Server(c, cfg)
		}
		serve(c)
	})
}

func readHead(c net.Conn) bool {
	buf := make([]byte, 4096)
	var got []byte
	for !bytes.Contains(got, []byte("\r\n\r\n")) {
		n, err := c.Read(buf)
		if err != nil {
			return false
		}
		got = append(got, buf[:n]...)
	}
	return true
}

// TestHostileTargets runs every probe of the package, with a full profile,
// against targets that misbehave at the transport level. Every probe must
// end, every rule must get a result, and each result must be an error with
// the cause or a skip with the reason (never a verdict on a target that
// did not answer).
func TestHostileTargets(t *testing.T) {
	t.Parallel()
	cfg, pool := testCert(t)
	quiet := log.New(io.Discard, "", 0)
	for _, tc := range []struct {
		name  string
		addr  func(t *testing.T) string
		cause string // every error result mentions this
		// slow marks targets that answer slowly or never: they get a short
		// timeout to keep the test quick; the others get a long one, so
		// that a loaded machine cannot turn their cause into a timeout.
		slow bool
	}{
		{"stalls the TLS handshake", func(t *testing.T) string {
			return rawServer(t, nil, func(c net.Conn) { _, _ = io.Copy(io.Discard, c) })
		}, "timed out", true},
		{"never answers", func(t *testing.T) string {
			return rawServer(t, cfg, func(c net.Conn) { _, _ = io.Copy(io.Discard, c) })
		}, "timed out", true},
		{"one byte per second", func(t *testing.T) string {
			return rawServer(t, cfg, func(c net.Conn) {
				if !readHead(c) {
					return
				}
				for _, b := range []byte("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") {
					if _, err := c.Write([]byte{b}); err != nil {
						return
					}
					time.Sleep(time.Second)
				}
			})
		}, "timed out", true},
		{"10 MB header", func(t *testing.T) string {
			return rawServer(t, cfg, func(c net.Conn) {
				if !readHead(c) {
					return
				}
				_, _ = io.WriteString(c, "HTTP/1.1 200 OK\r\nX-Big: ")
				chunk := bytes.Repeat([]byte("a"), 32<<10)
				for sent := 0; sent < 10<<20; sent += len(chunk) {
					if _, err := c.Write(chunk); err != nil {
						return
					}
				}
			})
		}, "response headers too large", false},
		{"garbage after TLS", func(t *testing.T) string {
			return rawServer(t, cfg, func(c net.Conn) {
				if readHead(c) {
					_, _ = c.Write([]byte("\x00\x01garbage\r\n\r\n"))
				}
			})
		}, "not an HTTP response", false},
		{"garbage instead of TLS", func(t *testing.T) string {
			return rawServer(t, nil, func(c net.Conn) {
				_, _ = c.Write([]byte("220 smtp.example ESMTP\r\n"))
				_, _ = io.Copy(io.Discard, c)
			})
		}, "not a TLS server", false},
		{"redirects forever", func(t *testing.T) string {
			srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, r.URL.Path+"x", http.StatusFound)
			}))
			srv.Config.ErrorLog = quiet
			srv.StartTLS()
			t.Cleanup(srv.Close)
			return srv.Listener.Addr().String()
		}, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			addr := tc.addr(t)
			p, err := profile.Parse([]byte(strings.ReplaceAll(`baseURL: https://ADDR
forwardedHeader: X-Forwarded-For
endpoints:
  login: {method: POST, path: /api/login}
  logout: {method: POST, path: /api/logout}
  me: {method: GET, path: /api/me}
  createResource: {method: POST, path: /api/notes}
  resource: {method: GET, path: "/api/notes/{id}"}
  resetRequest: {method: POST, path: /api/reset}
accounts:
  - {username: a, password: pa}
  - {username: b, password: pb, burnable: true}
`, "ADDR", addr)))
			if err != nil {
				t.Fatal(err)
			}
			timeout := 10 * time.Second
			if tc.slow {
				timeout = 300 * time.Millisecond
			}
			tg, err := probes.NewTarget(probes.Options{Profile: p, Timeout: timeout, ProbeTimeout: 30 * time.Second, HTTPPort: closedPort(t)})
			if err != nil {
				t.Fatal(err)
			}
			tg.Roots = pool
			done := make(chan []report.Check)
			go func() { done <- probes.Run(context.Background(), tg, ourProbes(t), nil) }()
			var cs []report.Check
			select {
			case cs = <-done:
			case <-time.After(60 * time.Second):
				t.Fatal("the probes did not end")
			}
			got := map[string]report.Check{}
			for _, c := range cs {
				got[c.Rule] = c
			}
			for _, id := range ourRules(t) {
				c, ok := got[id]
				switch {
				case !ok:
					t.Errorf("%s: no result", id)
				case strings.Contains(c.Message, "failed internally") || strings.Contains(c.Message, "did not stop"):
					t.Errorf("%s: %s", id, c.Message)
				case tc.cause == "":
					// A redirect loop is an answer: verdicts are allowed, but
					// nothing that needs a login can pass.
					if (id == ruleCSRF || id == ruleOwnership || id == ruleLoginPerIP) && c.Status == report.StatusPass {
						t.Errorf("%s passed against a redirect loop: %s", id, c.Message)
					}
				case c.Status == report.StatusSkip:
				case c.Status != report.StatusError:
					t.Errorf("%s: %s %q, want error", id, c.Status, c.Message)
				case !strings.Contains(c.Message, tc.cause):
					t.Errorf("%s: cause %q, want it to mention %q", id, c.Message, tc.cause)
				}
			}
		})
	}
}
