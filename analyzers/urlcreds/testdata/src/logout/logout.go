// Package logout renders logout links carrying an anti-CSRF token and
// handles them, next to credentials that stay reported.
package logout

import (
	"net/http"
	"net/url"
)

// Sessions issues logout tokens bound to a session.
type Sessions interface {
	LogoutToken(r *http.Request) string
	EndIfValid(r *http.Request, token string) bool
}

// LogoutURL builds the logout link shown on every page.
func LogoutURL(base string, s Sessions, r *http.Request) string {
	u, _ := url.Parse(base + "/logout")
	q := u.Query()
	q.Set("token", s.LogoutToken(r)) // want `logout token placed in the URL \(token=…\)`
	u.RawQuery = q.Encode()
	return u.String()
}

// HandleLogout ends the session if the token matches.
func HandleLogout(s Sessions) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.EndIfValid(r, r.URL.Query().Get("logout_token")) { // want `logout token read from the URL \(logout_token=…\)`
			http.Error(w, "bad logout token", http.StatusBadRequest)
		}
	}
}

// RevokeOnLogout sends an access token in the URL of a revocation call: a
// specific credential keeps its meaning in a logout function.
func RevokeOnLogout(accessToken string) (*http.Response, error) {
	return http.Get("https://idp.example/revoke?access_token=" + accessToken) // want `access token placed in a URL query \(access_token=…\)`
}
