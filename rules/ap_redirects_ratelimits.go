package rules

// Issue 14 §2 and §5: open redirects on auth endpoints (AP214, in the HSTS
// and redirects range), reset links built from the request's Host headers
// (AP751, the reset-link block of AP7xx), and rate limits under real attack
// shapes (AP506–AP509). All are checked live by probes/lifecycle
// (open-redirect, reset-link-origin, rate-limit-shapes).
func init() {
	limitLinks := []string{
		"https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#login-throttling",
		"https://www.rfc-editor.org/rfc/rfc6585#section-4",
	}
	Register(
		Rule{
			ID:        "AP214",
			Name:      "open-redirect",
			Checklist: "accounts.redirect-allowlist",
			Severity:  Medium,
			Source:    "open-redirect",
			Summary:   "A login, logout or callback endpoint redirects to another site named in its redirect parameter (next, returnTo, redirect_uri).",
			Why:       "A link on the real domain that lands on the attacker's page is the phishing page users trust most: they just logged in (or out) on the genuine site. On OAuth callbacks the same flaw hands authorization codes and tokens to the attacker's host.",
			Fix:       "Accept only a path on the same site: it must start with a single `/`, not `//` or `/\\`, contain no scheme, backslash or control character, and be re-checked after decoding; anything else goes to a fixed default page. For cross-site targets (OAuth redirect_uri) compare against an exact allowlist.",
			CWE:       []string{"CWE-601"},
			ASVS:      []string{"3.7.2"},
			Links: []string{
				"https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html",
				"https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/11-Client-side_Testing/04-Testing_for_Client-side_URL_Redirect",
				"https://url.spec.whatwg.org/#concept-basic-url-parser",
			},
		},
		Rule{
			ID:        "AP751",
			Name:      "reset-link-poisoning",
			Checklist: "reset.link-origin",
			Severity:  High,
			Source:    "reset-link-origin",
			Summary:   "The password-reset mail links to the host the request named (Host, X-Forwarded-Host or Forwarded: host=) instead of the service's own origin.",
			Why:       "An attacker requests a reset for the victim's address with `Host: attacker.example`; the genuine mail then carries a link to the attacker's server, and the victim's click hands over the reset token (password-reset poisoning). Caches and proxies that pass these headers through make it work even behind a load balancer.",
			Fix:       "Build links in mail from a configured public base URL, never from request headers; if the host must come from the request, check it against an allowlist of the service's names and trust forwarded headers only from your own proxies.",
			CWE:       []string{"CWE-640", "CWE-644"},
			Links: []string{
				"https://portswigger.net/web-security/host-header/exploiting/password-reset-poisoning",
				"https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/17-Testing_for_Host_Header_Injection",
				"https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html",
			},
		},
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
