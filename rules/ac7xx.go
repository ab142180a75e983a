package rules

// AC7xx: CORS and CSRF in code (analyzer cors, checklist items
// csrf.cors-allowlist and csrf.protection).
func init() {
	corsLinks := []string{
		"https://portswigger.net/web-security/cors",
		"https://cheatsheetseries.owasp.org/cheatsheets/HTML5_Security_Cheat_Sheet.html#cross-origin-resource-sharing",
		"https://fetch.spec.whatwg.org/#http-cors-protocol",
	}
	// Every import path whose use gives the CORS rules something to check.
	// Handwritten middleware needs only net/http (or a framework).
	corsAPIs := []string{
		"net/http",
		"github.com/rs/cors",
		"github.com/go-chi/cors",
		"github.com/gorilla/handlers",
		"github.com/gin-contrib/cors",
		"github.com/gin-gonic/gin",
		"github.com/labstack/echo/v4",
		"github.com/labstack/echo/v4/middleware",
	}
	originFix := "Compare the Origin header with an exact allowlist of full origins (scheme, host and port), for example a " +
		"map[string]bool or slices.Contains, and answer Access-Control-Allow-Origin only for those, with Vary: Origin. With rs/cors, " +
		"go-chi/cors, gin-contrib/cors, echo and gorilla/handlers, list the origins in AllowedOrigins/AllowOrigins instead of " +
		"writing a callback; if a callback is needed, make it look the origin up in such an allowlist."
	Register(
		Rule{
			ID:        "AC701",
			Name:      "cors-any-origin-with-credentials",
			Checklist: "csrf.cors-allowlist",
			Severity:  High,
			Source:    "cors",
			Summary:   "Any origin is allowed (the Origin header is echoed without an allowlist check) together with Access-Control-Allow-Credentials: true.",
			Why: "With credentials allowed, the browser sends the user's cookies with a cross-site request and lets the requesting page read the " +
				"answer if Access-Control-Allow-Origin names its origin. Echoing whatever Origin arrives therefore lets every site the user " +
				"visits read their account data, CSRF tokens and API keys, and act as them. Reported for handwritten middleware that copies " +
				"the Origin header into Access-Control-Allow-Origin unguarded, origin callbacks that return true unconditionally (rs/cors " +
				"AllowOriginFunc, AllowOriginRequestFunc, AllowOriginVaryRequestFunc; go-chi/cors and gin-contrib/cors AllowOriginFunc; " +
				"gin-contrib AllowOriginWithContextFunc; gorilla/handlers AllowedOriginValidator; echo AllowOriginFunc), patterns such as " +
				"\"https://*\", and echo's UnsafeWildcardOriginWithAllowCredentials.",
			Fix:   originFix,
			CWE:   []string{"CWE-942", "CWE-346"},
			ASVS:  []string{"3.4.2"},
			Links: corsLinks,
			APIs:  corsAPIs,
		},
		Rule{
			ID:        "AC702",
			Name:      "cors-any-origin",
			Checklist: "csrf.cors-allowlist",
			Severity:  Info,
			Source:    "cors",
			Summary:   "Any origin is allowed by echoing the Origin header (or a callback that returns true), without credentials.",
			Why: "Without credentials the browser sends no cookies, so this is as open as Access-Control-Allow-Origin: * and fine for a public, " +
				"read-only API. It is reported as information because echoing the origin hides the intent from reviewers, breaks caches " +
				"without Vary: Origin, and becomes AC701 the day someone turns credentials on.",
			Fix: "For a public API, send Access-Control-Allow-Origin: * (cors.AllowAll(), AllowedOrigins: []string{\"*\"}) instead of " +
				"echoing the origin. Otherwise: " + originFix,
			CWE:   []string{"CWE-942"},
			ASVS:  []string{"3.4.2"},
			Links: corsLinks,
			APIs:  corsAPIs,
		},
		Rule{
			ID:        "AC703",
			Name:      "cors-null-origin",
			Checklist: "csrf.cors-allowlist",
			Severity:  High,
			Source:    "cors",
			Summary:   "The \"null\" origin is allowed by the CORS configuration or origin check.",
			Why: "Browsers send Origin: null from sandboxed iframes, data: and file: URLs and some redirects, and any site can create a " +
				"sandboxed iframe. Allowing \"null\" therefore allows every site, usually together with credentials.",
			Fix: "Remove \"null\" from the allowed origins and from origin comparisons. Local files and sandboxed frames that need the API " +
				"should be served from a real origin that is on the allowlist.",
			CWE:   []string{"CWE-942", "CWE-346"},
			ASVS:  []string{"3.4.2"},
			Links: corsLinks,
			APIs:  corsAPIs,
		},
		Rule{
			ID:        "AC704",
			Name:      "cors-bypassable-origin-check",
			Checklist: "csrf.cors-allowlist",
			Severity:  High,
			Source:    "cors",
			Summary:   "An origin check can be passed by other sites: a suffix without a leading dot, a prefix, a substring or an unanchored regular expression.",
			Why: "strings.HasSuffix(origin, \"example.com\") accepts https://evilexample.com, HasPrefix(origin, \"https://example.com\") " +
				"accepts https://example.com.evil.net, Contains accepts both, and a regular expression without ^ and $ (or with an unescaped " +
				"dot) matches inside an attacker's origin. Attackers can register such names, so the check allows them with whatever the " +
				"CORS policy grants, usually credentials. The library patterns \"https://*example.com\" and \"https://example.com*\" " +
				"(rs/cors, go-chi/cors, gin-contrib/cors) have the same flaw.",
			Fix: "Compare whole origins against an exact allowlist. For subdomains, parse the origin with url.Parse, require the scheme " +
				"https, and compare the host with the apex (host == \"example.com\") or check HasSuffix(host, \".example.com\") with the " +
				"leading dot; anchor regular expressions with ^ and $ and escape the dots (regexp.QuoteMeta). In library patterns, use " +
				"\"https://*.example.com\".",
			CWE:   []string{"CWE-942", "CWE-346", "CWE-20"},
			ASVS:  []string{"3.4.2"},
			Links: corsLinks,
			APIs:  corsAPIs,
		},
		Rule{
			ID:        "AC705",
			Name:      "cors-wildcard-with-credentials",
			Checklist: "csrf.cors-allowlist",
			Severity:  Low,
			Source:    "cors",
			Summary:   "CORS allows \"*\" (explicitly or by the library's default) together with AllowCredentials: true.",
			Why: "The libraries answer such a request with a literal Access-Control-Allow-Origin: *, which browsers refuse for credentialed " +
				"requests, so nothing leaks today: the credentialed calls simply fail. But the configuration says that a credentialed API " +
				"is open to every site, and the usual next step to make it work is to reflect the origin, which is AC701. rs/cors, " +
				"go-chi/cors, echo and gorilla/handlers use \"*\" when no origins are configured.",
			Fix: "Decide which it is: a public API (drop AllowCredentials and keep \"*\") or a credentialed one (list the allowed origins " +
				"exactly in AllowedOrigins/AllowOrigins).",
			CWE:   []string{"CWE-942"},
			ASVS:  []string{"3.4.2"},
			Links: corsLinks,
			APIs:  corsAPIs,
		},
		Rule{
			ID:        "AC706",
			Name:      "state-change-on-get",
			Checklist: "csrf.protection",
			Severity:  Medium,
			Source:    "cors",
			Summary:   "A state-changing action (logout, delete, e-mail or password change, transfer, revoke) is registered for GET.",
			Why: "Browsers send GET requests cross-site for links, images, iframes and redirects, with the user's cookies (SameSite=Lax " +
				"included for top-level navigation) and without a CORS preflight. CSRF defences (tokens, Origin or Sec-Fetch-Site checks, " +
				"http.CrossOriginProtection) exempt GET as a safe method, so a GET that logs out, deletes an account, changes an e-mail " +
				"address or password, transfers money or revokes a key can be triggered by any page, e-mail image or forum post. " +
				"Reported for net/http \"GET /path\" patterns, chi r.Get and r.Method(\"GET\", …), gin GET and Handle(\"GET\", …), echo GET " +
				"and Add(\"GET\", …), and gorilla/mux .Methods(\"GET\"); routes without a method, routes whose path is also registered " +
				"for POST/PUT/PATCH/DELETE and confirmation links are not reported.",
			Fix: "Register the action for POST (or DELETE/PUT/PATCH) and protect it with http.CrossOriginProtection, an Origin check or a " +
				"CSRF token; if a link must trigger it (logout links), let the GET render a confirmation form that POSTs.",
			CWE:  []string{"CWE-352", "CWE-650"},
			ASVS: []string{"3.5.3"},
			Links: []string{
				"https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html",
				"https://www.rfc-editor.org/rfc/rfc9110#section-9.2.1",
				"https://pkg.go.dev/net/http#CrossOriginProtection",
			},
			APIs: []string{
				"net/http",
				"github.com/go-chi/chi/v5",
				"github.com/go-chi/chi",
				"github.com/gin-gonic/gin",
				"github.com/labstack/echo/v4",
				"github.com/gorilla/mux",
			},
		},
		Rule{
			ID:        "AC707",
			Name:      "csrf-protection-bypassed-everywhere",
			Checklist: "csrf.protection",
			Severity:  High,
			Source:    "cors",
			Summary:   "http.CrossOriginProtection is given a bypass pattern that matches every path (\"/\", \"/{path...}\", \"POST /\") or that comes from the request.",
			Why: "AddInsecureBypassPattern exempts the requests whose path matches the pattern from the cross-origin check. A pattern " +
				"that matches every path turns the protection off for the whole handler while the code still looks protected, so every " +
				"state-changing endpoint is open to CSRF.",
			Fix: "Bypass only the exact paths that must accept cross-origin requests (for example \"POST /webhooks/stripe\"), and " +
				"authenticate those requests another way (a signature). Everything else stays behind the check.",
			CWE:  []string{"CWE-352"},
			ASVS: []string{"3.5.1"},
			Links: []string{
				"https://pkg.go.dev/net/http#CrossOriginProtection.AddInsecureBypassPattern",
				"https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html",
			},
			APIs: []string{"net/http"},
		},
	)
}
