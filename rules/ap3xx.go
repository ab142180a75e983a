package rules

// AP3xx: the session cookie's attributes and session IDs in URLs, checked
// live by probes/httpcheck (session-cookie).
func init() {
	cookieLinks := []string{
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#cookies",
		"https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies#security",
	}
	Register(
		Rule{
			ID:        "AP301",
			Name:      "session-cookie-not-httponly",
			Checklist: "sessions.cookie-flags",
			Severity:  High,
			Source:    "session-cookie",
			Summary:   "The session cookie lacks HttpOnly.",
			Why:       "Any script on the page, including injected script (XSS), can read the cookie and replay the session from elsewhere.",
			Fix:       "Set HttpOnly on the session cookie (http.Cookie{HttpOnly: true}).",
			CWE:       []string{"CWE-1004"},
			ASVS:      []string{"3.3.4"},
			Links:     cookieLinks,
		},
		Rule{
			ID:        "AP302",
			Name:      "session-cookie-not-secure",
			Checklist: "sessions.cookie-flags",
			Severity:  High,
			Source:    "session-cookie",
			Summary:   "The session cookie lacks Secure.",
			Why:       "The browser also sends the cookie over plain HTTP, where anyone on the network path can read it.",
			Fix:       "Set Secure on the session cookie (http.Cookie{Secure: true}); better, name it with the __Host- prefix, which requires Secure.",
			CWE:       []string{"CWE-614"},
			ASVS:      []string{"3.3.1"},
			Links:     cookieLinks,
		},
		Rule{
			ID:        "AP303",
			Name:      "session-cookie-samesite",
			Checklist: "sessions.cookie-flags",
			Severity:  Medium,
			Source:    "session-cookie",
			Summary:   "The session cookie is not SameSite=Strict (Lax is a warning; None, missing or invalid fail).",
			Why:       "With SameSite=None or no attribute (several browsers still default to sending it) the cookie rides along on cross-site requests, which is what CSRF needs. Lax still sends it on top-level cross-site GET navigations.",
			Fix:       "Set SameSite=Strict on the session cookie (http.SameSiteStrictMode); if cross-site links must land logged in, keep Lax and protect every state change by Origin/Sec-Fetch-Site checks or tokens.",
			CWE:       []string{"CWE-1275"},
			ASVS:      []string{"3.3.2"},
			Links:     append([]string{"https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-8.8"}, cookieLinks...),
		},
		Rule{
			ID:        "AP304",
			Name:      "session-cookie-host-prefix",
			Checklist: "sessions.cookie-prefix",
			Severity:  Low,
			Source:    "session-cookie",
			Summary:   "The session cookie does not use the __Host- prefix (best practice) or uses it with attributes browsers reject.",
			Why:       "A __Host- cookie must be Secure, have Path=/ and no Domain; browsers enforce that, so no subdomain or plain-HTTP page can set or shadow it (session fixation, cookie tossing).",
			Fix:       "Name the session cookie __Host-<name> and set it with Secure, Path=/ and no Domain.",
			CWE:       []string{"CWE-1275"},
			ASVS:      []string{"3.3.3"},
			Links:     []string{"https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Set-Cookie#cookie_prefixes"},
		},
		Rule{
			ID:        "AP305",
			Name:      "session-id-in-url",
			Checklist: "tokens.not-in-urls",
			Severity:  High,
			Source:    "session-cookie",
			Summary:   "A session ID appears in a URL (a redirect's Location, a link, a path parameter such as ;jsessionid=).",
			Why:       "URLs end up in server and proxy logs, browser history and the Referer header sent to other sites; a session ID there can be replayed by whoever reads them.",
			Fix:       "Carry the session only in a cookie (or an Authorization header); disable URL rewriting (e.g. Tomcat's tracking-mode URL) and never put the ID in redirect targets.",
			CWE:       []string{"CWE-598"},
			ASVS:      []string{"14.2.1"},
			Links:     []string{"https://owasp.org/www-community/vulnerabilities/Information_exposure_through_query_strings_in_url"},
		},
	)
}
