package rules

// AP350–AP399: the session lifecycle behind the login form (fixation,
// logout, expiry, revocation on password change), checked live by
// probes/lifecycle. AP301–AP349 are the session cookie's attributes
// (ap3xx.go).
func init() {
	sessionLinks := []string{"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html"}
	Register(
		Rule{
			ID:        "AP351",
			Name:      "session-fixation",
			Checklist: "sessions.regenerate-on-login",
			Severity:  High,
			Source:    "session-fixation",
			Summary:   "Login keeps the session ID the client presented before logging in (session fixation).",
			Why:       "An attacker who can plant a session ID in the victim's browser (a subdomain, a link, an injected cookie) and who knows that ID is logged in as the victim as soon as the victim logs in.",
			Fix:       "On login (and any privilege change) delete the session the request carried and issue a new random ID in a new cookie; never accept IDs the server did not issue.",
			CWE:       []string{"CWE-384"},
			ASVS:      []string{"7.2.4"},
			Links:     append([]string{"https://owasp.org/www-community/attacks/Session_fixation"}, sessionLinks...),
		},
		Rule{
			ID:        "AP352",
			Name:      "logout-not-server-side",
			Checklist: "sessions.logout-invalidates",
			Severity:  High,
			Source:    "session-logout",
			Summary:   "After logout the old session cookie (or access token) is still accepted: logout only removed it from the browser.",
			Why:       "A session copied before logout (a stolen cookie, a shared computer, a proxy log) stays usable until it expires, so logging out does not protect the user.",
			Fix:       "Delete (or mark revoked) the session record on logout, and make every authenticated request check it; access tokens should name their session so that revocation reaches them.",
			CWE:       []string{"CWE-613"},
			ASVS:      []string{"7.4.1"},
			Links:     sessionLinks,
		},
		Rule{
			ID:        "AP353",
			Name:      "session-idle-timeout",
			Checklist: "sessions.expiry",
			Severity:  Medium,
			Source:    "session-expiry",
			Summary:   "A session left unused for longer than the documented idle timeout is still accepted (or the session cookie outlives the documented limits).",
			Why:       "Without a server-side idle timeout a session left open on a shared or stolen device stays usable indefinitely.",
			Fix:       "Store the last-activity time with the session and refuse (and delete) sessions idle for longer than the timeout, on the server; cookie lifetimes are only a hint to the browser.",
			CWE:       []string{"CWE-613"},
			ASVS:      []string{"7.3.1"},
			Links:     sessionLinks,
		},
		Rule{
			ID:        "AP354",
			Name:      "session-absolute-timeout",
			Checklist: "sessions.expiry",
			Severity:  Medium,
			Source:    "session-expiry",
			Summary:   "A session kept busy is still accepted after the documented absolute lifetime.",
			Why:       "A stolen session that is used regularly never idles out; only an absolute lifetime bounds how long it can be abused.",
			Fix:       "Store the creation time with the session and refuse sessions older than the absolute lifetime, however active they are.",
			CWE:       []string{"CWE-613"},
			ASVS:      []string{"7.3.2"},
			Links:     sessionLinks,
		},
		Rule{
			ID:        "AP355",
			Name:      "password-change-keeps-sessions",
			Checklist: "sessions.revoke-on-password-change",
			Severity:  High,
			Source:    "password-change",
			Summary:   "After a password change, another session of the same account is still accepted.",
			Why:       "Users change their password because they fear someone else has access; if the attacker's session survives the change, it achieves nothing.",
			Fix:       "In the same transaction as the password update, delete every other session of the account and revoke its refresh tokens (keep or re-issue only the caller's session).",
			CWE:       []string{"CWE-613"},
			ASVS:      []string{"7.4.3"},
			Links:     sessionLinks,
		},
	)
}
