package reference

import (
	"net/http"
	"sort"

	"github.com/authcheck/authcheck/reference/clock"
)

// access is who may call a route.
type access int

const (
	public access = iota + 1 // anyone (login, register, health)
	user                     // any authenticated account
	admin                    // accounts with the admin role
)

// policy is a route's authorization rule. Every route is registered with
// one; there is no default that lets a request through.
type policy struct {
	access access
	// scope is the API-key scope the route needs. Empty: API keys are
	// refused (sessions and access tokens only), as for key management and
	// password changes.
	scope string
}

// API-key scopes, an allowlist.
const (
	scopeProfileRead = "profile:read"
	scopeNotesRead   = "notes:read"
	scopeNotesWrite  = "notes:write"
	scopeAdmin       = "admin"
)

var knownScopes = map[string]bool{scopeProfileRead: true, scopeNotesRead: true, scopeNotesWrite: true, scopeAdmin: true}

type authedHandler func(w http.ResponseWriter, r *http.Request, p *principal)

// route is one entry of the route table.
type route struct {
	pattern string
	policy  policy
	handle  authedHandler
}

// routes is the complete route table. Anything not listed is 404 or 405.
func (s *Server) routes() []route {
	rs := []route{
		{"GET /healthz", policy{access: public}, s.handleHealth},
		{"GET /.well-known/jwks.json", policy{access: public}, s.handleJWKS},
		{"GET /reset", policy{access: public}, s.handleResetPage},
		{"GET /reset.js", policy{access: public}, s.handleResetScript},
		{"GET /confirm-email", policy{access: public}, s.handleConfirmPage},
		{"GET /confirm-email.js", policy{access: public}, s.handleConfirmScript},

		{"POST /api/v1/auth/register", policy{access: public}, s.handleRegister},
		{"POST /api/v1/auth/login", policy{access: public}, s.handleLogin},
		{"POST /api/v1/auth/refresh", policy{access: public}, s.handleRefresh},
		{"POST /api/v1/auth/password-reset/request", policy{access: public}, s.handleResetRequest},
		{"POST /api/v1/auth/password-reset/confirm", policy{access: public}, s.handleResetConfirm},
		{"POST /api/v1/auth/confirm-email", policy{access: public}, s.handleConfirmEmail},
		{"POST /api/v1/auth/logout", policy{access: user}, s.handleLogout},
		{"POST /api/v1/auth/logout-all", policy{access: user}, s.handleLogoutAll},

		{"GET /api/v1/me", policy{access: user, scope: scopeProfileRead}, s.handleMe},
		{"POST /api/v1/me/password", policy{access: user}, s.handleChangePassword},
		{"POST /api/v1/me/email", policy{access: user}, s.handleChangeEmail},
		{"GET /api/v1/me/sessions", policy{access: user}, s.handleListSessions},
		{"DELETE /api/v1/me/sessions/{id}", policy{access: user}, s.handleRevokeSession},
		{"GET /api/v1/me/activity", policy{access: user, scope: scopeProfileRead}, s.handleActivity},

		{"GET /api/v1/api-keys", policy{access: user}, s.handleListKeys},
		{"POST /api/v1/api-keys", policy{access: user}, s.handleCreateKey},
		{"GET /api/v1/api-keys/{id}", policy{access: user}, s.handleGetKey},
		{"DELETE /api/v1/api-keys/{id}", policy{access: user}, s.handleRevokeKey},
		{"POST /api/v1/api-keys/{id}/reinstate", policy{access: user}, s.handleReinstateKey},

		{"GET /api/v1/notes", policy{access: user, scope: scopeNotesRead}, s.handleListNotes},
		{"POST /api/v1/notes", policy{access: user, scope: scopeNotesWrite}, s.handleCreateNote},
		{"GET /api/v1/notes/{id}", policy{access: user, scope: scopeNotesRead}, s.handleGetNote},
		{"DELETE /api/v1/notes/{id}", policy{access: user, scope: scopeNotesWrite}, s.handleDeleteNote},

		{"POST /api/v1/admin/lock-account", policy{access: admin, scope: scopeAdmin}, s.handleLockAccount},
		{"POST /api/v1/admin/unlock-account", policy{access: admin, scope: scopeAdmin}, s.handleUnlockAccount},
	}
	rs = append(rs, s.mfaRoutes()...) // mfa.go, stepup.go
	if s.cfg.DevOutbox && s.outbox != nil {
		rs = append(rs, route{"GET /dev/outbox", policy{access: public}, s.handleOutbox})
	}
	if dc, ok := s.clock.(*clock.Offset); ok && s.cfg.DevClock {
		rs = append(rs, route{"POST /dev/clock", policy{access: public}, s.handleDevClock(dc)})
	}
	return rs
}

// RouteTable lists the registered routes' patterns, sorted (for docs and
// tests).
func (s *Server) RouteTable() []string {
	var out []string
	for _, r := range s.routes() {
		out = append(out, r.pattern)
	}
	sort.Strings(out)
	return out
}
