package reference

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/authcheck/authcheck/reference/audit"
	mailer "github.com/authcheck/authcheck/reference/mail"
	"github.com/authcheck/authcheck/reference/secret"
	"github.com/authcheck/authcheck/reference/store"
)

func formatID(id int64) string { return strconv.FormatInt(id, 10) }

type userView struct {
	ID                int64     `json:"id"`
	Email             string    `json:"email"`
	Role              string    `json:"role"`
	CreatedAt         time.Time `json:"createdAt"`
	PasswordChangedAt time.Time `json:"passwordChangedAt"`
	AuthenticatedVia  string    `json:"authenticatedVia"`
}

func (s *Server) handleMe(w http.ResponseWriter, _ *http.Request, p *principal) {
	writeJSON(w, http.StatusOK, userView{ID: p.user.ID, Email: p.user.Email, Role: p.user.Role,
		CreatedAt: p.user.CreatedAt.UTC(), PasswordChangedAt: p.user.PasswordChangedAt.UTC(), AuthenticatedVia: p.via})
}

// reauthenticate checks the current password before a sensitive change.
// Wrong guesses count against the account's login budget and back-off, so
// a stolen session cannot be used to brute-force the password.
func (s *Server) reauthenticate(w http.ResponseWriter, r *http.Request, p *principal, current secret.Value) bool {
	if current.Empty() {
		writeError(w, http.StatusBadRequest, "reauthentication_required", "currentPassword is required for this change")
		return false
	}
	acct, ok := s.take(w, r, s.loginAccountPolicy(), p.user.Email)
	if !ok {
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
	_ = s.limiter.Refund(r.Context(), s.loginAccountPolicy(), p.user.Email, acct.Ticket)
	return true
}

type changePassword struct {
	CurrentPassword secret.Value `json:"currentPassword"`
	NewPassword     secret.Value `json:"newPassword"`
}

// handleChangePassword requires the current password, ends every session
// and refresh token of the account, and starts a fresh session for the
// caller (a privilege change regenerates the session ID).
func (s *Server) handleChangePassword(w http.ResponseWriter, r *http.Request, p *principal) {
	var in changePassword
	if !decodeJSON(w, r, &in) {
		return
	}
	if p.via == viaAPIKey {
		writeError(w, http.StatusForbidden, "forbidden", "API keys cannot change passwords")
		return
	}
	if in.NewPassword.Empty() {
		writeError(w, http.StatusBadRequest, "invalid_request", "newPassword is required")
		return
	}
	if !s.reauthenticate(w, r, p, in.CurrentPassword) || !s.checkNewPassword(w, r, in.NewPassword, p.user.Email) {
		return
	}
	ctx := r.Context()
	hash, err := s.hasher.Hash(ctx, in.NewPassword.Reveal())
	if err != nil {
		s.hashFailed(w, r, err)
		return
	}
	ended, err := s.store.ChangePassword(ctx, p.user.ID, hash, s.clock.Now())
	if err != nil {
		s.internalError(w, r, "change password", err)
		return
	}
	if err := s.revokeSessions(ctx, p.user.ID, ended, false); err != nil {
		s.log.Error("revoke", "error", err.Error())
	}
	out, err := s.newSession(w, r, p.user)
	if err != nil {
		s.internalError(w, r, "new session", err)
		return
	}
	s.send(ctx, mailer.Message{To: p.user.Email, Subject: "Your password was changed",
		Body: "The password of your account was changed and other sessions were signed out. If this was not you, reset your password at once."})
	s.event(r, audit.PasswordChange, p.user.ID, "", "success", "")
	writeJSON(w, http.StatusOK, out)
}

type changeEmail struct {
	CurrentPassword secret.Value `json:"currentPassword"`
	NewEmail        string       `json:"newEmail"`
}

// handleChangeEmail requires the current password and tells the old
// address.
func (s *Server) handleChangeEmail(w http.ResponseWriter, r *http.Request, p *principal) {
	var in changeEmail
	if !decodeJSON(w, r, &in) {
		return
	}
	email, ok := requireEmail(w, in.NewEmail)
	if !ok {
		return
	}
	if !s.reauthenticate(w, r, p, in.CurrentPassword) {
		return
	}
	err := s.store.ChangeEmail(r.Context(), p.user.ID, email)
	if errors.Is(err, store.ErrConflict) {
		writeError(w, http.StatusConflict, "email_unavailable", "this address cannot be used")
		return
	}
	if err != nil {
		s.internalError(w, r, "change email", err)
		return
	}
	s.send(r.Context(), mailer.Message{To: p.user.Email, Subject: "Your e-mail address was changed",
		Body: "The e-mail address of your account was changed to " + email + ". If this was not you, contact support at once."})
	s.event(r, audit.EmailChange, p.user.ID, "", "success", "")
	writeJSON(w, http.StatusOK, map[string]string{"email": email})
}

type sessionView struct {
	ID         string    `json:"id"`
	CreatedAt  time.Time `json:"createdAt"`
	LastSeenAt time.Time `json:"lastSeenAt"`
	ExpiresAt  time.Time `json:"expiresAt"`
	IP         string    `json:"ip"`
	UserAgent  string    `json:"userAgent"`
	Current    bool      `json:"current"`
}

func (s *Server) handleListSessions(w http.ResponseWriter, r *http.Request, p *principal) {
	list, err := s.store.ListSessions(r.Context(), p.user.ID, s.clock.Now())
	if err != nil {
		s.internalError(w, r, "list sessions", err)
		return
	}
	out := []sessionView{}
	for _, x := range list {
		out = append(out, sessionView{ID: x.ID, CreatedAt: x.CreatedAt.UTC(), LastSeenAt: x.LastSeenAt.UTC(), ExpiresAt: x.ExpiresAt.UTC(),
			IP: x.IP, UserAgent: x.UserAgent, Current: x.ID == p.session.ID})
	}
	writeJSON(w, http.StatusOK, map[string]any{"sessions": out})
}

func (s *Server) handleRevokeSession(w http.ResponseWriter, r *http.Request, p *principal) {
	id := r.PathValue("id")
	found, err := s.store.DeleteSession(r.Context(), p.user.ID, id, s.clock.Now())
	if err != nil {
		s.internalError(w, r, "revoke session", err)
		return
	}
	if !found {
		writeError(w, http.StatusNotFound, "not_found", "no such session")
		return
	}
	if err := s.revokeSessions(r.Context(), p.user.ID, []string{id}, false); err != nil {
		s.log.Error("revoke", "error", err.Error())
	}
	s.event(r, audit.SessionRevoked, p.user.ID, "", "success", "")
	w.WriteHeader(http.StatusNoContent)
}

type eventView struct {
	At        time.Time `json:"at"`
	Kind      string    `json:"kind"`
	IP        string    `json:"ip"`
	UserAgent string    `json:"userAgent"`
	Detail    string    `json:"detail,omitempty"`
}

// handleActivity is the user's "recent activity" view.
func (s *Server) handleActivity(w http.ResponseWriter, r *http.Request, p *principal) {
	events, err := s.store.RecentEvents(r.Context(), p.user.ID, 50)
	if err != nil {
		s.internalError(w, r, "activity", err)
		return
	}
	out := []eventView{}
	for _, e := range events {
		out = append(out, eventView{At: e.At.UTC(), Kind: e.Kind, IP: e.IP, UserAgent: e.UserAgent, Detail: e.Detail})
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": out})
}
