// Package tlsclient is an outbound API client with the configurations
// real services use: default clients, private CAs, pinning, and the
// mistakes.
package tlsclient

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"net/http"
	"os"
	"time"

	"example.com/tlspolicy"
)

var insecure = flag.Bool("insecure", false, "skip TLS verification (for local development)")

// Options configures the API client.
type Options struct {
	BaseURL    string
	SkipVerify bool // set from the YAML config
	CAFile     string
}

// DefaultClient relies on Go's defaults: TLS 1.2 minimum, verification on.
// gosec G402 flags it for the missing MinVersion; it is fine.
func DefaultClient() *http.Client {
	return &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{}},
	}
}

// PrivateCAClient trusts an internal CA: the right way to talk to a
// self-signed service.
func PrivateCAClient(caFile string) (*http.Client, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, errors.New("no CA certificates in " + caFile)
	}
	cfg := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}, nil
}

// InternalClient skips verification outright.
func InternalClient() *http.Client {
	tr := &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // want `InsecureSkipVerify is true: the certificate and host name of the peer are not verified`
	}
	return &http.Client{Transport: tr}
}

// DevClient puts verification behind a command-line flag.
func DevClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: *insecure}, // want `InsecureSkipVerify is set from \*insecure: when that is on`
	}}
}

// ConfiguredClient puts verification behind a config value.
func ConfiguredClient(o Options) *http.Client {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	cfg.InsecureSkipVerify = o.SkipVerify // want `InsecureSkipVerify is set from o.SkipVerify`
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

// pinnedFingerprint is the SHA-256 of the partner's leaf certificate.
var pinnedFingerprint = [32]byte{0x01, 0x02}

// PinnedClient skips the chain check but pins the leaf certificate in
// VerifyConnection (which also runs on resumed sessions): verified.
func PinnedClient() *http.Client {
	cfg := &tls.Config{
		InsecureSkipVerify: true,
		VerifyConnection: func(cs tls.ConnectionState) error {
			if len(cs.PeerCertificates) == 0 {
				return errors.New("no peer certificate")
			}
			if sha256.Sum256(cs.PeerCertificates[0].Raw) != pinnedFingerprint {
				return errors.New("certificate does not match the pin")
			}
			return nil
		},
	}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

// verifyPin checks the leaf against the pin (named callback).
func verifyPin(rawCerts [][]byte, _ [][]*x509.Certificate) error {
	if len(rawCerts) == 0 || sha256.Sum256(rawCerts[0]) != pinnedFingerprint {
		return errors.New("certificate does not match the pin")
	}
	return nil
}

// PinnedPeerClient pins with VerifyPeerCertificate and no session cache.
func PinnedPeerClient() *http.Client {
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{
		InsecureSkipVerify:    true,
		VerifyPeerCertificate: verifyPin,
	}}}
}

// ResumingPinnedClient pins with VerifyPeerCertificate but also caches
// sessions: resumed connections skip the callback (gosec G123).
func ResumingPinnedClient() *http.Client {
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{
		InsecureSkipVerify:    true, // want `resumed sessions skip the callback`
		VerifyPeerCertificate: verifyPin,
		ClientSessionCache:    tls.NewLRUClientSessionCache(64),
	}}}
}

// NoopVerifyClient has a callback that verifies nothing.
func NoopVerifyClient() *http.Client {
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{
		InsecureSkipVerify: true, // want `InsecureSkipVerify is true`
		VerifyPeerCertificate: func([][]byte, [][]*x509.Certificate) error {
			return nil
		},
	}}}
}

// ExplicitlyVerified spells out the default.
func ExplicitlyVerified() *tls.Config {
	return &tls.Config{InsecureSkipVerify: false, MinVersion: tlspolicy.ModernMinVersion}
}

// PartnerClient talks to a legacy partner through the organisation's
// legacy constant (another package).
func PartnerClient() *tls.Config {
	return &tls.Config{MinVersion: tlspolicy.LegacyMinVersion} // want `MinVersion is TLS 1.1: it accepts a protocol version with known weaknesses`
}

// fromSomewhere returns a config the analyzer cannot see into.
func fromSomewhere() *tls.Config { return loadExternal() }

var loadExternal func() *tls.Config

// Tuned adjusts a config from an unknown source: no evidence of a problem.
func Tuned() *tls.Config {
	cfg := fromSomewhere()
	cfg.ServerName = "api.example.com"
	return cfg
}
