// Package tlsserver configures an HTTPS server from a config loader with
// defaults, the way services do.
package tlsserver

import (
	"crypto/tls"
	"net/http"
	"time"
)

// Config is loaded from YAML; Defaults fills what the file leaves out.
type Config struct {
	Addr       string
	MinTLS     uint16
	MaxTLS     uint16
	Legacy     bool
	CertFile   string
	KeyFile    string
	ModernOnly bool
}

// Defaults are the values used when the file does not set them.
func Defaults() Config {
	return Config{Addr: ":8443", MinTLS: tls.VersionTLS10}
}

// modernSuites is a sound TLS 1.2 list.
var modernSuites = []uint16{
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
	tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
	tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
	tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
}

// compatSuites keeps old clients working.
var compatSuites = []uint16{ // want `CipherSuites lists TLS_ECDHE_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA \(insecure: crypto/tls lists them in InsecureCipherSuites\) and TLS_RSA_WITH_AES_128_GCM_SHA256 \(RSA key exchange, no forward secrecy\)`
	tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
	tls.TLS_RSA_WITH_AES_128_GCM_SHA256,
	tls.TLS_ECDHE_RSA_WITH_RC4_128_SHA,
	tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
	tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, // CBC with SHA-1 HMAC and ECDHE: not in InsecureCipherSuites
}

// Server builds the HTTPS server. MinVersion comes from the config, whose
// default is TLS 1.0.
func Server(cfg Config, h http.Handler) *http.Server {
	tlsCfg := &tls.Config{
		MinVersion:               cfg.MinTLS, // want `MinVersion is TLS 1.0 \(the value set at server.go:\d+\)`
		CipherSuites:             modernSuites,
		PreferServerCipherSuites: true, // deprecated and ignored: not a finding
	}
	if cfg.Legacy {
		tlsCfg.CipherSuites = compatSuites
	}
	return &http.Server{Addr: cfg.Addr, Handler: h, TLSConfig: tlsCfg, ReadHeaderTimeout: 5 * time.Second}
}

// LegacyGateway pins old versions by field assignment.
func LegacyGateway() *tls.Config {
	c := new(tls.Config)
	c.MinVersion = tls.VersionSSL30 // want `MinVersion is SSL 3.0`
	c.MaxVersion = tls.VersionTLS11 // want `MaxVersion is TLS 1.1: it caps connections at`
	return c
}

// GatewaySuites lists one RSA key-exchange suite inline.
func GatewaySuites() *tls.Config {
	return &tls.Config{CipherSuites: []uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, tls.TLS_RSA_WITH_AES_256_GCM_SHA384}} // want `CipherSuites lists TLS_RSA_WITH_AES_256_GCM_SHA384 \(RSA key exchange`
}

// Modern is what new services use.
func Modern() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS13, MaxVersion: tls.VersionTLS13}
}

// GoDefault leaves MinVersion unset: Go's default is TLS 1.2 (gosec G402
// reports it).
func GoDefault(certs []tls.Certificate) *tls.Config {
	return &tls.Config{Certificates: certs}
}

// FromFlag takes the version from a runtime value: no constant, no finding.
func FromFlag(v uint16) *tls.Config {
	return &tls.Config{MinVersion: v}
}
