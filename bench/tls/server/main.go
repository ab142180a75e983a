// Command server is the loopback TLS target of bench/tls/run.sh: a Go
// HTTPS server with a private CA, in one of two configurations, so that
// authcheck's TLS probes and sslscan can be timed against the same host.
//
//	server -mode good|legacy -ca FILE
//
// It writes the CA certificate to FILE, prints the server's URL on stdout
// and serves until killed.
package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"flag"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"time"
)

func main() {
	mode := flag.String("mode", "good", "good: TLS 1.2+ with Go's default suites; legacy: TLS 1.0+ with 3DES and RC4 suites added")
	caFile := flag.String("ca", "ca.pem", "where to write the CA certificate (PEM)")
	flag.Parse()

	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	switch *mode {
	case "good":
	case "legacy":
		//authcheck:ignore AC601 -- deliberately weak target for the TLS probe benchmark
		cfg.MinVersion = tls.VersionTLS10
		//authcheck:ignore AC604 -- deliberately weak suites, the probe benchmark must find them
		cfg.CipherSuites = []uint16{
			tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
			tls.TLS_RSA_WITH_AES_128_GCM_SHA256, tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA, tls.TLS_RSA_WITH_RC4_128_SHA,
		}
	default:
		log.Fatalf("unknown -mode %q", *mode)
	}
	cert, caPEM, err := issue()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*caFile, caPEM, 0o644); err != nil {
		log.Fatal(err)
	}
	cfg.Certificates = []tls.Certificate{cert}
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // scanners abort handshakes by the hundred
	srv.TLS = cfg
	srv.StartTLS()
	fmt.Println(srv.URL)
	select {}
}

// issue makes a private CA (ECDSA P-256) and an RSA-2048 leaf for
// 127.0.0.1 signed by it.
func issue() (tls.Certificate, []byte, error) {
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	now := time.Now()
	caTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "authcheck bench CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(365 * 24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, caKey.Public(), caKey)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	leafKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	leafTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "authcheck bench server"},
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)},
		NotBefore:   now.Add(-time.Hour), NotAfter: now.Add(90 * 24 * time.Hour),
		KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	leafDER, err := x509.CreateCertificate(rand.Reader, leafTmpl, caTmpl, leafKey.Public(), caKey)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	caPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER})
	return tls.Certificate{Certificate: [][]byte{leafDER}, PrivateKey: leafKey}, caPEM, nil
}
