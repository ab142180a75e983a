package lifecycle

import (
	"fmt"
	"html"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
)

// shapeFlaws are the mistakes of the redirect, reset-link and rate-limit
// test server, one per failure mode of the open-redirect,
// reset-link-origin and rate-limit-shapes probes.
type shapeFlaws struct {
	RaceLimit      bool   // login limits check, hash, then count: a burst gets through
	PerAddressV6   bool   // IPv6 clients are limited per /128, not per /64
	NoResetIPLimit bool   // reset requests are limited per address only
	SuccessCounts  bool   // correct logins spend the per-IP budget
	LinkFrom       string // "Host", "X-Forwarded-Host" or "Forwarded": the reset link's host comes from there
	Redirect       string // how next is checked: "" (correctly), any, prefix, backslash, tab, decode-twice, meta, script, host-prefix; idp (correct) always goes through an identity provider
}

// shapeServer is a small auth service with the limits the profile
// documents (login 5 failures per IP, 10 per account; reset 10 requests
// per IP), a reset outbox, GET /login?next= and POST /api/logout?next=.
// Without flaws it passes every check of the three probes.
type shapeServer struct {
	shapeFlaws
	mu       sync.Mutex
	ipFail   map[string]int
	acctFail map[string]int
	resetIP  map[string]int
	sessions map[string]bool
	outbox   []map[string]string
	srv      *httptest.Server
}

const (
	shapeLoginPerIP      = 5
	shapeLoginPerAccount = 10
	shapeResetPerIP      = 10
)

var shapeAccounts = []profile.Account{
	{Username: "alice@example.com", Email: "alice@example.com", Password: "alice shape passphrase 1"},
	{Username: "bob@example.com", Email: "bob@example.com", Password: "bob shape passphrase 2"},
	{Username: "carol@example.com", Email: "carol@example.com", Password: "carol shape passphrase 3", Burnable: true},
}

func newShapeServer(t testing.TB, f shapeFlaws) *shapeServer {
	s := &shapeServer{shapeFlaws: f, ipFail: map[string]int{}, acctFail: map[string]int{}, resetIP: map[string]int{}, sessions: map[string]bool{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/login", s.login)
	mux.HandleFunc("POST /api/logout", s.logout)
	mux.HandleFunc("GET /login", s.loginPage)
	mux.HandleFunc("POST /api/reset/request", s.resetRequest)
	mux.HandleFunc("GET /dev/outbox", func(w http.ResponseWriter, r *http.Request) {
		to := r.URL.Query().Get("to")
		s.mu.Lock()
		msgs := []map[string]string{}
		for _, m := range s.outbox {
			if to == "" || m["to"] == to {
				msgs = append(msgs, m)
			}
		}
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, map[string]any{"messages": msgs})
	})
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

func (s *shapeServer) profile(t testing.TB, mods ...func(*profile.Profile)) *profile.Profile {
	p := &profile.Profile{
		BaseURL: s.srv.URL,
		Endpoints: profile.Endpoints{
			Login:        &profile.Endpoint{Method: "POST", Path: "/api/login", Fields: map[string]string{"username": "email"}, Response: map[string]string{"accessToken": "access_token"}},
			ResetRequest: &profile.Endpoint{Method: "POST", Path: "/api/reset/request"},
		},
		Outbox:          &profile.Endpoint{Method: "GET", Path: "/dev/outbox"},
		ForwardedHeader: "X-Forwarded-For",
		Accounts:        shapeAccounts,
		Redirects: []profile.Redirect{
			{Path: "/login", Param: "next"},
			{Method: "POST", Path: "/api/logout", Param: "next", Session: true},
		},
	}
	for _, m := range mods {
		m(p)
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	return p
}

func (s *shapeServer) target(t testing.TB, mods ...func(*profile.Profile)) *probes.Target {
	tg, err := probes.NewTarget(probes.Options{Profile: s.profile(t, mods...), ProbeTimeout: 2 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// clientKey is the limiter key of the request's client: the forwarded
// address (trusted, as behind a proxy), by its /64 for IPv6.
func (s *shapeServer) clientKey(r *http.Request) string {
	ip := r.Header.Get("X-Forwarded-For")
	if ip == "" {
		ip, _, _ = net.SplitHostPort(r.RemoteAddr)
	}
	a, err := netip.ParseAddr(ip)
	if err != nil || a.Is4() || s.PerAddressV6 {
		return ip
	}
	p, _ := a.Prefix(64)
	return p.String()
}

func (s *shapeServer) login(w http.ResponseWriter, r *http.Request) {
	var in struct{ Email, Password string }
	if !decode(w, r, &in) {
		return
	}
	key, acct := s.clientKey(r), strings.ToLower(in.Email)
	s.mu.Lock()
	if s.ipFail[key] >= shapeLoginPerIP || s.acctFail[acct] >= shapeLoginPerAccount {
		s.mu.Unlock()
		w.Header().Set("Retry-After", "60")
		fail(w, http.StatusTooManyRequests, "too many attempts")
		return
	}
	if !s.RaceLimit {
		// Reserve the attempt before the hash; a success gives it back.
		s.ipFail[key]++
		s.acctFail[acct]++
	}
	s.mu.Unlock()
	time.Sleep(20 * time.Millisecond) // the password hash
	ok := false
	for _, a := range shapeAccounts {
		ok = ok || a.Username == acct && a.Password == in.Password
	}
	s.mu.Lock()
	switch {
	case s.RaceLimit && !ok:
		s.ipFail[key]++
		s.acctFail[acct]++
	case s.RaceLimit && ok && s.SuccessCounts:
		s.ipFail[key]++
	case !s.RaceLimit && ok:
		if !s.SuccessCounts {
			s.ipFail[key]--
		}
		s.acctFail[acct]--
	}
	sid := ""
	if ok {
		sid = randToken(18)
		s.sessions[sid] = true
	}
	s.mu.Unlock()
	if !ok {
		fail(w, http.StatusUnauthorized, "invalid e-mail or password")
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	writeJSON(w, http.StatusOK, map[string]string{"access_token": "opaque-" + sid})
}

func (s *shapeServer) logout(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	s.mu.Lock()
	ok := err == nil && s.sessions[c.Value]
	if ok {
		delete(s.sessions, c.Value)
	}
	s.mu.Unlock()
	if !ok {
		fail(w, http.StatusUnauthorized, "not logged in")
		return
	}
	s.redirect(w, r, http.StatusSeeOther, func() { w.WriteHeader(http.StatusNoContent) })
}

func (s *shapeServer) loginPage(w http.ResponseWriter, r *http.Request) {
	s.redirect(w, r, http.StatusFound, func() {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte("<!doctype html><title>Log in</title><form method=post></form>"))
	})
}

// redirect sends the client to ?next= when the check (by flaw) lets it,
// else calls otherwise.
func (s *shapeServer) redirect(w http.ResponseWriter, r *http.Request, status int, otherwise func()) {
	next := r.URL.Query().Get("next")
	host := strings.Split(r.Host, ":")[0]
	allowed := false
	switch s.Redirect {
	case "":
		allowed = sameSitePath(next)
	case "idp":
		// Not a flaw: every login goes through the identity provider,
		// which gets the (checked) next to come back to.
		back := "/"
		if sameSitePath(next) {
			back = next
		}
		w.Header().Set("Location", "https://idp.example/authorize?return_to="+url.QueryEscape(back))
		w.WriteHeader(http.StatusFound)
		return
	case "any", "meta", "script":
		allowed = next != ""
	case "prefix":
		allowed = strings.HasPrefix(next, "/")
	case "backslash":
		allowed = strings.HasPrefix(next, "/") && !strings.HasPrefix(next, "//")
	case "tab":
		allowed = strings.HasPrefix(next, "/") && !strings.HasPrefix(next, "//") && !strings.HasPrefix(next, `/\`)
	case "decode-twice":
		if allowed = sameSitePath(next); allowed {
			next, _ = url.PathUnescape(next)
		}
	case "host-prefix":
		allowed = sameSitePath(next) || strings.HasPrefix(next, "https://"+host) || strings.HasPrefix(next, "http://"+host)
	}
	if !allowed {
		otherwise()
		return
	}
	if s.Redirect == "script" {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><title>Moving on</title><script>window.location.replace(%q);</script>`, next)
		return
	}
	if s.Redirect == "meta" {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><meta http-equiv="refresh" content="0; url=%s"><title>Moving on</title>`, html.EscapeString(next))
		return
	}
	w.Header().Set("Location", next)
	w.WriteHeader(status)
}

// sameSitePath is the correct check: a path on this site, nothing a
// browser could read as another host.
func sameSitePath(v string) bool {
	if len(v) == 0 || v[0] != '/' || len(v) > 1 && (v[1] == '/' || v[1] == '\\') {
		return false
	}
	for _, c := range v {
		if c < 0x20 || c == 0x7f || c == '\\' {
			return false
		}
	}
	u, err := url.Parse(v)
	return err == nil && u.Scheme == "" && u.Host == "" && u.User == nil
}

func (s *shapeServer) resetRequest(w http.ResponseWriter, r *http.Request) {
	var in struct{ Email string }
	if !decode(w, r, &in) {
		return
	}
	key := s.clientKey(r)
	s.mu.Lock()
	if !s.NoResetIPLimit && s.resetIP[key] >= shapeResetPerIP {
		s.mu.Unlock()
		w.Header().Set("Retry-After", "60")
		fail(w, http.StatusTooManyRequests, "too many reset requests")
		return
	}
	s.resetIP[key]++
	known := false
	for _, a := range shapeAccounts {
		known = known || a.Email == strings.ToLower(in.Email)
	}
	if known {
		base := s.srv.URL
		switch s.LinkFrom {
		case "Host":
			base = "http://" + r.Host
		case "X-Forwarded-Host":
			if h := r.Header.Get("X-Forwarded-Host"); h != "" {
				base = "https://" + h
			}
		case "Forwarded":
			for _, part := range strings.Split(r.Header.Get("Forwarded"), ";") {
				if k, v, ok := strings.Cut(strings.TrimSpace(part), "="); ok && strings.EqualFold(k, "host") {
					base = "https://" + strings.Trim(v, `"`)
				}
			}
		}
		tok := randToken(24)
		link := base + "/reset#token=" + tok
		s.outbox = append(s.outbox, map[string]string{"to": strings.ToLower(in.Email), "token": tok, "link": link, "body": "Reset: " + link})
	}
	s.mu.Unlock()
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "accepted"})
}
