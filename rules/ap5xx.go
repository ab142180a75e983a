package rules

// AP5xx: rate limiting, checked live by probes/httpcheck (rate-limits).
// These probes burn the target's budget and run last, against accounts the
// profile marks burnable.
func init() {
	limitLinks := []string{
		"https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#login-throttling",
		"https://www.rfc-editor.org/rfc/rfc9110#field.retry-after",
	}
	Register(
		Rule{
			ID:        "AP501",
			Name:      "login-not-rate-limited-per-ip",
			Checklist: "ratelimit.login",
			Severity:  High,
			Source:    "rate-limits",
			Summary:   "Failed logins from one client IP are not throttled by the documented limit (checklist: 5 per 15 minutes).",
			Why:       "Without a per-IP limit one machine can guess passwords (credential stuffing, spraying) as fast as the server answers.",
			Fix:       "Count failed logins per client IP in a sliding window and answer 429 with Retry-After once the limit is reached (store the counters where every replica sees them).",
			CWE:       []string{"CWE-307"},
			ASVS:      []string{"6.3.1"},
			Links:     limitLinks,
		},
		Rule{
			ID:        "AP502",
			Name:      "login-not-rate-limited-per-account",
			Checklist: "ratelimit.login",
			Severity:  High,
			Source:    "rate-limits",
			Summary:   "Failed logins against one account from many IPs are not throttled (checklist: 10 per hour per account).",
			Why:       "Botnets spread guesses over many addresses; only a per-account limit stops a distributed attack on one user.",
			Fix:       "Also count failures per account name and throttle (progressively, without a hard lockout an attacker could trigger) once the limit is reached.",
			CWE:       []string{"CWE-307"},
			ASVS:      []string{"6.3.1"},
			Links:     limitLinks,
		},
		Rule{
			ID:        "AP503",
			Name:      "reset-not-rate-limited",
			Checklist: "ratelimit.reset",
			Severity:  Medium,
			Source:    "rate-limits",
			Summary:   "Password-reset requests for one address are not throttled (checklist: 3 per hour).",
			Why:       "Unlimited reset requests let anyone flood a user's mailbox, burn the mail sender's reputation and brute-force short reset codes.",
			Fix:       "Limit reset requests per address (and per IP), answering 429 with Retry-After past the limit, the same way for known and unknown addresses.",
			CWE:       []string{"CWE-307", "CWE-799"},
			ASVS:      []string{"2.4.1"},
			Links:     limitLinks,
		},
		Rule{
			ID:        "AP504",
			Name:      "throttled-without-429",
			Checklist: "ratelimit.response",
			Severity:  Low,
			Source:    "rate-limits",
			Summary:   "Throttled requests get a 503, a timeout or a dropped connection instead of 429 Too Many Requests.",
			Why:       "Clients, proxies and monitoring cannot tell throttling from an outage: well-behaved clients retry at once, alerts fire for the wrong reason, and users see an error instead of \"try again later\".",
			Fix:       "Answer throttled requests with 429 and a Retry-After header (RFC 6585 §4, RFC 9110 §10.2.3).",
			CWE:       []string{"CWE-799"},
			Links:     []string{"https://www.rfc-editor.org/rfc/rfc6585#section-4"},
		},
		Rule{
			ID:        "AP505",
			Name:      "retry-after-missing",
			Checklist: "ratelimit.response",
			Severity:  Low,
			Source:    "rate-limits",
			Summary:   "A 429 answer has no Retry-After header, or one that is not a sane delay (delta-seconds or HTTP-date, 1 s to 1 day).",
			Why:       "Without a usable Retry-After clients guess when to come back, usually too early, which keeps them throttled and the server busy.",
			Fix:       "Send `Retry-After: <seconds until the window frees a slot>` with every 429; optionally the IETF RateLimit and RateLimit-Policy headers.",
			CWE:       []string{"CWE-799"},
			Links:     []string{"https://www.rfc-editor.org/rfc/rfc9110#field.retry-after", "https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/"},
		},
	)
}
