package rules

// AP9xx: the password policy as the registration endpoint applies it,
// checked live by probes/lifecycle (password-policy).
func init() {
	policyLinks := []string{
		"https://pages.nist.gov/800-63-4/sp800-63b.html#passwordver",
		"https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#implement-proper-password-strength-controls",
	}
	Register(
		Rule{
			ID:        "AP901",
			Name:      "short-password-accepted",
			Checklist: "passwords.length",
			Severity:  Medium,
			Source:    "password-policy",
			Summary:   "Registration accepts a password shorter than 8 characters.",
			Why:       "Short passwords fall to online guessing and to offline cracking of a leaked hash within hours, whatever their composition.",
			Fix:       "Refuse passwords under 8 characters (15 where it is the only factor, per NIST SP 800-63B).",
			CWE:       []string{"CWE-521"},
			ASVS:      []string{"6.2.1"},
			Links:     policyLinks,
		},
		Rule{
			ID:        "AP902",
			Name:      "passphrase-refused",
			Checklist: "passwords.length",
			Severity:  Medium,
			Source:    "password-policy",
			Summary:   "Registration refuses a long passphrase (64+ characters, lower-case words and spaces, no digits or symbols).",
			Why:       "Long passphrases are the strongest passwords people can remember; maximum lengths under 64 or composition rules push users to short, predictable patterns.",
			Fix:       "Accept at least 64 characters (spaces and any Unicode included) and drop composition rules; check length and breached lists instead.",
			CWE:       []string{"CWE-521"},
			ASVS:      []string{"6.2.5", "6.2.9"},
			Links:     policyLinks,
		},
		Rule{
			ID:        "AP903",
			Name:      "password-truncated",
			Checklist: "passwords.length",
			Severity:  Medium,
			Source:    "password-policy",
			Summary:   "A long passphrase is truncated: logging in with only its first 72 bytes succeeds.",
			Why:       "bcrypt silently ignores everything past 72 bytes; the user believes the whole passphrase protects the account while only a prefix does.",
			Fix:       "Hash with argon2id (no length limit), or pre-hash long inputs before bcrypt (e.g. HMAC-SHA-256, base64) or refuse passwords over 72 bytes with a clear message.",
			CWE:       []string{"CWE-521"},
			ASVS:      []string{"6.2.8"},
			Links:     []string{"https://pkg.go.dev/golang.org/x/crypto/bcrypt#GenerateFromPassword"},
		},
		Rule{
			ID:        "AP904",
			Name:      "breached-password-accepted",
			Checklist: "passwords.breached",
			Severity:  Medium,
			Source:    "password-policy",
			Summary:   "Registration accepts a password from public breach corpora (password123, P@ssw0rd).",
			Why:       "Credential stuffing and spraying try exactly these passwords first; any account using one falls in the first minutes of an attack.",
			Fix:       "Check new passwords against a breached-password corpus (e.g. a k-anonymity range lookup against Pwned Passwords, or an offline copy) at registration, change and reset.",
			CWE:       []string{"CWE-521"},
			ASVS:      []string{"6.2.4", "6.2.12"},
			Links:     append([]string{"https://haveibeenpwned.com/API/v3#PwnedPasswords"}, policyLinks...),
		},
	)
}
