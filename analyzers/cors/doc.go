// Package cors defines an Analyzer that finds CORS configurations which
// let other sites read authenticated responses, origin checks that can be
// bypassed, and state-changing actions (logout, account deletion, e-mail
// or password change, transfers, revocation) registered for GET, where no
// CSRF defence applies.
//
// A browser sends cookies with cross-site requests, and
// Access-Control-Allow-Origin decides whether the requesting page may read
// the answer. A server that echoes any Origin together with
// Access-Control-Allow-Credentials: true hands every logged-in user's data
// to every site they visit (CWE-942, CWE-346, ASVS 5.0 3.4.2). GET requests
// are sent cross-site by links, images and redirects without any CORS
// preflight, so a GET that changes state is open to CSRF whatever the
// Origin or token checks on POST do (CWE-352, ASVS 5.0 3.5.3). The
// checklist items are csrf.cors-allowlist and csrf.protection.
//
// # Rules
//
//	AC701 (high)   any origin is allowed together with credentials: a
//	               handwritten middleware copies Origin into
//	               Access-Control-Allow-Origin without an allowlist check,
//	               an origin callback returns true unconditionally
//	               (rs/cors AllowOriginFunc, AllowOriginRequestFunc,
//	               AllowOriginVaryRequestFunc; go-chi/cors AllowOriginFunc;
//	               gin-contrib/cors AllowOriginFunc,
//	               AllowOriginWithContextFunc; gorilla/handlers
//	               AllowedOriginValidator; echo AllowOriginFunc), a
//	               "https://*" pattern, echo's
//	               UnsafeWildcardOriginWithAllowCredentials.
//	AC702 (info)   the same without credentials.
//	AC703 (high)   the "null" origin is allowed.
//	AC704 (high)   an origin check that other sites can pass:
//	               strings.HasSuffix(origin, "example.com") without a
//	               leading dot, HasPrefix(origin, "https://example.com"),
//	               Contains, unanchored regular expressions or unescaped
//	               dots, and the library patterns "https://*example.com"
//	               and "https://example.com*".
//	AC705 (low)    "*" (or a library's empty default) with
//	               AllowCredentials: true. The libraries then send a
//	               literal "*", which browsers refuse with credentials, so
//	               the page breaks rather than leaks, but the intent is a
//	               credentialed API open to every site.
//	AC706 (medium) a state-changing action registered for GET:
//	               "GET /logout" patterns of net/http, chi r.Get and
//	               r.Method("GET", …), gin GET and Handle("GET", …), echo
//	               GET and Add("GET", …), gorilla/mux .Methods("GET"),
//	               gorilla/pat Get.
//	AC707 (high)   http.CrossOriginProtection.AddInsecureBypassPattern with
//	               a pattern that matches every path ("/", "/{path...}"),
//	               or one taken from the request.
//
// # Not reported, on purpose
//
// "*" without credentials (a public API; cors.AllowAll() is that), exact
// allowlists (a list, a map, slices.Contains, a switch), suffix checks with
// a leading dot, http.CrossOriginProtection, callbacks whose answer depends
// on the origin (their comparisons are checked by AC703/AC704), configs
// whose origins or credentials come from run-time configuration, routes
// registered without a method, GET routes whose path is also registered
// for POST, PUT, PATCH or DELETE (the GET usually renders the form), and
// confirmation links (paths with confirm or verify), which travel in
// e-mails and must be GETs.
package cors

// Doc is the analyzer's documentation, shown by go vet help and authcheck
// explain.
const Doc = `report CORS configurations that let any site read credentialed responses, bypassable origin checks, and state-changing GET routes

AC701 (high) reports an origin allowed without an allowlist check, with
credentials: handwritten middleware that copies the Origin request header
into Access-Control-Allow-Origin unguarded; origin callbacks that return
true whatever the origin (rs/cors AllowOriginFunc, AllowOriginRequestFunc,
AllowOriginVaryRequestFunc, go-chi/cors and gin-contrib/cors
AllowOriginFunc, gin-contrib AllowOriginWithContextFunc, gorilla/handlers
AllowedOriginValidator, echo AllowOriginFunc); patterns such as
"https://*" (rs/cors, go-chi/cors, gin-contrib/cors with AllowWildcard);
echo's UnsafeWildcardOriginWithAllowCredentials. AC702 (info) is the same
without credentials.

AC703 (high) reports the "null" origin allowed: sandboxed iframes and
data: URLs of any site send Origin: null.

AC704 (high) reports origin checks other sites pass: HasSuffix without a
leading dot ("evilexample.com"), HasPrefix ("https://example.com.evil.net"),
Contains, regular expressions without ^ and $ or with unescaped dots, and
library patterns "https://*example.com" or "https://example.com*". The
fix for regular expressions that start with the scheme (a missing ^) is
suggested.

AC705 (low) reports "*" (or rs/cors, go-chi/cors, echo and gorilla/handlers
with no origins configured, whose default is "*") combined with
AllowCredentials: true.

AC706 (medium) reports a state-changing action (logout, delete or remove,
change of e-mail or password, transfer, revoke, deactivate) registered
for GET with net/http method patterns, chi, gin, echo, gorilla/mux or
gorilla/pat.
GET requests are sent cross-site by links and images, so no Origin,
token or SameSite=Lax defence covers them.

AC707 (high) reports http.CrossOriginProtection.AddInsecureBypassPattern
with a pattern that matches every path ("/", "/{path...}", "POST /"),
which turns the CSRF protection off for the whole handler, or with a
pattern taken from the request.`
