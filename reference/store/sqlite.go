package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // pure-Go SQLite driver, no cgo
)

// The default backend is SQLite: one file, WAL journal, synchronous=FULL
// so that an acknowledged write survives a crash. Writes go through a
// single connection with BEGIN IMMEDIATE, so transactions are serialised
// without busy retries; reads use a small pool of read-only connections.
//
// The methods below are the Store over database/sql for both backends
// (see DB): portable SQL with ? placeholders. migrations are written for
// SQLite and translated for Postgres (DB.ddl).

var migrations = []string{
	// 1: initial schema.
	`CREATE TABLE users (
		id INTEGER PRIMARY KEY,
		email TEXT NOT NULL UNIQUE,
		password_hash TEXT NOT NULL,
		role TEXT NOT NULL DEFAULT 'user' CHECK (role IN ('user','admin')),
		created_at INTEGER NOT NULL,
		password_changed_at INTEGER NOT NULL,
		locked_at INTEGER,
		lock_reason TEXT NOT NULL DEFAULT ''
	);
	CREATE TABLE sessions (
		id TEXT PRIMARY KEY,
		cookie_digest BLOB NOT NULL UNIQUE,
		user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		created_at INTEGER NOT NULL,
		last_seen_at INTEGER NOT NULL,
		expires_at INTEGER NOT NULL,
		ip TEXT NOT NULL,
		user_agent TEXT NOT NULL
	);
	CREATE INDEX sessions_user ON sessions(user_id);
	-- Refresh tokens outlive their session's deletion as revoked rows, so
	-- that presenting one later is recognised as reuse of a revoked token.
	CREATE TABLE refresh_tokens (
		digest BLOB PRIMARY KEY,
		family TEXT NOT NULL,
		user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		created_at INTEGER NOT NULL,
		expires_at INTEGER NOT NULL,
		used_at INTEGER,
		revoked_at INTEGER
	);
	CREATE INDEX refresh_tokens_family ON refresh_tokens(family);
	CREATE INDEX refresh_tokens_user ON refresh_tokens(user_id);
	CREATE TABLE api_keys (
		id TEXT PRIMARY KEY,
		digest BLOB NOT NULL UNIQUE,
		user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		name TEXT NOT NULL,
		display TEXT NOT NULL,
		scopes TEXT NOT NULL,
		created_at INTEGER NOT NULL,
		expires_at INTEGER NOT NULL,
		last_used_at INTEGER,
		revoked_at INTEGER,
		flagged_at INTEGER
	);
	CREATE INDEX api_keys_user ON api_keys(user_id);
	CREATE TABLE password_resets (
		digest BLOB PRIMARY KEY,
		user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
		created_at INTEGER NOT NULL,
		expires_at INTEGER NOT NULL,
		used_at INTEGER
	);
	CREATE TABLE notes (
		id INTEGER PRIMARY KEY,
		owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		title TEXT NOT NULL,
		body TEXT NOT NULL,
		created_at INTEGER NOT NULL
	);
	CREATE INDEX notes_owner ON notes(owner_id);
	CREATE TABLE events (
		id INTEGER PRIMARY KEY,
		at INTEGER NOT NULL,
		kind TEXT NOT NULL,
		user_id INTEGER,
		ip TEXT NOT NULL,
		user_agent TEXT NOT NULL,
		detail TEXT NOT NULL
	);
	CREATE INDEX events_user ON events(user_id, at);`,
	// 2: e-mail verification, admin unlock that requires a reset, and
	// single-use e-mail tokens (verification and e-mail change). Accounts
	// created before this migration are treated as verified: they were
	// usable already, and their owners can prove the address with a reset.
	`ALTER TABLE users ADD COLUMN email_verified_at INTEGER;
	ALTER TABLE users ADD COLUMN reset_required INTEGER NOT NULL DEFAULT 0;
	UPDATE users SET email_verified_at = created_at;
	CREATE TABLE email_tokens (
		digest BLOB PRIMARY KEY,
		user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		purpose TEXT NOT NULL CHECK (purpose IN ('verify','change')),
		new_email TEXT NOT NULL DEFAULT '',
		created_at INTEGER NOT NULL,
		expires_at INTEGER NOT NULL,
		used_at INTEGER
	);
	CREATE INDEX email_tokens_user ON email_tokens(user_id);`,
	// 3: TOTP MFA, recovery codes and step-up elevation (store/mfa.go).
	mfaMigration,
	// 4: security alerts (deduplication marks), ended sessions (to
	// recognise a revoked cookie), hourly API-key usage, and accounts that
	// must change a breached password (store/alerts.go).
	migrationAlerts,
}

// OpenSQLite opens (creating if needed) the database file at path and
// applies pending migrations.
func OpenSQLite(ctx context.Context, path string) (*DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("store: database path %q must not contain ? or #", path)
	}
	base := path + "?_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(FULL)"
	w, err := sql.Open("sqlite", base+"&_pragma=journal_mode(WAL)&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	_ = os.Chmod(path, 0o600)
	s := &DB{w: w}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite", base+"&_pragma=query_only(1)")
	if err != nil {
		w.Close()
		return nil, err
	}
	r.SetMaxOpenConns(4)
	s.r = r
	return s, nil
}

func ms(t time.Time) int64 { return t.UnixMilli() }

func fromMS(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.UnixMilli(v.Int64)
}

const userCols = `id, email, password_hash, role, created_at, password_changed_at, locked_at, lock_reason, email_verified_at, reset_required`

func scanUser(row interface{ Scan(...any) error }) (User, error) {
	var u User
	var created, changed int64
	var locked, verified sql.NullInt64
	err := row.Scan(&u.ID, &u.Email, &u.PasswordHash, &u.Role, &created, &changed, &locked, &u.LockReason, &verified, &u.ResetRequired)
	if errors.Is(err, sql.ErrNoRows) {
		return u, ErrNotFound
	}
	u.CreatedAt, u.PasswordChangedAt, u.LockedAt = time.UnixMilli(created), time.UnixMilli(changed), fromMS(locked)
	u.EmailVerifiedAt = fromMS(verified)
	return u, err
}

// usableUser is the SQL condition for an account that may hold a session:
// unlocked, e-mail verified, no reset pending.
const usableUser = `locked_at IS NULL AND email_verified_at IS NOT NULL AND reset_required = 0`

// CreateUser inserts a user; ErrConflict when the e-mail is taken.
func (s *SQLite) CreateUser(ctx context.Context, email, hash, role string, now time.Time) (User, error) {
	row := s.w.QueryRowContext(ctx, `INSERT INTO users(email, password_hash, role, created_at, password_changed_at)
		VALUES (?, ?, ?, ?, ?) RETURNING `+userCols, email, hash, role, ms(now), ms(now))
	u, err := scanUser(row)
	if isUnique(err) {
		return User{}, ErrConflict
	}
	return u, err
}

// UserByEmail looks a user up by normalised e-mail.
func (s *SQLite) UserByEmail(ctx context.Context, email string) (User, error) {
	return scanUser(s.r.QueryRowContext(ctx, `SELECT `+userCols+` FROM users WHERE email = ?`, email))
}

// UserByID looks a user up by ID.
func (s *SQLite) UserByID(ctx context.Context, id int64) (User, error) {
	return scanUser(s.r.QueryRowContext(ctx, `SELECT `+userCols+` FROM users WHERE id = ?`, id))
}

// UpdatePasswordHash swaps the hash if it is still oldHash (a concurrent
// password change wins).
func (s *SQLite) UpdatePasswordHash(ctx context.Context, userID int64, oldHash, newHash string) error {
	_, err := s.w.ExecContext(ctx, `UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?`, newHash, userID, oldHash)
	return err
}

// SetRole sets a user's role.
func (s *SQLite) SetRole(ctx context.Context, userID int64, role string) error {
	_, err := s.w.ExecContext(ctx, `UPDATE users SET role = ? WHERE id = ?`, role, userID)
	return err
}

// endSessions deletes the user's sessions and revokes their refresh tokens
// inside tx, returning the session IDs.
func endSessions(ctx context.Context, tx *sql.Tx, userID int64, now time.Time) ([]string, error) {
	if err := keepEndedSessions(ctx, tx, now, `user_id = ?`, userID); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, `DELETE FROM sessions WHERE user_id = ? RETURNING id`, userID)
	if err != nil {
		return nil, err
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	_, err = tx.ExecContext(ctx, `UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL`, ms(now), userID)
	return ids, err
}

// ChangePassword sets the hash and ends every session.
func (s *SQLite) ChangePassword(ctx context.Context, userID int64, newHash string, now time.Time) ([]string, error) {
	var ids []string
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?`, newHash, ms(now), userID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return ErrNotFound
		}
		if err := flagKeys(ctx, tx, userID, now); err != nil {
			return err
		}
		if err := endTokens(ctx, tx, userID, now); err != nil {
			return err
		}
		if err := passwordChanged(ctx, tx, userID); err != nil {
			return err
		}
		ids, err = endSessions(ctx, tx, userID, now)
		return err
	})
	return ids, err
}

// flagKeys suspends the user's live API keys pending the owner's review.
func flagKeys(ctx context.Context, tx *sql.Tx, userID int64, now time.Time) error {
	_, err := tx.ExecContext(ctx, `UPDATE api_keys SET flagged_at = COALESCE(flagged_at, ?) WHERE user_id = ? AND revoked_at IS NULL`, ms(now), userID)
	return err
}

// endTokens ends the user's outstanding reset and e-mail tokens.
func endTokens(ctx context.Context, tx *sql.Tx, userID int64, now time.Time) error {
	if _, err := tx.ExecContext(ctx, `UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL`, ms(now), userID); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `UPDATE email_tokens SET used_at = ? WHERE user_id = ? AND used_at IS NULL`, ms(now), userID)
	return err
}

// FlagAPIKeys suspends the user's live API keys pending review.
func (s *SQLite) FlagAPIKeys(ctx context.Context, userID int64, now time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return flagKeys(ctx, tx, userID, now) })
}

// CreateEmailToken stores a verification or e-mail change token digest.
func (s *SQLite) CreateEmailToken(ctx context.Context, digest []byte, userID int64, purpose, newEmail string, now, expires time.Time) error {
	_, err := s.w.ExecContext(ctx, `INSERT INTO email_tokens(digest, user_id, purpose, new_email, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
		digest, userID, purpose, newEmail, ms(now), ms(expires))
	return err
}

// ConfirmEmailToken uses an e-mail token in one transaction.
func (s *SQLite) ConfirmEmailToken(ctx context.Context, digest []byte, now time.Time) (EmailConfirmation, error) {
	var c EmailConfirmation
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var userID int64
		err := tx.QueryRowContext(ctx, `UPDATE email_tokens SET used_at = ?
			WHERE digest = ? AND used_at IS NULL AND expires_at > ?
			AND user_id IN (SELECT id FROM users WHERE locked_at IS NULL) RETURNING user_id, purpose, new_email`, ms(now), digest, ms(now)).
			Scan(&userID, &c.Purpose, &c.NewEmail)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if c.User, err = scanUser(tx.QueryRowContext(ctx, `SELECT `+userCols+` FROM users WHERE id = ?`, userID)); err != nil {
			return err
		}
		switch c.Purpose {
		case PurposeVerify:
			_, err = tx.ExecContext(ctx, `UPDATE users SET email_verified_at = COALESCE(email_verified_at, ?) WHERE id = ?`, ms(now), userID)
			return err
		case PurposeChange:
			if _, err := tx.ExecContext(ctx, `UPDATE users SET email = ?, email_verified_at = ? WHERE id = ?`, c.NewEmail, ms(now), userID); err != nil {
				if isUnique(err) {
					return ErrConflict
				}
				return err
			}
			// Links mailed to the old address die, and every session
			// (the caller's included) ends: the account has a new identity.
			if err := endTokens(ctx, tx, userID, now); err != nil {
				return err
			}
			c.Ended, err = endSessions(ctx, tx, userID, now)
			return err
		}
		return fmt.Errorf("store: unknown e-mail token purpose %q", c.Purpose)
	})
	return c, err
}

// EnsureDemoUser creates or resets a demo account.
func (s *SQLite) EnsureDemoUser(ctx context.Context, email, hash string, now time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM users WHERE email = ?`, email).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			_, err = tx.ExecContext(ctx, `INSERT INTO users(email, password_hash, role, created_at, password_changed_at, email_verified_at) VALUES (?, ?, 'user', ?, ?, ?)`,
				email, hash, ms(now), ms(now), ms(now))
			return err
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ?, password_changed_at = ?, locked_at = NULL, lock_reason = '',
			email_verified_at = COALESCE(email_verified_at, ?), reset_required = 0 WHERE id = ?`, hash, ms(now), ms(now), id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE api_keys SET flagged_at = NULL WHERE user_id = ?`, id); err != nil {
			return err
		}
		_, err = endSessions(ctx, tx, id, now)
		return err
	})
}

const sessionCols = `id, user_id, created_at, last_seen_at, expires_at, ip, user_agent`

func scanSession(row interface{ Scan(...any) error }) (Session, error) {
	var x Session
	var c, l, e int64
	err := row.Scan(&x.ID, &x.UserID, &c, &l, &e, &x.IP, &x.UserAgent)
	if errors.Is(err, sql.ErrNoRows) {
		return x, ErrNotFound
	}
	x.CreatedAt, x.LastSeenAt, x.ExpiresAt = time.UnixMilli(c), time.UnixMilli(l), time.UnixMilli(e)
	return x, err
}

// CreateSession stores a session and its first refresh token, only if the
// user still has passwordHash and may log in (see the interface).
func (s *SQLite) CreateSession(ctx context.Context, x Session, passwordHash string, cookieDigest, refreshDigest []byte) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO sessions(id, cookie_digest, user_id, created_at, last_seen_at, expires_at, ip, user_agent)
			SELECT ?, ?, id, ?, ?, ?, ?, ? FROM users WHERE id = ? AND password_hash = ? AND `+usableUser,
			x.ID, cookieDigest, ms(x.CreatedAt), ms(x.LastSeenAt), ms(x.ExpiresAt), x.IP, x.UserAgent, x.UserID, passwordHash)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return ErrStale
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO refresh_tokens(digest, family, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
			refreshDigest, x.ID, x.UserID, ms(x.CreatedAt), ms(x.ExpiresAt))
		return err
	})
}

// SessionByCookie finds a session by its cookie digest.
func (s *SQLite) SessionByCookie(ctx context.Context, digest []byte) (Session, error) {
	return scanSession(s.r.QueryRowContext(ctx, `SELECT `+sessionCols+` FROM sessions WHERE cookie_digest = ?`, digest))
}

// SessionByID finds a session by public ID.
func (s *SQLite) SessionByID(ctx context.Context, id string) (Session, error) {
	return scanSession(s.r.QueryRowContext(ctx, `SELECT `+sessionCols+` FROM sessions WHERE id = ?`, id))
}

// TouchSession records activity.
func (s *SQLite) TouchSession(ctx context.Context, id string, now time.Time) error {
	_, err := s.w.ExecContext(ctx, `UPDATE sessions SET last_seen_at = ? WHERE id = ?`, ms(now), id)
	return err
}

// DeleteSession deletes one session of the user and revokes its family.
func (s *SQLite) DeleteSession(ctx context.Context, userID int64, id string, now time.Time) (bool, error) {
	var found bool
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := keepEndedSessions(ctx, tx, now, `id = ? AND user_id = ?`, id, userID); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE id = ? AND user_id = ?`, id, userID)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		found = n == 1
		_, err = tx.ExecContext(ctx, `UPDATE refresh_tokens SET revoked_at = ? WHERE family = ? AND user_id = ? AND revoked_at IS NULL`, ms(now), id, userID)
		return err
	})
	return found, err
}

// DeleteUserSessions ends every session of the user.
func (s *SQLite) DeleteUserSessions(ctx context.Context, userID int64, now time.Time) ([]string, error) {
	var ids []string
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var err error
		ids, err = endSessions(ctx, tx, userID, now)
		return err
	})
	return ids, err
}

// ListSessions lists the user's live sessions, most recent first.
func (s *SQLite) ListSessions(ctx context.Context, userID int64, now time.Time) ([]Session, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+sessionCols+` FROM sessions WHERE user_id = ? AND expires_at > ? ORDER BY last_seen_at DESC`, userID, ms(now))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Session
	for rows.Next() {
		x, err := scanSession(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// RotateRefresh exchanges a refresh token. The single writer connection and
// BEGIN IMMEDIATE serialise concurrent calls; the conditional UPDATE makes
// the exchange single-use even without that.
func (s *SQLite) RotateRefresh(ctx context.Context, oldDigest, newDigest []byte, now time.Time, idle time.Duration) (RefreshResult, error) {
	var res RefreshResult
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var family string
		var userID, expires int64
		var used, revoked sql.NullInt64
		err := tx.QueryRowContext(ctx, `SELECT family, user_id, expires_at, used_at, revoked_at FROM refresh_tokens WHERE digest = ?`, oldDigest).
			Scan(&family, &userID, &expires, &used, &revoked)
		if errors.Is(err, sql.ErrNoRows) {
			res.Outcome = RefreshInvalid
			return nil
		}
		if err != nil {
			return err
		}
		res.Session = Session{ID: family, UserID: userID}
		if revoked.Valid {
			res.Outcome = RefreshRevoked
			return nil
		}
		if used.Valid {
			// Reuse of a rotated token: someone holds a stolen copy. End the
			// whole family (and its session) now.
			res.Outcome = RefreshReused
			if _, err := tx.ExecContext(ctx, `UPDATE refresh_tokens SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL`, ms(now), family); err != nil {
				return err
			}
			if err := keepEndedSessions(ctx, tx, now, `id = ?`, family); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE id = ?`, family)
			return err
		}
		if now.UnixMilli() >= expires {
			res.Outcome = RefreshInvalid
			return nil
		}
		sess, err := scanSession(tx.QueryRowContext(ctx, `SELECT `+sessionCols+` FROM sessions WHERE id = ?`, family))
		if errors.Is(err, ErrNotFound) || (err == nil && (now.Sub(sess.LastSeenAt) > idle || !now.Before(sess.ExpiresAt))) {
			res.Outcome = RefreshInvalid
			return nil
		}
		if err != nil {
			return err
		}
		r, err := tx.ExecContext(ctx, `UPDATE refresh_tokens SET used_at = ? WHERE digest = ? AND used_at IS NULL AND revoked_at IS NULL`, ms(now), oldDigest)
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n != 1 {
			res.Outcome = RefreshInvalid
			return nil
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO refresh_tokens(digest, family, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
			newDigest, family, userID, ms(now), ms(sess.ExpiresAt)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE sessions SET last_seen_at = ? WHERE id = ?`, ms(now), family); err != nil {
			return err
		}
		sess.LastSeenAt = now
		res.Outcome, res.Session = RefreshRotated, sess
		return nil
	})
	return res, err
}

const keyCols = `id, user_id, name, display, scopes, created_at, expires_at, last_used_at, revoked_at, flagged_at`

func scanKey(row interface{ Scan(...any) error }) (APIKey, error) {
	var k APIKey
	var scopes string
	var c, e int64
	var last, rev, flag sql.NullInt64
	err := row.Scan(&k.ID, &k.UserID, &k.Name, &k.Display, &scopes, &c, &e, &last, &rev, &flag)
	if errors.Is(err, sql.ErrNoRows) {
		return k, ErrNotFound
	}
	if scopes != "" {
		k.Scopes = strings.Split(scopes, " ")
	}
	k.CreatedAt, k.ExpiresAt = time.UnixMilli(c), time.UnixMilli(e)
	k.LastUsedAt, k.RevokedAt, k.FlaggedAt = fromMS(last), fromMS(rev), fromMS(flag)
	return k, err
}

// CreateAPIKey stores a key's digest and metadata.
func (s *SQLite) CreateAPIKey(ctx context.Context, k APIKey, digest []byte) error {
	_, err := s.w.ExecContext(ctx, `INSERT INTO api_keys(id, digest, user_id, name, display, scopes, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		k.ID, digest, k.UserID, k.Name, k.Display, strings.Join(k.Scopes, " "), ms(k.CreatedAt), ms(k.ExpiresAt))
	return err
}

// APIKeyByDigest finds a key by digest.
func (s *SQLite) APIKeyByDigest(ctx context.Context, digest []byte) (APIKey, error) {
	return scanKey(s.r.QueryRowContext(ctx, `SELECT `+keyCols+` FROM api_keys WHERE digest = ?`, digest))
}

// TouchAPIKey records the last use.
func (s *SQLite) TouchAPIKey(ctx context.Context, id string, now time.Time) error {
	_, err := s.w.ExecContext(ctx, `UPDATE api_keys SET last_used_at = ? WHERE id = ?`, ms(now), id)
	return err
}

// ListAPIKeys lists the user's keys.
func (s *SQLite) ListAPIKeys(ctx context.Context, userID int64) ([]APIKey, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT `+keyCols+` FROM api_keys WHERE user_id = ? ORDER BY created_at DESC`, userID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []APIKey
	for rows.Next() {
		k, err := scanKey(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// GetAPIKey returns one of the user's keys.
func (s *SQLite) GetAPIKey(ctx context.Context, userID int64, id string) (APIKey, error) {
	return scanKey(s.r.QueryRowContext(ctx, `SELECT `+keyCols+` FROM api_keys WHERE id = ? AND user_id = ?`, id, userID))
}

// RevokeAPIKey revokes one of the user's keys.
func (s *SQLite) RevokeAPIKey(ctx context.Context, userID int64, id string, now time.Time) (bool, error) {
	res, err := s.w.ExecContext(ctx, `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND user_id = ?`, ms(now), id, userID)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// ReinstateAPIKey clears the review flag of one of the user's keys.
func (s *SQLite) ReinstateAPIKey(ctx context.Context, userID int64, id string) (bool, error) {
	res, err := s.w.ExecContext(ctx, `UPDATE api_keys SET flagged_at = NULL WHERE id = ? AND user_id = ? AND revoked_at IS NULL`, id, userID)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// CreateReset stores a reset token digest.
func (s *SQLite) CreateReset(ctx context.Context, digest []byte, userID int64, now, expires time.Time) error {
	var uid sql.NullInt64
	if userID != 0 {
		uid = sql.NullInt64{Int64: userID, Valid: true}
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO password_resets(digest, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)`, digest, uid, ms(now), ms(expires))
	return err
}

// ConfirmReset completes a reset in one transaction.
func (s *SQLite) ConfirmReset(ctx context.Context, digest []byte, newHash string, now time.Time) (User, []string, error) {
	var u User
	var ids []string
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var userID int64
		err := tx.QueryRowContext(ctx, `UPDATE password_resets SET used_at = ?
			WHERE digest = ? AND used_at IS NULL AND user_id IS NOT NULL AND expires_at > ?
			AND user_id IN (SELECT id FROM users WHERE locked_at IS NULL) RETURNING user_id`, ms(now), digest, ms(now)).Scan(&userID)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		// Other outstanding reset and e-mail tokens of the user die with
		// this one.
		if err := endTokens(ctx, tx, userID, now); err != nil {
			return err
		}
		// A reset never unlocks (only an administrator does); it proves
		// the address, clears a reset required by an unlock, and suspends
		// the API keys for the owner's review (a key minted by whoever
		// held the account before must not outlive the reset).
		if _, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ?, password_changed_at = ?, reset_required = 0,
			email_verified_at = COALESCE(email_verified_at, ?) WHERE id = ?`, newHash, ms(now), ms(now), userID); err != nil {
			return err
		}
		if err := flagKeys(ctx, tx, userID, now); err != nil {
			return err
		}
		if err := passwordChanged(ctx, tx, userID); err != nil {
			return err
		}
		if ids, err = endSessions(ctx, tx, userID, now); err != nil {
			return err
		}
		u, err = scanUser(tx.QueryRowContext(ctx, `SELECT `+userCols+` FROM users WHERE id = ?`, userID))
		return err
	})
	return u, ids, err
}

// LockUser locks an account for incident response.
func (s *SQLite) LockUser(ctx context.Context, email, reason string, now time.Time) (User, []string, error) {
	var u User
	var ids []string
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var err error
		u, err = scanUser(tx.QueryRowContext(ctx, `UPDATE users SET locked_at = COALESCE(locked_at, ?), lock_reason = ? WHERE email = ? RETURNING `+userCols,
			ms(now), reason, email))
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE api_keys SET flagged_at = COALESCE(flagged_at, ?) WHERE user_id = ? AND revoked_at IS NULL`, ms(now), u.ID); err != nil {
			return err
		}
		// Outstanding reset and e-mail links die: whoever holds them (an
		// attacker who changed the address, say) must not undo the lock.
		if err := endTokens(ctx, tx, u.ID, now); err != nil {
			return err
		}
		ids, err = endSessions(ctx, tx, u.ID, now)
		return err
	})
	return u, ids, err
}

// UnlockUser lifts a lock and requires a password reset before the next
// login.
func (s *SQLite) UnlockUser(ctx context.Context, email string, now time.Time) (User, error) {
	var u User
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var err error
		u, err = scanUser(tx.QueryRowContext(ctx, `UPDATE users SET locked_at = NULL, lock_reason = '', reset_required = 1
			WHERE email = ? AND locked_at IS NOT NULL RETURNING `+userCols, email))
		if err != nil {
			return err
		}
		if err := requireMFAReenrolment(ctx, tx, u.ID); err != nil {
			return err
		}
		_, err = endSessions(ctx, tx, u.ID, now)
		return err
	})
	return u, err
}

func scanNote(row interface{ Scan(...any) error }) (Note, error) {
	var n Note
	var c int64
	err := row.Scan(&n.ID, &n.OwnerID, &n.Title, &n.Body, &c)
	if errors.Is(err, sql.ErrNoRows) {
		return n, ErrNotFound
	}
	n.CreatedAt = time.UnixMilli(c)
	return n, err
}

// CreateNote stores a note owned by ownerID.
func (s *SQLite) CreateNote(ctx context.Context, ownerID int64, title, body string, now time.Time) (Note, error) {
	return scanNote(s.w.QueryRowContext(ctx, `INSERT INTO notes(owner_id, title, body, created_at) VALUES (?, ?, ?, ?)
		RETURNING id, owner_id, title, body, created_at`, ownerID, title, body, ms(now)))
}

// GetNote returns a note only if ownerID owns it.
func (s *SQLite) GetNote(ctx context.Context, ownerID, id int64) (Note, error) {
	return scanNote(s.r.QueryRowContext(ctx, `SELECT id, owner_id, title, body, created_at FROM notes WHERE id = ? AND owner_id = ?`, id, ownerID))
}

// ListNotes lists ownerID's notes.
func (s *SQLite) ListNotes(ctx context.Context, ownerID int64) ([]Note, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, owner_id, title, body, created_at FROM notes WHERE owner_id = ? ORDER BY id DESC LIMIT 500`, ownerID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Note
	for rows.Next() {
		n, err := scanNote(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// DeleteNote deletes a note only if ownerID owns it.
func (s *SQLite) DeleteNote(ctx context.Context, ownerID, id int64) (bool, error) {
	res, err := s.w.ExecContext(ctx, `DELETE FROM notes WHERE id = ? AND owner_id = ?`, id, ownerID)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// AddEvent appends an audit event.
func (s *SQLite) AddEvent(ctx context.Context, e Event) error {
	var uid sql.NullInt64
	if e.UserID != 0 {
		uid = sql.NullInt64{Int64: e.UserID, Valid: true}
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO events(at, kind, user_id, ip, user_agent, detail) VALUES (?, ?, ?, ?, ?, ?)`,
		ms(e.At), e.Kind, uid, e.IP, e.UserAgent, e.Detail)
	return err
}

// RecentEvents returns the user's latest events, newest first.
func (s *SQLite) RecentEvents(ctx context.Context, userID int64, limit int) ([]Event, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, at, kind, user_id, ip, user_agent, detail FROM events WHERE user_id = ? ORDER BY at DESC, id DESC LIMIT ?`, userID, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		var at int64
		if err := rows.Scan(&e.ID, &at, &e.Kind, &e.UserID, &e.IP, &e.UserAgent, &e.Detail); err != nil {
			return nil, err
		}
		e.At = time.UnixMilli(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// HasLoggedInFrom reports earlier logins of the user, from ip and at all.
func (s *SQLite) HasLoggedInFrom(ctx context.Context, userID int64, ip string) (bool, bool, error) {
	var fromIP, anyLogin bool
	err := s.r.QueryRowContext(ctx, `SELECT
		EXISTS(SELECT 1 FROM events WHERE user_id = ? AND kind = 'login_success' AND ip = ?),
		EXISTS(SELECT 1 FROM events WHERE user_id = ? AND kind = 'login_success')`, userID, ip, userID).Scan(&fromIP, &anyLogin)
	return fromIP, anyLogin, err
}

// Cleanup purges expired rows.
func (s *SQLite) Cleanup(ctx context.Context, now time.Time, retain time.Duration) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for _, q := range []struct {
			sql string
			arg int64
		}{
			{`DELETE FROM sessions WHERE expires_at <= ?`, ms(now)},
			{`DELETE FROM refresh_tokens WHERE expires_at <= ?`, ms(now)},
			{`DELETE FROM password_resets WHERE expires_at <= ?`, ms(now.Add(-24 * time.Hour))},
			{`DELETE FROM email_tokens WHERE expires_at <= ?`, ms(now.Add(-24 * time.Hour))},
			{`DELETE FROM events WHERE at <= ?`, ms(now.Add(-retain))},
		} {
			if _, err := tx.ExecContext(ctx, q.sql, q.arg); err != nil {
				return err
			}
		}
		return cleanupAlerts(ctx, tx, now)
	})
}

var _ Store = (*SQLite)(nil)
