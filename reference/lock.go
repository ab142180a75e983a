package reference

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/authcheck/authcheck/reference/audit"
	"github.com/authcheck/authcheck/reference/mail"
	"github.com/authcheck/authcheck/reference/revocation"
	"github.com/authcheck/authcheck/reference/store"
)

// LockResult reports an account lock.
type LockResult struct {
	Email         string `json:"email"`
	SessionsEnded int    `json:"sessionsEnded"`
	Locked        bool   `json:"locked"`
	// Notified is false when the owner could not be mailed (the CLI has no
	// outbox; configure SMTP to notify).
	Notified bool `json:"notified"`
}

// LockAccount is the incident-response lock used by `authcheck reference
// lock-account`: it opens the database of cfg directly (the server may be
// running) and, in one transaction, blocks logins, deletes the account's
// sessions, revokes its refresh tokens and flags its API keys for review.
// With cfg.RedisURL the sessions are also revoked in Redis, which ends
// their access tokens on every replica at once; without it a running
// server still refuses them, because it checks the session row on every
// request. Outstanding reset links die with the lock, and a reset never
// unlocks: only an administrator does (UnlockAccount), and the owner must
// then reset the password.
func LockAccount(ctx context.Context, cfg Config, email, reason string) (LockResult, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return LockResult{}, err
	}
	addr, ok := normalizeEmail(email)
	if !ok {
		return LockResult{}, fmt.Errorf("%q is not an e-mail address", email)
	}
	st, err := openDB(ctx, cfg)
	if err != nil {
		return LockResult{}, err
	}
	defer st.Close()
	now := cfg.Clock.Now()
	u, ended, err := st.LockUser(ctx, addr, reason, now)
	if errors.Is(err, store.ErrNotFound) {
		return LockResult{}, fmt.Errorf("no account with the address %s", addr)
	}
	if err != nil {
		return LockResult{}, err
	}
	res := LockResult{Email: u.Email, SessionsEnded: len(ended), Locked: true}
	if cfg.RedisURL != "" {
		opt, err := redis.ParseURL(cfg.RedisURL)
		if err != nil {
			return res, fmt.Errorf("redis URL: %w", err)
		}
		c := redis.NewClient(opt)
		defer c.Close()
		rev := &revocation.Redis{Client: c, Prefix: "authcheck:"}
		if err := rev.Revoke(ctx, ended, cfg.AccessTokenLifetime+time.Minute, now); err != nil {
			return res, fmt.Errorf("account locked, but revoking in Redis failed: %w", err)
		}
	}
	log := slog.New(slog.NewJSONHandler(cfg.Logger, nil))
	al := &audit.Logger{Log: log, Store: st, Now: cfg.Clock.Now}
	al.Record(ctx, audit.Event{Kind: audit.AccountLocked, UserID: u.ID, Account: u.Email, IP: "cli", UserAgent: "authcheck reference lock-account",
		Outcome: "success", Detail: "locked from the command line"})
	if cfg.SMTP != nil {
		m, err := mail.NewSMTP(*cfg.SMTP, log)
		if err == nil {
			err = m.Send(ctx, mail.Message{To: u.Email, Subject: "Your account was locked", SentAt: now,
				Body: "Your account was locked by an administrator as a precaution. Contact your administrator to unlock it; you will then choose a new password. Your API keys stay suspended until you review them."})
			m.Close()
		}
		res.Notified = err == nil
	}
	return res, nil
}

// openStore opens cfg's database for the command-line tools.
func openStore(ctx context.Context, cfg Config) (Config, *store.DB, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return cfg, nil, err
	}
	st, err := openDB(ctx, cfg)
	return cfg, st, err
}

// openDB opens the existing database of cfg (with defaults applied): a
// command-line tool must not create an empty SQLite file by mistake.
func openDB(ctx context.Context, cfg Config) (*store.DB, error) {
	if cfg.DatabaseURL == "" {
		if _, err := os.Stat(cfg.DBPath); err != nil {
			return nil, fmt.Errorf("no database at %s (wrong --data or --db?)", cfg.DBPath)
		}
	}
	return store.Open(ctx, cfg.database())
}

// UnlockAccount is `authcheck reference unlock-account`: it lifts an
// incident lock and requires a password reset before the owner's next
// login and, for an account that had MFA, enrolment again (its secret and
// recovery codes are dropped in the unlock's transaction).
func UnlockAccount(ctx context.Context, cfg Config, email string) error {
	addr, ok := normalizeEmail(email)
	if !ok {
		return fmt.Errorf("%q is not an e-mail address", email)
	}
	cfg, st, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	u, err := st.UnlockUser(ctx, addr, cfg.Clock.Now())
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no locked account with the address %s", addr)
	}
	if err != nil {
		return err
	}
	// UnlockUser dropped the MFA of an account that had it (re-enrolment).
	note, err := mfaReenrolmentNote(ctx, st, u)
	if err != nil {
		return err
	}
	al := &audit.Logger{Log: slog.New(slog.NewJSONHandler(cfg.Logger, nil)), Store: st, Now: cfg.Clock.Now}
	al.Record(ctx, audit.Event{Kind: audit.AccountUnlocked, UserID: u.ID, Account: u.Email, IP: "cli", UserAgent: "authcheck reference unlock-account",
		Outcome: "success", Detail: "unlocked from the command line; password reset required" + note})
	return nil
}

// SetRole is `authcheck reference promote` and `demote`: a one-off change
// of an existing account's role. Only an account whose address is verified
// can be promoted, so that nobody becomes administrator by registering an
// address first.
func SetRole(ctx context.Context, cfg Config, email, role string) error {
	if role != store.RoleAdmin && role != store.RoleUser {
		return fmt.Errorf("unknown role %q", role)
	}
	addr, ok := normalizeEmail(email)
	if !ok {
		return fmt.Errorf("%q is not an e-mail address", email)
	}
	cfg, st, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	u, err := st.UserByEmail(ctx, addr)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no account with the address %s", addr)
	}
	if err != nil {
		return err
	}
	if role == store.RoleAdmin && !u.Verified() {
		return fmt.Errorf("the account %s has not verified its e-mail address; it cannot be promoted", addr)
	}
	if err := st.SetRole(ctx, u.ID, role); err != nil {
		return err
	}
	al := &audit.Logger{Log: slog.New(slog.NewJSONHandler(cfg.Logger, nil)), Store: st, Now: cfg.Clock.Now}
	al.Record(ctx, audit.Event{Kind: audit.RoleChanged, UserID: u.ID, Account: u.Email, IP: "cli", UserAgent: "authcheck reference " + role,
		Outcome: "success", Detail: "role set to " + role + " from the command line"})
	return nil
}
