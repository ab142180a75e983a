package rules

// AP1xx: live TLS and certificate probes (probes/tlscheck). Thresholds and
// their sources are in docs/design.md, "Thresholds and their sources".
func init() {
	const src = "tlscheck"
	Register(
		Rule{
			ID:        "AP101",
			Name:      "legacy-tls-protocol",
			Checklist: "transport.tls-versions",
			Severity:  High,
			Source:    src,
			Summary:   "The server accepts a legacy protocol version (SSLv2, SSLv3, TLS 1.0 or TLS 1.1).",
			Why: "SSLv2 and SSLv3 are broken (DROWN, POODLE); TLS 1.0 and 1.1 were deprecated by RFC 8996 and lack modern AEAD suites " +
				"and signature algorithms. A server that still accepts them lets an active attacker or an outdated client use the weak protocol.",
			Fix: "Accept TLS 1.2 and 1.3 only: in Go, tls.Config{MinVersion: tls.VersionTLS12}; in nginx, ssl_protocols TLSv1.2 TLSv1.3; " +
				"in OpenSSL-based servers, MinProtocol = TLSv1.2.",
			CWE:   []string{"CWE-326", "CWE-327"},
			ASVS:  []string{"12.1.1"},
			Links: []string{"https://www.rfc-editor.org/rfc/rfc8996", "https://ssl-config.mozilla.org/"},
		},
		Rule{
			ID:        "AP102",
			Name:      "no-modern-tls-protocol",
			Checklist: "transport.tls-versions",
			Severity:  High,
			Source:    src,
			Summary:   "The server offers neither TLS 1.2 nor TLS 1.3.",
			Why:       "Without TLS 1.2 or 1.3 every connection uses a deprecated protocol, and current clients refuse to connect at all.",
			Fix:       "Enable TLS 1.2 and TLS 1.3 (Go's crypto/tls does by default; check MaxVersion and any terminating proxy).",
			CWE:       []string{"CWE-326", "CWE-327"},
			ASVS:      []string{"12.1.1"},
			Links:     []string{"https://www.rfc-editor.org/rfc/rfc8996", "https://ssl-config.mozilla.org/"},
		},
		Rule{
			ID:        "AP103",
			Name:      "weak-cipher-suite",
			Checklist: "transport.tls-ciphers",
			Severity:  High,
			Source:    src,
			Summary:   "The server accepts a weak cipher suite (RC4, 3DES, DES, NULL, EXPORT or anonymous key exchange).",
			Why: "RC4 has exploitable biases (RFC 7465), 3DES and DES have 64-bit blocks (Sweet32) or 56-bit keys, NULL suites do not encrypt, " +
				"EXPORT suites use 40/56-bit keys (FREAK, Logjam) and anonymous suites do not authenticate the server at all.",
			Fix: "Remove these suites from the server's list. In Go, do not list tls.InsecureCipherSuites() in CipherSuites (or leave " +
				"CipherSuites nil); elsewhere, start from Mozilla's \"intermediate\" configuration.",
			CWE:   []string{"CWE-327"},
			ASVS:  []string{"12.1.2"},
			Links: []string{"https://www.rfc-editor.org/rfc/rfc7465", "https://sweet32.info/", "https://ssl-config.mozilla.org/"},
		},
		Rule{
			ID:        "AP104",
			Name:      "no-forward-secrecy",
			Checklist: "transport.tls-ciphers",
			Severity:  Low,
			Source:    src,
			Summary:   "The server accepts key exchange without forward secrecy (RSA key transport or static (EC)DH).",
			Why: "With RSA key exchange the session keys are encrypted to the certificate's key: whoever obtains that key later can decrypt " +
				"every recorded session. Such suites also enable ROBOT-style oracle attacks. Reported as a warning.",
			Fix: "Offer only ECDHE (or DHE) suites for TLS 1.2; TLS 1.3 always has forward secrecy. In Go, leave CipherSuites nil or " +
				"list only TLS_ECDHE_* suites.",
			CWE:   []string{"CWE-327"},
			ASVS:  []string{"12.1.2"},
			Links: []string{"https://robotattack.org/", "https://ssl-config.mozilla.org/"},
		},
		Rule{
			ID:        "AP105",
			Name:      "certificate-chain-untrusted",
			Checklist: "transport.certificate",
			Severity:  High,
			Source:    src,
			Summary:   "The server's certificate chain does not verify against the trusted roots.",
			Why: "Clients that verify certificates cannot connect, and clients told to skip verification can be intercepted by anyone. " +
				"Self-signed certificates, unknown CAs and missing intermediates all end here.",
			Fix: "Serve a certificate from a CA the clients trust, with the full chain of intermediates. For a private CA, pass it to the " +
				"probe with --ca FILE (or the profile's ca:) so that only real failures are reported.",
			CWE:  []string{"CWE-295"},
			ASVS: []string{"12.2.2"},
		},
		Rule{
			ID:        "AP106",
			Name:      "certificate-hostname-mismatch",
			Checklist: "transport.certificate",
			Severity:  High,
			Source:    src,
			Summary:   "The server's certificate does not name the host it was reached at.",
			Why:       "A verifying client refuses the connection; a certificate valid for another name proves nothing about this host.",
			Fix:       "Issue the certificate with the host name (or IP address) in its Subject Alternative Names; the Common Name is ignored.",
			CWE:       []string{"CWE-297"},
			ASVS:      []string{"12.2.2"},
		},
		Rule{
			ID:        "AP107",
			Name:      "certificate-expired",
			Checklist: "transport.certificate",
			Severity:  High,
			Source:    src,
			Summary:   "A certificate the server presents has expired or is not yet valid.",
			Why:       "Clients refuse the connection, and users trained to click through such errors will click through an attack too.",
			Fix:       "Renew the certificate (and any expired intermediate) and automate renewal, e.g. with ACME.",
			CWE:       []string{"CWE-298"},
			ASVS:      []string{"12.2.2"},
		},
		Rule{
			ID:        "AP108",
			Name:      "certificate-expires-soon",
			Checklist: "transport.certificate",
			Severity:  Low,
			Source:    src,
			Summary:   "The server's certificate expires within the warning period (30 days by default).",
			Why:       "Renewal that has not happened 30 days before expiry is usually manual or broken; the service will go down when it lapses.",
			Fix:       "Renew now and automate renewal (ACME clients renew at two thirds of the lifetime).",
			CWE:       []string{"CWE-298"},
			ASVS:      []string{"12.2.2"},
		},
		Rule{
			ID:        "AP109",
			Name:      "certificate-weak-key",
			Checklist: "transport.certificate",
			Severity:  High,
			Source:    src,
			Summary:   "A certificate the server presents has a weak key (RSA below 2048 bits, EC below 256 bits, or DSA).",
			Why:       "RSA-1024 is within reach of well-funded attackers and refused by browsers; small curves and DSA are deprecated.",
			Fix:       "Reissue with RSA 2048+ (3072 for long-lived keys) or ECDSA P-256/P-384, or Ed25519 where clients support it.",
			CWE:       []string{"CWE-326"},
			ASVS:      []string{"11.2.3", "12.2.2"},
			Links:     []string{"https://csrc.nist.gov/pubs/sp/800/131/a/r2/final"},
		},
		Rule{
			ID:        "AP110",
			Name:      "tls-profile-version",
			Checklist: "transport.tls-versions",
			Severity:  High,
			Source:    src,
			Summary:   "Under --tls-profile, the server accepts a protocol version the Mozilla profile does not allow (TLS 1.2 under mozilla-modern, anything below TLS 1.2 under either).",
			Why: "A service that claims a Mozilla Server Side TLS configuration must match it, as sslyze --mozilla_config checks: mozilla-modern " +
				"is TLS 1.3 only, mozilla-intermediate TLS 1.2 and 1.3. Accepting more widens what an attacker can downgrade to.",
			Fix: "Set the minimum version the profile names: in Go, tls.Config{MinVersion: tls.VersionTLS13} for modern (VersionTLS12 for " +
				"intermediate); in nginx, ssl_protocols TLSv1.3 (or TLSv1.2 TLSv1.3). Or run with the profile the service really targets.",
			CWE:   []string{"CWE-326", "CWE-327"},
			ASVS:  []string{"12.1.1"},
			Links: []string{"https://wiki.mozilla.org/Security/Server_Side_TLS", "https://ssl-config.mozilla.org/"},
		},
		Rule{
			ID:        "AP111",
			Name:      "tls-profile-cipher-suite",
			Checklist: "transport.tls-ciphers",
			Severity:  Medium,
			Source:    src,
			Summary:   "Under --tls-profile, the server accepts a cipher suite outside the Mozilla profile (e.g. an ECDHE-CBC suite under mozilla-intermediate).",
			Why: "mozilla-intermediate allows only AEAD suites with forward secrecy (ECDHE or DHE with AES-GCM or ChaCha20-Poly1305) for TLS 1.2; " +
				"CBC suites with HMAC are MAC-then-encrypt and have a long record of padding-oracle and timing attacks (Lucky13, POODLE-TLS).",
			Fix: "Offer only the profile's suites: in Go, tls.Config.CipherSuites listing the ECDHE AES-GCM and ChaCha20-Poly1305 suites " +
				"(Go 1.22+ defaults already leave CBC out of the preferred list but still accept some: list them explicitly); elsewhere copy " +
				"the suite line from ssl-config.mozilla.org.",
			CWE:   []string{"CWE-327"},
			ASVS:  []string{"12.1.2"},
			Links: []string{"https://wiki.mozilla.org/Security/Server_Side_TLS", "https://ssl-config.mozilla.org/"},
		},
		Rule{
			ID:        "AP112",
			Name:      "tls-profile-key-exchange",
			Checklist: "transport.tls-ciphers",
			Severity:  High,
			Source:    src,
			Summary:   "Under --tls-profile, the server agrees to a weak key exchange: an ECDH curve below 256 bits or a DHE group below 2048 bits.",
			Why: "The key exchange protects every session key: small curves and DH groups below 2048 bits are within reach of precomputation " +
				"(Logjam) or deprecated outright. Mozilla's profiles allow X25519, P-256, P-384 and ffdhe2048 or larger.",
			Fix: "Restrict the groups: in Go, tls.Config.CurvePreferences (Go has no small curves or DHE); in nginx, ssl_ecdh_curve " +
				"X25519:prime256v1:secp384r1 and ssl_dhparam with the RFC 7919 ffdhe2048 group, or drop DHE suites.",
			CWE:   []string{"CWE-326"},
			ASVS:  []string{"12.1.3"},
			Links: []string{"https://weakdh.org/", "https://www.rfc-editor.org/rfc/rfc7919", "https://wiki.mozilla.org/Security/Server_Side_TLS"},
		},
		Rule{
			ID:        "AP113",
			Name:      "tls-profile-certificate-lifespan",
			Checklist: "transport.certificate",
			Severity:  Medium,
			Source:    src,
			Summary:   "Under --tls-profile, the server's certificate is valid for more than 398 days.",
			Why: "Browsers refuse publicly trusted certificates valid for more than 398 days (CA/Browser Forum, 2020), and a long-lived " +
				"certificate keeps a compromised key or stale name in use for longer; Mozilla's profiles assume short, automated renewals.",
			Fix:   "Reissue with a lifespan of at most 398 days (90 days recommended) and automate renewal, e.g. with ACME.",
			CWE:   []string{"CWE-324"},
			ASVS:  []string{"12.2.2"},
			Links: []string{"https://cabforum.org/working-groups/server/baseline-requirements/", "https://wiki.mozilla.org/Security/Server_Side_TLS"},
		},
		Rule{
			ID:        "AP114",
			Name:      "tls-profile-sha1-signature",
			Checklist: "transport.certificate",
			Severity:  High,
			Source:    src,
			Summary:   "Under --tls-profile, the server presents a certificate signed with SHA-1 (or MD5).",
			Why: "SHA-1 collisions are practical (SHAttered, 2017; chosen-prefix, 2020), so a SHA-1 signature no longer binds a certificate " +
				"to its issuer; browsers refuse such certificates and Mozilla's profiles require SHA-256 or stronger.",
			Fix:   "Reissue the certificate (and any SHA-1-signed intermediate) with a SHA-256 or stronger signature.",
			CWE:   []string{"CWE-328"},
			ASVS:  []string{"11.2.3"},
			Links: []string{"https://shattered.io/", "https://wiki.mozilla.org/Security/Server_Side_TLS"},
		},
	)
}
