// Package tlsconfig defines an Analyzer that checks TLS settings written in
// Go code: crypto/tls.Config protocol versions, certificate verification
// and cipher suites, database connection strings that do not verify the
// server, and Strict-Transport-Security headers set by the application.
//
// # Rules
//
//	AC601 (high)    tls.Config MinVersion below TLS 1.2.
//	AC602 (high)    tls.Config MaxVersion below TLS 1.2.
//	AC603 (high)    InsecureSkipVerify true (or set from a flag or a config
//	                value) outside tests, unless VerifyPeerCertificate or
//	                VerifyConnection verifies the peer and no
//	                ClientSessionCache is set.
//	AC604 (medium)  CipherSuites lists a suite of tls.InsecureCipherSuites()
//	                or one with RSA key exchange (TLS_RSA_WITH_*).
//	AC605 (low)     a PostgreSQL connection string with sslmode=disable,
//	                allow, prefer or require (none verifies the server).
//	AC606 (medium)  an HSTS header set in code with max-age below one year.
//	AC607 (low)     an HSTS header set in code without includeSubDomains.
//
// Values are resolved through constants (of any package, as the type
// checker folds them), through conversions, and through the values
// assigned in the same package to the variable or struct field that is
// used (a config struct's default, a package variable, a field assignment
// cfg.MinVersion = …), up to a depth of four such steps. A value the
// analyzer cannot resolve to a constant is not a finding for the version
// and cipher rules; for InsecureSkipVerify it is (a flag that turns
// verification off is still a way to ship it off).
//
// # Not reported, on purpose
//
// MinVersion left unset (Go's default is TLS 1.2 for clients and servers
// since Go 1.18 and 1.22), PreferServerCipherSuites (deprecated and
// ignored), a tls.Config returned by an unknown function or built by
// reflection, InsecureSkipVerify: false, echo's Secure middleware with
// HSTSMaxAge 0 (it then sends no HSTS header), and connection strings in
// error, log and flag-usage messages, InsecureSkipVerify in test-helper
// packages (testutil, testhelpers, …). Test files are the driver's concern:
// authcheck skips _test.go files unless --tests is given.
package tlsconfig

// Doc is the analyzer's documentation, shown by go vet help and authcheck
// explain.
const Doc = `check TLS versions, certificate verification, cipher suites, database sslmode and HSTS in code

AC601/AC602 report a crypto/tls.Config whose MinVersion or MaxVersion is
below TLS 1.2 (VersionTLS10, VersionTLS11, VersionSSL30), written
directly, through a constant of any package, through a field assignment,
or through a config default assigned in the same package. MinVersion
unset is fine: Go defaults to TLS 1.2. A suggested fix replaces the value
with tls.VersionTLS12.

AC603 reports InsecureSkipVerify set to true, or to a flag or config
value, unless the same config sets VerifyPeerCertificate or
VerifyConnection to a callback that does some checking and sets no
ClientSessionCache (resumed sessions skip VerifyPeerCertificate).

AC604 reports CipherSuites entries that crypto/tls lists as insecure
(RC4, 3DES, CBC-SHA256, NULL) or that use RSA key exchange
(TLS_RSA_WITH_*, no forward secrecy).

AC605 reports PostgreSQL connection strings with sslmode=disable, allow,
prefer or require: none of them verifies the server's certificate; use
sslmode=verify-full.

AC606/AC607 report a Strict-Transport-Security header set in code
(http.Header Set/Add, gin's c.Header, echo middleware.SecureConfig,
gin-contrib/secure and unrolled/secure options) with max-age below
31536000 seconds, or without includeSubDomains.`
