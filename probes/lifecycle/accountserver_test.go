package lifecycle

import (
	"crypto/subtle"
	"net/http"
	"strings"
)

// The test server's account-lifecycle routes: address verification and
// change, logout-all, the administrators' lock, and the development
// endpoints a flawed server exposes.

// passwordIs checks pw against u's current hash.
func (s *testServer) passwordIs(u *tUser, pw string) bool {
	s.mu.Lock()
	salt, want := u.salt, u.hash
	s.mu.Unlock()
	return subtle.ConstantTimeCompare(s.hash(pw, salt), want) == 1
}

// flagKeysLocked suspends the user's keys for review.
func (s *testServer) flagKeysLocked(email string) {
	for _, k := range s.keys {
		if k.user == email && !k.revoked {
			k.flagged = true
		}
	}
}

// mailLink mails a confirmation link to "to" (registration) or, for an
// e-mail change of the account at email, to the new address.
func (s *testServer) mailLink(email, newEmail, subject string) {
	tok := randToken(32)
	to := email
	if newEmail != "" {
		to = newEmail
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.verifies[tok] = &tVerify{email: email, newEmail: newEmail}
	link := s.srv.URL + "/confirm#token=" + tok
	s.outbox = append(s.outbox, map[string]string{"to": to, "subject": subject, "body": "Open " + link, "link": link, "token": tok})
}

func (s *testServer) lifecycleRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /api/logout-all", func(w http.ResponseWriter, r *http.Request) {
		p, ok := s.authenticate(w, r, "", false)
		if !ok {
			return
		}
		s.mu.Lock()
		s.endSessionsLocked(p.user.email, "", true, true)
		if !s.LogoutAllKeepsKeys {
			s.flagKeysLocked(p.user.email)
		}
		s.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("POST /api/verify", s.verifyAddress)
	mux.HandleFunc("POST /api/email", s.changeEmail)
	mux.HandleFunc("POST /api/admin/lock", func(w http.ResponseWriter, r *http.Request) { s.lock(w, r, true) })
	mux.HandleFunc("POST /api/admin/unlock", func(w http.ResponseWriter, r *http.Request) { s.lock(w, r, false) })
	if s.DebugExposed {
		mux.HandleFunc("GET /debug/pprof/", func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte("<html>/debug/pprof/ Types of profiles available: goroutine heap threadcreate</html>"))
		})
	}
	if s.EnvExposed {
		mux.HandleFunc("GET /.env", func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte("APP_ENV=dev\nDB_PASSWORD=hunter2-test\n"))
		})
	}
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		if s.MetricsAuth {
			_, _ = w.Write([]byte("# TYPE logins_total counter\nlogins_total{email=\"alice@example.com\",result=\"ok\"} 3\n"))
			return
		}
		_, _ = w.Write([]byte("# TYPE http_requests_total counter\nhttp_requests_total{code=\"200\"} 10\n"))
	})
	if s.catchAll {
		mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte("<html><body>single-page app</body></html>"))
		})
	}
}

func (s *testServer) verifyAddress(w http.ResponseWriter, r *http.Request) {
	var in struct{ Token string }
	if !decode(w, r, &in) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	v := s.verifies[in.Token]
	if v == nil || v.used || s.users[v.email] == nil {
		fail(w, http.StatusBadRequest, "invalid or used link")
		return
	}
	v.used = true
	u := s.users[v.email]
	if v.newEmail == "" {
		u.verified = true
		writeJSON(w, http.StatusOK, map[string]string{"status": "verified"})
		return
	}
	if s.users[v.newEmail] != nil {
		fail(w, http.StatusConflict, "address taken")
		return
	}
	old := u.email
	s.endSessionsLocked(old, "", true, true)
	delete(s.users, old)
	u.email = v.newEmail
	s.users[u.email] = u
	for _, k := range s.keys {
		if k.user == old {
			k.user = u.email
		}
	}
	if !s.EmailNoNotice {
		s.outbox = append(s.outbox, map[string]string{"to": old, "subject": "Your address was changed", "body": "Your account now uses " + u.email + "."})
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "changed"})
}

func (s *testServer) changeEmail(w http.ResponseWriter, r *http.Request) {
	p, ok := s.authenticate(w, r, "", false)
	if !ok {
		return
	}
	if p.via == "key" {
		fail(w, http.StatusForbidden, "keys cannot change the address")
		return
	}
	var in struct {
		New     string `json:"new_email"`
		Current string `json:"current_password"`
	}
	if !decode(w, r, &in) {
		return
	}
	if !strings.Contains(in.New, "@") {
		fail(w, http.StatusBadRequest, "invalid e-mail")
		return
	}
	if !s.EmailNoReauth {
		if in.Current == "" {
			fail(w, http.StatusBadRequest, "reauthentication required")
			return
		}
		if !s.passwordIs(p.user, in.Current) {
			fail(w, http.StatusForbidden, "wrong current password")
			return
		}
	}
	to := strings.ToLower(in.New)
	s.mu.Lock()
	taken := s.users[to] != nil
	s.mu.Unlock()
	if taken && s.EmailEnum {
		fail(w, http.StatusConflict, "address already in use")
		return
	}
	if !taken {
		s.mailLink(p.user.email, to, "Confirm your new address")
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "open the link we sent to the new address"})
}

// lock locks or unlocks an account (administrators only).
func (s *testServer) lock(w http.ResponseWriter, r *http.Request, lock bool) {
	p, ok := s.authenticate(w, r, "", false)
	if !ok {
		return
	}
	if p.via == "key" || !p.user.admin {
		fail(w, http.StatusForbidden, "administrators only")
		return
	}
	var in struct{ Email, Reason string }
	if !decode(w, r, &in) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	u := s.users[strings.ToLower(in.Email)]
	if u == nil {
		fail(w, http.StatusNotFound, "no such account")
		return
	}
	u.locked = lock
	if lock {
		s.endSessionsLocked(u.email, "", !s.LockKeepsSessions, !s.LockKeepsSessions)
		if !s.LockKeepsKeys {
			s.flagKeysLocked(u.email)
		}
		if !s.LockKeepsResets {
			for _, rs := range s.resets {
				if rs.email == u.email {
					rs.used = true
				}
			}
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"email": u.email, "locked": lock})
}
