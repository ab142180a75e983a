package rules

// AP4xx: CORS and CSRF, checked live by probes/httpcheck (cors, csrf).
func init() {
	corsLinks := []string{
		"https://portswigger.net/web-security/cors",
		"https://cheatsheetseries.owasp.org/cheatsheets/HTML5_Security_Cheat_Sheet.html#cross-origin-resource-sharing",
	}
	Register(
		Rule{
			ID:        "AP401",
			Name:      "cors-reflects-origin-with-credentials",
			Checklist: "csrf.cors-allowlist",
			Severity:  High,
			Source:    "cors",
			Summary:   "A hostile Origin is echoed in Access-Control-Allow-Origin together with Access-Control-Allow-Credentials: true.",
			Why:       "Any site the victim visits can then read the authenticated endpoint's answers with the victim's cookies: account data, CSRF tokens, API keys. Reflecting arbitrary origins (or `null`, or prefix/suffix matches on the host name) defeats the same-origin policy.",
			Fix:       "Compare the Origin header against an exact allowlist of full origins (scheme, host, port) and answer only those; never derive the allowed origin by substring or regular-expression matches, and never allow `null`.",
			CWE:       []string{"CWE-942", "CWE-346"},
			ASVS:      []string{"3.4.2"},
			Links:     corsLinks,
		},
		Rule{
			ID:        "AP402",
			Name:      "cors-wildcard-authenticated",
			Checklist: "csrf.cors-allowlist",
			Severity:  Medium,
			Source:    "cors",
			Summary:   "An authenticated endpoint answers Access-Control-Allow-Origin: *.",
			Why:       "Browsers refuse `*` together with credentials, so cookies are safe, but any site can read whatever the endpoint returns to bearer-token or IP-based callers (intranet services), and the configuration is one step away from reflecting origins to make credentials work.",
			Fix:       "Use an allowlist of origins on authenticated endpoints; keep `*` for public, unauthenticated resources only.",
			CWE:       []string{"CWE-942"},
			ASVS:      []string{"3.4.2"},
			Links:     corsLinks,
		},
		Rule{
			ID:        "AP403",
			Name:      "cors-missing-vary-origin",
			Checklist: "csrf.cors-allowlist",
			Severity:  Low,
			Source:    "cors",
			Summary:   "The Origin is echoed in Access-Control-Allow-Origin without Vary: Origin.",
			Why:       "A shared cache may store the answer made for one origin and serve it to another (cache poisoning of CORS decisions).",
			Fix:       "Add `Vary: Origin` to every response whose CORS headers depend on the request's Origin.",
			CWE:       []string{"CWE-942", "CWE-524"},
			Links:     []string{"https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches"},
		},
		Rule{
			ID:        "AP404",
			Name:      "csrf-cross-site-accepted",
			Checklist: "csrf.protection",
			Severity:  High,
			Source:    "csrf",
			Summary:   "A cross-site state-changing request with a valid session cookie is accepted.",
			Why:       "Any page the user visits can make the browser send that request with the user's cookie (CSRF), unless the cookie is SameSite=Strict or the server refuses cross-site requests.",
			Fix:       "Wrap state-changing handlers in http.CrossOriginProtection (Go 1.25+) or check Sec-Fetch-Site / Origin yourself, or use CSRF tokens; and set SameSite=Strict on the session cookie.",
			CWE:       []string{"CWE-352"},
			ASVS:      []string{"3.5.1", "3.5.2"},
			Links:     []string{"https://pkg.go.dev/net/http#CrossOriginProtection", "https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html"},
		},
	)
}
