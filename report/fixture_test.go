package report_test

import (
	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

// Test rules use IDs outside the AC/AP namespace so that they can never
// collide with the real catalogue, which grows while this package does not.
func init() {
	rules.Register(
		rules.Rule{
			ID: "TC101", Name: "fast-password-hash", Checklist: "passwords.hashing", Severity: rules.High,
			Source: "test", Summary: "A password is hashed with a fast hash.",
			Why: "Fast hashes let an attacker who steals the table test billions of guesses per second.",
			Fix: "Use argon2id (argon2.IDKey) at or above OWASP's parameters.",
			CWE: []string{"CWE-916"}, ASVS: []string{"11.4.2"},
			Links: []string{"https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html"},
		},
		rules.Rule{
			ID: "TC201", Name: "non-constant-time-compare", Checklist: "tokens.constant-time-compare", Severity: rules.Medium,
			Source: "test", Summary: "A secret is compared in variable time.",
			Why: "Early-exit comparison leaks how many leading bytes matched.",
			Fix: "Use subtle.ConstantTimeCompare or hmac.Equal.",
		},
		rules.Rule{
			ID: "TP201", Name: "hsts-max-age", Checklist: "transport.hsts", Severity: rules.Medium,
			Source: "test", Summary: "HSTS max-age is too short.",
			Why: "A short max-age leaves users open to SSL stripping once it lapses.",
			Fix: "Send Strict-Transport-Security: max-age=31536000; includeSubDomains.",
			CWE: []string{"CWE-319"},
		},
		rules.Rule{
			ID: "TP101", Name: "tls-legacy-versions", Checklist: "transport.tls-versions", Severity: rules.High,
			Source: "test", Summary: "TLS 1.0 or 1.1 is accepted.",
			Why: "Legacy TLS versions have known weaknesses.", Fix: "Set tls.Config.MinVersion to tls.VersionTLS12.",
		},
		rules.Rule{
			ID: "TP501", Name: "login-rate-limit", Checklist: "ratelimit.login", Severity: rules.Medium,
			Source: "test", Summary: "Login is not rate limited.",
			Why: "Unlimited attempts allow online guessing.", Fix: "Limit login attempts per IP and per account.",
		},
		rules.Rule{
			ID: "TP601", Name: "default-deny", Checklist: "authorization.default-deny", Severity: rules.High,
			Source: "test", Summary: "An unknown route answers 200.",
			Why: "Routes must be denied unless allowed.", Fix: "Return 404 for unknown routes.",
		},
	)
}

// sampleReport has every shape the renderers must handle, deliberately out
// of order: findings across files, a suppressed one, a path with a space,
// a fix, hostile text, and checks in every status.
func sampleReport() *report.Report {
	r := &report.Report{
		Tool: report.Tool{Name: "authcheck", Version: "0.1.0"},
		Findings: []report.Finding{
			{Rule: "TC201", Checklist: "tokens.constant-time-compare", Severity: rules.Medium,
				Message: "token compared with ==; use subtle.ConstantTimeCompare",
				File:    "internal/auth/token.go", Line: 17, Column: 5, EndLine: 17, EndColumn: 24, Fingerprint: "aaaa000000000002:1"},
			{Rule: "TC101", Checklist: "passwords.hashing", Severity: rules.High,
				Message: "password hashed with sha256.Sum256; use argon2id",
				File:    "internal/user/store.go", Line: 42, Column: 9, EndLine: 42, EndColumn: 31, Fingerprint: "aaaa000000000001:1",
				Fixes: []report.Fix{{Message: "hash with argon2id", Edits: []report.Edit{{File: "internal/user/store.go", Start: 1200, End: 1222, New: "argon2.IDKey(pw, salt, 2, 19*1024, 1, 32)"}}}}},
			{Rule: "TC201", Checklist: "tokens.constant-time-compare", Severity: rules.Medium,
				Message: "etag compared with ==", File: "internal/auth/etag.go", Line: 8, Column: 5, EndLine: 8, EndColumn: 20,
				Fingerprint: "aaaa000000000003:1", Suppressed: true, Justification: "value is a public ETag, not a secret"},
			{Rule: "TC201", Checklist: "tokens.constant-time-compare", Severity: rules.Medium,
				Message: "hmac | compared with == <script>alert(1)</script>", File: "cmd/my tool/main.go", Line: 3, Column: 2,
				EndLine: 3, EndColumn: 10, Fingerprint: "aaaa000000000004:1"},
		},
		Checks: []report.Check{
			{Rule: "TP201", Checklist: "transport.hsts", Status: report.StatusFail, Severity: rules.Medium,
				Target: "https://127.0.0.1:8443/", Message: "HSTS max-age 300 is below 31536000",
				Evidence: map[string]string{"header": "max-age=300"}},
			{Rule: "TP101", Checklist: "transport.tls-versions", Status: report.StatusPass, Severity: rules.High,
				Target: "https://127.0.0.1:8443/", Message: "TLS 1.0 and 1.1 refused"},
			{Rule: "TP601", Checklist: "authorization.default-deny", Status: report.StatusWarn, Severity: rules.High,
				Target: "https://127.0.0.1:8443/nope", Message: "unknown route answers 302 to the login page"},
			{Rule: "TP501", Checklist: "ratelimit.login", Status: report.StatusSkip, Severity: rules.Medium,
				Target: "https://127.0.0.1:8443/login", Message: "no profile: the login endpoint is unknown"},
			{Rule: "TP101", Checklist: "transport.tls-versions", Status: report.StatusError, Severity: rules.High,
				Target: "https://127.0.0.1:9999/", Message: "connection refused"},
		},
		Checklist: []report.ChecklistEntry{
			{ID: "transport.hsts", Status: report.VerdictFail, VerifiedBy: []string{"TP201"}},
			{ID: "passwords.hashing", Status: report.VerdictFail, VerifiedBy: []string{"TC101"}},
			{ID: "passwords.rehash", Status: report.VerdictManual, Note: "reviewer: check the login path"},
			{ID: "accounts.mfa", Status: report.VerdictNotVerified, VerifiedBy: []string{}},
		},
	}
	r.Summarize()
	return r
}
