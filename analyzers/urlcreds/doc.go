// Package urlcreds defines an Analyzer that finds credentials travelling in
// URLs: access tokens, API keys, passwords and session IDs written into a
// query string or fragment, and handlers that accept them from one.
//
// URLs are copied into server and proxy access logs, browser history,
// bookmarks, analytics and the Referer header of every request the page
// makes, so a credential in a URL leaks to everyone who can read any of
// them (CWE-598, ASVS 5.0 14.2.1). The checklist item is tokens.not-in-urls.
//
// # Rules
//
//	AC401 (high)  a credential is put into a URL: url.Values.Set/Add or a
//	              url.Values literal whose Encode() reaches URL.RawQuery, a
//	              URL string or a request/redirect URL; "?token="+tok and
//	              fmt.Sprintf("…?api_key=%s", key).
//	AC402 (high)  a handler reads a credential from the request URL:
//	              r.URL.Query().Get("token"), r.URL.Query()["token"],
//	              r.FormValue("api_key") and r.Form.Get("token") (both also
//	              read the query string), gin's c.Query and echo's
//	              c.QueryParam / c.FormValue.
//	AC403 (info)  the same, for one-time links that have to travel in a URL
//	              (password reset, e-mail verification, magic links,
//	              invitations); see the -one-time-links flag.
//	AC404 (low)   FormValue / Request.Form read a credential in a handler
//	              that only accepts POST (by its route or a method check):
//	              the query string still feeds them.
//	AC405 (info)  a logout link's anti-CSRF token in the URL.
//
// AC402 also covers golang-jwt's request extractors that read the query:
// request.ArgumentExtractor{"access_token"} and request.OAuth2Extractor.
// Placeholder values ("<redacted>", "***", "[FILTERED]") put into a URL by
// a log scrubber are not credentials.
//
// Parameter names are classified by secretname.IsURLCredential (plus
// "session" and "sess"): "token", "access_token", "api_key", "password",
// "session_id", "jwt", … are credentials; "page_token", "state", "code",
// "client_id" and "redirect_uri" are not. A bare "key" parameter counts
// when the value put into it, or the variable read from it, is named like
// a credential ("?key=" + apiKey).
//
// # Not reported, on purpose
//
// url.Values encoded into a request body (http.PostForm,
// strings.NewReader(v.Encode())) and form bodies built by hand; tokens
// stripped from a URL (q.Del("token")); handlers that only test whether a
// token was sent in the URL in order to refuse it (q.Get("token") != "",
// _, ok := q["token"]); url.UserPassword and "https://user:pass@host"
// userinfo, because net/http moves userinfo into an Authorization: Basic
// header, browsers drop it from Referer, and it is the standard form of
// database and broker DSNs — printing such a URL is a logging problem
// (URL.Redacted), which the AC9xx rules own.
package urlcreds

// Doc is the analyzer's documentation, shown by go vet help and authcheck
// explain.
const Doc = `report credentials placed in URLs or read from URL query strings

URLs end up in access logs, proxy logs, browser history and Referer
headers, so tokens, API keys, passwords and session IDs must travel in
headers (Authorization), cookies or request bodies instead.

AC401 reports a credential put into a URL: url.Values.Set/Add or a
url.Values literal with a credential key whose Encode() reaches a URL
(URL.RawQuery, a string after "?", http.NewRequest, http.Get,
http.Redirect, url.Parse), and string building such as
base+"?token="+tok or fmt.Sprintf("%s?api_key=%s", base, key). An Encode()
that goes to a request body (strings.NewReader, http.PostForm) is fine.

AC402 reports a request handler reading a credential from the URL query:
r.URL.Query().Get("token"), r.URL.Query()["access_token"],
r.FormValue("api_key") and r.Form.Get("token") (FormValue and Form also
read the query string; PostFormValue and PostForm do not), gin's
c.Query("token") and echo's c.QueryParam("token") / c.FormValue("token"),
and golang-jwt's request.ArgumentExtractor{"access_token"} and
request.OAuth2Extractor. For FormValue and Form it suggests PostFormValue
and PostForm. Where only POST reaches a FormValue or Form read (the route
is "POST /login", r.Post, router.POST or .Methods("POST"), or the handler
returns early unless r.Method is POST) the finding is AC404 (low) instead.

AC405 (info) reports a logout link's anti-CSRF token in a URL: it only
guards against cross-site logout.

AC403 (info) reports one-time links that must travel in a URL: password
reset, e-mail verification, magic links and invitations, recognised by
the parameter name, the value's name, the enclosing function or the URL
path. They are acceptable if the token is single-use, expires within 15
minutes and is stored hashed. The flag -one-time-links=info|flag|ignore
chooses between this downgrade (the default), reporting them like any
other credential (AC401/AC402), and not reporting them at all.`
