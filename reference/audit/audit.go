// Package audit records the reference server's security events twice: as
// structured JSON log lines (log/slog) for operators, and as rows in the
// events table behind the user's "recent activity" endpoint. It also raises
// alerts (failed-login bursts, reuse of revoked or rotated tokens, logins
// from a new IP) through a hook.
//
// Events are redacted by construction: an Event has no field that can hold
// a password, token or key, only IDs, kinds, the client's IP and user agent,
// and a short fixed detail chosen by the server.
package audit

import (
	"context"
	"log/slog"
	"time"

	"github.com/authcheck/authcheck/reference/store"
)

// Kinds of events.
const (
	LoginSuccess     = "login_success"
	LoginFailure     = "login_failure"
	Logout           = "logout"
	LogoutAll        = "logout_all"
	SessionRevoked   = "session_revoked"
	Register         = "register"
	PasswordChange   = "password_change"
	EmailChange      = "email_change"
	ResetRequested   = "password_reset_requested"
	ResetCompleted   = "password_reset_completed"
	KeyCreated       = "api_key_created"
	KeyRevoked       = "api_key_revoked"
	KeyReinstated    = "api_key_reinstated"
	TokenRefresh     = "token_refresh"
	TokenReuse       = "refresh_token_reuse"
	PermissionDenied = "permission_denied"
	RateLimited      = "rate_limited"
	AccountLocked    = "account_locked"
	AccountUnlocked  = "account_unlocked"
	RoleChanged      = "role_changed"
	EmailVerified    = "email_verified"
	EmailChangeAsked = "email_change_requested"
	Suspicious       = "suspicious_activity"
)

// Alert kinds.
const (
	AlertFailedLoginBurst = "failed_login_burst"
	AlertTokenReuse       = "token_reuse"
	AlertNewIPLogin       = "new_ip_login"
	// AlertRevokedToken: a session cookie, access token, refresh token or
	// API key presented after it was revoked (or suspended).
	AlertRevokedToken    = "revoked_token_use"
	AlertAPIKeyRate      = "api_key_rate"
	AlertPasswordChanged = "password_changed"
	AlertEmailChanged    = "email_changed"
	AlertAdminHour       = "admin_unusual_hour"
)

// Event is one security event.
type Event struct {
	Kind      string
	UserID    int64  // 0 when unknown
	Account   string // e-mail address tried or affected, when it is one
	IP        string
	UserAgent string
	Outcome   string // "success", "failure", "denied"
	Detail    string // short, server-chosen text; never user input
}

// Alert is raised for patterns that need a human.
type Alert struct {
	Kind      string
	UserID    int64
	Account   string // the account's e-mail address, when known
	IP        string
	UserAgent string
	Detail    string
	At        time.Time
}

// AlertHook receives alerts. It must not block for long.
type AlertHook func(Alert)

// Logger writes events to a slog.Logger and the events table.
type Logger struct {
	Log   *slog.Logger
	Store store.Store
	Now   func() time.Time
	Hook  AlertHook // nil: alerts are only logged
}

// Record logs and stores e. Storage errors are logged, not returned: an
// audit failure must not turn a security decision around.
func (l *Logger) Record(ctx context.Context, e Event) {
	level := slog.LevelInfo
	switch e.Outcome {
	case "failure", "denied":
		level = slog.LevelWarn
	}
	now := l.Now()
	l.Log.LogAttrs(ctx, level, "auth_event",
		slog.String("event", e.Kind),
		slog.Int64("user_id", e.UserID),
		slog.String("account", e.Account),
		slog.String("outcome", e.Outcome),
		slog.String("ip", e.IP),
		slog.String("user_agent", e.UserAgent),
		slog.String("detail", e.Detail),
	)
	if l.Store == nil {
		return
	}
	// Events are stored even when the request was cancelled.
	err := l.Store.AddEvent(context.WithoutCancel(ctx), store.Event{
		At: now, Kind: e.Kind, UserID: e.UserID, IP: e.IP, UserAgent: truncate(e.UserAgent, 256), Detail: e.Detail,
	})
	if err != nil {
		l.Log.LogAttrs(ctx, slog.LevelError, "audit_store_failed", slog.String("event", e.Kind), slog.String("error", err.Error()))
	}
}

// Raise logs an alert and passes it to the hook.
func (l *Logger) Raise(ctx context.Context, a Alert) {
	a.At = l.Now()
	l.Log.LogAttrs(ctx, slog.LevelWarn, "security_alert",
		slog.String("alert", a.Kind), slog.Int64("user_id", a.UserID), slog.String("account", a.Account), slog.String("ip", a.IP),
		slog.String("user_agent", a.UserAgent), slog.String("detail", a.Detail))
	if l.Hook != nil {
		l.Hook(a)
	}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
