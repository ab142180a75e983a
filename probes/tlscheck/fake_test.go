package tlscheck

import (
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/report"
)

// fakeTLS is a hand-written server for what crypto/tls servers cannot do:
// it answers every hello from minVersion up with a ServerHello for
// min(client_version, maxVersion) choosing the first offered suite it
// knows, or with an alert (protocol_version, handshake_failure); with
// sslv2 it answers SSLv2 hellos with an SSLv2 SERVER-HELLO. It never gets
// past ServerHello, and neither do the probes' raw hellos.
type fakeTLS struct {
	minVersion, maxVersion uint16
	suites                 []uint16
	sslv2                  bool
}

func (f fakeTLS) handle(c net.Conn) {
	defer drain(c)
	h, err := readClientHello(c)
	switch {
	case err != nil:
	case h.sslv2 && f.sslv2:
		_, _ = c.Write(sslv2ServerHello())
	case h.sslv2 || h.version < f.minVersion:
		_, _ = c.Write(alertRecord(70))
	default:
		for _, s := range h.suites {
			if slices.Contains(f.suites, s) {
				_, _ = c.Write(serverHelloRecord(min(h.version, f.maxVersion), s, nil, nil, 0))
				return
			}
		}
		_, _ = c.Write(alertRecord(40))
	}
}

// sslv3Only is a server stuck in 1998: SSLv2 and SSLv3 with RC4-SHA,
// 3DES and AES128-SHA (all RSA key exchange).
var sslv3Only = fakeTLS{minVersion: versionSSL3, maxVersion: versionSSL3, suites: []uint16{0x0005, 0x000A, 0x002F}, sslv2: true}

// TestSSLv3Server covers the "accepted" branches crypto/tls servers cannot
// reach: SSLv2 and SSLv3 acceptance, negotiation down to SSLv3, and weak
// suites found only at SSLv3.
func TestSSLv3Server(t *testing.T) {
	url := fakeServer(t, sslv3Only.handle)
	got := runTLS(t, url, "", 2*time.Second)

	wantStatus(t, got, map[string]string{
		"AP101": "fail", "AP102": "fail", "AP103": "fail", "AP104": "warn",
		"AP105": "error", "AP106": "error", "AP107": "error", "AP108": "error", "AP109": "error",
	})
	ev := got["AP101"].Evidence
	wantPrefix(t, "SSLv2", ev["SSLv2"], "accepted (SSLv2 SERVER-HELLO with 1 cipher specs)")
	// The version hello lists strong suites first; AES128-SHA is the first
	// the fake knows.
	wantPrefix(t, "SSLv3", ev["SSLv3"], "accepted (TLS_RSA_WITH_AES_128_CBC_SHA)")
	wantPrefix(t, "TLS1.0", ev["TLS1.0"], "refused (the server chose SSLv3)")
	wantContains(t, "AP101 message", got["AP101"].Message, "accepts SSLv2 and SSLv3;")
	wantPrefix(t, "TLS1.2", got["AP102"].Evidence["TLS1.2"], "refused (the server chose SSLv3)")
	// A TLS 1.3 hello offers only TLS 1.3 suites, none of which it knows.
	wantPrefix(t, "TLS1.3", got["AP102"].Evidence["TLS1.3"], "refused (alert handshake_failure)")

	ev = got["AP103"].Evidence
	if ev["TLS_RSA_WITH_RC4_128_SHA"] != "RC4; accepted at SSLv3" || ev["TLS_RSA_WITH_3DES_EDE_CBC_SHA"] != "3DES; accepted at SSLv3" {
		t.Errorf("AP103 evidence %v", ev)
	}
	wantPrefix(t, "AP103 hello TLS1.2", ev["hello TLS1.2"], "refused (the server chose SSLv3)")
	// AP104 takes whatever version the server picks below TLS 1.2.
	for _, s := range []string{"TLS_RSA_WITH_RC4_128_SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA"} {
		if v := got["AP104"].Evidence[s]; v != "accepted at SSLv3" {
			t.Errorf("AP104 %s = %q", s, v)
		}
	}
	// crypto/tls cannot speak SSLv3: the certificate is not readable.
	wantContains(t, "AP105", got["AP105"].Message, "could not read the certificate")
}

// TestExoticSuites: acceptance of the suite classes crypto/tls cannot
// offer or serve (EXPORT, NULL, anonymous, DHE), from a TLS 1.0 server.
func TestExoticSuites(t *testing.T) {
	url := fakeServer(t, fakeTLS{minVersion: versionTLS10, maxVersion: versionTLS10, suites: []uint16{
		0x0033, // TLS_DHE_RSA_WITH_AES_128_CBC_SHA: strong, preferred by the version hellos
		0x0003, // TLS_RSA_EXPORT_WITH_RC4_40_MD5
		0x0002, // TLS_RSA_WITH_NULL_SHA
		0x0034, // TLS_DH_anon_WITH_AES_128_CBC_SHA
		0x0016, // TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA
	}}.handle)
	got := runTLS(t, url, "", 2*time.Second)
	wantStatus(t, got, map[string]string{"AP101": "fail", "AP102": "fail", "AP103": "fail", "AP104": "warn"})

	wantPrefix(t, "TLS1.0", got["AP101"].Evidence["TLS1.0"], "accepted (TLS_DHE_RSA_WITH_AES_128_CBC_SHA)")
	wantPrefix(t, "TLS1.1", got["AP101"].Evidence["TLS1.1"], "refused (the server chose TLS1.0)")
	ev := got["AP103"].Evidence
	for class, want := range map[string]string{
		"EXPORT":    "accepted: TLS_RSA_EXPORT_WITH_RC4_40_MD5",
		"RC4":       "accepted: TLS_RSA_EXPORT_WITH_RC4_40_MD5",
		"NULL":      "accepted: TLS_RSA_WITH_NULL_SHA",
		"anonymous": "accepted: TLS_DH_anon_WITH_AES_128_CBC_SHA",
		"3DES":      "accepted: TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA",
		"DES":       "refused",
	} {
		if ev[class] != want {
			t.Errorf("AP103 %s = %q, want %q", class, ev[class], want)
		}
	}
	if v := ev["TLS_RSA_EXPORT_WITH_RC4_40_MD5"]; v != "RC4, EXPORT; accepted at TLS1.0" {
		t.Errorf("AP103 per-suite evidence %q", v)
	}
	// AP104: the RSA-key-exchange suites, not the DHE or anonymous ones.
	var noFS []string
	for k, v := range got["AP104"].Evidence {
		if strings.HasPrefix(k, "TLS_") {
			noFS = append(noFS, k+" "+v)
		}
	}
	slices.Sort(noFS)
	if want := []string{"TLS_RSA_EXPORT_WITH_RC4_40_MD5 accepted at TLS1.0", "TLS_RSA_WITH_NULL_SHA accepted at TLS1.0"}; !slices.Equal(noFS, want) {
		t.Errorf("AP104 suites %q, want %q", noFS, want)
	}
}

// TestAlertServer: a server that refuses every hello with an alert offers
// no modern protocol, and refuses every weak suite.
func TestAlertServer(t *testing.T) {
	url := fakeServer(t, func(c net.Conn) {
		if _, err := readClientHello(c); err == nil {
			_, _ = c.Write(alertRecord(40))
		}
		drain(c)
	})
	got := runTLS(t, url, "", 2*time.Second)
	wantStatus(t, got, map[string]string{
		"AP101": "pass", "AP102": "fail", "AP103": "pass", "AP104": "pass",
		"AP105": "error", "AP106": "error", "AP107": "error", "AP108": "error", "AP109": "error",
	})
	for v, d := range got["AP101"].Evidence {
		if d != "refused (alert handshake_failure)" {
			t.Errorf("AP101 %s = %q", v, d)
		}
	}
	wantContains(t, "AP105", got["AP105"].Message, "handshake failure")
}

// TestSilentOnSSLv2: a server that waits for more bytes after an SSLv2
// hello but answers TLS hellos has refused SSLv2, it has not hung.
func TestSilentOnSSLv2(t *testing.T) {
	url := fakeServer(t, func(c net.Conn) {
		if h, err := readClientHello(c); err == nil && !h.sslv2 {
			_, _ = c.Write(alertRecord(70))
		}
		drain(c)
	})
	got := runTLS(t, url, "", 300*time.Millisecond)
	if c := got["AP101"]; c.Status != report.StatusPass || c.Evidence["SSLv2"] != "refused (no answer to an SSLv2 hello while TLS hellos are answered)" {
		t.Errorf("AP101 %s %s %v", c.Status, c.Message, c.Evidence)
	}
}

// Hostile and broken peers: every check must end, undecided, with a cause
// a user can act on.
func TestHostileServers(t *testing.T) {
	const timeout = 300 * time.Millisecond
	cases := []struct {
		name   string
		handle func(net.Conn)
		// raw is what the hand-built hellos report, cert what the
		// crypto/tls handshake does.
		raw, cert string
	}{
		{
			name:   "never answers",
			handle: drain,
			raw:    "timed out: no answer within 300ms",
			cert:   "timed out",
		},
		{
			name: "sends garbage",
			handle: func(c net.Conn) {
				_, _ = readClientHello(c)
				_, _ = c.Write([]byte("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"))
				drain(c)
			},
			raw:  `not a TLS answer: starts with "HTTP/1.1 400 Bad"`,
			cert: "does not look like a TLS handshake",
		},
		{
			name: "sends binary garbage",
			handle: func(c net.Conn) {
				_, _ = readClientHello(c)
				_, _ = c.Write([]byte{0xff, 0xfe, 0x00, 0x13, 0x37, 0x00, 0x00})
				drain(c)
			},
			raw:  "not a TLS answer: starts with ff fe 00 13 37",
			cert: "TLS handshake",
		},
		{
			name: "stalls mid-handshake",
			handle: func(c net.Conn) {
				_, _ = readClientHello(c)
				// A handshake record announcing 80 bytes, of which only
				// the ServerHello header and version arrive.
				_, _ = c.Write([]byte{recordHandshake, 3, 3, 0, 80, typeServerHello, 0, 0, 76, 3, 3})
				drain(c)
			},
			raw:  "timed out: the answer stalled after 11 bytes",
			cert: "timed out",
		},
		{
			name:   "closes at once",
			handle: func(c net.Conn) {},
			raw:    notTLSMessage,
			cert:   "could not read the certificate: TLS handshake",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			url := fakeServer(t, tc.handle)
			got := runTLS(t, url, "", timeout)
			for _, id := range baseRules {
				c := got[id]
				if c.Status != report.StatusError {
					t.Errorf("%s: status %s, want error (%s)", id, c.Status, c.Message)
					continue
				}
				want := tc.raw
				if id >= "AP105" {
					want = tc.cert
				}
				if !strings.Contains(c.Message, want) {
					t.Errorf("%s: message %q, want it to contain %q", id, c.Message, want)
				}
				if strings.Contains(c.Message, "probe stopped") || strings.Contains(c.Message, "internal error") {
					t.Errorf("%s: ended by the probe deadline or a panic, not the operation timeout: %s", id, c.Message)
				}
			}
		})
	}
}

func TestUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	got := runTLS(t, "https://"+addr+"/", "", time.Second)
	for _, id := range baseRules {
		if c := got[id]; c.Status != report.StatusError || !strings.Contains(c.Message, "connection refused") {
			t.Errorf("%s: %s %q, want error with connection refused", id, c.Status, c.Message)
		}
	}
}

func wantStatus(t *testing.T, got map[string]report.Check, want map[string]string) {
	t.Helper()
	for id, w := range want {
		if c := got[id]; c.Status != w {
			t.Errorf("%s: status %s, want %s: %s %v", id, c.Status, w, c.Message, c.Evidence)
		}
	}
}
