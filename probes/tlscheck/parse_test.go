package tlscheck

import (
	"bytes"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

var supportedVersionsTLS13 = []byte{0, extSupportedVersions, 0, 2, 3, 4}

func TestParseServerHello(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		want answer
		err  error
	}{
		{"TLS 1.2", serverHelloRecord(versionTLS12, 0xC02F, nil, []byte{0xff, 1, 0, 1, 0}, 0),
			answer{kind: answerServerHello, version: versionTLS12, legacyVersion: versionTLS12, suite: 0xC02F}, nil},
		{"TLS 1.3 via supported_versions", serverHelloRecord(versionTLS12, 0x1301, nil, supportedVersionsTLS13, 0),
			answer{kind: answerServerHello, version: versionTLS13, legacyVersion: versionTLS12, suite: 0x1301}, nil},
		{"HelloRetryRequest", serverHelloRecord(versionTLS12, 0x1301, helloRetryRandom[:], supportedVersionsTLS13, 0),
			answer{kind: answerServerHello, version: versionTLS13, legacyVersion: versionTLS12, suite: 0x1301, helloRetry: true}, nil},
		{"SSLv3 without extensions", serverHelloRecord(versionSSL3, 0x000A, nil, nil, 0),
			answer{kind: answerServerHello, version: versionSSL3, legacyVersion: versionSSL3, suite: 0x000A}, nil},
		{"fragmented over 7-byte records", serverHelloRecord(versionTLS11, 0x002F, nil, nil, 7),
			answer{kind: answerServerHello, version: versionTLS11, legacyVersion: versionTLS11, suite: 0x002F}, nil},
		{"trailing records ignored", append(serverHelloRecord(versionTLS12, 0x009C, nil, nil, 0), 0x16, 3, 3, 0, 4, 11, 0, 0, 0),
			answer{kind: answerServerHello, version: versionTLS12, legacyVersion: versionTLS12, suite: 0x009C}, nil},
		{"alert", alertRecord(70), answer{kind: answerAlert, alertLevel: 2, alertDesc: 70}, nil},
		{"SSLv2 SERVER-HELLO", sslv2ServerHello(), answer{kind: answerSSLv2ServerHello, version: versionSSL2, legacyVersion: versionSSL2, sslv2CipherSpecs: 1}, nil},
		{"SSLv2 ERROR", []byte{0x80, 3, 0, 0, 1}, answer{kind: answerSSLv2Error, sslv2Error: 1}, nil},

		{"empty", nil, answer{}, errShortAnswer},
		{"record header only", []byte{recordHandshake, 3, 3, 0, 60}, answer{}, errShortAnswer},
		{"half a ServerHello", serverHelloRecord(versionTLS12, 0xC02F, nil, nil, 0)[:30], answer{}, errShortAnswer},
		{"one byte of alert", []byte{recordAlert, 3, 3, 0, 2, 2}, answer{}, errShortAnswer},

		{"HTTP", []byte("HTTP/1.1 400 Bad Request\r\n\r\n"), answer{}, errMalformed},
		{"SSH banner", []byte("SSH-2.0-OpenSSH_9.2\r\n"), answer{}, errMalformed},
		{"record version 2.x", []byte{recordHandshake, 2}, answer{}, errMalformed},
		{"zero-length record", []byte{recordHandshake, 3, 3, 0, 0}, answer{}, errMalformed},
		{"oversized record", []byte{recordHandshake, 3, 3, 0x50, 0}, answer{}, errMalformed},
		{"Certificate before ServerHello", []byte{recordHandshake, 3, 3, 0, 4, 11}, answer{}, errMalformed},
		{"application data first", []byte{0x17, 3, 3, 0, 1, 0}, answer{}, errMalformed},
		{"alert inside a fragmented ServerHello", append(serverHelloRecord(versionTLS12, 0xC02F, nil, nil, 7)[:12], alertRecord(40)...), answer{}, errMalformed},
		{"session ID too long", func() []byte {
			b := serverHelloRecord(versionTLS12, 0xC02F, nil, nil, 0)
			b[5+4+2+32] = 33
			return b
		}(), answer{}, errMalformed},
		{"extensions length mismatch", serverHelloRecord(versionTLS12, 0xC02F, nil, []byte{0, 43, 0, 9, 3, 4}, 0), answer{}, errMalformed},
		{"supported_versions of 3 bytes", serverHelloRecord(versionTLS12, 0x1301, nil, []byte{0, 43, 0, 3, 3, 4, 0}, 0), answer{}, errMalformed},
		{"SSLv2 header, unknown message", []byte{0xff, 0xfe, 0x00, 0x13}, answer{}, errMalformed},
		{"SSLv2 SERVER-HELLO, certificate type 9", []byte{0x80, 20, 4, 0, 9}, answer{}, errMalformed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseServerHello(tc.in)
			if !errors.Is(err, tc.err) || (tc.err == nil && err != nil) {
				t.Fatalf("error %v, want %v", err, tc.err)
			}
			if got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// TestClientHelloShape checks the hellos against what real peers insist
// on: a few hundred bytes, outside the 256–511 byte range some servers
// hang on, SNI only for names, and the TLS 1.3 extensions only in the
// TLS 1.3 hello. (That servers accept them is shown by the tests against
// crypto/tls servers.)
func TestClientHelloShape(t *testing.T) {
	for _, v := range []uint16{versionSSL3, versionTLS10, versionTLS12, versionTLS13} {
		for _, name := range []string{"127.0.0.1", "a-rather-long-host-name.internal.example.com"} {
			ids := legacySuiteIDs
			if v == versionTLS13 {
				ids = suiteIDs(classTLS13)
			}
			rec := buildClientHello(helloSpec{version: v, suites: ids, serverName: name})
			hsLen := int(rec[6])<<16 | int(rec[7])<<8 | int(rec[8])
			if len(rec) > 700 || hsLen != len(rec)-9 || int(rec[3])<<8|int(rec[4]) != len(rec)-5 {
				t.Errorf("%s %s: record %d bytes, handshake length %d", versionName(v), name, len(rec), hsLen)
			}
			// Counted with the 4-byte handshake header, as OpenSSL and
			// BoringSSL count it for the padding extension.
			if msgLen := hsLen + 4; v > versionSSL3 && msgLen >= 256 && msgLen < 512 {
				t.Errorf("%s %s: ClientHello of %d bytes is in the 256–511 range", versionName(v), name, msgLen)
			}
			hasSNI := bytes.Contains(rec, []byte(name))
			if hasSNI != (v > versionSSL3 && net.ParseIP(name) == nil) {
				t.Errorf("%s %s: SNI present = %v", versionName(v), name, hasSNI)
			}
			hasKeyShare := bytes.Contains(rec, keyShare())
			if hasKeyShare != (v == versionTLS13) {
				t.Errorf("%s: key share present = %v", versionName(v), hasKeyShare)
			}
		}
	}
	if n := len(buildSSLv2ClientHello()); n != 2+9+3*len(sslv2CipherSpecs)+16 {
		t.Errorf("SSLv2 hello %d bytes", n)
	}
}

// TestSuiteTable: crypto/tls knows some of the suites by name; the table
// must agree with it, so that a typo in an ID cannot misclassify a suite.
func TestSuiteTable(t *testing.T) {
	seen := map[uint16]bool{}
	for _, s := range suites {
		if seen[s.id] {
			t.Errorf("0x%04X listed twice", s.id)
		}
		seen[s.id] = true
		if goName := tls.CipherSuiteName(s.id); goName[0] != '0' && goName != s.name {
			t.Errorf("0x%04X: table says %s, crypto/tls %s", s.id, s.name, goName)
		}
	}
	for _, cs := range append(tls.CipherSuites(), tls.InsecureCipherSuites()...) {
		if !seen[cs.ID] {
			t.Errorf("%s (a suite crypto/tls servers can enable) is not offered", cs.Name)
		}
	}
}

// FuzzParseServerHello: whatever a server sends, the parser must not
// panic, and reading more bytes must never change its mind: a prefix of
// an answer is "incomplete", a decision (answer or malformed) stays the
// same however many bytes follow. The reader relies on both.
func FuzzParseServerHello(f *testing.F) {
	f.Add(serverHelloRecord(versionTLS12, 0x1301, helloRetryRandom[:], supportedVersionsTLS13, 5))
	f.Add(alertRecord(40))
	f.Add(sslv2ServerHello())
	f.Fuzz(func(t *testing.T, b []byte) {
		final, finalErr := parseServerHello(b)
		if finalErr != nil && !errors.Is(finalErr, errShortAnswer) && !errors.Is(finalErr, errMalformed) {
			t.Fatalf("error %v is neither incomplete nor malformed", finalErr)
		}
		// Find the shortest prefix that decides; every longer one, up to
		// the whole input, must decide the same. (Checking the next prefix
		// and the whole input keeps this linear in practice.)
		for k := 0; k <= len(b); k++ {
			a, err := parseServerHello(b[:k])
			if errors.Is(err, errShortAnswer) {
				continue
			}
			for _, m := range []int{k, min(k+1, len(b)), len(b)} {
				am, errm := parseServerHello(b[:m])
				if (errm == nil) != (err == nil) || errors.Is(errm, errShortAnswer) || am != a {
					t.Fatalf("prefix %d decided %+v/%v, prefix %d %+v/%v", k, a, err, m, am, errm)
				}
			}
			if (err == nil) != (finalErr == nil) || a != final {
				t.Fatalf("prefix %d decided %+v/%v, the whole input %+v/%v", k, a, err, final, finalErr)
			}
			return
		}
		if !errors.Is(finalErr, errShortAnswer) {
			t.Fatalf("no prefix decided, yet the whole input gave %v", finalErr)
		}
	})
}

// TestWriteFuzzSeeds refreshes testdata/fuzz/FuzzParseServerHello from
// real answers to the probes' hellos. It runs only when asked:
//
//	AUTHCHECK_WRITE_FUZZ_SEEDS=1 go test -run TestWriteFuzzSeeds ./probes/tlscheck
func TestWriteFuzzSeeds(t *testing.T) {
	if os.Getenv("AUTHCHECK_WRITE_FUZZ_SEEDS") == "" {
		t.Skip("set AUTHCHECK_WRITE_FUZZ_SEEDS=1 to rewrite the seed corpus")
	}
	ca := newCA(t, "authcheck test CA")
	modern := startTLS(t, &tls.Config{MinVersion: tls.VersionTLS12}, ca.leaf(t, leafSpec{}))
	legacy := startTLS(t, &tls.Config{MinVersion: tls.VersionTLS10, CipherSuites: []uint16{tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA}}, ca.leaf(t, leafSpec{}))
	old := fakeServer(t, sslv3Only.handle)
	host := func(url string) string { return url[len("https://"):] }
	seeds := map[string][]byte{
		"go-tls12":       firstBytes(t, host(modern.URL), buildClientHello(helloSpec{version: versionTLS12, suites: legacySuiteIDs})),
		"go-tls13":       firstBytes(t, host(modern.URL), buildClientHello(helloSpec{version: versionTLS13, suites: suiteIDs(classTLS13)})),
		"go-tls10-alert": firstBytes(t, host(modern.URL), buildClientHello(helloSpec{version: versionTLS10, suites: legacySuiteIDs})),
		"go-sslv2-alert": firstBytes(t, host(modern.URL), buildSSLv2ClientHello()),
		"go-tls10-3des":  firstBytes(t, host(legacy.URL), buildClientHello(helloSpec{version: versionTLS10, suites: suiteIDs(classWeak)})),
		"sslv3":          firstBytes(t, host(old)[:len(host(old))-1], buildClientHello(helloSpec{version: versionSSL3, suites: suiteIDs(classWeak)})),
		"sslv2":          firstBytes(t, host(old)[:len(host(old))-1], buildSSLv2ClientHello()),
		"hrr-fragmented": serverHelloRecord(versionTLS12, 0x1301, helloRetryRandom[:], supportedVersionsTLS13, 5),
		"http":           []byte("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"),
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzParseServerHello")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, b := range seeds {
		content := fmt.Sprintf("go test fuzz v1\n[]byte(%s)\n", strconv.Quote(string(b)))
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// firstBytes sends hello to addr and returns what arrives within a moment
// (at most 4 KiB).
func firstBytes(t *testing.T, addr string, hello []byte) []byte {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Write(hello); err != nil {
		t.Fatal(err)
	}
	_ = c.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
	b, _ := io.ReadAll(io.LimitReader(c, 4096))
	if len(b) == 0 {
		t.Fatalf("%s: no answer", addr)
	}
	return b
}
