// Package httpcheck holds the live probes that judge a target by its HTTP
// answers (docs/design.md): HSTS and the plain-HTTP redirect (AP201–AP207), the
// session cookie's attributes and session IDs in URLs (AP301–AP305), CORS
// and CSRF (AP401–AP404), rate limits (AP501–AP505), default deny and
// object ownership (AP601–AP604).
//
// Importing the package registers its probes with package probes:
//
//	hsts            AP201–AP205  the target URL's and an error page's STS header
//	http-redirect   AP206–AP207  the plain-HTTP listener (Options.HTTPPort, else 80)
//	session-cookie  AP301–AP305  the cookie the profile's login sets, else cookies
//	                             with session-like names set by GET of the URL
//	cors            AP401–AP403  six hostile origins, simple and preflight, on
//	                             the profile's me endpoint, else the URL
//	csrf            AP404        a forged cross-site stateChanging (or logout)
//	rate-limits     AP501–AP505  Last: burns the burnable account's budget
//	default-deny    AP601–AP603  random routes, odd methods, me without credentials
//	ownership       AP604        account 1 creates, account 2 must get 403/404
//
// Every probe reports one result per rule on every run: pass, fail or warn
// with the evidence that decided it, skip with the reason, or error with
// the cause. Secrets seen on the way (session IDs) are shortened in
// messages and evidence.
//
// Decisions where the thresholds in docs/design.md leave room:
//   - HSTS: headers that do not parse make AP204/AP205 skip (browsers ignore
//     the whole header); a missing header on the error page fails AP201 too.
//   - Redirect: 4xx/5xx on plain HTTP instead of a redirect warns (nothing is
//     served); a redirect to https on another host fails (the host never
//     learns HSTS); plain-HTTP redirects on the same host are followed up to
//     five times first. No listener (connection refused, dial timeout) skips.
//   - Cookies: SameSite present but empty or unknown fails like a missing
//     one; a __Host-/__Secure- cookie with attributes browsers reject warns
//     under AP304, as does a cookie without the prefix.
//   - CORS: a hostile origin echoed without credentials warns under AP401
//     (no allowlist, but cookies stay safe); without a profile, `*` fails
//     AP402 only when the URL answers 401/403 without credentials.
//   - CSRF: a 4xx counts as refused only if the session still works
//     afterwards (checked with me); a 5xx warns; a login that sets no cookie
//     (bearer tokens only) skips.
//   - Rate limits: a 503, a timeout or a dropped connection at the right
//     attempt passes AP501–AP503 (a limit exists) and fails AP504. With a
//     profile forwardedHeader, client addresses come from 198.18.0.0/15
//     (RFC 2544) at a random offset, so reruns start from fresh per-IP
//     counters; per-account counters persist on the target (checklist
//     window: an hour). A 404/405 from the endpoint is an error (wrong
//     profile), not a missing limit.
//   - Default deny: 3xx (a redirect to a login page) counts as denial; 5xx
//     warns; 501 to a made-up method passes.
package httpcheck

import "github.com/authcheck/authcheck/probes"

// DefaultMinHSTSMaxAge is the shortest HSTS max-age, in seconds, that AP204
// accepts unless the target's Thresholds say otherwise: one year, as ASVS
// 5.0 3.4.1 and the preload list ask.
const DefaultMinHSTSMaxAge = probes.DefaultHSTSMinMaxAge
