package httpcheck

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
)

// knobs break the test auth server one way each; the zero value is a
// server that does everything right.
type knobs struct {
	// transport
	noHSTS            bool
	hsts              []string // STS header values instead of the good one
	stsOverHTTP       bool
	plainServes       bool // the plain-HTTP listener serves the application
	redirectOtherHost bool
	noPlainListener   bool

	// session cookie
	cookieName        string // default __Host-session
	noHTTPOnly        bool
	noSecure          bool
	sameSite          http.SameSite // default Strict; sameSiteOmitted leaves it out
	sessionInLocation bool          // login redirects to a URL carrying the session ID
	rootSetsCookie    string        // GET / sets this Set-Cookie line

	// CORS and CSRF
	corsEcho     bool // reflect any Origin
	corsCreds    bool // with Access-Control-Allow-Credentials: true
	corsWildcard bool
	noVary       bool
	noCSRF       bool // no cross-origin protection on state changes
	refuseButAct bool // logout answers 403 to cross-site requests, but logs out anyway

	// rate limits
	noLoginLimit   bool
	noResetLimit   bool
	throttleStatus int  // default 429
	throttleStall  bool // throttled requests never get an answer
	throttleDrop   bool // throttled requests get their connection closed
	noRetryAfter   bool

	// headers on auth responses and pages (auth-headers)
	hdrCacheable     bool // me lacks Cache-Control: no-store
	hdrFrameable     bool // login and reset pages can be framed
	hdrFrameWildcard bool // frame-ancestors * (and no X-Frame-Options)
	hdrNoNosniff     bool
	hdrReferrer      string // Referrer-Policy of the reset page (default no-referrer; "-" for none)
	hdrNoClearSite   bool
	hdrNoWWWAuth     bool

	// access
	unknownRoute200 bool
	methods200      bool
	meOpen          bool
	idor            bool
}

const sameSiteOmitted http.SameSite = -1

const goodSTS = "max-age=63072000; includeSubDomains; preload"

// Checklist limits the server enforces (the profile leaves the defaults).
const (
	loginPerIP      = profile.DefaultLoginPerIP
	loginPerAccount = profile.DefaultLoginPerAccount
	resetPerAddress = profile.DefaultResetPerAddress
	allowedOrigin   = "https://app.example"
)

// authServer is a small auth service over TLS plus its plain-HTTP
// listener.
type authServer struct {
	k     knobs
	tls   *httptest.Server
	plain *httptest.Server

	mu        sync.Mutex
	users     map[string]string
	sessions  map[string]string // session ID → user
	notes     map[string]string // note ID → owner
	failsIP   map[string]int
	failsUser map[string]int
	resets    map[string]int
}

func newAuthServer(t *testing.T, k knobs) *authServer {
	t.Helper()
	s := &authServer{
		k:         k,
		users:     map[string]string{"alice": "alice-password-1", "bob": "bob-password-22", "mallory": "mallory-password-3"},
		sessions:  map[string]string{},
		notes:     map[string]string{},
		failsIP:   map[string]int{},
		failsUser: map[string]int{},
		resets:    map[string]int{},
	}
	quiet := log.New(io.Discard, "", 0)
	s.tls = httptest.NewUnstartedServer(s.tlsHandler())
	s.tls.Config.ErrorLog = quiet
	s.tls.StartTLS()
	t.Cleanup(s.tls.Close)
	if !k.noPlainListener {
		s.plain = httptest.NewUnstartedServer(http.HandlerFunc(s.plainHTTP))
		s.plain.Config.ErrorLog = quiet
		s.plain.Start()
		t.Cleanup(s.plain.Close)
	}
	return s
}

func newID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// profileYAML describes the server the way a user would.
func (s *authServer) profileYAML() string {
	return "baseURL: " + s.tls.URL + `
forwardedHeader: X-Forwarded-For
endpoints:
  login: {method: POST, path: /api/login}
  logout: {method: POST, path: /api/logout}
  me: {method: GET, path: /api/me}
  createResource: {method: POST, path: /api/notes}
  resource: {method: GET, path: "/api/notes/{id}"}
  resetRequest: {method: POST, path: /api/reset}
pages:
  login: /login
  reset: /reset/sample-token
accounts:
  - {username: alice, password: alice-password-1}
  - {username: bob, password: bob-password-22}
  - {username: mallory, password: mallory-password-3, email: mallory@example.test, burnable: true}
`
}

// target builds a probe target for the server, trusting its certificate.
func (s *authServer) target(t *testing.T, withProfile bool) *probes.Target {
	t.Helper()
	o := probes.Options{URL: s.tls.URL, Timeout: 5 * time.Second, ProbeTimeout: 30 * time.Second, HTTPPort: closedPort(t)}
	if s.plain != nil {
		o.HTTPPort = portOf(t, s.plain.URL)
	}
	if withProfile {
		p, err := profile.Parse([]byte(s.profileYAML()))
		if err != nil {
			t.Fatal(err)
		}
		o.Profile = p
	}
	tg, err := probes.NewTarget(o)
	if err != nil {
		t.Fatal(err)
	}
	tg.Roots = s.tls.Client().Transport.(*http.Transport).TLSClientConfig.RootCAs
	return tg
}

func portOf(t *testing.T, raw string) int {
	t.Helper()
	_, port, err := net.SplitHostPort(strings.TrimPrefix(raw, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(port)
	return n
}

// closedPort returns a loopback port nothing listens on.
func closedPort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	return port
}

func (s *authServer) plainHTTP(w http.ResponseWriter, r *http.Request) {
	if s.k.stsOverHTTP {
		w.Header().Set("Strict-Transport-Security", goodSTS)
	}
	switch {
	case s.k.plainServes:
		s.routes().ServeHTTP(w, r)
	case s.k.redirectOtherHost:
		http.Redirect(w, r, "https://www.other.example"+r.URL.RequestURI(), http.StatusMovedPermanently)
	default:
		host, _, _ := net.SplitHostPort(r.Host)
		_, tlsPort, _ := net.SplitHostPort(s.tls.Listener.Addr().String())
		http.Redirect(w, r, "https://"+net.JoinHostPort(host, tlsPort)+r.URL.RequestURI(), http.StatusMovedPermanently)
	}
}

func (s *authServer) tlsHandler() http.Handler {
	var h http.Handler = s.routes()
	if !s.k.noCSRF {
		h = http.NewCrossOriginProtection().Handler(h)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case s.k.noHSTS:
		case s.k.hsts != nil:
			for _, v := range s.k.hsts {
				w.Header().Add("Strict-Transport-Security", v)
			}
		default:
			w.Header().Set("Strict-Transport-Security", goodSTS)
		}
		if !s.k.hdrNoNosniff {
			w.Header().Set("X-Content-Type-Options", "nosniff")
		}
		if strings.HasPrefix(r.URL.Path, "/api/") && !(s.k.hdrCacheable && r.URL.Path == "/api/me") {
			w.Header().Set("Cache-Control", "no-store")
		}
		h.ServeHTTP(wwwAuth{w, !s.k.hdrNoWWWAuth}, r)
	})
}

// wwwAuth adds WWW-Authenticate to 401 answers.
type wwwAuth struct {
	http.ResponseWriter
	on bool
}

func (w wwwAuth) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w wwwAuth) WriteHeader(code int) {
	if code == http.StatusUnauthorized && w.on {
		w.Header().Set("WWW-Authenticate", `Cookie realm="app"`)
	}
	w.ResponseWriter.WriteHeader(code)
}

// page serves the login and reset pages with their headers.
func (s *authServer) page(w http.ResponseWriter, r *http.Request) {
	switch {
	case s.k.hdrFrameWildcard:
		w.Header().Set("Content-Security-Policy", "default-src 'self'; frame-ancestors *")
	case !s.k.hdrFrameable:
		w.Header().Set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'")
		w.Header().Set("X-Frame-Options", "DENY")
	}
	switch s.k.hdrReferrer {
	case "":
		w.Header().Set("Referrer-Policy", "no-referrer")
	case "-":
	default:
		w.Header().Set("Referrer-Policy", s.k.hdrReferrer)
	}
	w.Header().Set("Content-Type", "text/html")
	io.WriteString(w, `<html><form method="post"><input name="password" type="password"></form><a href="https://cdn.example/x">x</a></html>`)
}

func (s *authServer) routes() http.Handler {
	mux := http.NewServeMux()
	root := func(w http.ResponseWriter, r *http.Request) {
		if s.k.rootSetsCookie != "" {
			w.Header().Add("Set-Cookie", s.k.rootSetsCookie)
		}
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, `<html><a href="/api/me">me</a> <form action="/api/login"></form></html>`)
	}
	if s.k.methods200 {
		mux.HandleFunc("/{$}", root)
	} else {
		mux.HandleFunc("GET /{$}", root)
	}
	if s.k.unknownRoute200 {
		mux.HandleFunc("GET /", root) // a SPA-style catch-all
	}
	mux.HandleFunc("POST /api/login", s.login)
	mux.HandleFunc("POST /api/logout", s.logout)
	mux.HandleFunc("GET /api/me", s.me)
	mux.HandleFunc("OPTIONS /api/me", s.me)
	mux.HandleFunc("POST /api/notes", s.createNote)
	mux.HandleFunc("GET /api/notes/{id}", s.getNote)
	mux.HandleFunc("POST /api/reset", s.reset)
	mux.HandleFunc("GET /login", s.page)
	mux.HandleFunc("GET /reset/{token}", s.page)
	return mux
}

func clientIP(r *http.Request) string {
	if v := r.Header.Get("X-Forwarded-For"); v != "" {
		return strings.TrimSpace(strings.Split(v, ",")[0])
	}
	host, _, _ := net.SplitHostPort(r.RemoteAddr)
	return host
}

// throttle answers a throttled request the way the knobs say.
func (s *authServer) throttle(w http.ResponseWriter, r *http.Request) {
	switch {
	case s.k.throttleStall:
		<-r.Context().Done()
		return
	case s.k.throttleDrop:
		if c, _, err := http.NewResponseController(w).Hijack(); err == nil {
			c.Close()
		}
		return
	}
	if !s.k.noRetryAfter {
		w.Header().Set("Retry-After", "900")
	}
	w.Header().Set("RateLimit-Policy", `"login";q=5;w=900`)
	code := s.k.throttleStatus
	if code == 0 {
		code = http.StatusTooManyRequests
	}
	http.Error(w, "slow down", code)
}

func readJSON(r *http.Request) map[string]string {
	var m map[string]string
	_ = json.NewDecoder(io.LimitReader(r.Body, 1<<16)).Decode(&m)
	return m
}

func (s *authServer) sessionCookie() *http.Cookie {
	c := &http.Cookie{Name: "__Host-session", Path: "/", HttpOnly: !s.k.noHTTPOnly, Secure: !s.k.noSecure, SameSite: http.SameSiteStrictMode}
	if s.k.cookieName != "" {
		c.Name = s.k.cookieName
	}
	switch s.k.sameSite {
	case 0:
	case sameSiteOmitted:
		c.SameSite = 0
	default:
		c.SameSite = s.k.sameSite
	}
	return c
}

func (s *authServer) login(w http.ResponseWriter, r *http.Request) {
	in := readJSON(r)
	user, ip := in["username"], clientIP(r)
	s.mu.Lock()
	limited := !s.k.noLoginLimit && (s.failsIP[ip] >= loginPerIP || s.failsUser[user] >= loginPerAccount)
	ok := !limited && s.users[user] != "" && s.users[user] == in["password"]
	if !limited && !ok {
		s.failsIP[ip]++
		s.failsUser[user]++
	}
	id := newID()
	if ok {
		s.sessions[id] = user
	}
	s.mu.Unlock()
	switch {
	case limited:
		s.throttle(w, r)
	case !ok:
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
	default:
		c := s.sessionCookie()
		c.Value = id
		http.SetCookie(w, c)
		if s.k.sessionInLocation {
			http.Redirect(w, r, "/home?sid="+id, http.StatusSeeOther)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"user":"`+user+`"}`)
	}
}

// user returns the session's user, or "".
func (s *authServer) user(r *http.Request) string {
	c, err := r.Cookie(s.sessionCookie().Name)
	if err != nil {
		return ""
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sessions[c.Value]
}

func (s *authServer) logout(w http.ResponseWriter, r *http.Request) {
	u := s.user(r)
	if u == "" {
		http.Error(w, "log in first", http.StatusUnauthorized)
		return
	}
	c, _ := r.Cookie(s.sessionCookie().Name)
	s.mu.Lock()
	delete(s.sessions, c.Value)
	s.mu.Unlock()
	if s.k.refuseButAct && r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if !s.k.hdrNoClearSite {
		w.Header().Set("Clear-Site-Data", `"cache", "cookies", "storage"`)
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *authServer) cors(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	h := w.Header()
	switch {
	case s.k.corsWildcard:
		h.Set("Access-Control-Allow-Origin", "*")
		return
	case s.k.corsEcho && origin != "", origin == allowedOrigin:
		h.Set("Access-Control-Allow-Origin", origin)
		if s.k.corsCreds || origin == allowedOrigin {
			h.Set("Access-Control-Allow-Credentials", "true")
		}
	}
	if !s.k.noVary {
		h.Add("Vary", "Origin")
	}
}

func (s *authServer) me(w http.ResponseWriter, r *http.Request) {
	s.cors(w, r)
	if r.Method == http.MethodOptions {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	u := s.user(r)
	if u == "" && !s.k.meOpen {
		http.Error(w, "log in first", http.StatusUnauthorized)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	io.WriteString(w, `{"user":"`+u+`"}`)
}

func (s *authServer) createNote(w http.ResponseWriter, r *http.Request) {
	u := s.user(r)
	if u == "" {
		http.Error(w, "log in first", http.StatusUnauthorized)
		return
	}
	s.mu.Lock()
	id := strconv.Itoa(len(s.notes) + 1) // sequential: easy to guess, so ownership matters
	s.notes[id] = u
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	io.WriteString(w, `{"id":`+id+`}`)
}

func (s *authServer) getNote(w http.ResponseWriter, r *http.Request) {
	u := s.user(r)
	if u == "" {
		http.Error(w, "log in first", http.StatusUnauthorized)
		return
	}
	s.mu.Lock()
	owner, ok := s.notes[r.PathValue("id")]
	s.mu.Unlock()
	if !ok || (owner != u && !s.k.idor) {
		http.NotFound(w, r)
		return
	}
	io.WriteString(w, `{"owner":"`+owner+`"}`)
}

func (s *authServer) reset(w http.ResponseWriter, r *http.Request) {
	addr := readJSON(r)["email"]
	s.mu.Lock()
	limited := !s.k.noResetLimit && s.resets[addr] >= resetPerAddress
	if !limited {
		s.resets[addr]++
	}
	s.mu.Unlock()
	if limited {
		s.throttle(w, r)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
