package reference

import (
	"errors"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/authcheck/authcheck/reference/audit"
	mailer "github.com/authcheck/authcheck/reference/mail"
	"github.com/authcheck/authcheck/reference/store"
	"github.com/authcheck/authcheck/reference/token"
)

// maxKeyLifetime caps API-key expiry; an expiry is always required.
const maxKeyLifetime = 365 * 24 * time.Hour

type createKey struct {
	Name      string    `json:"name"`
	Scopes    scopeList `json:"scopes"`
	ExpiresIn *lifetime `json:"expiresIn"`
	reauthFields
}

type keyView struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	Prefix     string     `json:"prefix"`
	Scopes     []string   `json:"scopes"`
	CreatedAt  time.Time  `json:"createdAt"`
	ExpiresAt  time.Time  `json:"expiresAt"`
	LastUsedAt *time.Time `json:"lastUsedAt"`
	RevokedAt  *time.Time `json:"revokedAt,omitempty"`
	FlaggedAt  *time.Time `json:"flaggedForReviewAt,omitempty"`
	Status     string     `json:"status"`
}

// createdKey is the only response that ever contains the key.
type createdKey struct {
	keyView
	Key string `json:"key"`
}

func optionalTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

func (s *Server) viewKey(k store.APIKey) keyView {
	status := "active"
	switch {
	case !k.RevokedAt.IsZero():
		status = "revoked"
	case !s.clock.Now().Before(k.ExpiresAt):
		status = "expired"
	case !k.FlaggedAt.IsZero():
		status = "suspended_for_review"
	}
	scopes := k.Scopes
	if scopes == nil {
		scopes = []string{}
	}
	return keyView{ID: k.ID, Name: k.Name, Prefix: k.Display, Scopes: scopes, CreatedAt: k.CreatedAt.UTC(), ExpiresAt: k.ExpiresAt.UTC(),
		LastUsedAt: optionalTime(k.LastUsedAt), RevokedAt: optionalTime(k.RevokedAt), FlaggedAt: optionalTime(k.FlaggedAt), Status: status}
}

// handleCreateKey issues an API key. Keys cannot create keys; admin-scoped
// keys need the admin role and the current password.
func (s *Server) handleCreateKey(w http.ResponseWriter, r *http.Request, p *principal) {
	var in createKey
	if !decodeJSON(w, r, &in) {
		return
	}
	name := strings.TrimSpace(in.Name)
	if name == "" || utf8.RuneCountInString(name) > 100 {
		writeError(w, http.StatusBadRequest, "invalid_name", "name is required (at most 100 characters)")
		return
	}
	if len(in.Scopes) == 0 {
		writeError(w, http.StatusBadRequest, "invalid_scopes", "at least one scope is required")
		return
	}
	seen := map[string]bool{}
	var scopes []string
	for _, sc := range in.Scopes {
		if !knownScopes[sc] {
			writeError(w, http.StatusBadRequest, "invalid_scopes", "unknown scope; allowed: profile:read notes:read notes:write admin")
			return
		}
		if !seen[sc] {
			seen[sc] = true
			scopes = append(scopes, sc)
		}
	}
	if in.ExpiresIn == nil {
		writeError(w, http.StatusBadRequest, "expiry_required", "expiresIn is required (seconds, at most one year)")
		return
	}
	life := time.Duration(*in.ExpiresIn)
	if life < time.Minute || life > maxKeyLifetime {
		writeError(w, http.StatusBadRequest, "invalid_expiry", "expiresIn must be between 60 seconds and one year")
		return
	}
	if seen[scopeAdmin] && p.user.Role != store.RoleAdmin {
		s.event(r, audit.PermissionDenied, p.user.ID, "", "denied", "admin scope requested without admin role")
		writeError(w, http.StatusForbidden, "forbidden", "only administrators can create admin keys")
		return
	}
	// A key outlives sessions by months: minting one needs the password,
	// not just a (possibly stolen, 15-minute) session or access token.
	if !s.reauthenticate(w, r, p, in.reauthFields) {
		return
	}
	key, digest, display, err := token.NewAPIKey()
	if err != nil {
		s.internalError(w, r, "new key", err)
		return
	}
	id, err := token.NewID()
	if err != nil {
		s.internalError(w, r, "new key", err)
		return
	}
	now := s.clock.Now()
	k := store.APIKey{ID: id, UserID: p.user.ID, Name: name, Display: display, Scopes: scopes, CreatedAt: now, ExpiresAt: now.Add(life)}
	if err := s.store.CreateAPIKey(r.Context(), k, digest); err != nil {
		s.internalError(w, r, "store key", err)
		return
	}
	s.event(r, audit.KeyCreated, p.user.ID, "", "success", "scopes: "+strings.Join(scopes, " "))
	s.send(r.Context(), mailer.Message{To: p.user.Email, Subject: "A new API key was created",
		Body: "An API key named \"" + name + "\" with the scopes " + strings.Join(scopes, " ") + " was created for your account. If this was not you, revoke it and reset your password at once."})
	writeJSON(w, http.StatusCreated, createdKey{keyView: s.viewKey(k), Key: key})
}

func (s *Server) handleListKeys(w http.ResponseWriter, r *http.Request, p *principal) {
	keys, err := s.store.ListAPIKeys(r.Context(), p.user.ID)
	if err != nil {
		s.internalError(w, r, "list keys", err)
		return
	}
	out := []keyView{}
	for _, k := range keys {
		out = append(out, s.viewKey(k))
	}
	writeJSON(w, http.StatusOK, map[string]any{"keys": out})
}

func (s *Server) handleGetKey(w http.ResponseWriter, r *http.Request, p *principal) {
	k, err := s.store.GetAPIKey(r.Context(), p.user.ID, r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not_found", "no such key")
		return
	}
	if err != nil {
		s.internalError(w, r, "get key", err)
		return
	}
	writeJSON(w, http.StatusOK, s.viewKey(k))
}

func (s *Server) handleRevokeKey(w http.ResponseWriter, r *http.Request, p *principal) {
	found, err := s.store.RevokeAPIKey(r.Context(), p.user.ID, r.PathValue("id"), s.clock.Now())
	if err != nil {
		s.internalError(w, r, "revoke key", err)
		return
	}
	if !found {
		writeError(w, http.StatusNotFound, "not_found", "no such key")
		return
	}
	s.event(r, audit.KeyRevoked, p.user.ID, "", "success", "")
	w.WriteHeader(http.StatusNoContent)
}

type reinstateKey struct {
	reauthFields
}

// handleReinstateKey lifts the review flag an account lock, a reset, a
// password change or a sign-out everywhere put on a key, after the owner
// re-authenticates. The key must exist (and not be revoked) before any
// password is hashed.
func (s *Server) handleReinstateKey(w http.ResponseWriter, r *http.Request, p *principal) {
	var in reinstateKey
	if !decodeJSON(w, r, &in) {
		return
	}
	if p.via == viaAPIKey {
		writeError(w, http.StatusForbidden, "forbidden", "API keys cannot reinstate keys")
		return
	}
	k, err := s.store.GetAPIKey(r.Context(), p.user.ID, r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) || err == nil && !k.RevokedAt.IsZero() {
		writeError(w, http.StatusNotFound, "not_found", "no such key")
		return
	}
	if err != nil {
		s.internalError(w, r, "get key", err)
		return
	}
	if !s.reauthenticate(w, r, p, in.reauthFields) {
		return
	}
	found, err := s.store.ReinstateAPIKey(r.Context(), p.user.ID, r.PathValue("id"))
	if err != nil {
		s.internalError(w, r, "reinstate key", err)
		return
	}
	if !found {
		writeError(w, http.StatusNotFound, "not_found", "no such key")
		return
	}
	s.event(r, audit.KeyReinstated, p.user.ID, "", "success", "")
	w.WriteHeader(http.StatusNoContent)
}
