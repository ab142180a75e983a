package nethttp

import (
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"time"

	"example.com/cookiesapp/names"
)

// Logout deletes the session cookie: a deletion carries no session.
func (s *Server) Logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: "", Path: "/", MaxAge: -1})
	http.SetCookie(w, &http.Cookie{Name: names.RefreshCookie, Path: "/", Expires: time.Unix(0, 0)})
	http.SetCookie(w, &http.Cookie{Name: "auth_token", Value: "deleted", Expires: time.Now().Add(-time.Hour)})
	w.Header().Add("Set-Cookie", "sid=; Path=/; Max-Age=0")
}

// Preferences are not sessions.
func (s *Server) SavePrefs(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: names.ThemeCookie, Value: r.FormValue("theme"), Path: "/"})
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: "de", Path: "/"})
	http.SetCookie(w, &http.Cookie{Name: "cookie_consent", Value: "all", Path: "/", MaxAge: 365 * 24 * 3600})
	http.SetCookie(w, &http.Cookie{Name: "flash", Value: "Saved.", Path: "/"})
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: r.FormValue("state"), Path: "/", HttpOnly: true, Secure: true})
}

// Flags computed at run time are a deployment decision the analyzer
// cannot judge.
func (s *Server) LoginConfigured(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Value:    newSessionID(),
		HttpOnly: true,
		Secure:   r.TLS != nil,
		SameSite: http.SameSiteStrictMode,
	})
	c := &http.Cookie{Name: "session", Value: newSessionID(), HttpOnly: true, SameSite: http.SameSiteStrictMode}
	c.Secure = s.cfg.SecureCookies
	http.SetCookie(w, c)
}

// A well-configured session cookie and a CSRF cookie with Secure only.
func (s *Server) LoginGood(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name:     names.SessionCookie,
		Value:    newSessionID(),
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteStrictMode,
	})
	http.SetCookie(w, &http.Cookie{Name: names.CSRFCookie, Value: newSessionID(), Path: "/", Secure: true, SameSite: http.SameSiteLaxMode})
	w.Header().Set("Set-Cookie", "sid="+newSessionID()+"; Path=/; Secure; HttpOnly; SameSite=Strict")
}

// A client: cookies added to outgoing requests have no attributes.
func CallAPI(base, token string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, base+"/me", nil)
	if err != nil {
		return nil, err
	}
	req.AddCookie(&http.Cookie{Name: "session", Value: token})
	jar, _ := cookiejar.New(nil)
	u, _ := url.Parse(base)
	jar.SetCookies(u, []*http.Cookie{{Name: "auth_token", Value: token}})
	return (&http.Client{Jar: jar}).Do(req)
}

// A cookie whose name comes from configuration and whose value is not a
// token: no evidence either way.
func (s *Server) Visit(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: s.cfg.CookieName, Value: r.URL.Path})
	http.SetCookie(w, &http.Cookie{Name: "last_page", Value: r.URL.Path})
}

// Declared but deleted.
func (s *Server) DeclaredDeletion(w http.ResponseWriter) {
	var ck http.Cookie
	ck.Name = "jwt"
	ck.MaxAge = -1
	http.SetCookie(w, &ck)
}
