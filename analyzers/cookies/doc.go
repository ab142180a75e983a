// Package cookies defines an Analyzer that checks the attributes of
// cookies carrying a session ID, an auth or refresh token or a JWT, and
// session fixation in scs login handlers.
//
// A session cookie without HttpOnly can be read by any script injected
// into the page (CWE-1004); without Secure it is sent over plain HTTP,
// where anyone on the path can copy it (CWE-614); without SameSite=Strict
// the browser attaches it to requests other sites trigger, which is what
// CSRF needs (CWE-1275). ASVS 5.0 3.3.1, 3.3.2 and 3.3.4; the checklist
// item is sessions.cookie-flags.
//
// # Rules
//
//	AC501 (high)    a session/auth cookie is not HttpOnly.
//	AC502 (high)    a session/auth cookie is not Secure.
//	AC503 (medium)  a session/auth cookie has SameSite=None or no SameSite.
//	AC504 (low)     a session/auth cookie has SameSite=Lax (the checklist
//	                asks for Strict).
//	AC505 (medium)  a CSRF-token cookie is not Secure, including gorilla/csrf
//	                configured with csrf.Secure(false).
//	AC506 (high)    session fixation: a user is stored in an scs session
//	                without RenewToken first.
//
// # Where cookies come from
//
// net/http: http.Cookie literals and new(http.Cookie), with the field
// assignments made to the same variable in the same function, when the
// cookie reaches a response (http.SetCookie, echo's Context.SetCookie,
// gin's Context.SetCookieData, a Set-Cookie header through String()) or is
// returned by a cookie-building function; raw Set-Cookie headers
// (Header().Set/Add, gin's c.Header) whose text is a constant, a
// concatenation or a fmt.Sprintf with a constant format. gin's
// c.SetCookie(name, value, maxAge, path, domain, secure, httpOnly), with
// SameSite from c.SetSameSite in the same function. gorilla/sessions:
// sessions.Options literals, and NewCookieStore / NewFilesystemStore
// judged by the library's defaults unless the package assigns the
// store's Options. scs: scs.New() with the SessionManager's defaults
// (HttpOnly, Secure=false, SameSite=Lax) unless the package assigns
// Cookie.Secure / Cookie.SameSite, and scs.SessionCookie literals.
// gorilla/csrf: csrf.Secure(false).
//
// # Library versions
//
// gorilla/sessions v1.4.0 changed NewCookieStore's defaults from nothing
// to Secure=true, SameSite=None (NewFilesystemStore's stayed without
// either; HttpOnly is off in every version). The analyzer learns the
// version the scanned module builds against from the file name of the
// sessions package's declarations (module cache paths carry
// "@v1.4.0"); when the path has no version (vendored or GOPATH code) it
// falls back to the API: Options.Partitioned exists from v1.4.0 on.
//
// # Not reported, on purpose
//
// Cookies whose name says they hold preferences or UI state (theme, lang,
// locale, consent, flash, …) or OAuth/OIDC flow state; cookies that are
// neither named like a session or token nor given a value from a token or
// session generator; deletions (MaxAge < 0, an empty value, Expires in the
// past); attributes computed at run time (Secure: r.TLS != nil,
// Secure: cfg.Secure); cookies added to outgoing requests (r.AddCookie, a
// cookie jar). CSRF-token cookies (csrf, xsrf) need Secure only: scripts
// read double-submit cookies, and Lax is enough for them. _test.go files
// are left to the driver (authcheck scans them only with --tests).
package cookies

// Doc is the analyzer's documentation, shown by go vet help and authcheck
// explain.
const Doc = `report session and auth cookies without HttpOnly, Secure or SameSite=Strict

A cookie carrying a session ID, an auth or refresh token or a JWT
(recognised by its name, or by a value from a token or session
generator) must be HttpOnly, Secure and SameSite=Strict.

AC501 (high) reports a missing HttpOnly, AC502 (high) a missing Secure,
AC503 (medium) SameSite=None or no SameSite, AC504 (low) SameSite=Lax.
They cover net/http (http.Cookie literals and field assignments,
http.SetCookie, raw Set-Cookie headers), gin (SetCookie, SetCookieData,
SetSameSite), echo (Context.SetCookie), gorilla/sessions (Options
literals and the defaults of NewCookieStore and NewFilesystemStore at the
version the module requires) and scs (the SessionManager's Cookie
defaults: Secure=false, SameSite=Lax). The finding is reported at the
literal or call that creates the cookie and names the field; a suggested
fix adds HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode
to an http.Cookie literal.

AC505 (medium) reports a CSRF-token cookie sent without Secure, including
gorilla/csrf's csrf.Secure(false). CSRF cookies need neither HttpOnly nor
Strict.

AC506 (high) reports session fixation: a handler that stores a user in an
scs session (Put with a user key) without calling RenewToken first.

Not reported: preference and UI cookies (theme, lang, consent, flash),
deletions (MaxAge < 0, empty value, Expires in the past), attributes
computed at run time (Secure: r.TLS != nil), and cookies added to
outgoing requests.`
