package rules

// AC2xx: secret comparison. Produced by analyzers/secretcompare.
func init() {
	const timingWhy = "==, !=, bytes.Equal, strings.Compare, strings.EqualFold, reflect.DeepEqual and slices.Equal " +
		"return at the first byte that differs, so the time a failed comparison takes tells the caller how many " +
		"leading bytes of the guess were right. Over enough requests (network jitter averages out) an attacker " +
		"recovers the secret one byte at a time instead of guessing it whole. subtle.ConstantTimeCompare and " +
		"hmac.Equal look at every byte whatever the input. They still return early when the lengths differ, so " +
		"the length of a secret is not protected: compare fixed-length values (digests, decoded MACs, fixed-size " +
		"tokens) and do not rely on the length staying hidden. Integers compared with == are not reported: a " +
		"word-sized comparison is a single instruction without an early exit, so a numeric OTP compared as an " +
		"integer does not leak, while the same code compared as a string does."
	Register(
		Rule{
			ID:        "AC201",
			Name:      "non-constant-time-secret-compare",
			Checklist: "tokens.constant-time-compare",
			Severity:  Medium,
			Source:    "secretcompare",
			Summary:   "A secret (token, API key, CSRF token, OTP code, password hash, credential) is compared in non-constant time.",
			Why: timingWhy + " Secrets are recognised by name (identifiers, fields, called functions, map keys, header " +
				"names such as Authorization or X-Api-Key) and by data flow within the function (hashes of secrets, " +
				"password KDF output, the Authorization header, the BasicAuth password). Plaintext passwords and " +
				"one-time codes (PINs, OTP codes in verification functions) count as secrets. Identifiers do not: " +
				"UUIDs, token and key IDs (jti, kid), client IDs, parameters of the URL path; nor do comparisons " +
				"whose operands both come from the request being served, where no server-held secret is involved.",
			Fix: "Compare with subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 (crypto/subtle), or hmac.Equal for " +
				"byte slices. Better still, store and compare a SHA-256 of the token so that the stored value is not " +
				"the credential. For case-insensitive values normalise case first; for hex or base64 values decode " +
				"and compare the bytes.",
			CWE:  []string{"CWE-208"},
			ASVS: []string{"11.2.4"},
			Links: []string{
				"https://pkg.go.dev/crypto/subtle#ConstantTimeCompare",
				"https://cwe.mitre.org/data/definitions/208.html",
			},
		},
		Rule{
			ID:        "AC202",
			Name:      "non-constant-time-mac-compare",
			Checklist: "tokens.constant-time-compare",
			Severity:  High,
			Source:    "secretcompare",
			Summary:   "An HMAC or signature computed in the function is compared in non-constant time, as in a webhook or request-signature check.",
			Why: timingWhy + " For a MAC the attacker does not need to learn a stored secret: the leak tells them, for " +
				"a message of their choice, how much of their forged MAC is right, so they can build a valid signature " +
				"byte by byte and get any payload accepted. This is the classic webhook-validation bug (GitHub " +
				"X-Hub-Signature-256, Stripe-Signature, Slack X-Slack-Signature).",
			Fix: "Decode the received signature (hex.DecodeString, base64) and compare it with the computed MAC using " +
				"hmac.Equal(received, expected). hmac.Equal is constant-time for equal lengths and returns false for " +
				"different lengths.",
			CWE:  []string{"CWE-208", "CWE-347"},
			ASVS: []string{"11.2.4"},
			Links: []string{
				"https://pkg.go.dev/crypto/hmac#Equal",
				"https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries",
			},
		},
	)
}
