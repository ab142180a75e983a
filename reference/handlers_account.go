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

// reauthenticate guards a sensitive change: an elevated session
// (POST /api/v1/auth/step-up) or the inline currentPassword (plus totpCode
// when the account has MFA on). See stepup.go. Callers check that the
// target of the change exists first.
func (s *Server) reauthenticate(w http.ResponseWriter, r *http.Request, p *principal, f reauthFields) bool {
	return s.requireReauth(w, r, p, f)
}

type changePassword struct {
	reauthFields
	NewPassword secret.Value `json:"newPassword"`
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
	if !s.reauthenticate(w, r, p, in.reauthFields) || !s.checkNewPassword(w, r, in.NewPassword, p.user.Email) {
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
	out, err := s.newSession(w, r, p.user, hash)
	if err != nil {
		s.internalError(w, r, "new session", err)
		return
	}
	s.alertPasswordChanged(r, p.user, "changed",
		"The password of your account was changed, other sessions were signed out and your API keys were suspended until you review them.")
	s.event(r, audit.PasswordChange, p.user.ID, "", "success", "")
	writeJSON(w, http.StatusOK, out)
}

type changeEmail struct {
	reauthFields
	NewEmail string `json:"newEmail"`
}

// handleChangeEmail requires the current password and mails a single-use
// link to the new address; the change happens when it is opened
// (handleConfirmEmail), which tells the old address, ends every session
// and outstanding reset link. The answer is always 202, whether or not the
// new address is taken (its owner is told instead), so it cannot be used
// to discover accounts.
func (s *Server) handleChangeEmail(w http.ResponseWriter, r *http.Request, p *principal) {
	var in changeEmail
	if !decodeJSON(w, r, &in) {
		return
	}
	if p.via == viaAPIKey {
		writeError(w, http.StatusForbidden, "forbidden", "API keys cannot change the e-mail address")
		return
	}
	email, ok := requireEmail(w, in.NewEmail)
	if !ok {
		return
	}
	if _, ok := s.take(w, r, s.emailChangePolicy(), formatID(p.user.ID)); !ok {
		return
	}
	if !s.reauthenticate(w, r, p, in.reauthFields) {
		return
	}
	ctx := r.Context()
	_, err := s.store.UserByEmail(ctx, email)
	switch {
	case err == nil:
		if email != p.user.Email {
			s.send(ctx, mailer.Message{To: email, Subject: "Someone tried to use your address",
				Body: "Somebody tried to move another account to this address, which already has one. Nothing was changed."})
		}
	case errors.Is(err, store.ErrNotFound):
		if err := s.sendEmailToken(r, p.user, store.PurposeChange, email); err != nil {
			s.internalError(w, r, "email token", err)
			return
		}
	default:
		s.internalError(w, r, "load user", err)
		return
	}
	s.event(r, audit.EmailChangeAsked, p.user.ID, "", "success", "")
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "accepted",
		"message": "Open the link we sent to the new address to finish the change."})
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
