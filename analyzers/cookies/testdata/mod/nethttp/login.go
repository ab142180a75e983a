// Package nethttp is a net/http login service: the session and refresh
// cookies it sets, and the cookies it must be left alone with.
package nethttp

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http"
	"time"

	"example.com/cookiesapp/names"
)

type Config struct {
	SecureCookies bool
	CookieName    string
}

type Server struct {
	cfg Config
}

func newSessionID() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// Login sets the session cookie without any of the three attributes.
func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	sid := newSessionID()
	http.SetCookie(w, &http.Cookie{ // want `cookie "session_id" is not HttpOnly \(HttpOnly is not set\)` `cookie "session_id" is not Secure` `cookie "session_id" has no SameSite`
		Name:    "session_id",
		Value:   sid,
		Path:    "/",
		Expires: time.Now().Add(12 * time.Hour),
	})
}

// Refresh issues a refresh token named by a constant of another package,
// with Secure and HttpOnly but SameSite=Lax.
func (s *Server) Refresh(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{ // want `cookie "refresh_token" has SameSite=Lax`
		Name:     names.RefreshCookie,
		Value:    newSessionID(),
		Path:     "/auth/refresh",
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	})
}

// Embedded pages need SameSite=None, and Secure written false for local runs.
func (s *Server) EmbedLogin(w http.ResponseWriter, r *http.Request, jwtString string) {
	http.SetCookie(w, &http.Cookie{ // want `cookie "id" is not Secure \(Secure is false\)` `cookie "id" has SameSite=None`
		Name:     "id",
		Value:    jwtString,
		HttpOnly: true,
		Secure:   false,
		SameSite: http.SameSiteNoneMode,
	})
}

// Remember uses the echo-documentation style: new(http.Cookie) and field
// assignments.
func (s *Server) Remember(w http.ResponseWriter, token string) {
	c := new(http.Cookie) // want `cookie "remember_token" is not Secure`
	c.Name = "remember_token"
	c.Value = token
	c.HttpOnly = true
	c.SameSite = http.SameSiteStrictMode
	c.Expires = time.Now().Add(30 * 24 * time.Hour)
	http.SetCookie(w, c)
}

// RawHeader writes Set-Cookie by hand.
func (s *Server) RawHeader(w http.ResponseWriter, token string) {
	w.Header().Set("Set-Cookie", "auth_token="+token+"; Path=/; HttpOnly; SameSite=Strict") // want `Set-Cookie header "auth_token" is not Secure`
	w.Header().Add("Set-Cookie", fmt.Sprintf("sid=%s; Path=/; Secure; HttpOnly", token))    // want `Set-Cookie header "sid" has no SameSite`
}

// sessionCookie is a cookie factory: its callers send what it returns.
func sessionCookie(value string) *http.Cookie {
	return &http.Cookie{Name: names.SessionCookie, Value: value, Path: "/", Secure: true} // want `cookie "__Host-app_session" is not HttpOnly` `cookie "__Host-app_session" has no SameSite`
}

func (s *Server) Switch(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, sessionCookie(newSessionID()))
}

// CSRF double-submit cookie without Secure.
func (s *Server) IssueCSRF(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "csrf_token", Value: token, Path: "/"}) // want `CSRF cookie "csrf_token" is not Secure`
}

// Declared, then filled in.
func (s *Server) Declared(w http.ResponseWriter) {
	var ck http.Cookie // want `cookie "jwt" is not HttpOnly` `cookie "jwt" is not Secure` `cookie "jwt" has no SameSite`
	ck.Name = "jwt"
	ck.Value = newSessionID()
	http.SetCookie(w, &ck)
}
