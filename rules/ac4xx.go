package rules

// AC4xx: credentials in URLs (analyzer urlcreds, checklist item
// tokens.not-in-urls).
func init() {
	links := []string{
		"https://owasp.org/www-community/vulnerabilities/Information_exposure_through_query_strings_in_url",
		"https://www.rfc-editor.org/rfc/rfc6750#section-5.3",
		"https://www.rfc-editor.org/rfc/rfc9700",
	}
	Register(
		Rule{
			ID:        "AC401",
			Name:      "credential-in-url",
			Checklist: "tokens.not-in-urls",
			Severity:  High,
			Source:    "urlcreds",
			Summary:   "A credential (access token, API key, password, session ID, client secret) is placed into a URL query string, fragment or redirect URL.",
			Why: "URLs are not secret. They are written to web server, load balancer and proxy access logs, kept in browser history and bookmarks, " +
				"shown in monitoring and analytics tools, and sent to other sites in the Referer header. A credential in a URL is readable by " +
				"everyone with access to any of these, long after the request, and an attacker who finds it can use it as is. " +
				"Reported for url.Values.Set/Add or url.Values literals with a credential key whose Encode() reaches URL.RawQuery, a URL string, " +
				"http.NewRequest, http.Get or http.Redirect, and for strings built as base+\"?token=\"+tok or fmt.Sprintf(\"%s?api_key=%s\", …). " +
				"Encoding the same url.Values into a request body (http.PostForm, strings.NewReader(v.Encode())) is fine.",
			Fix: "Send access tokens in the Authorization header (Authorization: Bearer …), API keys in a request header, passwords, refresh " +
				"tokens and client secrets in the body of a POST, and keep session IDs in an HttpOnly, Secure cookie. If a third-party API " +
				"only accepts a key in the query, keep the key scoped and rotatable and make sure the URL is never logged (log URL.Redacted " +
				"or the path only).",
			CWE:   []string{"CWE-598"},
			ASVS:  []string{"14.2.1"},
			Links: links,
		},
		Rule{
			ID:        "AC402",
			Name:      "credential-from-url-query",
			Checklist: "tokens.not-in-urls",
			Severity:  High,
			Source:    "urlcreds",
			Summary:   "A request handler accepts a credential from the URL query string.",
			Why: "A handler that reads a token, API key, password or session ID from the query string invites clients to put it in URLs, " +
				"where access logs, browser history and Referer headers expose it. r.FormValue and r.Form read the query string as well as " +
				"the body, so a login form read with FormValue also accepts ?password=… . Reported for r.URL.Query().Get/[…], " +
				"url.ParseQuery(r.URL.RawQuery), r.FormValue, r.Form, gin's c.Query and echo's c.QueryParam / c.FormValue with a credential key.",
			Fix: "Accept credentials only from the Authorization header, a request header, the session cookie or the request body: " +
				"r.PostFormValue instead of r.FormValue and r.PostForm instead of r.Form (a suggested fix does this). WebSocket handshakes " +
				"cannot carry an Authorization header from a browser: authenticate them with the session cookie (and check Origin) or with " +
				"a single-use ticket that expires within seconds.",
			CWE:   []string{"CWE-598"},
			ASVS:  []string{"14.2.1"},
			Links: links,
		},
		Rule{
			ID:        "AC403",
			Name:      "one-time-link-token-in-url",
			Checklist: "tokens.not-in-urls",
			Severity:  Info,
			Source:    "urlcreds",
			Summary:   "A one-time link (password reset, e-mail verification, magic link, invitation) carries its token in the URL.",
			Why: "Links sent by e-mail have nowhere else to put the token, so this is accepted practice, but the URL is still logged and " +
				"can leak through Referer to third-party resources on the landing page. It is reported as information so that the " +
				"conditions that make it safe are checked. The analyzer recognises such links by the parameter name, the name of the " +
				"value, the enclosing function or route, and the URL path; the urlcreds flag -one-time-links=flag reports them as " +
				"AC401/AC402 instead, -one-time-links=ignore not at all.",
			Fix: "Make the token single-use, expire it within 15 minutes, store only its hash (SHA-256 of a random token), and invalidate " +
				"it when used or when the password changes. Send Referrer-Policy: no-referrer on the landing page, load no third-party " +
				"resources there, keep the URL out of logs, and exchange the token for a session or a form field on first use.",
			CWE:  []string{"CWE-598", "CWE-640"},
			ASVS: []string{"14.2.1"},
			Links: []string{
				"https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html",
				"https://owasp.org/www-community/vulnerabilities/Information_exposure_through_query_strings_in_url",
			},
		},
		// AC402 has one default severity (high); the two cases below have
		// different ones, so they are their own rules.
		Rule{
			ID:        "AC404",
			Name:      "credential-from-form-in-post-handler",
			Checklist: "tokens.not-in-urls",
			Severity:  Low,
			Source:    "urlcreds",
			Summary:   "A handler that only accepts POST reads a credential with FormValue or Request.Form, which also accept it from the URL query.",
			Why: "The handler's clients send the credential in the body, so the common path is safe. But r.FormValue and r.Form merge the URL " +
				"query into the form: a POST to /login?password=… is accepted as well, so a client (or a phishing link that auto-submits a form) " +
				"can put the credential in a URL, where access logs, proxies and Referer headers keep it. The handler is known to be POST-only " +
				"from its route (mux.HandleFunc(\"POST /login\", …), r.Post, router.POST, .Methods(\"POST\")) or from a method check in its body; " +
				"where GET reaches the read, AC402 (high) is reported instead.",
			Fix: "Read the body only: r.PostFormValue instead of r.FormValue and r.PostForm instead of r.Form (a suggested fix does this); " +
				"echo's c.FormValue reads the query too, use c.Request().PostFormValue.",
			CWE:   []string{"CWE-598"},
			ASVS:  []string{"14.2.1"},
			Links: links,
		},
		Rule{
			ID:        "AC405",
			Name:      "logout-csrf-token-in-url",
			Checklist: "tokens.not-in-urls",
			Severity:  Info,
			Source:    "urlcreds",
			Summary:   "A logout link carries its anti-CSRF token in the URL.",
			Why: "A logout token only proves that the request came from the application's own page, so that a third-party page cannot log the user " +
				"out; it grants no access. Putting it in the logout link's URL is common (a GET link is the simplest logout button) and exposes " +
				"little: whoever reads it from a log can only end that session. It is reported as information so that the token is checked to be " +
				"bound to the session and useless for anything else.",
			Fix: "Bind the logout token to the session and accept it only for logout; prefer a POST form with the token in the body, and send " +
				"Referrer-Policy: no-referrer on pages that show the link.",
			CWE:   []string{"CWE-598", "CWE-352"},
			ASVS:  []string{"14.2.1"},
			Links: links,
		},
	)
}
