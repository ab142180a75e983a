// Package store is the reference server's persistence: users, login
// sessions, refresh-token families, API keys, reset tokens, notes (the
// per-user resource) and the audit-event table. Store is the interface the
// server uses; DB implements it over database/sql for SQLite (pure Go, WAL;
// the default) and PostgreSQL (pgx; for several replicas), with the same
// portable SQL and versioned migrations (db.go).
//
// Secrets never reach the store in plaintext: session IDs, refresh tokens,
// reset tokens and API keys arrive as SHA-256 digests and lookups are by
// digest. Every query on a user's resource carries the owner's ID in its
// WHERE clause, so ownership cannot be forgotten in a handler.
package store

import (
	"context"
	"errors"
	"time"
)

// Errors.
var (
	ErrNotFound = errors.New("store: not found")
	ErrConflict = errors.New("store: already exists")
	// ErrStale: the account changed (password, lock, verification) since
	// it was read, so the operation based on that copy was not done.
	ErrStale = errors.New("store: account changed")
)

// Purposes of e-mail tokens.
const (
	PurposeVerify = "verify" // prove the address of a new account
	PurposeChange = "change" // move the account to NewEmail
)

// EmailConfirmation is what ConfirmEmailToken did.
type EmailConfirmation struct {
	Purpose  string
	User     User   // before the change (its Email is the old address)
	NewEmail string // for PurposeChange
	Ended    []string
}

// Roles.
const (
	RoleUser  = "user"
	RoleAdmin = "admin"
)

// User is an account.
type User struct {
	ID                int64
	Email             string
	PasswordHash      string
	Role              string
	CreatedAt         time.Time
	PasswordChangedAt time.Time
	LockedAt          time.Time // zero: not locked
	LockReason        string
	EmailVerifiedAt   time.Time // zero: the address is not proven yet
	ResetRequired     bool      // set by an unlock: log in only after a reset
}

// Locked reports whether the account is locked (incident response).
func (u User) Locked() bool { return !u.LockedAt.IsZero() }

// Verified reports whether the account's address is proven.
func (u User) Verified() bool { return !u.EmailVerifiedAt.IsZero() }

// CanLogIn reports whether the account may start a session: unlocked,
// verified, and with no reset pending.
func (u User) CanLogIn() bool { return !u.Locked() && u.Verified() && !u.ResetRequired }

// Session is a login session. Its cookie value and refresh tokens are
// stored only as digests; ID is a separate public identifier.
type Session struct {
	ID         string
	UserID     int64
	CreatedAt  time.Time
	LastSeenAt time.Time
	ExpiresAt  time.Time // absolute expiry
	IP         string
	UserAgent  string
}

// APIKey is an API key's metadata (never the key).
type APIKey struct {
	ID         string
	UserID     int64
	Name       string
	Display    string // first characters of the key, for recognition
	Scopes     []string
	CreatedAt  time.Time
	ExpiresAt  time.Time
	LastUsedAt time.Time
	RevokedAt  time.Time
	FlaggedAt  time.Time // set by an account lock: suspended until reviewed
}

// Note is the per-user resource used to show ownership checks.
type Note struct {
	ID        int64
	OwnerID   int64
	Title     string
	Body      string
	CreatedAt time.Time
}

// Event is one audit event.
type Event struct {
	ID        int64
	At        time.Time
	Kind      string
	UserID    int64
	IP        string
	UserAgent string
	Detail    string
}

// RefreshOutcome is what RotateRefresh found.
type RefreshOutcome int

// Outcomes of RotateRefresh.
const (
	RefreshInvalid RefreshOutcome = iota // unknown or expired token
	RefreshRotated                       // success: the new token is stored
	RefreshReused                        // an already-rotated token: family revoked now
	RefreshRevoked                       // a token of a family revoked earlier
)

// RefreshResult reports a rotation.
type RefreshResult struct {
	Outcome RefreshOutcome
	Session Session // for Rotated, and the family's session for Reused/Revoked
}

// Store is the persistence the server needs.
type Store interface {
	MFAStore // second factor and step-up: store/mfa.go
	Alerts   // store/alerts.go

	CreateUser(ctx context.Context, email, passwordHash, role string, now time.Time) (User, error)
	UserByEmail(ctx context.Context, email string) (User, error)
	UserByID(ctx context.Context, id int64) (User, error)
	// UpdatePasswordHash replaces the hash with one of the same password
	// (rehash on login); it is not a password change.
	UpdatePasswordHash(ctx context.Context, userID int64, oldHash, newHash string) error
	SetRole(ctx context.Context, userID int64, role string) error
	// ChangePassword sets a new hash and, in the same transaction, deletes
	// every session, revokes every refresh token, ends outstanding reset
	// and e-mail tokens and suspends the API keys for review. It returns
	// the deleted sessions' IDs.
	ChangePassword(ctx context.Context, userID int64, newHash string, now time.Time) ([]string, error)
	// FlagAPIKeys suspends the user's live API keys pending review.
	FlagAPIKeys(ctx context.Context, userID int64, now time.Time) error
	// CreateEmailToken stores a single-use e-mail token (verification of a
	// new account, or a change to newEmail).
	CreateEmailToken(ctx context.Context, digest []byte, userID int64, purpose, newEmail string, now, expires time.Time) error
	// ConfirmEmailToken, in one transaction, uses the token (unused, not
	// expired, account not locked) and verifies the account or moves it
	// to the new address (ErrConflict when taken meanwhile), ending its
	// sessions and outstanding reset and e-mail tokens.
	ConfirmEmailToken(ctx context.Context, digest []byte, now time.Time) (EmailConfirmation, error)
	// EnsureDemoUser creates the user or resets its hash, unlocks it and
	// ends its sessions.
	EnsureDemoUser(ctx context.Context, email, passwordHash string, now time.Time) error

	// CreateSession stores a session with its cookie digest and the first
	// refresh token of its family, in one transaction and only if the user
	// still has passwordHash and may log in (User.CanLogIn); otherwise
	// ErrStale. A login checked against a copy read before a reset, a
	// password change or a lock therefore gets no session.
	CreateSession(ctx context.Context, s Session, passwordHash string, cookieDigest, refreshDigest []byte) error
	SessionByCookie(ctx context.Context, cookieDigest []byte) (Session, error)
	SessionByID(ctx context.Context, id string) (Session, error)
	TouchSession(ctx context.Context, id string, now time.Time) error
	// DeleteSession deletes one of the user's sessions and revokes its
	// refresh tokens; false when the user has no such session.
	DeleteSession(ctx context.Context, userID int64, id string, now time.Time) (bool, error)
	DeleteUserSessions(ctx context.Context, userID int64, now time.Time) ([]string, error)
	ListSessions(ctx context.Context, userID int64, now time.Time) ([]Session, error)
	// RotateRefresh exchanges a refresh token for newDigest atomically:
	// exactly one of any number of concurrent calls with the same token
	// succeeds, and presenting a rotated token revokes its whole family.
	// idle is the session idle timeout.
	RotateRefresh(ctx context.Context, oldDigest, newDigest []byte, now time.Time, idle time.Duration) (RefreshResult, error)

	CreateAPIKey(ctx context.Context, k APIKey, digest []byte) error
	APIKeyByDigest(ctx context.Context, digest []byte) (APIKey, error)
	TouchAPIKey(ctx context.Context, id string, now time.Time) error
	ListAPIKeys(ctx context.Context, userID int64) ([]APIKey, error)
	GetAPIKey(ctx context.Context, userID int64, id string) (APIKey, error)
	RevokeAPIKey(ctx context.Context, userID int64, id string, now time.Time) (bool, error)
	ReinstateAPIKey(ctx context.Context, userID int64, id string) (bool, error)

	// CreateReset stores a reset token digest for an existing account.
	CreateReset(ctx context.Context, digest []byte, userID int64, now, expires time.Time) error
	// ConfirmReset, in one transaction, checks the token (unused, not
	// expired, account not locked), marks it and the user's other tokens
	// used, sets the new hash, marks the address verified, clears
	// ResetRequired, suspends the API keys for review, deletes every
	// session and revokes every refresh token. It never unlocks.
	ConfirmReset(ctx context.Context, digest []byte, newHash string, now time.Time) (User, []string, error)

	// LockUser, in one transaction, blocks logins, deletes sessions,
	// revokes refresh tokens, ends outstanding reset and e-mail tokens and
	// flags the user's API keys for review.
	LockUser(ctx context.Context, email, reason string, now time.Time) (User, []string, error)
	// UnlockUser lifts a lock (ErrNotFound unless the account is locked)
	// and sets ResetRequired: the owner logs in again only after a reset.
	// In the same transaction an account that had MFA loses its TOTP
	// secret and recovery codes and must enrol again
	// (MFAState.ReenrolRequired).
	UnlockUser(ctx context.Context, email string, now time.Time) (User, error)

	CreateNote(ctx context.Context, ownerID int64, title, body string, now time.Time) (Note, error)
	GetNote(ctx context.Context, ownerID, id int64) (Note, error)
	ListNotes(ctx context.Context, ownerID int64) ([]Note, error)
	DeleteNote(ctx context.Context, ownerID, id int64) (bool, error)

	AddEvent(ctx context.Context, e Event) error
	RecentEvents(ctx context.Context, userID int64, limit int) ([]Event, error)
	// HasLoggedInFrom reports whether a login_success event exists for the
	// user from ip, and whether the user has logged in at all.
	HasLoggedInFrom(ctx context.Context, userID int64, ip string) (fromIP, any bool, err error)

	// Cleanup deletes expired sessions, refresh tokens, reset tokens and
	// events older than retain.
	Cleanup(ctx context.Context, now time.Time, retain time.Duration) error
	Close() error
}
