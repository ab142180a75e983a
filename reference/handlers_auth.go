package reference

import (
	"context"
	"errors"
	"net/http"
	"net/mail"
	"strings"
	"unicode/utf8"

	"github.com/authcheck/authcheck/reference/audit"
	mailer "github.com/authcheck/authcheck/reference/mail"
	"github.com/authcheck/authcheck/reference/password"
	"github.com/authcheck/authcheck/reference/ratelimit"
	"github.com/authcheck/authcheck/reference/secret"
	"github.com/authcheck/authcheck/reference/store"
	"github.com/authcheck/authcheck/reference/token"
)

// normalizeEmail validates an address and returns its canonical form
// (lower case, no display name), or ok=false.
func normalizeEmail(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 254 {
		return "", false
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" || !strings.Contains(a.Address, "@") {
		return "", false
	}
	return strings.ToLower(a.Address), true
}

// requireEmail normalises an e-mail address from a request, or answers 400
// and returns false.
func requireEmail(w http.ResponseWriter, raw string) (string, bool) {
	email, ok := normalizeEmail(raw)
	if !ok {
		writeError(w, http.StatusBadRequest, "invalid_email", "a valid e-mail address is required")
	}
	return email, ok
}

// checkNewPassword applies the password policy and writes the refusal.
func (s *Server) checkNewPassword(w http.ResponseWriter, r *http.Request, pw secret.Value, email string) bool {
	err := s.policy.Check(r.Context(), pw.Reveal(), email)
	var pe *password.PolicyError
	switch {
	case err == nil:
		return true
	case errors.As(err, &pe):
		writeError(w, http.StatusBadRequest, "weak_password", pe.Reason)
	case errors.Is(err, password.ErrBreachCheckUnavailable):
		s.log.Error("breached-password check unavailable", "error", err.Error())
		w.Header().Set("Retry-After", "30")
		writeError(w, http.StatusServiceUnavailable, "breach_check_unavailable", "the password could not be checked; try again shortly")
	default:
		s.internalError(w, r, "password policy", err)
	}
	return false
}

// hashFailed answers a hashing error: queue full (503, retry) or internal.
func (s *Server) hashFailed(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, password.ErrBusy) {
		w.Header().Set("Retry-After", "2")
		writeError(w, http.StatusServiceUnavailable, "busy", "the server is busy; try again shortly")
		return
	}
	if errors.Is(err, context.Canceled) {
		return // the client went away
	}
	s.internalError(w, r, "hash", err)
}

func (s *Server) internalError(w http.ResponseWriter, r *http.Request, what string, err error) {
	s.log.Error("request failed", "op", what, "method", r.Method, "path", r.URL.Path, "error", err.Error())
	writeError(w, http.StatusInternalServerError, "internal", "internal error")
}

func (s *Server) event(r *http.Request, kind string, userID int64, account, outcome, detail string) {
	s.audit.Record(r.Context(), audit.Event{Kind: kind, UserID: userID, Account: account, IP: s.clientIP(r),
		UserAgent: truncateUTF8(r.UserAgent(), 256), Outcome: outcome, Detail: detail})
}

func (s *Server) send(ctx context.Context, m mailer.Message) {
	m.SentAt = s.clock.Now()
	if err := s.mailer.Send(ctx, m); err != nil {
		s.log.Error("mail not sent", "subject", m.Subject, "error", err.Error())
	}
}

type credentials struct {
	Email    string       `json:"email"`
	Password secret.Value `json:"password"`
}

// handleRegister creates an account. The answer is the same whether or not
// the address is taken (the owner of a taken address gets a mail instead),
// so registration cannot be used to discover accounts.
func (s *Server) handleRegister(w http.ResponseWriter, r *http.Request, _ *principal) {
	var in credentials
	if !decodeJSON(w, r, &in) {
		return
	}
	email, ok := requireEmail(w, in.Email)
	if !ok {
		return
	}
	if _, ok := s.take(w, r, s.registerPolicy(), s.clientIP(r)); !ok {
		return
	}
	if !s.checkNewPassword(w, r, in.Password, email) {
		return
	}
	hash, err := s.hasher.Hash(r.Context(), in.Password.Reveal())
	if err != nil {
		s.hashFailed(w, r, err)
		return
	}
	u, err := s.store.CreateUser(r.Context(), email, hash, store.RoleUser, s.clock.Now())
	switch {
	case errors.Is(err, store.ErrConflict):
		s.send(r.Context(), mailer.Message{To: email, Subject: "Someone tried to register with your address",
			Body: "Somebody tried to create an account with this address, which already has one. If it was you, log in or reset your password."})
		s.event(r, audit.Register, 0, email, "failure", "address already registered")
	case err != nil:
		s.internalError(w, r, "create user", err)
		return
	default:
		s.event(r, audit.Register, u.ID, email, "success", "")
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "accepted",
		"message": "If the address can be registered, the account is ready. Check your e-mail."})
}

// handleLogin checks a password and starts a session. Every failure (no
// such account, wrong password, locked account) gets the same answer after
// the same work (a dummy hash for unknown accounts).
func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request, _ *principal) {
	var in credentials
	if !decodeJSON(w, r, &in) {
		return
	}
	email, ok := normalizeEmail(in.Email)
	if !ok || in.Password.Empty() || utf8.RuneCountInString(in.Password.Reveal()) > password.MaxLength {
		writeError(w, http.StatusBadRequest, "invalid_request", "email and password are required")
		return
	}
	ctx := r.Context()
	ip := s.clientIP(r)
	if _, ok := s.take(w, r, s.loginIPPolicy(), ip); !ok {
		return
	}
	u, err := s.store.UserByEmail(ctx, email)
	known := err == nil
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		s.internalError(w, r, "load user", err)
		return
	}
	// The per-account limit does not apply from an address the owner has
	// logged in from before, so that an attacker elsewhere cannot use it to
	// lock the owner out. Strangers (including the attacker, at their own
	// address) always count, whether or not the account exists.
	// The history query runs for unknown accounts too (user 0 has no
	// events), so that both paths do the same work.
	fromKnownIP, loggedInBefore, err := s.store.HasLoggedInFrom(ctx, u.ID, ip)
	if err != nil {
		s.internalError(w, r, "login history", err)
		return
	}
	var acct ratelimit.Decision
	if !fromKnownIP {
		if acct, ok = s.take(w, r, s.loginAccountPolicy(), email); !ok {
			return
		}
	}
	failures, err := s.limiter.PeekFailures(ctx, failureKey(email), s.clock.Now())
	if err != nil {
		s.internalError(w, r, "failure counter", err)
		return
	}
	if err := s.clock.Sleep(ctx, s.backoff(failures)); err != nil {
		return // client gave up
	}

	var valid, rehash bool
	if known {
		valid, rehash, err = s.hasher.Verify(ctx, in.Password.Reveal(), u.PasswordHash)
	} else {
		err = s.hasher.VerifyDummy(ctx, in.Password.Reveal())
	}
	if err != nil {
		s.hashFailed(w, r, err)
		return
	}
	if !valid || u.Locked() {
		n := s.recordFailure(ctx, email)
		detail := "invalid credentials"
		if valid && u.Locked() {
			detail = "account locked"
		}
		s.event(r, audit.LoginFailure, u.ID, email, "failure", detail)
		if n == s.cfg.Limits.FailedLoginAlert {
			s.audit.Raise(ctx, audit.Alert{Kind: audit.AlertFailedLoginBurst, UserID: u.ID, IP: s.clientIP(r), Detail: "consecutive failed logins for one account"})
		}
		writeError(w, http.StatusUnauthorized, "invalid_credentials", "invalid e-mail or password")
		return
	}

	// Success: only failures count against the account's budget.
	if acct.Ticket != "" {
		_ = s.limiter.Refund(ctx, s.loginAccountPolicy(), email, acct.Ticket)
	}
	_, _ = s.limiter.Failures(ctx, failureKey(email), 0, true, s.clock.Now())
	if rehash {
		if h, err := s.hasher.Hash(ctx, in.Password.Reveal()); err == nil {
			if err := s.store.UpdatePasswordHash(ctx, u.ID, u.PasswordHash, h); err != nil {
				s.log.Error("rehash failed", "user_id", u.ID, "error", err.Error())
			}
		}
	}
	if err := s.endCurrentSession(r); err != nil {
		s.internalError(w, r, "end previous session", err)
		return
	}
	out, err := s.newSession(w, r, u)
	if err != nil {
		s.internalError(w, r, "new session", err)
		return
	}
	s.event(r, audit.LoginSuccess, u.ID, email, "success", "")
	if loggedInBefore && !fromKnownIP {
		s.audit.Raise(ctx, audit.Alert{Kind: audit.AlertNewIPLogin, UserID: u.ID, IP: s.clientIP(r), Detail: "login from an address not seen before"})
		s.send(ctx, mailer.Message{To: u.Email, Subject: "New sign-in to your account",
			Body: "Your account was signed in to from " + s.clientIP(r) + ". If this was not you, reset your password."})
	}
	writeJSON(w, http.StatusOK, out)
}

type refreshRequest struct {
	RefreshToken secret.Value `json:"refreshToken"`
}

// handleRefresh rotates a refresh token. Reusing a rotated token revokes
// the whole family and raises an alert.
func (s *Server) handleRefresh(w http.ResponseWriter, r *http.Request, _ *principal) {
	var in refreshRequest
	if !decodeJSON(w, r, &in) {
		return
	}
	if in.RefreshToken.Empty() {
		writeError(w, http.StatusBadRequest, "invalid_request", "refreshToken is required")
		return
	}
	ctx := r.Context()
	next, nextDigest, err := token.NewOpaque()
	if err != nil {
		s.internalError(w, r, "token", err)
		return
	}
	res, err := s.store.RotateRefresh(ctx, token.Digest(in.RefreshToken.Reveal()), nextDigest, s.clock.Now(), s.cfg.SessionIdle)
	if err != nil {
		s.internalError(w, r, "rotate", err)
		return
	}
	invalid := func() {
		writeError(w, http.StatusUnauthorized, "invalid_token", "the refresh token is invalid, expired or revoked")
	}
	switch res.Outcome {
	case store.RefreshInvalid:
		invalid()
		return
	case store.RefreshReused:
		if err := s.revokeSessions(ctx, res.Session.UserID, []string{res.Session.ID}, false); err != nil {
			s.log.Error("revoke", "error", err.Error())
		}
		s.event(r, audit.TokenReuse, res.Session.UserID, "", "denied", "rotated refresh token reused: family revoked")
		s.audit.Raise(ctx, audit.Alert{Kind: audit.AlertTokenReuse, UserID: res.Session.UserID, IP: s.clientIP(r), Detail: "rotated refresh token reused; family revoked"})
		invalid()
		return
	case store.RefreshRevoked:
		s.event(r, audit.Suspicious, res.Session.UserID, "", "denied", "revoked refresh token presented")
		s.audit.Raise(ctx, audit.Alert{Kind: audit.AlertTokenReuse, UserID: res.Session.UserID, IP: s.clientIP(r), Detail: "refresh token used after revocation"})
		invalid()
		return
	}
	u, err := s.loadUser(ctx, res.Session.UserID)
	if errors.Is(err, errUnauthenticated) {
		invalid()
		return
	}
	if err != nil {
		s.internalError(w, r, "load user", err)
		return
	}
	access, exp, err := s.keys.Issue(formatID(u.ID), res.Session.ID)
	if err != nil {
		s.internalError(w, r, "issue", err)
		return
	}
	s.event(r, audit.TokenRefresh, u.ID, "", "success", "")
	writeJSON(w, http.StatusOK, issued{AccessToken: access, TokenType: "Bearer", ExpiresIn: int(exp.Sub(s.clock.Now()).Seconds()), RefreshToken: next})
}

// handleLogout ends the caller's session on the server: the session row,
// its refresh tokens and its access tokens.
func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request, p *principal) {
	if p.via == viaAPIKey {
		writeError(w, http.StatusBadRequest, "not_a_session", "API keys have no session; revoke the key instead")
		return
	}
	if err := s.revokeSessions(r.Context(), p.user.ID, []string{p.session.ID}, true); err != nil {
		s.internalError(w, r, "logout", err)
		return
	}
	clearSessionCookie(w)
	// Tell the browser to drop what it holds for this origin too (AP212).
	w.Header().Set("Clear-Site-Data", `"cache", "cookies", "storage"`)
	s.event(r, audit.Logout, p.user.ID, "", "success", "")
	w.WriteHeader(http.StatusNoContent)
}

// handleLogoutAll ends every session of the caller.
func (s *Server) handleLogoutAll(w http.ResponseWriter, r *http.Request, p *principal) {
	if p.via == viaAPIKey {
		writeError(w, http.StatusBadRequest, "not_a_session", "API keys have no session; revoke the key instead")
		return
	}
	ids, err := s.store.DeleteUserSessions(r.Context(), p.user.ID, s.clock.Now())
	if err == nil {
		err = s.revokeSessions(r.Context(), p.user.ID, ids, false)
	}
	if err != nil {
		s.internalError(w, r, "logout all", err)
		return
	}
	clearSessionCookie(w)
	s.event(r, audit.LogoutAll, p.user.ID, "", "success", "")
	w.WriteHeader(http.StatusNoContent)
}

type resetRequest struct {
	Email string `json:"email"`
}

// handleResetRequest answers identically for every address: the same
// status and body, after the same work (a lookup, a token, a stored row);
// only an existing account gets a mail, and sending is non-blocking.
func (s *Server) handleResetRequest(w http.ResponseWriter, r *http.Request, _ *principal) {
	var in resetRequest
	if !decodeJSON(w, r, &in) {
		return
	}
	email, ok := requireEmail(w, in.Email)
	if !ok {
		return
	}
	if _, ok := s.take(w, r, s.resetPolicy(), email); !ok {
		return
	}
	ctx := r.Context()
	u, err := s.store.UserByEmail(ctx, email)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		s.internalError(w, r, "load user", err)
		return
	}
	plain, digest, err := token.NewOpaque()
	if err != nil {
		s.internalError(w, r, "token", err)
		return
	}
	now := s.clock.Now()
	if err := s.store.CreateReset(ctx, digest, u.ID, now, now.Add(s.cfg.ResetTokenLifetime)); err != nil {
		s.internalError(w, r, "store reset", err)
		return
	}
	if u.ID != 0 {
		// The one credential that travels in a URL: a single-use link that
		// expires in 15 minutes. It is in the fragment, which browsers do
		// not send to servers or in Referer headers.
		//authcheck:ignore AC403 -- in the fragment, never sent to a server or in Referer; single use, 15 minutes, stored hashed
		link := s.cfg.PublicURL + "/reset#token=" + plain
		s.send(ctx, mailer.Message{To: u.Email, Subject: "Reset your password",
			Body:  "Open this link within 15 minutes to choose a new password:\n\n" + link + "\n\nIf you did not ask for this, ignore this mail.",
			Link:  link,
			Token: plain})
	}
	s.event(r, audit.ResetRequested, u.ID, email, "success", "")
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "accepted",
		"message": "If an account exists for this address, a reset link has been sent."})
}

type resetConfirm struct {
	Token       secret.Value `json:"token"`
	NewPassword secret.Value `json:"newPassword"`
}

// handleResetConfirm sets a new password with a reset token and, in the
// same transaction, ends every session of the account.
func (s *Server) handleResetConfirm(w http.ResponseWriter, r *http.Request, _ *principal) {
	var in resetConfirm
	if !decodeJSON(w, r, &in) {
		return
	}
	if in.Token.Empty() || in.NewPassword.Empty() {
		writeError(w, http.StatusBadRequest, "invalid_request", "token and newPassword are required")
		return
	}
	if _, ok := s.take(w, r, s.resetConfirmPolicy(), s.clientIP(r)); !ok {
		return
	}
	if !s.checkNewPassword(w, r, in.NewPassword, "") {
		return
	}
	ctx := r.Context()
	hash, err := s.hasher.Hash(ctx, in.NewPassword.Reveal())
	if err != nil {
		s.hashFailed(w, r, err)
		return
	}
	u, ended, err := s.store.ConfirmReset(ctx, token.Digest(in.Token.Reveal()), hash, s.clock.Now())
	if errors.Is(err, store.ErrNotFound) {
		s.event(r, audit.ResetCompleted, 0, "", "failure", "invalid, used or expired reset token")
		writeError(w, http.StatusBadRequest, "invalid_token", "the reset link is invalid, used or expired")
		return
	}
	if err != nil {
		s.internalError(w, r, "confirm reset", err)
		return
	}
	if err := s.revokeSessions(ctx, u.ID, ended, false); err != nil {
		s.log.Error("revoke", "error", err.Error())
	}
	_, _ = s.limiter.Failures(ctx, failureKey(u.Email), 0, true, s.clock.Now())
	s.send(ctx, mailer.Message{To: u.Email, Subject: "Your password was reset",
		Body: "The password of your account was reset and every session was signed out. If this was not you, contact support at once."})
	s.event(r, audit.ResetCompleted, u.ID, u.Email, "success", "")
	writeJSON(w, http.StatusOK, map[string]string{"status": "password_reset", "message": "Your password was changed. Log in with the new one."})
}
