// Package localca creates a private certificate authority and a server
// certificate for localhost, so that the reference server runs over HTTPS
// with no certificate given. The CA is kept in the data directory and
// reused, so that clients (curl --cacert, authcheck probe --ca) trust it
// once; the leaf is reissued when it nears expiry.
package localca

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// File names inside the data directory.
const (
	CAFile    = "ca.pem"
	caKeyFile = "ca-key.pem"
	CertFile  = "server.pem"
	KeyFile   = "server-key.pem"
)

const (
	caLifetime   = 5 * 365 * 24 * time.Hour
	leafLifetime = 90 * 24 * time.Hour
	// renewBefore is more than the 30 days at which probes warn.
	renewBefore = 45 * 24 * time.Hour
)

// Hosts are the names the leaf certificate covers.
var Hosts = []string{"localhost", "127.0.0.1", "::1"}

// Ensure makes sure dir holds a CA and a current leaf for Hosts (plus
// extraHosts), and returns the paths of the CA, leaf and leaf key.
func Ensure(dir string, now time.Time, extraHosts ...string) (caPath, certPath, keyPath string, err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", "", "", err
	}
	caPath, certPath, keyPath = filepath.Join(dir, CAFile), filepath.Join(dir, CertFile), filepath.Join(dir, KeyFile)
	hosts := append(append([]string{}, Hosts...), extraHosts...)
	caCert, caKey, err := loadPair(caPath, filepath.Join(dir, caKeyFile))
	if err != nil || now.Add(renewBefore).After(caCert.NotAfter) || !constrainedTo(caCert, hosts) {
		caCert, caKey, err = newCA(now, hosts)
		if err != nil {
			return "", "", "", err
		}
		if err := writePair(caPath, filepath.Join(dir, caKeyFile), caCert.Raw, caKey); err != nil {
			return "", "", "", err
		}
	}
	leaf, _, err := loadPair(certPath, keyPath)
	if err == nil && leafValid(leaf, caCert, hosts, now) {
		return caPath, certPath, keyPath, nil
	}
	der, key, err := newLeaf(caCert, caKey, hosts, now)
	if err != nil {
		return "", "", "", err
	}
	return caPath, certPath, keyPath, writePair(certPath, keyPath, der, key)
}

func leafValid(leaf, ca *x509.Certificate, hosts []string, now time.Time) bool {
	if now.Add(renewBefore).After(leaf.NotAfter) || leaf.CheckSignatureFrom(ca) != nil {
		return false
	}
	for _, h := range hosts {
		if leaf.VerifyHostname(h) != nil {
			return false
		}
	}
	return true
}

func serial() (*big.Int, error) {
	return rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
}

// constrainedTo reports whether ca carries critical name constraints that
// permit exactly the names it will sign for, and hosts among them. A CA
// without them (made by older versions) is replaced: a trusted local CA
// that can sign for any name is a risk to the machine that trusts it if
// its key leaks.
func constrainedTo(ca *x509.Certificate, hosts []string) bool {
	if !ca.PermittedDNSDomainsCritical || len(ca.PermittedDNSDomains)+len(ca.PermittedIPRanges) == 0 {
		return false
	}
	for _, h := range hosts {
		ok := false
		if ip := net.ParseIP(h); ip != nil {
			for _, r := range ca.PermittedIPRanges {
				ok = ok || r.Contains(ip)
			}
		} else {
			for _, d := range ca.PermittedDNSDomains {
				ok = ok || strings.EqualFold(d, h)
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// nameConstraints limits the CA to hosts: each DNS name (and its
// subdomains, per RFC 5280) and each IP address alone.
func nameConstraints(tmpl *x509.Certificate, hosts []string) {
	tmpl.PermittedDNSDomainsCritical = true
	for _, h := range hosts {
		if ip := net.ParseIP(h); ip != nil {
			bits := 128
			if ip4 := ip.To4(); ip4 != nil {
				ip, bits = ip4, 32
			}
			tmpl.PermittedIPRanges = append(tmpl.PermittedIPRanges, &net.IPNet{IP: ip, Mask: net.CIDRMask(bits, bits)})
		} else {
			tmpl.PermittedDNSDomains = append(tmpl.PermittedDNSDomains, h)
		}
	}
}

func newCA(now time.Time, hosts []string) (*x509.Certificate, *ecdsa.PrivateKey, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	sn, err := serial()
	if err != nil {
		return nil, nil, err
	}
	host, _ := os.Hostname()
	tmpl := &x509.Certificate{
		SerialNumber:          sn,
		Subject:               pkix.Name{Organization: []string{"authcheck reference (local CA)"}, CommonName: "authcheck reference local CA " + host},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(caLifetime),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
		MaxPathLenZero:        true,
	}
	nameConstraints(tmpl, hosts)
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		return nil, nil, err
	}
	cert, err := x509.ParseCertificate(der)
	return cert, key, err
}

func newLeaf(ca *x509.Certificate, caKey *ecdsa.PrivateKey, hosts []string, now time.Time) ([]byte, *ecdsa.PrivateKey, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	sn, err := serial()
	if err != nil {
		return nil, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: sn,
		Subject:      pkix.Name{Organization: []string{"authcheck reference"}, CommonName: "localhost"},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(leafLifetime),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	for _, h := range hosts {
		if ip := net.ParseIP(h); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else {
			tmpl.DNSNames = append(tmpl.DNSNames, h)
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, key.Public(), caKey)
	return der, key, err
}

func writePair(certPath, keyPath string, der []byte, key *ecdsa.PrivateKey) error {
	kb, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return err
	}
	if err := writeAtomic(keyPath, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kb}), 0o600); err != nil {
		return err
	}
	return writeAtomic(certPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644)
}

func writeAtomic(path string, b []byte, mode os.FileMode) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, mode); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func loadPair(certPath, keyPath string) (*x509.Certificate, *ecdsa.PrivateKey, error) {
	pair, err := tls.LoadX509KeyPair(certPath, keyPath)
	if err != nil {
		return nil, nil, err
	}
	key, ok := pair.PrivateKey.(*ecdsa.PrivateKey)
	if !ok {
		return nil, nil, errors.New("localca: key is not ECDSA")
	}
	cert, err := x509.ParseCertificate(pair.Certificate[0])
	if err != nil {
		return nil, nil, fmt.Errorf("localca: %s: %w", certPath, err)
	}
	return cert, key, nil
}
