package reference

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/authcheck/authcheck/reference/audit"
	"github.com/authcheck/authcheck/reference/secret"
	"github.com/authcheck/authcheck/reference/store"
	"github.com/authcheck/authcheck/reference/token"
)

// How a request authenticated.
const (
	viaSession = "session"
	viaToken   = "access_token"
	viaAPIKey  = "api_key"
)

// principal is the authenticated caller.
type principal struct {
	user    store.User
	via     string
	session store.Session // for viaSession and viaToken
	key     store.APIKey  // for viaAPIKey
}

var errUnauthenticated = errors.New("unauthenticated")

// authorize wraps a handler with its route policy: authenticate (unless
// public), then check role and API-key scope. Failures are 401 (no or bad
// credentials) or 403 (authenticated but not allowed), and are audited.
func (s *Server) authorize(p policy, next authedHandler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p.access == public {
			next(w, r, nil)
			return
		}
		who, err := s.authenticate(r)
		if err != nil {
			if !errors.Is(err, errUnauthenticated) {
				// The store or Redis could not answer: the credential may be
				// fine, so this is not a 401, and the client should retry.
				s.log.Error("authentication backend unavailable", "method", r.Method, "path", r.URL.Path, "error", err.Error())
				w.Header().Set("Retry-After", "5")
				writeError(w, http.StatusServiceUnavailable, "unavailable", "authentication is temporarily unavailable; try again shortly")
				return
			}
			s.rejectedCredential(r)
			w.Header().Set("WWW-Authenticate", `Bearer realm="authcheck-reference"`)
			writeError(w, http.StatusUnauthorized, "unauthenticated", "valid credentials are required")
			return
		}
		deny := func(why string) {
			s.audit.Record(r.Context(), audit.Event{Kind: audit.PermissionDenied, UserID: who.user.ID, IP: s.clientIP(r),
				UserAgent: r.UserAgent(), Outcome: "denied", Detail: why})
			writeError(w, http.StatusForbidden, "forbidden", "you are not allowed to do this")
		}
		if p.access == admin && who.user.Role != store.RoleAdmin {
			deny("admin role required")
			return
		}
		if who.via == viaAPIKey && (p.scope == "" || !slices.Contains(who.key.Scopes, p.scope)) {
			deny("api key lacks scope")
			return
		}
		if !s.mfaGate(w, r, who) { // MFA re-enrolment after an unlock (mfa.go)
			return
		}
		if !s.admit(w, r, who) {
			return
		}
		next(w, r, who)
	})
}

// authenticate finds the caller's credentials: an Authorization: Bearer
// header (API key or access token), an X-API-Key header, or the session
// cookie. Credentials in the URL are never consulted. A credential that is
// present but invalid fails the request; there is no fallback.
func (s *Server) authenticate(r *http.Request) (*principal, error) {
	ctx := r.Context()
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, cred, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(cred) == "" {
			return nil, errUnauthenticated
		}
		cred = strings.TrimSpace(cred)
		if token.IsAPIKeyShaped(cred) {
			return s.authAPIKey(ctx, secret.New(cred))
		}
		return s.authAccessToken(ctx, secret.New(cred))
	}
	if k := r.Header.Get("X-API-Key"); k != "" {
		return s.authAPIKey(ctx, secret.New(k))
	}
	if c, err := r.Cookie(SessionCookie); err == nil && c.Value != "" {
		return s.authSession(ctx, secret.New(c.Value))
	}
	return nil, errUnauthenticated
}

func (s *Server) loadUser(ctx context.Context, id int64) (store.User, error) {
	u, err := s.store.UserByID(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return u, errUnauthenticated
	}
	if err != nil {
		return u, err
	}
	if u.Locked() {
		return u, errUnauthenticated
	}
	return u, nil
}

func (s *Server) authSession(ctx context.Context, cookie secret.Value) (*principal, error) {
	sess, err := s.store.SessionByCookie(ctx, token.Digest(cookie.Reveal()))
	if errors.Is(err, store.ErrNotFound) {
		return nil, errUnauthenticated
	}
	if err != nil {
		return nil, err
	}
	now := s.clock.Now()
	if now.Sub(sess.LastSeenAt) > s.cfg.SessionIdle || !now.Before(sess.ExpiresAt) {
		// Expired: end it on the server too.
		if _, err := s.store.DeleteSession(ctx, sess.UserID, sess.ID, now); err != nil {
			return nil, err
		}
		return nil, errUnauthenticated
	}
	u, err := s.loadUser(ctx, sess.UserID)
	if err != nil {
		return nil, err
	}
	// Record activity at most every 15 s: idle expiry needs no finer grain.
	if now.Sub(sess.LastSeenAt) > 15*time.Second {
		if err := s.store.TouchSession(ctx, sess.ID, now); err != nil {
			return nil, err
		}
	}
	return &principal{user: u, via: viaSession, session: sess}, nil
}

func (s *Server) authAccessToken(ctx context.Context, raw secret.Value) (*principal, error) {
	claims, err := s.keys.Verify(raw.Reveal())
	if err != nil {
		return nil, errUnauthenticated
	}
	now := s.clock.Now()
	revoked, err := s.revoked.IsRevoked(ctx, claims.SessionID, now)
	if err != nil {
		return nil, err
	}
	if revoked {
		return nil, errUnauthenticated
	}
	// The session must still exist: logout, revocation, password changes
	// and account locks end the tokens issued for it at once.
	sess, err := s.store.SessionByID(ctx, claims.SessionID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errUnauthenticated
	}
	if err != nil {
		return nil, err
	}
	uid, err := strconv.ParseInt(claims.Subject, 10, 64)
	if err != nil || uid != sess.UserID || !now.Before(sess.ExpiresAt) {
		return nil, errUnauthenticated
	}
	u, err := s.loadUser(ctx, uid)
	if err != nil {
		return nil, err
	}
	return &principal{user: u, via: viaToken, session: sess}, nil
}

func (s *Server) authAPIKey(ctx context.Context, key secret.Value) (*principal, error) {
	if token.CheckAPIKeyFormat(key.Reveal()) != nil {
		return nil, errUnauthenticated
	}
	k, err := s.store.APIKeyByDigest(ctx, token.Digest(key.Reveal()))
	if errors.Is(err, store.ErrNotFound) {
		return nil, errUnauthenticated
	}
	if err != nil {
		return nil, err
	}
	now := s.clock.Now()
	if !k.RevokedAt.IsZero() || !now.Before(k.ExpiresAt) || !k.FlaggedAt.IsZero() {
		return nil, errUnauthenticated
	}
	u, err := s.loadUser(ctx, k.UserID)
	if err != nil {
		return nil, err
	}
	// Record use at most once a minute, as for sessions: a write per
	// request would make every API call a database write.
	if now.Sub(k.LastUsedAt) >= time.Minute {
		if err := s.store.TouchAPIKey(ctx, k.ID, now); err != nil {
			return nil, err
		}
		k.LastUsedAt = now
	}
	return &principal{user: u, via: viaAPIKey, key: k}, nil
}

// issued is what a login, refresh or privilege change hands out.
type issued struct {
	AccessToken  string `json:"accessToken"`
	TokenType    string `json:"tokenType"`
	ExpiresIn    int    `json:"expiresIn"`
	RefreshToken string `json:"refreshToken"`
	// PasswordChangeRequired: the password was found breached; the
	// session can only change it (alerts.go, admit).
	PasswordChangeRequired bool `json:"passwordChangeRequired,omitempty"`
}

// newSession creates a login session (fresh random ID, stored hashed) with
// its first refresh token, issues an access token, and sets the cookie.
// The session is created only if the account still has passwordHash and
// may log in, in the same transaction (store.ErrStale otherwise): a login
// checked against a copy of the account read before a reset, a password
// change or a lock gets nothing.
func (s *Server) newSession(w http.ResponseWriter, r *http.Request, u store.User, passwordHash string) (issued, error) {
	ctx := r.Context()
	now := s.clock.Now()
	id, err := token.NewID()
	if err != nil {
		return issued{}, err
	}
	cookieValue, cookieDigest, err := token.NewOpaque()
	if err != nil {
		return issued{}, err
	}
	refresh, refreshDigest, err := token.NewOpaque()
	if err != nil {
		return issued{}, err
	}
	sess := store.Session{ID: id, UserID: u.ID, CreatedAt: now, LastSeenAt: now, ExpiresAt: now.Add(s.cfg.SessionAbsolute),
		IP: s.clientIP(r), UserAgent: truncateUTF8(r.UserAgent(), 256)}
	if err := s.store.CreateSession(ctx, sess, passwordHash, cookieDigest, refreshDigest); err != nil {
		return issued{}, err
	}
	access, exp, err := s.keys.Issue(strconv.FormatInt(u.ID, 10), id)
	if err != nil {
		return issued{}, err
	}
	setSessionCookie(w, cookieValue, s.cfg.SessionAbsolute)
	return issued{AccessToken: access, TokenType: "Bearer", ExpiresIn: int(exp.Sub(now).Seconds()), RefreshToken: refresh}, nil
}

// endCurrentSession deletes the session the request's cookie names, if
// any, so that login never keeps a session ID chosen before it (fixation).
func (s *Server) endCurrentSession(r *http.Request) error {
	c, err := r.Cookie(SessionCookie)
	if err != nil || c.Value == "" {
		return nil
	}
	sess, err := s.store.SessionByCookie(r.Context(), token.Digest(c.Value))
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	return s.revokeSessions(r.Context(), sess.UserID, []string{sess.ID}, true)
}

// revokeSessions ends sessions: deletes them (unless already deleted by
// the caller's transaction) and records them as revoked so that access
// tokens issued for them stop working, on every replica sharing Redis.
func (s *Server) revokeSessions(ctx context.Context, userID int64, ids []string, deleteRows bool) error {
	now := s.clock.Now()
	if deleteRows {
		for _, id := range ids {
			if _, err := s.store.DeleteSession(ctx, userID, id, now); err != nil {
				return err
			}
		}
	}
	// Access tokens live at most AccessTokenLifetime; remember a little longer.
	return s.revoked.Revoke(ctx, ids, s.cfg.AccessTokenLifetime+time.Minute, now)
}

func setSessionCookie(w http.ResponseWriter, value string, maxAge time.Duration) {
	http.SetCookie(w, &http.Cookie{
		Name:     SessionCookie,
		Value:    value,
		Path:     "/",
		MaxAge:   int(maxAge.Seconds()),
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteStrictMode,
	})
}

func clearSessionCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
}

func truncateUTF8(s string, n int) string {
	if len(s) > n {
		s = s[:n]
	}
	return strings.ToValidUTF8(s, "")
}
