// Package handlers is a net/http API server: login, session and API-key
// authentication, and the authorization endpoint of an OAuth server.
package handlers

import (
	"encoding/json"
	"log"
	"net/http"
	"net/url"
	"strings"
)

// tokenParam is stripped from URLs before they are logged or forwarded.
const tokenParam = "token"

type Server struct {
	sessions map[string]string
	apiKeys  map[string]string
}

func (s *Server) userForToken(tok string) (string, bool) { u, ok := s.sessions[tok]; return u, ok }
func (s *Server) newSession(user string) string          { return "sid-" + user }
func (s *Server) issueToken(user string) string          { return "at-" + user }

// Me authenticates with ?token=.
func (s *Server) Me(w http.ResponseWriter, r *http.Request) {
	tok := r.URL.Query().Get("token") // want `token read from the URL query \(token=…\): query strings end up in access logs, browser history and Referer headers, so a leaked URL is a working credential; accept it only from the Authorization header or the body of a POST`
	user, ok := s.userForToken(tok)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"user": user})
}

// Export takes an API key from the query or a form.
func (s *Server) Export(w http.ResponseWriter, r *http.Request) {
	key := r.FormValue("api_key") // want `API key read with FormValue, which also accepts it from the URL query \(\?api_key=…\): .* use PostFormValue, which reads only the request body, or accept it only from a request header`
	if _, ok := s.apiKeys[key]; !ok {
		http.Error(w, "forbidden", http.StatusForbidden)
	}
}

// Feed accepts a list of access tokens.
func (s *Server) Feed(w http.ResponseWriter, r *http.Request) {
	if toks := r.URL.Query()["access_token"]; len(toks) > 0 { // want `access token read from the URL query \(access_token=…\)`
		s.userForToken(toks[0])
	}
}

// Logout reads the session ID from the parsed form.
func (s *Server) Logout(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	sid := r.Form.Get("session_id") // want `session ID read from Request.Form, which also holds the URL query \(\?session_id=…\): .* use Request.PostForm, which holds only the request body, or read it from the session cookie`
	delete(s.sessions, sid)
}

// Poll reads the query through a variable.
func (s *Server) Poll(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	since := q.Get("since")
	sid := q.Get("sid") // want `session ID read from the URL query \(sid=…\)`
	_, _ = since, sid
}

// Geo accepts a Google-style ?key=.
func (s *Server) Geo(w http.ResponseWriter, r *http.Request) {
	apiKey := r.URL.Query().Get("key") // want `API key read from the URL query \(key=…\)`
	if _, ok := s.apiKeys[apiKey]; !ok {
		http.Error(w, "forbidden", http.StatusForbidden)
	}
}

// Embed parses the raw query itself.
func (s *Server) Embed(w http.ResponseWriter, r *http.Request) {
	u := r.URL
	vals, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return
	}
	if jwt := vals.Get("jwt"); jwt != "" { // want `access token read from the URL query \(jwt=…\)`
		s.userForToken(jwt)
	}
}

// Login reads the credentials from the body and redirects with the session
// in the URL.
func (s *Server) Login(w http.ResponseWriter, r *http.Request) {
	user, pass := r.PostFormValue("username"), r.PostFormValue("password")
	if user == "" || pass == "" {
		http.Error(w, "missing credentials", http.StatusBadRequest)
		return
	}
	sid := s.newSession(user)
	http.Redirect(w, r, "/app?session="+sid, http.StatusSeeOther) // want `session ID placed in a redirect URL \(session=…\): the browser keeps it in history and sends it in Referer headers, and servers and proxies log it; keep it in an HttpOnly, Secure cookie`
}

// LoginForm reads the body only, via PostForm.
func (s *Server) LoginForm(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		return
	}
	pass := r.PostForm.Get("password")
	user := r.PostForm["username"]
	_, _ = pass, user
	http.SetCookie(w, &http.Cookie{Name: "__Host-session", Value: s.newSession(user[0]), Path: "/", Secure: true, HttpOnly: true})
	http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusFound)
}

// APIAuth is middleware: bearer tokens come from the header, and tokens
// sent in the URL are refused rather than read.
func (s *Server) APIAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("access_token") != "" {
			http.Error(w, "send the token in the Authorization header", http.StatusBadRequest)
			return
		}
		if _, ok := r.URL.Query()["api_key"]; ok {
			http.Error(w, "send the key in the X-API-Key header", http.StatusBadRequest)
			return
		}
		if r.URL.Query().Has("token") {
			http.Error(w, "tokens in URLs are not accepted", http.StatusBadRequest)
			return
		}
		auth := r.Header.Get("Authorization")
		tok, ok := strings.CutPrefix(auth, "Bearer ")
		if !ok {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		s.userForToken(tok)
		next.ServeHTTP(w, r)
	})
}

// AccessLog strips credentials before logging the URL.
func AccessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u := *r.URL
		q := u.Query()
		q.Del(tokenParam)
		u.RawQuery = q.Encode()
		log.Printf("%s %s", r.Method, u.String())
		log.Printf("path=%s", r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

// Search reads ordinary query parameters.
func (s *Server) Search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	term := q.Get("q")
	page := q.Get("page_token")
	state := r.FormValue("state")
	typ := r.URL.Query().Get("token_type")
	sortKey := q.Get("key")
	_, _, _, _, _ = term, page, state, typ, sortKey
}

// Authorize is an OAuth authorization endpoint.
func (s *Server) Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	redirectURI, state := q.Get("redirect_uri"), q.Get("state")
	switch q.Get("response_type") {
	case "code":
		code := "c-" + state
		http.Redirect(w, r, redirectURI+"?code="+url.QueryEscape(code)+"&state="+url.QueryEscape(state), http.StatusFound)
	case "token": // the implicit grant, deprecated by the OAuth security BCP
		tok := s.issueToken("u")
		http.Redirect(w, r, redirectURI+"#access_token="+tok+"&token_type=Bearer&state="+state, http.StatusFound) // want `access token placed in a redirect URL \(access_token=…\)`
	}
}
