package rules

// AP506–AP509: rate limits under real attack shapes (issue 14 §5):
// concurrent bursts, IPv6 /64s, reset requests per client, successful
// logins behind one address. Checked live by probes/lifecycle
// (rate-limit-shapes), which runs last with the rate-limits probe.
func init() {
	limitLinks := []string{
		"https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#login-throttling",
		"https://www.rfc-editor.org/rfc/rfc6585#section-4",
	}
	Register(
		Rule{
			ID:        "AP506",
			Name:      "login-limit-race",
			Checklist: "ratelimit.login",
			Severity:  High,
			Source:    "rate-limit-shapes",
			Summary:   "A burst of concurrent failed logins (4 × the documented limit, sent at once) gets more attempts judged than the limit allows: the limiter checks and counts in separate steps.",
			Why:       "Attackers send guesses in parallel, not one after another. A limiter that reads the counter, verifies the password and only then increments lets every request that arrives during the hash through, multiplying the budget (Zitadel GHSA-7h8m-vrxx-vr4m: lockout bypassed by a race).",
			Fix:       "Reserve the attempt atomically before verifying the password (an atomic increment, INCR in Redis, `UPDATE … SET n = n + 1 … RETURNING n`), and refuse when the reserved number is past the limit.",
			CWE:       []string{"CWE-307", "CWE-362"},
			ASVS:      []string{"6.3.1"},
			Links:     append([]string{"https://github.com/zitadel/zitadel/security/advisories/GHSA-7h8m-vrxx-vr4m"}, limitLinks...),
		},
		Rule{
			ID:        "AP507",
			Name:      "login-limit-per-ipv6-address",
			Checklist: "ratelimit.login",
			Severity:  Medium,
			Source:    "rate-limit-shapes",
			Summary:   "Failed logins from different addresses of one IPv6 /64 are counted separately: each address gets its own per-IP budget.",
			Why:       "One subscriber gets at least a /64 (RFC 6177), 2^64 addresses; a limit keyed on the full IPv6 address gives one attacker practically unlimited attempts.",
			Fix:       "Key per-IP limits on the /64 for IPv6 (and on the address for IPv4), after taking the client address from a proxy header only when the proxy is trusted.",
			CWE:       []string{"CWE-307"},
			ASVS:      []string{"6.3.1"},
			Links:     append([]string{"https://www.rfc-editor.org/rfc/rfc6177"}, limitLinks...),
		},
		Rule{
			ID:        "AP508",
			Name:      "reset-not-rate-limited-per-ip",
			Checklist: "ratelimit.reset",
			Severity:  Medium,
			Source:    "rate-limit-shapes",
			Summary:   "Reset requests for many different addresses from one client are not throttled (profile limits.resetPerIP, default 10).",
			Why:       "A per-address limit does not stop one client from sending reset mail to every address it knows: mail bombing, a burnt sender reputation, and an oracle where the answer or its timing differs for known addresses.",
			Fix:       "Limit reset requests per client address (per /64 for IPv6) as well as per target address, answering 429 with Retry-After past the limit, the same for known and unknown addresses.",
			CWE:       []string{"CWE-799", "CWE-770"},
			ASVS:      []string{"2.4.1"},
			Links:     append([]string{"https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html"}, limitLinks...),
		},
		Rule{
			ID:        "AP509",
			Name:      "successful-logins-spend-ip-budget",
			Checklist: "ratelimit.login",
			Severity:  Info,
			Source:    "rate-limit-shapes",
			Summary:   "Successful logins from one client address use up its per-IP login budget: users behind one NAT or proxy lock each other out.",
			Why:       "Offices, schools and mobile carriers put many users behind one address. If correct logins count against the per-IP limit, the sixth colleague to log in is throttled though nobody guessed anything.",
			Fix:       "Count failed attempts per IP (or reset the client's count on success); throttle guessing, not logging in.",
			CWE:       []string{"CWE-307", "CWE-400"},
			ASVS:      []string{"6.3.1"},
			Links:     limitLinks,
		},
	)
}
