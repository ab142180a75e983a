package localca

import (
	"crypto/ecdsa"
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

// The local CA is trusted by the machine that runs the server (curl
// --cacert, a browser): it must not be able to sign for any other name,
// should its key leak (issue 13 §1.11).
func TestCAHasNameConstraints(t *testing.T) {
	dir := t.TempDir()
	ca, _, _, err := Ensure(dir, time.Now(), "auth.internal.example")
	if err != nil {
		t.Fatal(err)
	}
	pair, err := tls.LoadX509KeyPair(dir+"/"+CAFile, dir+"/"+caKeyFile)
	if err != nil {
		t.Fatal(err)
	}
	c := pair.Leaf
	if !c.PermittedDNSDomainsCritical || len(c.PermittedDNSDomains) == 0 || len(c.PermittedIPRanges) == 0 {
		t.Fatalf("CA %s has no critical name constraints: dns %v ip %v", ca, c.PermittedDNSDomains, c.PermittedIPRanges)
	}
	if !constrainedTo(c, append(Hosts, "auth.internal.example")) || constrainedTo(c, []string{"www.bank.example"}) || constrainedTo(c, []string{"10.0.0.1"}) {
		t.Fatalf("constraints cover the wrong names: dns %v ip %v", c.PermittedDNSDomains, c.PermittedIPRanges)
	}
	// A leaf for another name, signed with the CA's key, does not verify.
	pool := x509.NewCertPool()
	pool.AddCert(c)
	der, _, err := newLeaf(c, pair.PrivateKey.(*ecdsa.PrivateKey), []string{"www.bank.example"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := leaf.Verify(x509.VerifyOptions{DNSName: "www.bank.example", Roots: pool}); err == nil {
		t.Fatal("the local CA can sign for www.bank.example")
	}
}
