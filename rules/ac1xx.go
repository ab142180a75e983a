package rules

// AC1xx: password hashing and storage, produced by analyzers/pwhash.
//
// Each rule has one default severity, so where a threshold has two bands
// (far below the line → high, just below → medium) the bands are two IDs.
func init() {
	const (
		item   = "passwords.hashing"
		source = "pwhash"
		owasp  = "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html"
	)
	bcrypt72 := "bcrypt only reads the first 72 bytes of its input, and golang.org/x/crypto/bcrypt refuses longer input with ErrPasswordTooLong: " +
		"that conflicts with the checklist's \"allow long passphrases\", so a service that keeps bcrypt must cap or pre-hash long passwords deliberately."
	Register(
		Rule{
			ID: "AC101", Name: "fast-password-hash", Checklist: item, Severity: High, Source: source,
			Summary: "A password is hashed with a fast hash (MD5, SHA-1, SHA-2, SHA-3, BLAKE2 or plain HMAC).",
			Why: "Fast hashes are built to be cheap: a single GPU computes billions of SHA-256 or MD5 hashes per second, so a leaked table of fast password hashes " +
				"is cracked almost entirely with dictionaries and rules, salt or not. Password storage needs a deliberately slow, memory-hard function. " +
				"The rule follows the password through conversions, concatenation, local variables and helper functions (also across packages), " +
				"and fires only when the hashed value is classified as a password: by its name, by going also to bcrypt or another password KDF, " +
				"or by its digest being stored as a password hash (u.PasswordHash = …). SHA-256 of a random token or API key is correct and not reported. " +
				"A helper that reports its own password parameter is not reported again at its callers.",
			Fix: "Hash passwords with argon2id (golang.org/x/crypto/argon2.IDKey, m ≥ 19456 KiB, t ≥ 2, or another point of OWASP's line), " +
				"scrypt (N ≥ 2^17, r=8, p=1) or bcrypt (cost ≥ 12), with a random salt per password, and rehash existing fast hashes on next login. " +
				"Pre-hashing with SHA-256 right before bcrypt (to get past its 72-byte limit) is fine and not reported when both happen in the same function; " +
				"so is SHA-1 as the lookup key of a k-anonymity breached-password check (a short prefix is sent, the suffix compared).",
			CWE: []string{"CWE-916", "CWE-328"}, ASVS: []string{"11.4.2"}, Links: []string{owasp},
		},
		Rule{
			ID: "AC102", Name: "bcrypt-cost-too-low", Checklist: item, Severity: High, Source: source,
			Summary: "bcrypt is used with a cost below 10 (the checklist asks for 12 or more).",
			Why:     "Each step of bcrypt's cost halves an attacker's guessing rate; cost 4 (bcrypt.MinCost) is 256 times cheaper to crack than cost 12. " + bcrypt72,
			Fix: "Use bcrypt cost 12 or more (threshold: -bcrypt-min-cost), and raise it on login for existing hashes (bcrypt.Cost tells the stored cost). " +
				"For new systems prefer argon2id, which has no 72-byte limit.",
			CWE: []string{"CWE-916"}, ASVS: []string{"11.4.2"}, Links: []string{owasp},
		},
		Rule{
			ID: "AC103", Name: "bcrypt-cost-below-checklist", Checklist: item, Severity: Medium, Source: source,
			Summary: "bcrypt is used with cost 10 or 11, below the checklist's 12 (bcrypt.DefaultCost is 10).",
			Why: "bcrypt.DefaultCost is 10, a value chosen in 1999-era hardware terms; the checklist asks for 12. A cost below bcrypt.MinCost (4) is " +
				"silently replaced by DefaultCost, so cost 0 also lands here. The cost protects guessable passwords: bcrypt of a generated " +
				"client secret or API key (named as a secret, or read from crypto/rand) is not reported by AC102/AC103. " + bcrypt72,
			Fix: "Use cost 12 or more (threshold: -bcrypt-min-cost) and rehash on login when bcrypt.Cost of the stored hash is lower. " +
				"For new systems prefer argon2id, which has no 72-byte limit.",
			CWE: []string{"CWE-916"}, ASVS: []string{"11.4.2"}, Links: []string{owasp},
		},
		Rule{
			ID: "AC104", Name: "argon2i-instead-of-argon2id", Checklist: item, Severity: Low, Source: source,
			Summary: "argon2.Key (Argon2i) is used where argon2.IDKey (Argon2id) is meant.",
			Why: "Argon2i is the data-independent variant; it is weaker against GPU and time-memory trade-off attacks at the same cost. " +
				"RFC 9106 and OWASP recommend Argon2id for password hashing.",
			Fix: "Call argon2.IDKey, which has the same signature (the analyzer offers this as a suggested fix). The output changes: keep verifying " +
				"existing hashes with argon2.Key and rehash them with argon2.IDKey on the user's next successful login.",
			CWE: []string{"CWE-916"}, ASVS: []string{"11.4.2"}, Links: []string{owasp, "https://www.rfc-editor.org/rfc/rfc9106.html#section-4"},
		},
		Rule{
			ID: "AC105", Name: "argon2-memory-far-below-line", Checklist: item, Severity: High, Source: source,
			Summary: "Argon2 memory is below half of OWASP's minimum for its iteration count.",
			Why: "OWASP's equivalence line for Argon2id is m=47104 KiB t=1, m=19456 t=2, m=12288 t=3, m=9216 t=4, m=7168 t=5 (t ≥ 5 needs m ≥ 7168). " +
				"Memory is what makes Argon2 expensive on GPUs and ASICs; at less than half the line an attacker's cost per guess drops by more than half. " +
				"Parameters are resolved through constants, named constants, single-assignment variables, struct fields and argon2id.Params literals.",
			Fix: "Pick a point on or above the line, e.g. m=19456 KiB (19 MiB) with t=2, p=1 (threshold: -argon2-line, -argon2-weak-ratio). " +
				"argon2id.DefaultParams (m=64 MiB, t=1) is above the line, though its author marks it as development defaults with parallelism = number of CPUs. " +
				"Bound the number of concurrent hashes so memory stays predictable.",
			CWE: []string{"CWE-916"}, ASVS: []string{"11.4.2"}, Links: []string{owasp},
		},
		Rule{
			ID: "AC106", Name: "argon2-memory-below-line", Checklist: item, Severity: Medium, Source: source,
			Summary: "Argon2 memory/time is below OWASP's equivalence line (but at least half of it).",
			Why: "OWASP's equivalence line for Argon2id is m=47104 KiB t=1, m=19456 t=2, m=12288 t=3, m=9216 t=4, m=7168 t=5; the checklist's " +
				"\"m ≥ 19 MiB, t ≥ 2\" is one point of it. Below the line the hash is cheaper to attack than the checklist accepts.",
			Fix: "Raise memory to the line for the chosen t, or raise t (threshold: -argon2-line). argon2id.DefaultParams (m=64 MiB, t=1) is above the line.",
			CWE: []string{"CWE-916"}, ASVS: []string{"11.4.2"}, Links: []string{owasp},
		},
		Rule{
			ID: "AC107", Name: "scrypt-n-too-low", Checklist: item, Severity: High, Source: source,
			Summary: "scrypt is used with N below 2^15.",
			Why:     "scrypt's memory and time grow with N·r; OWASP asks for N ≥ 2^17 with r=8, p=1 (128 MiB). Below 2^15 the work factor is under a quarter of that.",
			Fix:     "Use scrypt.Key(password, salt, 1<<17, 8, 1, 32) or stronger (threshold: -scrypt-min-n, -scrypt-weak-n), or argon2id.",
			CWE:     []string{"CWE-916"}, ASVS: []string{"11.4.2"}, Links: []string{owasp},
		},
		Rule{
			ID: "AC108", Name: "scrypt-n-below-recommendation", Checklist: item, Severity: Medium, Source: source,
			Summary: "scrypt is used with 2^15 ≤ N < 2^17.",
			Why:     "OWASP's minimum for scrypt is N=2^17, r=8, p=1; N=2^15 or 2^16 is up to four times cheaper to attack.",
			Fix:     "Use N ≥ 2^17 with r=8, p=1 (threshold: -scrypt-min-n), or argon2id.",
			CWE:     []string{"CWE-916"}, ASVS: []string{"11.4.2"}, Links: []string{owasp},
		},
		Rule{
			ID: "AC109", Name: "pbkdf2-iterations-too-low", Checklist: item, Severity: High, Source: source,
			Summary: "PBKDF2 is used with fewer than a quarter of OWASP's minimum iterations for its hash.",
			Why: "PBKDF2 is not memory-hard, so its only defence is the iteration count. OWASP asks for 600 000 iterations with HMAC-SHA-256, " +
				"210 000 with HMAC-SHA-512 and 1 300 000 with HMAC-SHA-1; under a quarter of that (e.g. the once-common 10 000) is cracked cheaply on GPUs.",
			Fix: "Raise the iteration count to the line for the hash (thresholds: -pbkdf2-sha256-min-iter, -pbkdf2-sha512-min-iter, -pbkdf2-sha1-min-iter, " +
				"-pbkdf2-weak-ratio) and rehash on login, or move to argon2id. Both golang.org/x/crypto/pbkdf2.Key and Go 1.24's crypto/pbkdf2.Key are checked.",
			CWE: []string{"CWE-916"}, ASVS: []string{"11.4.2"}, Links: []string{owasp},
		},
		Rule{
			ID: "AC110", Name: "pbkdf2-iterations-below-line", Checklist: item, Severity: Medium, Source: source,
			Summary: "PBKDF2 is used with fewer iterations than OWASP's minimum for its hash.",
			Why: "OWASP's minimums are 600 000 iterations for HMAC-SHA-256, 210 000 for HMAC-SHA-512 and 1 300 000 for HMAC-SHA-1. " +
				"An unresolved hash function is held to the lowest of these lines.",
			Fix: "Raise the iteration count to the line for the hash and rehash on login, or move to argon2id.",
			CWE: []string{"CWE-916"}, ASVS: []string{"11.4.2"}, Links: []string{owasp},
		},
	)
}
