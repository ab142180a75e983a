package localca

import (
	"crypto/tls"
	"crypto/x509"
	"os"
	"testing"
	"time"
)

func TestEnsureReusesCAAndRenewsLeaf(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	ca, cert, key, err := Ensure(dir, now)
	if err != nil {
		t.Fatal(err)
	}
	caPEM, _ := os.ReadFile(ca)
	leaf1, _ := os.ReadFile(cert)
	if info, _ := os.Stat(key); info.Mode().Perm() != 0o600 {
		t.Fatalf("key mode %v", info.Mode())
	}
	pair, err := tls.LoadX509KeyPair(cert, key)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	for _, host := range Hosts {
		if _, err := pair.Leaf.Verify(x509.VerifyOptions{DNSName: host, Roots: pool}); err != nil {
			t.Errorf("%s: %v", host, err)
		}
	}
	// Same day: nothing changes.
	Ensure(dir, now)
	if b, _ := os.ReadFile(cert); string(b) != string(leaf1) {
		t.Fatal("leaf reissued needlessly")
	}
	// 60 days on, the 90-day leaf is within the renewal window: reissued
	// by the same CA.
	Ensure(dir, now.Add(60*24*time.Hour))
	if b, _ := os.ReadFile(cert); string(b) == string(leaf1) {
		t.Fatal("leaf not renewed")
	}
	if b, _ := os.ReadFile(ca); string(b) != string(caPEM) {
		t.Fatal("CA replaced")
	}
}
