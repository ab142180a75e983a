// Package posthandlers holds login handlers reading credentials with
// FormValue: low (AC404) where only POST reaches the read, high (AC402)
// where GET does or nothing says which methods do.
package posthandlers

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Server holds the handlers.
type Server struct{}

// Routes registers the handlers.
func (s *Server) Routes(mux *http.ServeMux, r *chi.Mux) {
	mux.HandleFunc("POST /login", s.login)
	mux.Handle("POST /token", http.HandlerFunc(s.token))
	mux.HandleFunc("/signin", s.signin)
	r.Post("/api/login", s.apiLogin)
	r.Get("/api/legacy-login", s.legacyLogin)
	r.MethodFunc("POST", "/api/pin", s.pin)
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	pw := r.FormValue("password") // want `password read with FormValue in a handler that only accepts POST: .*; use PostFormValue`
	_ = pw
}

func (s *Server) token(w http.ResponseWriter, r *http.Request) {
	secret := r.FormValue("client_secret") // want `client secret read with FormValue in a handler that only accepts POST`
	_ = secret
}

// signin is registered for every method but checks it first.
func (s *Server) signin(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	pw := r.FormValue("password") // want `password read with FormValue in a handler that only accepts POST`
	_ = pw
}

func (s *Server) apiLogin(w http.ResponseWriter, r *http.Request) {
	_ = r.Form.Get("password") // want `password read with Request.Form in a handler that only accepts POST: .*use Request.PostForm`
}

// legacyLogin is reached by GET: high.
func (s *Server) legacyLogin(w http.ResponseWriter, r *http.Request) {
	pw := r.FormValue("password") // want `password read with FormValue, which also accepts it from the URL query`
	_ = pw
}

func (s *Server) pin(w http.ResponseWriter, r *http.Request) {
	_ = r.FormValue("pin_token") // want `token read with FormValue in a handler that only accepts POST`
}

// Account serves both methods: only the POST branch reads the password.
func Account(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		_ = r.FormValue("api_key") // want `API key read with FormValue, which also accepts it from the URL query`
	case http.MethodPost, http.MethodPut:
		_ = r.FormValue("password") // want `password read with FormValue in a handler that only accepts POST`
	}
	if r.Method == "POST" {
		_ = r.FormValue("new_password") // want `password read with FormValue in a handler that only accepts POST`
	}
}

// Unrouted is registered elsewhere: nothing says which methods reach it.
func Unrouted(w http.ResponseWriter, r *http.Request) {
	_ = r.FormValue("password") // want `password read with FormValue, which also accepts it from the URL query`
}

// Search reads the query explicitly: high whatever the method.
func Search(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		return
	}
	_ = r.URL.Query().Get("access_token") // want `access token read from the URL query \(access_token=…\)`
}

// ManualSignIn is called by a handler for every method, and returns
// early unless the request is a POST.
func ManualSignIn(req *http.Request, enabled bool) (string, bool) {
	if req.Method != http.MethodPost || !enabled {
		return "", false
	}
	return req.FormValue("username"), req.FormValue("password") != "x" // want `password read with FormValue in a handler that only accepts POST`
}
