package reference

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/authcheck/authcheck/reference/audit"
	"github.com/authcheck/authcheck/reference/clock"
	mailer "github.com/authcheck/authcheck/reference/mail"
	"github.com/authcheck/authcheck/reference/store"
)

func (s *Server) handleHealth(w http.ResponseWriter, _ *http.Request, _ *principal) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) handleJWKS(w http.ResponseWriter, _ *http.Request, _ *principal) {
	writeJSON(w, http.StatusOK, s.keys.JWKS())
}

type noteView struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title"`
	Body      string    `json:"body"`
	CreatedAt time.Time `json:"createdAt"`
}

func viewNote(n store.Note) noteView {
	return noteView{ID: n.ID, Title: n.Title, Body: n.Body, CreatedAt: n.CreatedAt.UTC()}
}

type createNote struct {
	Title string `json:"title"`
	Body  string `json:"body"`
}

func (s *Server) handleCreateNote(w http.ResponseWriter, r *http.Request, p *principal) {
	var in createNote
	if !decodeJSON(w, r, &in) {
		return
	}
	title := strings.TrimSpace(in.Title)
	if title == "" || utf8.RuneCountInString(title) > 200 || utf8.RuneCountInString(in.Body) > 4000 {
		writeError(w, http.StatusBadRequest, "invalid_note", "title is required (at most 200 characters); body at most 4000")
		return
	}
	n, err := s.store.CreateNote(r.Context(), p.user.ID, title, in.Body, s.clock.Now())
	if err != nil {
		s.internalError(w, r, "create note", err)
		return
	}
	writeJSON(w, http.StatusCreated, viewNote(n))
}

func (s *Server) handleListNotes(w http.ResponseWriter, r *http.Request, p *principal) {
	notes, err := s.store.ListNotes(r.Context(), p.user.ID)
	if err != nil {
		s.internalError(w, r, "list notes", err)
		return
	}
	out := []noteView{}
	for _, n := range notes {
		out = append(out, viewNote(n))
	}
	writeJSON(w, http.StatusOK, map[string]any{"notes": out})
}

// noteID parses the {id} path segment; anything but a positive integer is
// simply not found.
func noteID(r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return id, err == nil && id > 0
}

// handleGetNote returns the note only to its owner. Another user's note is
// indistinguishable from a missing one (404), so IDs cannot be probed.
func (s *Server) handleGetNote(w http.ResponseWriter, r *http.Request, p *principal) {
	id, ok := noteID(r)
	if !ok {
		writeError(w, http.StatusNotFound, "not_found", "no such note")
		return
	}
	n, err := s.store.GetNote(r.Context(), p.user.ID, id)
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not_found", "no such note")
		return
	}
	if err != nil {
		s.internalError(w, r, "get note", err)
		return
	}
	writeJSON(w, http.StatusOK, viewNote(n))
}

func (s *Server) handleDeleteNote(w http.ResponseWriter, r *http.Request, p *principal) {
	id, ok := noteID(r)
	found := false
	if ok {
		var err error
		if found, err = s.store.DeleteNote(r.Context(), p.user.ID, id); err != nil {
			s.internalError(w, r, "delete note", err)
			return
		}
	}
	if !found {
		writeError(w, http.StatusNotFound, "not_found", "no such note")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

type lockRequest struct {
	Email  string `json:"email"`
	Reason string `json:"reason"`
	reauthFields
}

// handleLockAccount is the incident-response lock, for administrators.
func (s *Server) handleLockAccount(w http.ResponseWriter, r *http.Request, p *principal) {
	var in lockRequest
	if !decodeJSON(w, r, &in) {
		return
	}
	email, ok := normalizeEmail(in.Email)
	if !ok || utf8.RuneCountInString(in.Reason) > 500 {
		writeError(w, http.StatusBadRequest, "invalid_request", "a valid email is required; reason at most 500 characters")
		return
	}
	// An admin action: the target must exist, then step-up or inline
	// re-authentication (stepup.go).
	if !s.adminTargetExists(w, r, email, false) || !s.reauthenticate(w, r, p, in.reauthFields) {
		return
	}
	res, err := s.lockAccount(r, email, in.Reason, p.user.ID)
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not_found", "no such account")
		return
	}
	if err != nil {
		s.internalError(w, r, "lock account", err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// lockAccount locks an account: in one transaction logins are blocked,
// sessions deleted, refresh tokens revoked and API keys flagged for
// review; then access tokens are revoked and the owner is told how to
// unlock (a password reset).
func (s *Server) lockAccount(r *http.Request, email, reason string, by int64) (LockResult, error) {
	ctx := r.Context()
	u, ended, err := s.store.LockUser(ctx, email, reason, s.clock.Now())
	if err != nil {
		return LockResult{}, err
	}
	if err := s.revokeSessions(ctx, u.ID, ended, false); err != nil {
		s.log.Error("revoke", "error", err.Error())
	}
	s.send(ctx, mailer.Message{To: u.Email, Subject: "Your account was locked",
		Body: "Your account was locked by an administrator as a precaution. Contact your administrator to unlock it; you will then choose a new password. Your API keys stay suspended until you review them."})
	s.event(r, audit.AccountLocked, u.ID, u.Email, "success", "locked by admin "+formatID(by))
	return LockResult{Email: u.Email, SessionsEnded: len(ended), Locked: true, Notified: true}, nil
}

// handleUnlockAccount lifts an incident lock (administrators only). The
// owner must then reset the password before logging in; a reset link is
// mailed at once.
func (s *Server) handleUnlockAccount(w http.ResponseWriter, r *http.Request, p *principal) {
	var in lockRequest
	if !decodeJSON(w, r, &in) {
		return
	}
	email, ok := normalizeEmail(in.Email)
	if !ok {
		writeError(w, http.StatusBadRequest, "invalid_request", "a valid email is required")
		return
	}
	if !s.adminTargetExists(w, r, email, true) || !s.reauthenticate(w, r, p, in.reauthFields) {
		return
	}
	ctx := r.Context()
	u, err := s.store.UnlockUser(ctx, email, s.clock.Now())
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not_found", "no locked account with this address")
		return
	}
	if err != nil {
		s.internalError(w, r, "unlock account", err)
		return
	}
	// store.UnlockUser dropped the MFA of an account that had it, in the
	// same transaction: the owner enrols again after the reset.
	note, err := mfaReenrolmentNote(ctx, s.store, u)
	if err != nil {
		s.log.Error("mfa state", "error", err.Error())
	}
	s.event(r, audit.AccountUnlocked, u.ID, u.Email, "success", "unlocked by admin "+formatID(p.user.ID)+"; password reset required"+note)
	body := "An administrator unlocked your account. Before you can log in, choose a new password: request a reset link on the login page."
	if note != "" {
		body += " Then set up two-factor authentication again: your old authenticator and recovery codes no longer work."
	}
	s.send(ctx, mailer.Message{To: u.Email, Subject: "Your account was unlocked", Body: body})
	writeJSON(w, http.StatusOK, map[string]any{"email": u.Email, "locked": false, "resetRequired": true, "mfaReenrolmentRequired": note != ""})
}

// handleOutbox shows sent mail (dev mode only). The newest message is
// also given as "latest", so a probe can follow a reset link without
// knowing the list's order.
func (s *Server) handleOutbox(w http.ResponseWriter, r *http.Request, _ *principal) {
	msgs := s.outbox.Messages(r.URL.Query().Get("to"))
	out := map[string]any{"messages": msgs}
	if len(msgs) > 0 {
		out["latest"] = msgs[len(msgs)-1]
	} else {
		out["messages"] = []mailer.Message{}
	}
	writeJSON(w, http.StatusOK, out)
}

type clockAdvance struct {
	Advance string `json:"advance"`
}

// maxClockAdvance bounds one step of the dev clock; a day is past every
// lifetime the server has.
const maxClockAdvance = 48 * time.Hour

// handleDevClock moves the dev clock forward (development only).
func (s *Server) handleDevClock(dc *clock.Offset) authedHandler {
	return func(w http.ResponseWriter, r *http.Request, _ *principal) {
		var in clockAdvance
		if !decodeJSON(w, r, &in) {
			return
		}
		d, err := time.ParseDuration(in.Advance)
		if err != nil || d <= 0 || d > maxClockAdvance {
			writeError(w, http.StatusBadRequest, "invalid_advance", "advance must be a positive Go duration of at most 48h, e.g. \"16m\"")
			return
		}
		now := dc.Advance(d)
		s.log.Warn("dev clock advanced", "by", d.String(), "now", now.UTC().Format(time.RFC3339))
		writeJSON(w, http.StatusOK, map[string]any{"now": now.UTC().Format(time.RFC3339)})
	}
}

// The confirmation page (verification and e-mail change links) reads the
// token from the URL fragment and posts it in a JSON body.
const confirmPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your e-mail address</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>Confirm your e-mail address</h1>
<form id="confirm"><button type="submit">Confirm</button></form><p id="status" role="status"></p>
<script src="/confirm-email.js"></script></body></html>
`

const confirmScript = `"use strict";
const token = new URLSearchParams(location.hash.slice(1)).get("token") || "";
history.replaceState(null, "", location.pathname);
document.getElementById("confirm").addEventListener("submit", async (e) => {
  e.preventDefault();
  const res = await fetch("/api/v1/auth/confirm-email", {
    method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({token}),
  });
  const body = await res.json();
  document.getElementById("status").textContent = body.message;
});
`

func (s *Server) handleConfirmPage(w http.ResponseWriter, _ *http.Request, _ *principal) {
	w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write([]byte(confirmPage))
}

func (s *Server) handleConfirmScript(w http.ResponseWriter, _ *http.Request, _ *principal) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	_, _ = w.Write([]byte(confirmScript))
}

// The reset page reads the token from the URL fragment (never sent to the
// server) and posts it in a JSON body.
const resetPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Reset your password</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>Choose a new password</h1>
<form id="reset"><label>New password (at least 8 characters; long passphrases welcome)
<input type="password" id="pw" autocomplete="new-password" minlength="8" required></label>
<button type="submit">Set password</button></form><p id="status" role="status"></p>
<script src="/reset.js"></script></body></html>
`

const resetScript = `"use strict";
const token = new URLSearchParams(location.hash.slice(1)).get("token") || "";
history.replaceState(null, "", location.pathname);
document.getElementById("reset").addEventListener("submit", async (e) => {
  e.preventDefault();
  const res = await fetch("/api/v1/auth/password-reset/confirm", {
    method: "POST", headers: {"Content-Type": "application/json"},
    body: JSON.stringify({token, newPassword: document.getElementById("pw").value}),
  });
  const body = await res.json();
  document.getElementById("status").textContent = body.message;
});
`

func (s *Server) handleResetPage(w http.ResponseWriter, _ *http.Request, _ *principal) {
	w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_, _ = w.Write([]byte(resetPage))
}

func (s *Server) handleResetScript(w http.ResponseWriter, _ *http.Request, _ *principal) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	_, _ = w.Write([]byte(resetScript))
}
