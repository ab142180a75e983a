package rules

// AC5xx: session and auth cookies (analyzer cookies, checklist items
// sessions.cookie-flags, csrf.protection and sessions.regenerate-on-login).
func init() {
	cookieAPIs := []string{
		"net/http",
		"github.com/gin-gonic/gin",
		"github.com/labstack/echo/v4",
		"github.com/labstack/echo",
		"github.com/gorilla/sessions",
		"github.com/alexedwards/scs/v2",
	}
	links := []string{
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#cookies",
		"https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies#restrict_access_to_cookies",
		"https://www.rfc-editor.org/rfc/rfc6265#section-4.1.2",
	}
	where := "Read from http.Cookie literals and new(http.Cookie) with their field assignments when the cookie reaches a response " +
		"(http.SetCookie, echo's Context.SetCookie, gin's SetCookieData, a Set-Cookie header), raw Set-Cookie headers, gin's " +
		"c.SetCookie with c.SetSameSite, gorilla/sessions Options and the defaults of NewCookieStore/NewFilesystemStore at the " +
		"version the module requires, and scs's SessionManager.Cookie. A cookie counts when its name says session, sid, token, " +
		"auth, jwt, refresh… or its value comes from a token or session generator; preference cookies (theme, lang, consent, " +
		"flash), deletions (MaxAge < 0, empty value, Expires in the past) and attributes computed at run time are not reported."
	Register(
		Rule{
			ID:        "AC501",
			Name:      "session-cookie-not-httponly",
			Checklist: "sessions.cookie-flags",
			Severity:  High,
			Source:    "cookies",
			Summary:   "A cookie carrying a session ID, auth or refresh token or JWT is not HttpOnly.",
			Why: "Without HttpOnly, document.cookie exposes the cookie to every script on the page, so one cross-site scripting bug or " +
				"compromised third-party script hands the session to an attacker, who can use it from anywhere until it expires. " +
				"gorilla/sessions stores never set HttpOnly by default. " + where,
			Fix: "Set HttpOnly: true on the cookie (http.Cookie{…, HttpOnly: true}, the httpOnly argument of gin's SetCookie, " +
				"store.Options.HttpOnly = true for gorilla/sessions). Scripts that need to know whether the user is logged in can ask " +
				"an endpoint instead of reading the cookie.",
			CWE:   []string{"CWE-1004"},
			ASVS:  []string{"3.3.4"},
			Links: links,
			APIs:  cookieAPIs,
		},
		Rule{
			ID:        "AC502",
			Name:      "session-cookie-not-secure",
			Checklist: "sessions.cookie-flags",
			Severity:  High,
			Source:    "cookies",
			Summary:   "A cookie carrying a session ID, auth or refresh token or JWT is not Secure.",
			Why: "A cookie without Secure is also sent over plain HTTP: one request to http:// (a link, a redirect, an injected image on " +
				"an open network) puts the session in clear text where anyone on the path can copy it, HSTS or not on first visit. " +
				"scs's default is Secure=false, and gorilla/sessions' before v1.4.0 (and NewFilesystemStore's in every version). " + where,
			Fix: "Set Secure: true (scs: sessionManager.Cookie.Secure = true; gorilla/sessions: store.Options.Secure = true; gin: the " +
				"secure argument). For local development over http://localhost, browsers accept Secure cookies on localhost; " +
				"otherwise take the value from configuration rather than hard-coding false.",
			CWE:   []string{"CWE-614"},
			ASVS:  []string{"3.3.1"},
			Links: links,
			APIs:  cookieAPIs,
		},
		Rule{
			ID:        "AC503",
			Name:      "session-cookie-samesite-none",
			Checklist: "sessions.cookie-flags",
			Severity:  Medium,
			Source:    "cookies",
			Summary:   "A session or auth cookie has SameSite=None or no SameSite attribute.",
			Why: "With SameSite=None the browser attaches the session cookie to requests that other sites trigger (forms, images, " +
				"fetch with credentials), which is what cross-site request forgery needs; without the attribute, browsers differ " +
				"(Chrome treats it as Lax, Safari and older browsers as None). gorilla/sessions v1.4.0's NewCookieStore sets None. " + where,
			Fix: "Set SameSite: http.SameSiteStrictMode (gin: c.SetSameSite(http.SameSiteStrictMode) before SetCookie; " +
				"gorilla/sessions: store.Options.SameSite; scs: Cookie.SameSite). If a top-level navigation from another site must " +
				"arrive logged in, use Lax and protect state-changing requests with CSRF tokens or Origin checks.",
			CWE:   []string{"CWE-1275"},
			ASVS:  []string{"3.3.2"},
			Links: links,
			APIs:  cookieAPIs,
		},
		Rule{
			ID:        "AC504",
			Name:      "session-cookie-samesite-lax",
			Checklist: "sessions.cookie-flags",
			Severity:  Low,
			Source:    "cookies",
			Summary:   "A session or auth cookie has SameSite=Lax where the checklist asks for Strict.",
			Why: "Lax still sends the cookie on top-level cross-site navigations with safe methods, so a GET that changes state, or a " +
				"login CSRF through a link, carries the session. scs's default is Lax. Lax is acceptable when every state-changing " +
				"request is protected otherwise (CSRF tokens, Origin or Sec-Fetch-Site checks). " + where,
			Fix: "Set SameSite to http.SameSiteStrictMode, or keep Lax deliberately and make sure state-changing requests are " +
				"protected against CSRF (then suppress with a justification).",
			CWE:   []string{"CWE-1275"},
			ASVS:  []string{"3.3.2"},
			Links: links,
			APIs:  cookieAPIs,
		},
		Rule{
			ID:        "AC505",
			Name:      "csrf-cookie-not-secure",
			Checklist: "csrf.protection",
			Severity:  Medium,
			Source:    "cookies",
			Summary:   "A CSRF-token cookie is sent without Secure, including gorilla/csrf configured with csrf.Secure(false).",
			Why: "A CSRF token sent over plain HTTP can be read, or overwritten with a value the attacker knows, by anyone on the " +
				"network path, which defeats double-submit and synchronizer-token protection. CSRF cookies need neither HttpOnly " +
				"(double-submit tokens are read by scripts) nor SameSite=Strict, so only Secure is checked. csrf.Secure(false) is " +
				"often copied from local-development examples into production code.",
			Fix: "Set Secure on the CSRF cookie; with gorilla/csrf drop csrf.Secure(false) (Secure is the default) or pass a value " +
				"from configuration that is true outside local development.",
			CWE:  []string{"CWE-614", "CWE-352"},
			ASVS: []string{"3.3.1"},
			Links: []string{
				"https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html",
				"https://pkg.go.dev/github.com/gorilla/csrf#Secure",
			},
			APIs: []string{"net/http", "github.com/gorilla/csrf", "github.com/gin-gonic/gin", "github.com/labstack/echo/v4"},
		},
		Rule{
			ID:        "AC506",
			Name:      "session-fixation-no-renew",
			Checklist: "sessions.regenerate-on-login",
			Severity:  High,
			Source:    "cookies",
			Summary:   "A user is put into an scs session (login or switching users) without RenewToken first.",
			Why: "If the session token is not renewed when the user logs in, a token the attacker obtained or planted before login " +
				"(session fixation) becomes an authenticated session. scs keeps the token across Put calls; only RenewToken issues " +
				"a new one. Reported for SessionManager.Put with a key naming the user (userID, authenticatedUserID, account, " +
				"impersonate…) when the function, or a function of the package it calls first, has not called RenewToken before it.",
			Fix: "Call sessionManager.RenewToken(r.Context()) before storing the user (and check its error), at login, logout and " +
				"whenever privileges change.",
			CWE:  []string{"CWE-384"},
			ASVS: []string{"7.2.4"},
			Links: []string{
				"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#renew-the-session-id-after-any-privilege-level-change",
				"https://pkg.go.dev/github.com/alexedwards/scs/v2#SessionManager.RenewToken",
			},
			APIs: []string{"github.com/alexedwards/scs/v2"},
		},
	)
}
