package probes

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/probes/profile"
)

func mustProfile(t *testing.T, y string) *profile.Profile {
	t.Helper()
	p, err := profile.Parse([]byte(y))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCallRequestEncoding(t *testing.T) {
	p := mustProfile(t, `
baseURL: https://app.example.test:443
csrfHeader: X-CSRF-Token
csrfCookie: csrf
endpoints:
  login: {method: POST, path: /login, body: form, fields: {username: email}, extra: {remember: "1"}}
  me: {method: GET, path: /me}
  resource: {method: GET, path: "/notes/{id}"}
  logout: {method: DELETE, path: /session}
  register: {method: POST, path: /users}
`)
	tg, err := NewTarget(Options{Profile: p})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	sess := &Session{Cookies: []*http.Cookie{{Name: "sid", Value: "s1"}, {Name: "csrf", Value: "tok"}}, AccessToken: "at"}

	req, err := tg.CallRequest(ctx, p.Endpoints.Login, map[string]any{"username": "a@b", "password": "pw"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(req.Body)
	form, _ := url.ParseQuery(string(body))
	if req.Header.Get("Content-Type") != "application/x-www-form-urlencoded" || form.Get("email") != "a@b" || form.Get("password") != "pw" || form.Get("remember") != "1" {
		t.Errorf("form login: %s %q", req.Header.Get("Content-Type"), body)
	}
	if got := req.Header.Get("Origin"); got != "https://app.example.test" {
		t.Errorf("Origin = %q, want the origin without the default port", got)
	}

	req, err = tg.CallRequest(ctx, p.Endpoints.Register, map[string]any{"username": "u", "n": 3}, nil, sess)
	if err != nil {
		t.Fatal(err)
	}
	var js map[string]any
	body, _ = io.ReadAll(req.Body)
	if json.Unmarshal(body, &js) != nil || js["username"] != "u" || js["n"] != float64(3) {
		t.Errorf("json body %q", body)
	}
	if req.Header.Get("Authorization") != "Bearer at" || req.Header.Get("X-CSRF-Token") != "tok" {
		t.Errorf("session headers: %v", req.Header)
	}
	if c, err := req.Cookie("sid"); err != nil || c.Value != "s1" {
		t.Errorf("session cookie: %v %v", c, err)
	}

	req, err = tg.CallRequest(ctx, p.Endpoints.Me, map[string]any{"q": "a b"}, nil, sess.CookiesOnly())
	if err != nil {
		t.Fatal(err)
	}
	if req.Body != nil && req.Body != http.NoBody || req.URL.RawQuery != "q=a+b" {
		t.Errorf("GET with fields: query %q, body %v", req.URL.RawQuery, req.Body)
	}
	if req.Header.Get("Authorization") != "" {
		t.Error("CookiesOnly session sent a bearer token")
	}

	if req, err = tg.CallRequest(ctx, p.Endpoints.Logout, nil, nil, sess); err != nil {
		t.Errorf("DELETE: %v", err)
	} else if req.Body != nil && req.Body != http.NoBody {
		t.Errorf("DELETE without fields has a body")
	}

	req, err = tg.CallRequest(ctx, p.Endpoints.Resource, nil, map[string]string{"id": "a/b"}, nil)
	if err != nil || req.URL.EscapedPath() != "/notes/a%2Fb" {
		t.Errorf("path param: %v %v", req.URL, err)
	}
	if _, err := tg.CallRequest(ctx, p.Endpoints.Resource, nil, nil, nil); err == nil || !strings.Contains(err.Error(), "{id}") {
		t.Errorf("missing path param: err = %v", err)
	}
	if _, err := tg.CallRequest(ctx, &profile.Endpoint{Method: "GET", Path: "//evil.example/steal"}, nil, nil, sess); err == nil {
		t.Error("a path that leaves the target was accepted")
	}
	if _, err := tg.CallRequest(ctx, nil, nil, nil, nil); err == nil {
		t.Error("nil endpoint accepted")
	}
	var nilSession *Session
	if nilSession.CookiesOnly() != nil {
		t.Error("nil.CookiesOnly() != nil")
	}
}

func TestLogin(t *testing.T) {
	var loginBody string
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/login", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		loginBody = string(b)
		if !strings.Contains(loginBody, `"password":"right"`) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		http.SetCookie(w, &http.Cookie{Name: "old", Value: "", MaxAge: -1})
		http.SetCookie(w, &http.Cookie{Name: "csrf_token", Value: "c"})
		http.SetCookie(w, &http.Cookie{Name: "app_session", Value: "s", HttpOnly: true})
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"data":{"token":"at"},"refresh":"rt","id":42}`)
	})
	mux.HandleFunc("POST /form/login", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		if r.Form.Get("password") == "right" {
			http.SetCookie(w, &http.Cookie{Name: "sid", Value: "s"})
		}
		http.Redirect(w, r, "/home", http.StatusSeeOther)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	p := mustProfile(t, "baseURL: "+srv.URL+`
endpoints:
  login: {method: POST, path: /api/login, response: {accessToken: data.token, refreshToken: refresh}}
`)
	tg, err := NewTarget(Options{Profile: p})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s, err := tg.Login(ctx, profile.Account{Username: "u", Password: "right"})
	if err != nil {
		t.Fatal(err)
	}
	if s.AccessToken != "at" || s.RefreshToken != "rt" {
		t.Errorf("tokens %q %q", s.AccessToken, s.RefreshToken)
	}
	if len(s.SetCookies) != 3 || len(s.Cookies) != 2 {
		t.Errorf("SetCookies %d, Cookies %d: the deletion must not be sent back", len(s.SetCookies), len(s.Cookies))
	}
	if c, ok := s.SessionCookie(p); !ok || c.Name != "app_session" {
		t.Errorf("SessionCookie = %v, %v: want app_session, not the CSRF cookie", c, ok)
	}
	if JSONString(s.Login.Body, "id") != "42" {
		t.Errorf("JSONString of a number = %q", JSONString(s.Login.Body, "id"))
	}
	if _, err := tg.Login(ctx, profile.Account{Username: "u", Password: "wrong"}); err == nil || !strings.Contains(err.Error(), "401") {
		t.Errorf("failed login: err = %v", err)
	}

	// A form login that redirects: success only when it sets a cookie.
	p.Endpoints.Login = &profile.Endpoint{Method: "POST", Path: "/form/login", Body: "form"}
	if s, err := tg.Login(ctx, profile.Account{Username: "u", Password: "right"}); err != nil || len(s.Cookies) != 1 {
		t.Errorf("redirecting form login: %v, %v", s, err)
	}
	if _, err := tg.Login(ctx, profile.Account{Username: "u", Password: "wrong"}); err == nil {
		t.Error("a redirect without a cookie counted as a login")
	}

	// The profile's cookie name wins; a missing one is not guessed.
	p.Session.Cookie = "nope"
	if _, ok := s.SessionCookie(p); ok {
		t.Error("SessionCookie guessed despite the profile naming another cookie")
	}
	var nilSession *Session
	if _, ok := nilSession.SessionCookie(p); ok {
		t.Error("nil session has a cookie")
	}
}

func TestLooksLikeSessionCookie(t *testing.T) {
	for name, want := range map[string]bool{
		"JSESSIONID": true, "__Host-session": true, "sid": true, "connect.sid": true, "auth": true,
		"access_token": true, "PHPSESSID": true,
		"csrf_token": false, "XSRF-TOKEN": false, "lang": false, "theme": false,
	} {
		if got := LooksLikeSessionCookie(name); got != want {
			t.Errorf("LooksLikeSessionCookie(%q) = %v", name, got)
		}
	}
}
