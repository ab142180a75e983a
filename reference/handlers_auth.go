package reference

import (
	"context"
	"errors"
	"net/http"
	"net/mail"
	"strconv"
	"strings"
	"time"
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
		w.Header().Set("Retry-After", strconv.Itoa(ceilSeconds(s.hasher.RetryAfter())))
		writeError(w, http.StatusServiceUnavailable, "busy", "the server is busy; try again shortly")
		return
	}
	if errors.Is(err, context.Canceled) {
		return // the client went away
	}
	s.internalError(w, r, "hash", err)
}

func (s *Server) internalError(w http.ResponseWriter, r *http.Request, what string, err error) {
	if store.Unavailable(err) {
		// The database (or Redis) is down or overloaded: nothing was
		// written (the transaction rolled back), and a retry may succeed.
		s.log.Error("backend unavailable", "op", what, "method", r.Method, "path", r.URL.Path, "error", err.Error())
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable, "unavailable", "the service is temporarily unavailable; try again shortly")
		return
	}
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

// handleRegister creates an account that cannot be used until its owner
// proves the address: a single-use link goes to it, and login, sessions
// and API keys wait for it (account pre-takeover: an attacker who
// registers someone else's address gets nothing). The answer is the same
// whether or not the address is taken (the owner of a taken address gets
// a mail instead), so registration cannot be used to discover accounts;
// and since an unverified account cannot log in, register-then-login
// cannot either.
func (s *Server) handleRegister(w http.ResponseWriter, r *http.Request, _ *principal) {
	var in credentials
	if !decodeJSON(w, r, &in) {
		return
	}
	email, ok := requireEmail(w, in.Email)
	if !ok {
		return
	}
	if _, ok := s.take(w, r, s.registerPolicy(), s.clientKey(r)); !ok {
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
		if err := s.sendEmailToken(r, u, store.PurposeVerify, email); err != nil {
			s.internalError(w, r, "verification token", err)
			return
		}
		s.event(r, audit.Register, u.ID, email, "success", "verification mailed")
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "accepted",
		"message": "Check your e-mail: open the link we sent to finish. (If the address already has an account, its owner was told.)"})
}

// emailTokenLifetime bounds verification and e-mail change links.
const emailTokenLifetime = 24 * time.Hour

// sendEmailToken stores a single-use token and mails its link to "to":
// the new account's address (verify) or the address the account moves to
// (change).
func (s *Server) sendEmailToken(r *http.Request, u store.User, purpose, to string) error {
	plain, digest, err := token.NewOpaque()
	if err != nil {
		return err
	}
	now := s.clock.Now()
	newEmail := ""
	if purpose == store.PurposeChange {
		newEmail = to
	}
	if err := s.store.CreateEmailToken(r.Context(), digest, u.ID, purpose, newEmail, now, now.Add(emailTokenLifetime)); err != nil {
		return err
	}
	//authcheck:ignore AC403 -- in the fragment, never sent to a server or in Referer; single use, 24 hours, stored hashed
	link := s.cfg.PublicURL + "/confirm-email#token=" + plain
	subject, body := "Confirm your e-mail address", "Open this link within 24 hours to confirm this address and activate your account:\n\n"
	if purpose == store.PurposeChange {
		subject, body = "Confirm your new e-mail address", "Open this link within 24 hours to move your account to this address:\n\n"
	}
	s.send(r.Context(), mailer.Message{To: to, Subject: subject, Body: body + link + "\n\nIf you did not ask for this, ignore this mail.", Link: link, Token: plain})
	return nil
}

type emailConfirm struct {
	Token secret.Value `json:"token"`
}

// handleConfirmEmail uses a verification or e-mail change token. It is
// public: the link may be opened in another browser; the token alone
// proves control of the address it was mailed to.
func (s *Server) handleConfirmEmail(w http.ResponseWriter, r *http.Request, _ *principal) {
	var in emailConfirm
	if !decodeJSON(w, r, &in) {
		return
	}
	if in.Token.Empty() {
		writeError(w, http.StatusBadRequest, "invalid_request", "token is required")
		return
	}
	if _, ok := s.take(w, r, s.resetConfirmPolicy(), s.clientKey(r)); !ok {
		return
	}
	ctx := r.Context()
	c, err := s.store.ConfirmEmailToken(ctx, token.Digest(in.Token.Reveal()), s.clock.Now())
	if errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrConflict) {
		writeError(w, http.StatusBadRequest, "invalid_token", "the link is invalid, used or expired")
		return
	}
	if err != nil {
		s.internalError(w, r, "confirm email", err)
		return
	}
	if c.Purpose == store.PurposeVerify {
		s.event(r, audit.EmailVerified, c.User.ID, c.User.Email, "success", "")
		writeJSON(w, http.StatusOK, map[string]string{"status": "verified", "message": "Your address is confirmed. You can log in."})
		return
	}
	if err := s.revokeSessions(ctx, c.User.ID, c.Ended, false); err != nil {
		s.log.Error("revoke", "error", err.Error())
	}
	clearSessionCookie(w)
	s.alertEmailChanged(r, c.User, c.NewEmail)
	s.event(r, audit.EmailChange, c.User.ID, "", "success", "")
	writeJSON(w, http.StatusOK, map[string]string{"status": "email_changed", "email": c.NewEmail, "message": "Your address was changed. Log in again with the new one."})
}

// handleLogin checks a password and starts a session. Every failure (no
// such account, wrong password, locked account) gets the same answer after
// the same work (a dummy hash for unknown accounts).
func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request, _ *principal) {
	var in loginRequest // credentials and, with MFA, a code (mfa.go)
	if !decodeJSON(w, r, &in) || !in.wellFormed(w) {
		return
	}
	email, ok := normalizeEmail(in.Email)
	if !ok || in.Password.Empty() || utf8.RuneCountInString(in.Password.Reveal()) > password.MaxLength {
		writeError(w, http.StatusBadRequest, "invalid_request", "email and password are required")
		return
	}
	if s.shedIfSaturated(w, r) {
		return
	}
	ctx := r.Context()
	ip := s.clientIP(r)
	// Per client network only failures count: five users behind one NAT
	// who log in correctly do not use up the sixth one's budget.
	ipTurn, ok := s.take(w, r, s.loginIPPolicy(), ipKey(ip))
	if !ok {
		return
	}
	u, err := s.store.UserByEmail(ctx, email)
	known := err == nil
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		s.internalError(w, r, "load user", err)
		return
	}
	// The per-account budget does not apply from an address the owner has
	// logged in from before. Strangers (including the attacker, at their
	// own address) always count, whether or not the account exists. Past
	// the budget a stranger gets one attempt per turn (loginTurnPolicy), a
	// delay that grows, never a lock.
	// The history query runs for unknown accounts too (user 0 has no
	// events), so that both paths do the same work.
	fromKnownIP, loggedInBefore, err := s.store.HasLoggedInFrom(ctx, u.ID, ip)
	if err != nil {
		s.internalError(w, r, "login history", err)
		return
	}
	failures, err := s.limiter.PeekFailures(ctx, failureKey(email), s.clock.Now())
	if err != nil {
		s.internalError(w, r, "failure counter", err)
		return
	}
	var acct ratelimit.Decision
	if !fromKnownIP {
		acct, err = s.limiter.Take(ctx, s.loginAccountPolicy(), email, s.clock.Now())
		if err != nil {
			s.internalError(w, r, "rate limiter", err)
			return
		}
		// The attempt that spends the budget's last slot needs the turn
		// as well: whoever of it and the strangers past the budget takes
		// the turn first goes ahead, so that a burst of concurrent
		// attempts gets no more than the budget (AP506).
		if !acct.Allowed || acct.Remaining == 0 {
			if _, ok := s.take(w, r, s.loginTurnPolicy(failures), email); !ok {
				return
			}
		}
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
		s.loginNotChecked(ctx, email, ip, acct, ipTurn)
		s.hashFailed(w, r, err)
		return
	}
	refuse := func(detail string) {
		n := s.recordFailure(ctx, email)
		if acct.Allowed && acct.Remaining == 0 {
			// The budget is spent now: the next stranger waits a turn.
			_, _ = s.limiter.Take(ctx, s.loginTurnPolicy(n), email, s.clock.Now())
		}
		s.event(r, audit.LoginFailure, u.ID, email, "failure", detail)
		s.alertFailedLogins(r, u, n)
		// The same answer for every refusal: a lock, a pending
		// verification or reset is not an oracle.
		writeError(w, http.StatusUnauthorized, "invalid_credentials", "invalid e-mail or password")
	}
	if !valid {
		refuse("invalid credentials")
		return
	}
	if !u.CanLogIn() {
		refuse(loginBlocked(u))
		return
	}
	// The second factor, asked only now that the password is proven.
	if !s.loginSecondFactor(w, r, u, in.secondFactor, func() { s.refundLogin(ctx, email, ip, acct, ipTurn) }) {
		return
	}
	// The session exists only if the password and lock state are still
	// those checked above (one transaction): a reset, password change or
	// lock that completed meanwhile wins.
	if err := s.endCurrentSession(r); err != nil {
		s.internalError(w, r, "end previous session", err)
		return
	}
	out, err := s.newSession(w, r, u, u.PasswordHash)
	if errors.Is(err, store.ErrStale) {
		refuse("account changed during login")
		return
	}
	if err != nil {
		s.internalError(w, r, "new session", err)
		return
	}

	// Success: only failures count against the account's and the
	// network's budgets.
	if acct.Ticket != "" {
		_ = s.limiter.Refund(ctx, s.loginAccountPolicy(), email, acct.Ticket)
	}
	if ipTurn.Ticket != "" {
		_ = s.limiter.Refund(ctx, s.loginIPPolicy(), ipKey(ip), ipTurn.Ticket)
	}
	_, _ = s.limiter.Failures(ctx, failureKey(email), 0, true, s.clock.Now())
	if rehash {
		if h, err := s.hasher.Hash(ctx, in.Password.Reveal()); err == nil {
			if err := s.store.UpdatePasswordHash(ctx, u.ID, u.PasswordHash, h); err != nil {
				s.log.Error("rehash failed", "user_id", u.ID, "error", err.Error())
			}
		}
	}
	s.alertLogin(r, u, loggedInBefore)
	out.PasswordChangeRequired = s.breachedAtLogin(r, u, in.Password)
	s.event(r, audit.LoginSuccess, u.ID, email, "success", "")
	writeJSON(w, http.StatusOK, out)
}

// loginBlocked says (for the audit log only) why a correct password did
// not log in.
func loginBlocked(u store.User) string {
	switch {
	case u.Locked():
		return "account locked"
	case !u.Verified():
		return "e-mail address not verified"
	default:
		return "password reset required after unlock"
	}
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
		s.alertRefresh(r, res)
		invalid()
		return
	case store.RefreshRevoked:
		s.event(r, audit.Suspicious, res.Session.UserID, "", "denied", "revoked refresh token presented")
		s.alertRefresh(r, res)
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
	finishLogout(w, r) // 204, or 303 to a same-site ?next= (redirect.go)
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
	if err == nil {
		// "Sign out everywhere" covers API keys too: they are suspended
		// until the owner reviews them (reinstate with the password).
		err = s.store.FlagAPIKeys(r.Context(), p.user.ID, s.clock.Now())
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

// handleResetRequest answers every well-formed request the same (202,
// same body). Requests are limited per client network (429); mails per
// address and network, and per address overall, are limited silently:
// past the limit nothing is sent, so a stranger cannot use up the owner's
// resets and the answer reveals nothing. Nothing is stored for an address
// without an account, and a locked account gets no reset (only an
// administrator unlocks).
func (s *Server) handleResetRequest(w http.ResponseWriter, r *http.Request, _ *principal) {
	var in resetRequest
	if !decodeJSON(w, r, &in) {
		return
	}
	email, ok := requireEmail(w, in.Email)
	if !ok {
		return
	}
	network := s.clientKey(r)
	if _, ok := s.take(w, r, s.resetIPPolicy(), network); !ok {
		return
	}
	ctx := r.Context()
	u, err := s.store.UserByEmail(ctx, email)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		s.internalError(w, r, "load user", err)
		return
	}
	accepted := func() {
		writeJSON(w, http.StatusAccepted, map[string]string{"status": "accepted",
			"message": "If an account exists for this address, a reset link has been sent."})
	}
	if u.ID == 0 || u.Locked() {
		accepted()
		return
	}
	for _, lim := range []struct {
		p   ratelimit.Policy
		key string
	}{{s.resetAddressPolicy(), email + " " + network}, {s.resetMailPolicy(), email}} {
		d, err := s.limiter.Take(ctx, lim.p, lim.key, s.clock.Now())
		if err != nil {
			s.log.Error("rate limiter failed", "policy", lim.p.Name, "error", err.Error())
			accepted()
			return
		}
		if !d.Allowed {
			s.limited(r, lim.p, lim.key)
			accepted()
			return
		}
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
	// The one credential that travels in a URL: a single-use link that
	// expires in 15 minutes. It is in the fragment, which browsers do not
	// send to servers or in Referer headers. The base is the configured
	// public URL, never the request's Host header.
	//authcheck:ignore AC403 -- in the fragment, never sent to a server or in Referer; single use, 15 minutes, stored hashed
	link := s.cfg.PublicURL + "/reset#token=" + plain
	s.send(ctx, mailer.Message{To: u.Email, Subject: "Reset your password",
		Body:  "Open this link within 15 minutes to choose a new password:\n\n" + link + "\n\nIf you did not ask for this, ignore this mail.",
		Link:  link,
		Token: plain})
	s.event(r, audit.ResetRequested, u.ID, email, "success", "")
	accepted()
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
	if _, ok := s.take(w, r, s.resetConfirmPolicy(), s.clientKey(r)); !ok {
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
	s.alertPasswordChanged(r, u, "reset",
		"The password of your account was reset, every session was signed out and your API keys were suspended until you review them.")
	s.event(r, audit.ResetCompleted, u.ID, u.Email, "success", "")
	writeJSON(w, http.StatusOK, map[string]string{"status": "password_reset", "message": "Your password was changed. Log in with the new one."})
}
