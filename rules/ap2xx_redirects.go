package rules

// AP214: open redirects on login, logout and callback endpoints (issue 14
// §2), checked live by probes/lifecycle (open-redirect): the HSTS and
// redirects range, AP201–AP213 being HSTS, the plain-HTTP redirect and
// headers on auth pages.
func init() {
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
	)
}
