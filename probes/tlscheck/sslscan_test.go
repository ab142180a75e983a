package tlscheck

import (
	"context"
	"crypto/tls"
	"encoding/xml"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// sslscanFlags make sslscan enumerate protocols and suites only (the
// other checks are slow and not what the probes are compared on).
var sslscanFlags = []string{
	"--xml=-", "--no-colour", "--no-fallback", "--no-renegotiation", "--no-heartbleed",
	"--no-compression", "--no-groups", "--no-check-certificate", "--no-cipher-details",
}

type sslscanXML struct {
	Tests []struct {
		Protocols []struct {
			Type    string `xml:"type,attr"`
			Version string `xml:"version,attr"`
			Enabled string `xml:"enabled,attr"`
		} `xml:"protocol"`
		Ciphers []struct {
			Status     string `xml:"status,attr"`
			SSLVersion string `xml:"sslversion,attr"`
			ID         string `xml:"id,attr"`
			Strength   string `xml:"strength,attr"`
		} `xml:"cipher"`
	} `xml:"ssltest"`
}

// sslscanResult is sslscan's verdict in the probes' vocabulary.
type sslscanResult struct {
	enabled map[string]bool            // version name → enabled
	suites  map[string]map[uint16]bool // version name → accepted suite IDs
	// weak holds the suites sslscan itself rates null, weak (EXPORT),
	// medium (RC4, 3DES) or anonymous: its classification, not ours.
	weak map[uint16]bool
}

var sslscanWeakStrengths = []string{"null", "weak", "medium", "anonymous"}

func runSSLScan(t *testing.T, bin, hostPort string) sslscanResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, append(slices.Clone(sslscanFlags), hostPort)...).Output()
	if err != nil {
		t.Fatalf("sslscan: %v\n%s", err, out)
	}
	var doc sslscanXML
	if err := xml.Unmarshal(out, &doc); err != nil || len(doc.Tests) != 1 {
		t.Fatalf("sslscan XML (%v):\n%s", err, out)
	}
	r := sslscanResult{enabled: map[string]bool{}, suites: map[string]map[uint16]bool{}, weak: map[uint16]bool{}}
	for _, p := range doc.Tests[0].Protocols {
		name := map[string]string{"ssl2": "SSLv2", "ssl3": "SSLv3", "tls1.0": "TLS1.0", "tls1.1": "TLS1.1", "tls1.2": "TLS1.2", "tls1.3": "TLS1.3"}[p.Type+p.Version]
		if name == "" {
			t.Fatalf("sslscan protocol %s %s not understood", p.Type, p.Version)
		}
		r.enabled[name] = p.Enabled == "1"
	}
	for _, c := range doc.Tests[0].Ciphers {
		if c.Status != "accepted" && c.Status != "preferred" {
			continue
		}
		id, err := strconv.ParseUint(strings.TrimPrefix(c.ID, "0x"), 16, 16)
		if err != nil {
			t.Fatalf("sslscan cipher id %q", c.ID)
		}
		v := strings.Replace(c.SSLVersion, "TLSv", "TLS", 1)
		if r.suites[v] == nil {
			r.suites[v] = map[uint16]bool{}
		}
		r.suites[v][uint16(id)] = true
		if slices.Contains(sslscanWeakStrengths, c.Strength) {
			r.weak[uint16(id)] = true
		}
	}
	if len(r.enabled) != 6 {
		t.Fatalf("sslscan reported %d protocols, want 6:\n%s", len(r.enabled), out)
	}
	return r
}

// TestAgreesWithSSLScan runs sslscan and the probes against the same
// loopback servers and compares what both say about protocol versions,
// weak suites and suites without forward secrecy. sslscan is optional
// locally and required in CI (CI=true).
func TestAgreesWithSSLScan(t *testing.T) {
	bin, err := exec.LookPath("sslscan")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("sslscan is not on PATH; CI must install it (apt-get install -y sslscan)")
		}
		t.Skip("sslscan not on PATH")
	}
	ca := newCA(t, "authcheck test CA")
	servers := []struct {
		name     string
		cfg      *tls.Config
		weak     bool // what the server is configured with, so the comparison is not vacuous
		noFS     bool
		versions int
	}{
		{"good", &tls.Config{MinVersion: tls.VersionTLS12}, false, false, 2},
		{"TLS 1.0 with 3DES, RC4 and RSA key exchange", &tls.Config{MinVersion: tls.VersionTLS10, CipherSuites: []uint16{
			tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
			tls.TLS_RSA_WITH_AES_128_GCM_SHA256, tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
			tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, tls.TLS_RSA_WITH_RC4_128_SHA,
		}}, true, true, 4},
		{"TLS 1.1 and 1.2 only, RSA key exchange", &tls.Config{MinVersion: tls.VersionTLS11, MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{
			tls.TLS_RSA_WITH_AES_128_CBC_SHA, tls.TLS_RSA_WITH_AES_256_GCM_SHA384,
		}}, false, true, 2},
	}
	for _, s := range servers {
		t.Run(s.name, func(t *testing.T) {
			srv := startTLS(t, s.cfg, ca.leaf(t, leafSpec{}))
			scan := runSSLScan(t, bin, strings.TrimPrefix(srv.URL, "https://"))
			got := runTLS(t, srv.URL, ca.pemFile, 5*time.Second)
			enabled := 0
			for _, on := range scan.enabled {
				if on {
					enabled++
				}
			}
			if anyWeak(scan) != s.weak || anyNoFS(scan) != s.noFS || enabled != s.versions {
				t.Fatalf("sslscan does not see the server as configured: weak=%v noFS=%v versions=%d", anyWeak(scan), anyNoFS(scan), enabled)
			}

			// Protocol versions, one by one.
			for _, v := range []uint16{versionSSL2, versionSSL3, versionTLS10, versionTLS11, versionTLS12, versionTLS13} {
				name := versionName(v)
				rule := "AP101"
				if v >= versionTLS12 {
					rule = "AP102"
				}
				ours := strings.HasPrefix(got[rule].Evidence[name], "accepted")
				if ours != scan.enabled[name] {
					t.Errorf("%s: probe says accepted=%v (%s), sslscan enabled=%v", name, ours, got[rule].Evidence[name], scan.enabled[name])
				}
			}

			// Weak suites, per version: the same set on both sides, each
			// side by its own classification.
			for _, name := range []string{"SSLv3", "TLS1.0", "TLS1.1", "TLS1.2"} {
				theirs := map[uint16]bool{}
				for id := range scan.suites[name] {
					if scan.weak[id] {
						theirs[id] = true
					}
				}
				ours := map[uint16]bool{}
				for _, s := range suites {
					if ev := got["AP103"].Evidence[s.name]; strings.Contains(ev, "accepted at") && slices.Contains(strings.Split(ev[strings.Index(ev, "accepted at ")+len("accepted at "):], ", "), name) {
						ours[s.id] = true
					}
				}
				if !sameSet(ours, theirs) {
					t.Errorf("weak suites at %s: probe %v, sslscan %v", name, idNames(ours), idNames(theirs))
				}
			}
			if wantFail := anyWeak(scan); (got["AP103"].Status == "fail") != wantFail {
				t.Errorf("AP103 %s, sslscan found weak suites: %v", got["AP103"].Status, wantFail)
			}

			// Suites without forward secrecy at the best version up to
			// TLS 1.2 (where AP104 enumerates).
			best := ""
			for _, name := range []string{"TLS1.2", "TLS1.1", "TLS1.0", "SSLv3"} {
				if scan.enabled[name] {
					best = name
					break
				}
			}
			theirs := map[uint16]bool{}
			for id := range scan.suites[best] {
				if suiteByID[id].class&classNoFS != 0 {
					theirs[id] = true
				}
			}
			ours := map[uint16]bool{}
			for _, s := range suites {
				if strings.HasPrefix(got["AP104"].Evidence[s.name], "accepted at") {
					ours[s.id] = true
				}
			}
			if !sameSet(ours, theirs) {
				t.Errorf("no forward secrecy at %s: probe %v, sslscan %v", best, idNames(ours), idNames(theirs))
			}
			if len(theirs) == 0 && got["AP104"].Status != "pass" || len(theirs) > 0 && got["AP104"].Status != "warn" {
				t.Errorf("AP104 %s, sslscan found %d suites without forward secrecy", got["AP104"].Status, len(theirs))
			}
		})
	}
}

func anyWeak(r sslscanResult) bool { return len(r.weak) > 0 }

func anyNoFS(r sslscanResult) bool {
	for _, ids := range r.suites {
		for id := range ids {
			if suiteByID[id].class&classNoFS != 0 {
				return true
			}
		}
	}
	return false
}

func sameSet(a, b map[uint16]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func idNames(m map[uint16]bool) []string {
	var names []string
	for id := range m {
		names = append(names, suiteName(id))
	}
	slices.Sort(names)
	return names
}
