package rules

// AC6xx: TLS configuration in code (analyzer tlsconfig; checklist items
// transport.tls-versions, transport.tls-ciphers, transport.verify-peers
// and transport.hsts).
func init() {
	tlsAPIs := []string{"crypto/tls"}
	dsnAPIs := []string{"database/sql", "github.com/lib/pq", "github.com/jackc/pgx/v5", "github.com/jackc/pgx/v4", "gorm.io/driver/postgres"}
	hstsAPIs := []string{"net/http", "github.com/gin-gonic/gin", "github.com/labstack/echo/v4/middleware", "github.com/gin-contrib/secure", "github.com/unrolled/secure"}
	Register(
		Rule{
			ID:        "AC601",
			Name:      "tls-min-version-below-1.2",
			Checklist: "transport.tls-versions",
			Severity:  High,
			Source:    "tlsconfig",
			Summary:   "A tls.Config sets MinVersion below TLS 1.2 (TLS 1.0, TLS 1.1 or SSL 3.0).",
			Why: "TLS 1.0 and 1.1 were deprecated by RFC 8996: they rely on SHA-1 and MD5 in the handshake, have no AEAD cipher suites " +
				"and are exposed to downgrade and CBC padding attacks (BEAST, POODLE, Lucky13). A server or client that accepts them lets a " +
				"network attacker pick the weakest version both sides speak. The value is followed through constants of any package, field " +
				"assignments and config defaults in the same package. An unset MinVersion is fine: Go's default is TLS 1.2.",
			Fix:   "Set MinVersion: tls.VersionTLS12 (or tls.VersionTLS13 where every peer supports it), or leave MinVersion unset.",
			CWE:   []string{"CWE-326", "CWE-327"},
			ASVS:  []string{"12.1.1"},
			Links: []string{"https://www.rfc-editor.org/rfc/rfc8996", "https://pkg.go.dev/crypto/tls#Config"},
			APIs:  tlsAPIs,
		},
		Rule{
			ID:        "AC602",
			Name:      "tls-max-version-below-1.2",
			Checklist: "transport.tls-versions",
			Severity:  High,
			Source:    "tlsconfig",
			Summary:   "A tls.Config sets MaxVersion below TLS 1.2, so only deprecated protocol versions can be negotiated.",
			Why: "With MaxVersion below TLS 1.2 every connection uses TLS 1.0 or 1.1 (RFC 8996 deprecated both), whatever the peer " +
				"supports: no AEAD suites, SHA-1/MD5 in the handshake, CBC padding attacks.",
			Fix:   "Remove MaxVersion (Go negotiates the highest common version) or set it to tls.VersionTLS13.",
			CWE:   []string{"CWE-326", "CWE-327"},
			ASVS:  []string{"12.1.1"},
			Links: []string{"https://www.rfc-editor.org/rfc/rfc8996"},
			APIs:  tlsAPIs,
		},
		Rule{
			ID:        "AC603",
			Name:      "tls-insecure-skip-verify",
			Checklist: "transport.verify-peers",
			Severity:  High,
			Source:    "tlsconfig",
			Summary:   "A tls.Config sets InsecureSkipVerify (to true, or from a flag or config value) outside tests without verifying the peer itself.",
			Why: "InsecureSkipVerify turns off certificate chain and host name verification: anyone who can intercept the connection " +
				"(a Wi-Fi hotspot, a compromised router, a cloud neighbour using ARP or DNS spoofing) can present their own certificate and " +
				"read or change everything, including credentials and tokens. A flag or config switch that turns it on ends up on in production. " +
				"It is not reported when a VerifyPeerCertificate or VerifyConnection callback does the verification (certificate pinning) and no " +
				"ClientSessionCache is set; with a session cache, resumed connections skip VerifyPeerCertificate, so the exception does not hold.",
			Fix: "Remove InsecureSkipVerify. For a private or self-signed CA, load it into an x509.CertPool and set RootCAs; for pinning, " +
				"verify in VerifyConnection (which also runs on resumption). Keep test-only configs in _test.go files.",
			CWE:  []string{"CWE-295"},
			ASVS: []string{"12.3.2"},
			Links: []string{
				"https://pkg.go.dev/crypto/tls#Config",
				"https://cwe.mitre.org/data/definitions/295.html",
			},
			APIs: tlsAPIs,
		},
		Rule{
			ID:        "AC604",
			Name:      "tls-weak-cipher-suite",
			Checklist: "transport.tls-ciphers",
			Severity:  Medium,
			Source:    "tlsconfig",
			Summary:   "A tls.Config lists an insecure cipher suite (RC4, 3DES, CBC-SHA256) or one with RSA key exchange (TLS_RSA_WITH_*).",
			Why: "Go's crypto/tls lists RC4, 3DES and CBC-with-SHA256 suites in tls.InsecureCipherSuites(): they have practical attacks " +
				"(Sweet32, RC4 biases, Lucky13). Suites with RSA key exchange have no forward secrecy: whoever obtains the server's private key " +
				"later can decrypt every recorded session. Listing them in CipherSuites re-enables what Go leaves off by default.",
			Fix:   "Remove CipherSuites (Go's default order is safe) or keep to ECDHE suites with AES-GCM or ChaCha20-Poly1305. TLS 1.3 suites are not configurable and are all fine.",
			CWE:   []string{"CWE-327"},
			ASVS:  []string{"12.1.2"},
			Links: []string{"https://pkg.go.dev/crypto/tls#InsecureCipherSuites", "https://ciphersuite.info/"},
			APIs:  tlsAPIs,
		},
		Rule{
			ID:        "AC605",
			Name:      "database-sslmode-no-verify",
			Checklist: "transport.verify-peers",
			Severity:  Low,
			Source:    "tlsconfig",
			Summary:   "A PostgreSQL connection string uses sslmode=disable, allow, prefer or require, none of which verifies the server.",
			Why: "disable sends the database password and all data in clear text; allow and prefer silently fall back to clear text; " +
				"require encrypts but accepts any certificate, so an attacker on the path can impersonate the database and collect the " +
				"password. Only verify-ca and verify-full check the server (verify-full also checks the host name). Reported on string " +
				"literals shaped like connection strings, not on error, log or flag-usage messages.",
			Fix:   "Use sslmode=verify-full with sslrootcert pointing at the database's CA (or the cloud provider's CA bundle), and read the connection string from configuration.",
			CWE:   []string{"CWE-295", "CWE-319"},
			ASVS:  []string{"12.3.2"},
			Links: []string{"https://www.postgresql.org/docs/current/libpq-ssl.html#LIBPQ-SSL-PROTECTION"},
			APIs:  dsnAPIs,
		},
		Rule{
			ID:        "AC606",
			Name:      "hsts-max-age-short",
			Checklist: "transport.hsts",
			Severity:  Medium,
			Source:    "tlsconfig",
			Summary:   "A Strict-Transport-Security header set in code has a max-age below one year (31536000 seconds).",
			Why: "HSTS protects only while the browser remembers it: a short max-age leaves users open to SSL stripping on their first " +
				"request after it expires, and HSTS preload lists require at least a year. Reported for http.Header Set/Add, gin's c.Header, " +
				"echo's middleware.SecureConfig, gin-contrib/secure and unrolled/secure options with a constant value.",
			Fix:   "Send Strict-Transport-Security: max-age=31536000; includeSubDomains (two years, 63072000, is common).",
			CWE:   []string{"CWE-319", "CWE-523"},
			ASVS:  []string{"3.4.1"},
			Links: []string{"https://www.rfc-editor.org/rfc/rfc6797", "https://hstspreload.org/"},
			APIs:  hstsAPIs,
		},
		Rule{
			ID:        "AC607",
			Name:      "hsts-without-includesubdomains",
			Checklist: "transport.hsts",
			Severity:  Low,
			Source:    "tlsconfig",
			Summary:   "A Strict-Transport-Security header set in code lacks includeSubDomains.",
			Why: "Without includeSubDomains an attacker on the network can serve a plain-HTTP subdomain (real or made up) and use it to " +
				"set or overwrite cookies for the parent domain, which undermines session cookies; the checklist and the preload list ask for it.",
			Fix:   "Add includeSubDomains to the header (echo: drop HSTSExcludeSubdomains; gin-contrib/secure and unrolled/secure: STSIncludeSubdomains: true).",
			CWE:   []string{"CWE-319", "CWE-523"},
			ASVS:  []string{"3.4.1"},
			Links: []string{"https://www.rfc-editor.org/rfc/rfc6797#section-6.1.2"},
			APIs:  hstsAPIs,
		},
	)
}
