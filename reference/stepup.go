package reference

import (
	"errors"
	"net/http"
	"time"

	"github.com/authcheck/authcheck/reference/audit"
	"github.com/authcheck/authcheck/reference/secret"
	"github.com/authcheck/authcheck/reference/store"
)

// Step-up re-authentication. Sensitive changes (e-mail, password, API-key
// creation and reinstatement, MFA enrolment, disabling and recovery-code
// regeneration, admin actions) need a fresh proof of the account's
// factors, given in one of two ways:
//
//   - inline, in the request's JSON body: currentPassword, plus totpCode
//     (or a recoveryCode) when the account has MFA on;
//   - beforehand, with POST /api/v1/auth/step-up, which elevates the
//     caller's session for stepUpWindow. The elevation is a row in the
//     store keyed by the session's ID (the cookie and the access tokens of
//     the session share it), never a claim the client holds: it ends when
//     the window passes or the session ends (logout, password change,
//     lock), and every replica sees it.
//
// The step-up takes the password from an account without MFA and the
// second factor (totpCode or a recoveryCode; a password given as well is
// checked too) from one with MFA: the session already proved the
// password at login, and a code proves the device is at hand now.

// stepUpWindow is how long a step-up elevates a session.
const stepUpWindow = 5 * time.Minute

// reauthFields are the inline re-authentication fields every sensitive
// request body accepts.
type reauthFields struct {
	CurrentPassword secret.Value `json:"currentPassword"`
	secondFactor
}

// requireReauth is reauthenticate's body: it lets the request through when
// the caller's session is elevated (checking a currentPassword given
// anyway), and otherwise checks the inline fields. Missing fields are 400 reauthentication_required, a wrong
// password or code 403 reauthentication_failed, malformed codes 400
// invalid_mfa_code, too many attempts 429.
func (s *Server) requireReauth(w http.ResponseWriter, r *http.Request, p *principal, f reauthFields) bool {
	if !f.wellFormed(w) {
		return false
	}
	ctx := r.Context()
	if p.via != viaAPIKey {
		until, err := s.store.SessionElevatedUntil(ctx, p.session.ID)
		if err != nil {
			s.internalError(w, r, "step-up state", err)
			return false
		}
		if s.clock.Now().Before(until) {
			// Elevated: no inline proof is needed, but a password given
			// anyway must be right (a request with a wrong one never
			// succeeds).
			return f.CurrentPassword.Empty() || s.checkCurrentPassword(w, r, p, f.CurrentPassword)
		}
	}
	st, err := s.store.MFAState(ctx, p.user.ID)
	if err != nil {
		s.internalError(w, r, "mfa state", err)
		return false
	}
	if f.CurrentPassword.Empty() {
		msg := "currentPassword is required for this change (or step up first: POST /api/v1/auth/step-up)"
		if st.Enabled() {
			msg = "currentPassword and totpCode (or a recoveryCode) are required for this change (or step up first: POST /api/v1/auth/step-up)"
		}
		writeError(w, http.StatusBadRequest, "reauthentication_required", msg)
		return false
	}
	if st.Enabled() && f.empty() {
		writeError(w, http.StatusBadRequest, "reauthentication_required", "this account uses two-factor authentication: totpCode (or a recoveryCode) is required with currentPassword")
		return false
	}
	if !s.checkCurrentPassword(w, r, p, f.CurrentPassword) {
		return false
	}
	if st.Enabled() {
		return s.reauthFactor(w, r, p, st, f.secondFactor)
	}
	return true
}

// reauthFactor checks the second factor of a re-authentication.
func (s *Server) reauthFactor(w http.ResponseWriter, r *http.Request, p *principal, st store.MFAState, f secondFactor) bool {
	switch s.checkFactor(w, r, p.user, st, f) {
	case factorOK:
		return true
	case factorWrong:
		s.event(r, audit.PermissionDenied, p.user.ID, "", "denied", "re-authentication failed (second factor)")
		writeError(w, http.StatusForbidden, "reauthentication_failed", "the one-time code is not valid or was already used")
	}
	return false
}

// checkCurrentPassword checks the account's password for a
// re-authentication. Every attempt, right or wrong, counts against a
// per-account limit (each is an argon2id computation, and a stolen session
// must not be able to flood the hashing slots); wrong guesses also count
// as failed logins for the account's back-off, so a stolen session cannot
// brute-force the password.
func (s *Server) checkCurrentPassword(w http.ResponseWriter, r *http.Request, p *principal, current secret.Value) bool {
	if _, ok := s.take(w, r, s.reauthPolicy(), formatID(p.user.ID)); !ok {
		return false
	}
	ok, _, err := s.hasher.Verify(r.Context(), current.Reveal(), p.user.PasswordHash)
	if err != nil {
		s.hashFailed(w, r, err)
		return false
	}
	if !ok {
		s.recordFailure(r.Context(), p.user.Email)
		s.event(r, audit.PermissionDenied, p.user.ID, "", "denied", "re-authentication failed")
		writeError(w, http.StatusForbidden, "reauthentication_failed", "the current password is not correct")
		return false
	}
	return true
}

type stepUpRequest struct {
	Password secret.Value `json:"password"`
	secondFactor
}

// handleStepUp elevates the caller's session for stepUpWindow.
func (s *Server) handleStepUp(w http.ResponseWriter, r *http.Request, p *principal) {
	var in stepUpRequest
	if !decodeJSON(w, r, &in) {
		return
	}
	if p.via == viaAPIKey {
		writeError(w, http.StatusBadRequest, "not_a_session", "API keys have no session to elevate; send currentPassword with the request instead")
		return
	}
	if !in.wellFormed(w) {
		return
	}
	ctx := r.Context()
	st, err := s.store.MFAState(ctx, p.user.ID)
	if err != nil {
		s.internalError(w, r, "mfa state", err)
		return
	}
	switch {
	case st.Enabled() && in.empty():
		writeError(w, http.StatusBadRequest, "reauthentication_required", "this account uses two-factor authentication: step up with totpCode (or a recoveryCode)")
		return
	case !st.Enabled() && in.Password.Empty():
		writeError(w, http.StatusBadRequest, "reauthentication_required", "password is required")
		return
	}
	if !in.Password.Empty() && !s.checkCurrentPassword(w, r, p, in.Password) {
		return
	}
	if st.Enabled() && !s.reauthFactor(w, r, p, st, in.secondFactor) {
		return
	}
	until := s.clock.Now().Add(stepUpWindow)
	err = s.store.ElevateSession(ctx, p.user.ID, p.session.ID, until)
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusUnauthorized, "unauthenticated", "valid credentials are required")
		return
	}
	if err != nil {
		s.internalError(w, r, "step-up", err)
		return
	}
	s.event(r, evStepUp, p.user.ID, "", "success", "")
	writeJSON(w, http.StatusOK, map[string]any{"status": "elevated", "elevatedUntil": until.UTC(), "expiresIn": int(stepUpWindow.Seconds())})
}
