package tlscheck

import (
	"crypto/tls"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// goServerCase is a real crypto/tls server with one misconfiguration (or
// none), and the statuses it must draw; rules not listed must pass.
type goServerCase struct {
	name  string
	cfg   *tls.Config
	leaf  func(t *testing.T, ca *testCA) tls.Certificate
	want  map[string]string
	check func(t *testing.T, got map[string]report.Check)
}

func goodLeaf(t *testing.T, ca *testCA) tls.Certificate { return ca.leaf(t, leafSpec{}) }

func goServerCases() []goServerCase {
	return []goServerCase{
		{
			name: "good",
			cfg:  &tls.Config{MinVersion: tls.VersionTLS12},
			check: func(t *testing.T, got map[string]report.Check) {
				ev := got["AP101"].Evidence
				for _, v := range []string{"SSLv2", "SSLv3", "TLS1.0", "TLS1.1"} {
					wantPrefix(t, "AP101 "+v, ev[v], "refused")
				}
				wantPrefix(t, "AP102 TLS1.2", got["AP102"].Evidence["TLS1.2"], "accepted")
				wantPrefix(t, "AP102 TLS1.3", got["AP102"].Evidence["TLS1.3"], "accepted (TLS_")
				for _, class := range []string{"RC4", "3DES", "DES", "NULL", "EXPORT", "anonymous"} {
					if v := got["AP103"].Evidence[class]; v != "refused" {
						t.Errorf("AP103 %s = %q, want refused", class, v)
					}
				}
				ev = got["AP105"].Evidence
				if !strings.Contains(ev["chain"], "authcheck test CA") || ev["key"] != "RSA 2048" || ev["notAfter"] == "" || ev["subject"] == "" || ev["issuer"] == "" {
					t.Errorf("AP105 evidence lacks chain/key/notAfter/subject/issuer: %v", ev)
				}
			},
		},
		{
			name: "TLS 1.0 enabled",
			cfg:  &tls.Config{MinVersion: tls.VersionTLS10},
			want: map[string]string{"AP101": "fail"},
			check: func(t *testing.T, got map[string]report.Check) {
				ev := got["AP101"].Evidence
				wantPrefix(t, "TLS1.0", ev["TLS1.0"], "accepted")
				wantPrefix(t, "TLS1.1", ev["TLS1.1"], "accepted")
				wantPrefix(t, "SSLv3", ev["SSLv3"], "refused")
				wantPrefix(t, "SSLv2", ev["SSLv2"], "refused")
				wantContains(t, "AP101 message", got["AP101"].Message, "TLS1.0 and TLS1.1")
			},
		},
		{
			name: "TLS 1.1 enabled",
			cfg:  &tls.Config{MinVersion: tls.VersionTLS11},
			want: map[string]string{"AP101": "fail"},
			check: func(t *testing.T, got map[string]report.Check) {
				ev := got["AP101"].Evidence
				wantPrefix(t, "TLS1.0", ev["TLS1.0"], "refused (alert protocol_version")
				wantPrefix(t, "TLS1.1", ev["TLS1.1"], "accepted")
			},
		},
		{
			name: "3DES suites enabled",
			cfg: &tls.Config{MinVersion: tls.VersionTLS10, CipherSuites: []uint16{
				tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
				tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
			}},
			want: map[string]string{"AP101": "fail", "AP103": "fail", "AP104": "warn"},
			check: func(t *testing.T, got map[string]report.Check) {
				ev := got["AP103"].Evidence
				wantContains(t, "AP103 3DES", ev["3DES"], "TLS_RSA_WITH_3DES_EDE_CBC_SHA")
				wantContains(t, "AP103 3DES", ev["3DES"], "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA")
				if ev["RC4"] != "refused" {
					t.Errorf("AP103 RC4 = %q, want refused", ev["RC4"])
				}
				if v := ev["TLS_RSA_WITH_3DES_EDE_CBC_SHA"]; v != "3DES; accepted at TLS1.2, TLS1.1, TLS1.0" {
					t.Errorf("AP103 per-suite evidence = %q", v)
				}
				// 3DES with RSA key exchange is also without forward secrecy;
				// the ECDHE one is not.
				wantContains(t, "AP104", got["AP104"].Message, "TLS_RSA_WITH_3DES_EDE_CBC_SHA")
				for k := range got["AP104"].Evidence {
					if strings.HasPrefix(k, "TLS_ECDHE") {
						t.Errorf("AP104 lists the forward-secret %s", k)
					}
				}
			},
		},
		{
			name: "RC4 suites enabled",
			cfg: &tls.Config{MinVersion: tls.VersionTLS10, CipherSuites: []uint16{
				tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA,
			}},
			want: map[string]string{"AP101": "fail", "AP103": "fail"},
			check: func(t *testing.T, got map[string]report.Check) {
				ev := got["AP103"].Evidence
				if ev["RC4"] != "accepted: TLS_ECDHE_RSA_WITH_RC4_128_SHA" || ev["3DES"] != "refused" {
					t.Errorf("AP103 evidence: RC4=%q 3DES=%q", ev["RC4"], ev["3DES"])
				}
				wantPrefix(t, "AP103 hello TLS1.0", ev["hello TLS1.0"], "accepted TLS_ECDHE_RSA_WITH_RC4_128_SHA at TLS1.0; then refused")
			},
		},
		{
			name: "RSA key exchange only",
			cfg:  &tls.Config{MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{tls.TLS_RSA_WITH_AES_128_GCM_SHA256}},
			want: map[string]string{"AP104": "warn"},
			check: func(t *testing.T, got map[string]report.Check) {
				c := got["AP104"]
				wantContains(t, "AP104", c.Message, "TLS_RSA_WITH_AES_128_GCM_SHA256")
				if c.Severity.String() != "low" {
					t.Errorf("AP104 severity %s, want low", c.Severity)
				}
				wantPrefix(t, "AP102 TLS1.3", got["AP102"].Evidence["TLS1.3"], "refused")
			},
		},
		{
			name: "self-signed",
			leaf: func(t *testing.T, ca *testCA) tls.Certificate { return ca.leaf(t, leafSpec{selfSigned: true}) },
			want: map[string]string{"AP105": "fail"},
			check: func(t *testing.T, got map[string]report.Check) {
				wantContains(t, "AP105", got["AP105"].Message, "self-signed")
			},
		},
		{
			name: "unknown CA",
			leaf: func(t *testing.T, _ *testCA) tls.Certificate { return newCA(t, "some other CA").leaf(t, leafSpec{}) },
			want: map[string]string{"AP105": "fail"},
			check: func(t *testing.T, got map[string]report.Check) {
				wantContains(t, "AP105", got["AP105"].Message, `issuer "CN=some other CA" unknown`)
			},
		},
		{
			name: "wrong host name",
			leaf: func(t *testing.T, ca *testCA) tls.Certificate {
				return ca.leaf(t, leafSpec{dnsNames: []string{"other.example"}})
			},
			want: map[string]string{"AP106": "fail"},
			check: func(t *testing.T, got map[string]report.Check) {
				wantContains(t, "AP106", got["AP106"].Message, `does not cover "127.0.0.1"`)
				if got["AP106"].Evidence["dnsNames"] != "other.example" {
					t.Errorf("AP106 evidence %v", got["AP106"].Evidence)
				}
			},
		},
		{
			name: "expired",
			leaf: func(t *testing.T, ca *testCA) tls.Certificate {
				return ca.leaf(t, leafSpec{notBefore: time.Now().Add(-100 * 24 * time.Hour), notAfter: time.Now().Add(-3 * 24 * time.Hour)})
			},
			want: map[string]string{"AP107": "fail", "AP108": "skip"},
			check: func(t *testing.T, got map[string]report.Check) {
				wantContains(t, "AP107", got["AP107"].Message, "expired on")
			},
		},
		{
			name: "not yet valid",
			leaf: func(t *testing.T, ca *testCA) tls.Certificate {
				return ca.leaf(t, leafSpec{notBefore: time.Now().Add(48 * time.Hour), notAfter: time.Now().Add(100 * 24 * time.Hour)})
			},
			want: map[string]string{"AP107": "fail", "AP108": "skip"},
			check: func(t *testing.T, got map[string]report.Check) {
				wantContains(t, "AP107", got["AP107"].Message, "not valid before")
			},
		},
		{
			name: "expires in 10 days",
			leaf: func(t *testing.T, ca *testCA) tls.Certificate {
				return ca.leaf(t, leafSpec{notAfter: time.Now().Add(10*24*time.Hour + time.Hour)})
			},
			want: map[string]string{"AP108": "warn"},
			check: func(t *testing.T, got map[string]report.Check) {
				wantContains(t, "AP108", got["AP108"].Message, "expires in 10 days")
				if got["AP108"].Evidence["daysLeft"] != "10" {
					t.Errorf("AP108 evidence %v", got["AP108"].Evidence)
				}
			},
		},
		{
			name: "RSA 1024 key",
			leaf: func(t *testing.T, ca *testCA) tls.Certificate { return ca.leaf(t, leafSpec{key: rsa1024()}) },
			want: map[string]string{"AP109": "fail"},
			check: func(t *testing.T, got map[string]report.Check) {
				wantContains(t, "AP109", got["AP109"].Message, "RSA 1024")
			},
		},
		{
			name: "TLS 1.3 only",
			cfg:  &tls.Config{MinVersion: tls.VersionTLS13},
			check: func(t *testing.T, got map[string]report.Check) {
				wantPrefix(t, "AP102 TLS1.2", got["AP102"].Evidence["TLS1.2"], "refused (alert protocol_version)")
				wantPrefix(t, "AP102 TLS1.3", got["AP102"].Evidence["TLS1.3"], "accepted")
			},
		},
		{
			// The handshake fails after the certificate arrived: it is
			// still checked.
			name: "client certificate required",
			cfg:  &tls.Config{MaxVersion: tls.VersionTLS12, ClientAuth: tls.RequireAnyClientCert},
			want: map[string]string{"AP102": "pass"},
			check: func(t *testing.T, got map[string]report.Check) {
				ev := got["AP105"].Evidence
				if ev["key"] != "RSA 2048" || !strings.HasPrefix(ev["handshake"], "failed after the certificate arrived") {
					t.Errorf("AP105 evidence %v", ev)
				}
			},
		},
		{
			name: "ECDSA P-256 key",
			leaf: func(t *testing.T, ca *testCA) tls.Certificate { return ca.leaf(t, leafSpec{key: mustEC()}) },
			check: func(t *testing.T, got map[string]report.Check) {
				if k := got["AP109"].Evidence["key"]; k != "ECDSA 256 (P-256)" {
					t.Errorf("AP109 key evidence %q", k)
				}
			},
		},
	}
}

func TestGoServers(t *testing.T) {
	ca := newCA(t, "authcheck test CA")
	for _, tc := range goServerCases() {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			if cfg == nil {
				cfg = &tls.Config{MinVersion: tls.VersionTLS12}
			}
			leaf := tc.leaf
			if leaf == nil {
				leaf = goodLeaf
			}
			srv := startTLS(t, cfg, leaf(t, ca))
			got := runTLS(t, srv.URL, ca.pemFile, 5*time.Second)
			for _, id := range allRules {
				want := tc.want[id]
				if want == "" {
					want = report.StatusPass
					if slices.Contains(profileRules, id) {
						want = report.StatusSkip // no --tls-profile
					}
				}
				if c := got[id]; c.Status != want {
					t.Errorf("%s: status %s, want %s: %s %v", id, c.Status, want, c.Message, c.Evidence)
				}
			}
			if tc.check != nil {
				tc.check(t, got)
			}
			for _, c := range got {
				if c.Checklist == "" || c.Message == "" || c.Target != srv.URL+"/" {
					t.Errorf("%s: incomplete result %+v", c.Rule, c)
				}
			}
		})
	}
}

func TestExpiryWarningThreshold(t *testing.T) {
	ca := newCA(t, "authcheck test CA")
	srv := startTLS(t, &tls.Config{}, ca.leaf(t, leafSpec{notAfter: time.Now().Add(10*24*time.Hour + time.Hour)}))
	run := func(d time.Duration) report.Check {
		t.Helper()
		target, err := probes.NewTarget(probes.Options{URL: srv.URL, CAFile: ca.pemFile, Timeout: 5 * time.Second, ProbeTimeout: 30 * time.Second,
			Thresholds: probes.Thresholds{CertExpiryWarning: d}})
		if err != nil {
			t.Fatal(err)
		}
		return byRule(t, runTarget(target))["AP108"]
	}
	if c := run(5 * 24 * time.Hour); c.Status != report.StatusPass || c.Evidence["warnBelowDays"] != "5" {
		t.Errorf("threshold 5 days, 10 left: %s %v", c.Status, c.Evidence)
	}
	if c := run(60 * 24 * time.Hour); c.Status != report.StatusWarn {
		t.Errorf("threshold 60 days, 10 left: %s %s", c.Status, c.Message)
	}
	if c := run(0); c.Status != report.StatusWarn || c.Evidence["warnBelowDays"] != "30" {
		t.Errorf("default threshold (30 days), 10 left: %s %v", c.Status, c.Evidence)
	}
	if (probes.Thresholds{}).CertExpiryWarningOrDefault() != DefaultExpiryWarning {
		t.Errorf("zero threshold is not the default")
	}
}

// TestPlainHTTPFails: an http:// target offers no TLS at that address, so
// every transport check fails with that reason (it does not skip).
func TestPlainHTTPFails(t *testing.T) {
	got := runTLS(t, "http://127.0.0.1:1/", "", time.Second)
	for _, id := range baseRules {
		if c := got[id]; c.Status != report.StatusFail || c.Message != probes.NoTLSReason {
			t.Errorf("%s: %s %q, want fail %q", id, c.Status, c.Message, probes.NoTLSReason)
		}
	}
}

// TestServerNameFromOptions: the host name check uses the configured
// server name (SNI and verification), not the dialled address.
func TestServerNameFromOptions(t *testing.T) {
	ca := newCA(t, "authcheck test CA")
	srv := startTLS(t, &tls.Config{}, ca.leaf(t, leafSpec{dnsNames: []string{"api.test"}}))
	for _, tc := range []struct{ name, want string }{{"api.test", "pass"}, {"", "fail"}} {
		target, err := newTarget(srv.URL, ca.pemFile, tc.name)
		if err != nil {
			t.Fatal(err)
		}
		got := byRule(t, runTarget(target))
		if got["AP106"].Status != tc.want {
			t.Errorf("serverName %q: AP106 %s, want %s (%s)", tc.name, got["AP106"].Status, tc.want, got["AP106"].Message)
		}
	}
}

func wantPrefix(t *testing.T, what, got, prefix string) {
	t.Helper()
	if !strings.HasPrefix(got, prefix) {
		t.Errorf("%s = %q, want prefix %q", what, got, prefix)
	}
}

func wantContains(t *testing.T, what, got, sub string) {
	t.Helper()
	if !strings.Contains(got, sub) {
		t.Errorf("%s = %q, want it to contain %q", what, got, sub)
	}
}
