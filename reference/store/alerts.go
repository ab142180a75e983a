package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// Alert is a security alert to record: what happened (Kind, Detail), to
// which account, from where. Key distinguishes causes of the same kind
// (an IP address, an API key ID); alerts with the same user, kind and key
// are deduplicated.
type Alert struct {
	UserID    int64
	Kind      string
	Key       string
	At        time.Time
	IP        string
	UserAgent string
	Detail    string
}

// AlertEventPrefix prefixes the event kind an alert is stored under
// ("alert_new_ip_login"), so that alerts appear in the user's activity.
const AlertEventPrefix = "alert_"

// EndedSession is what remains of a session ended on the server: enough
// to recognise its cookie if it is presented again, and to tell a
// revocation (logout, password change, lock) from an expiry.
type EndedSession struct {
	SessionID  string
	UserID     int64
	EndedAt    time.Time
	LastSeenAt time.Time
	ExpiresAt  time.Time
}

// Alerts is the persistence behind security alerts, breached-password
// enforcement and API-key usage statistics. Every method is safe to call
// from several replicas sharing one database.
type Alerts interface {
	// RaiseAlert stores a as an event (kind AlertEventPrefix+a.Kind)
	// unless an alert with the same user, kind and key was stored less
	// than window before a.At; it reports whether it stored it. The check
	// and the write are one atomic step, so concurrent requests (on any
	// replica) raise an alert once.
	RaiseAlert(ctx context.Context, a Alert, window time.Duration) (bool, error)
	// LoginAddresses returns the distinct client addresses of the user's
	// successful logins at or after since, at most limit.
	LoginAddresses(ctx context.Context, userID int64, since time.Time, limit int) ([]string, error)
	// LoginTimes returns the times of the user's successful logins at or
	// after since, newest first, at most limit.
	LoginTimes(ctx context.Context, userID int64, since time.Time, limit int) ([]time.Time, error)
	// EndedSessionByCookie finds the ended session a cookie digest
	// belonged to (ErrNotFound when the cookie never existed or its
	// session has passed its absolute expiry). Sessions ended by
	// DeleteSession, DeleteUserSessions, refresh-token reuse and the
	// password, reset, e-mail and lock transactions are kept until their
	// absolute expiry.
	EndedSessionByCookie(ctx context.Context, cookieDigest []byte) (EndedSession, error)
	// AddAPIKeyUses adds n uses of the key to the hour starting at hour
	// (truncated to the hour).
	AddAPIKeyUses(ctx context.Context, keyID string, hour time.Time, n int) error
	// APIKeyUsage sums the key's uses in [from, to) and counts the hours
	// in which it was used.
	APIKeyUsage(ctx context.Context, keyID string, from, to time.Time) (uses int64, activeHours int, err error)
	// RequirePasswordChange marks the account as having to change its
	// password (e.g. it was found breached at login). ChangePassword and
	// ConfirmReset clear the mark in their transactions.
	RequirePasswordChange(ctx context.Context, userID int64, reason string, now time.Time) error
	// PasswordChangeRequired returns the time the mark was set and its
	// reason; zero time when there is none.
	PasswordChangeRequired(ctx context.Context, userID int64) (time.Time, string, error)
}

// migrationAlerts is the schema for Alerts (portable SQL: timestamps as
// INTEGER milliseconds; upserts with ON CONFLICT).
const migrationAlerts = `CREATE TABLE alert_marks (
		user_id INTEGER NOT NULL,
		kind TEXT NOT NULL,
		dedup_key TEXT NOT NULL,
		raised_at INTEGER NOT NULL,
		quiet_until INTEGER NOT NULL,
		PRIMARY KEY (user_id, kind, dedup_key)
	);
	CREATE INDEX alert_marks_quiet ON alert_marks(quiet_until);
	CREATE TABLE ended_sessions (
		cookie_digest BLOB PRIMARY KEY,
		session_id TEXT NOT NULL,
		user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		ended_at INTEGER NOT NULL,
		last_seen_at INTEGER NOT NULL,
		expires_at INTEGER NOT NULL
	);
	CREATE INDEX ended_sessions_expires ON ended_sessions(expires_at);
	CREATE TABLE api_key_usage (
		key_id TEXT NOT NULL,
		hour INTEGER NOT NULL,
		uses INTEGER NOT NULL,
		PRIMARY KEY (key_id, hour)
	);
	CREATE INDEX api_key_usage_hour ON api_key_usage(hour);
	CREATE TABLE password_change_required (
		user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
		since INTEGER NOT NULL,
		reason TEXT NOT NULL
	);
	CREATE INDEX events_kind_user ON events(kind, user_id, at);`

// apiKeyUsageRetention is how long hourly API-key usage is kept.
const apiKeyUsageRetention = 8 * 24 * time.Hour

// keepEndedSessions copies the sessions matched by cond (a WHERE clause on
// sessions, with args) into ended_sessions inside tx, before they are
// deleted.
func keepEndedSessions(ctx context.Context, tx *sql.Tx, now time.Time, cond string, args ...any) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO ended_sessions(cookie_digest, session_id, user_id, ended_at, last_seen_at, expires_at)
		SELECT cookie_digest, id, user_id, ?, last_seen_at, expires_at FROM sessions WHERE `+cond+`
		ON CONFLICT (cookie_digest) DO NOTHING`, append([]any{ms(now)}, args...)...)
	return err
}

// cleanupAlerts purges what Alerts keeps, inside Cleanup's transaction.
func cleanupAlerts(ctx context.Context, tx *sql.Tx, now time.Time) error {
	for _, q := range []struct {
		sql string
		arg int64
	}{
		{`DELETE FROM alert_marks WHERE quiet_until <= ?`, ms(now)},
		{`DELETE FROM ended_sessions WHERE expires_at <= ?`, ms(now)},
		{`DELETE FROM api_key_usage WHERE hour <= ?`, ms(now.Add(-apiKeyUsageRetention))},
	} {
		if _, err := tx.ExecContext(ctx, q.sql, q.arg); err != nil {
			return err
		}
	}
	return nil
}

// passwordChanged clears the account's password-change mark inside the
// transaction that changes its password.
func passwordChanged(ctx context.Context, tx *sql.Tx, userID int64) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM password_change_required WHERE user_id = ?`, userID)
	return err
}

// RaiseAlert stores an alert once per window.
func (s *SQLite) RaiseAlert(ctx context.Context, a Alert, window time.Duration) (bool, error) {
	var raised bool
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO alert_marks(user_id, kind, dedup_key, raised_at, quiet_until) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (user_id, kind, dedup_key) DO UPDATE SET raised_at = excluded.raised_at, quiet_until = excluded.quiet_until
			WHERE alert_marks.quiet_until <= excluded.raised_at`,
			a.UserID, a.Kind, a.Key, ms(a.At), ms(a.At.Add(window)))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return nil
		}
		raised = true
		var uid sql.NullInt64
		if a.UserID != 0 {
			uid = sql.NullInt64{Int64: a.UserID, Valid: true}
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO events(at, kind, user_id, ip, user_agent, detail) VALUES (?, ?, ?, ?, ?, ?)`,
			ms(a.At), AlertEventPrefix+a.Kind, uid, a.IP, a.UserAgent, a.Detail)
		return err
	})
	return raised, err
}

// LoginAddresses lists the addresses of the user's recent logins.
func (s *SQLite) LoginAddresses(ctx context.Context, userID int64, since time.Time, limit int) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT DISTINCT ip FROM events WHERE kind = 'login_success' AND user_id = ? AND at >= ? ORDER BY ip LIMIT ?`,
		userID, ms(since), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var ip string
		if err := rows.Scan(&ip); err != nil {
			return nil, err
		}
		out = append(out, ip)
	}
	return out, rows.Err()
}

// LoginTimes lists the user's recent successful logins.
func (s *SQLite) LoginTimes(ctx context.Context, userID int64, since time.Time, limit int) ([]time.Time, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT at FROM events WHERE kind = 'login_success' AND user_id = ? AND at >= ? ORDER BY at DESC LIMIT ?`,
		userID, ms(since), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []time.Time
	for rows.Next() {
		var at int64
		if err := rows.Scan(&at); err != nil {
			return nil, err
		}
		out = append(out, time.UnixMilli(at))
	}
	return out, rows.Err()
}

// EndedSessionByCookie finds an ended session by its cookie digest.
func (s *SQLite) EndedSessionByCookie(ctx context.Context, digest []byte) (EndedSession, error) {
	var e EndedSession
	var ended, seen, expires int64
	err := s.r.QueryRowContext(ctx, `SELECT session_id, user_id, ended_at, last_seen_at, expires_at FROM ended_sessions WHERE cookie_digest = ?`, digest).
		Scan(&e.SessionID, &e.UserID, &ended, &seen, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return e, ErrNotFound
	}
	e.EndedAt, e.LastSeenAt, e.ExpiresAt = time.UnixMilli(ended), time.UnixMilli(seen), time.UnixMilli(expires)
	return e, err
}

// AddAPIKeyUses adds to the key's hourly usage.
func (s *SQLite) AddAPIKeyUses(ctx context.Context, keyID string, hour time.Time, n int) error {
	if n <= 0 {
		return nil
	}
	_, err := s.w.ExecContext(ctx, `INSERT INTO api_key_usage(key_id, hour, uses) VALUES (?, ?, ?)
		ON CONFLICT (key_id, hour) DO UPDATE SET uses = api_key_usage.uses + excluded.uses`,
		keyID, ms(hour.Truncate(time.Hour)), n)
	return err
}

// APIKeyUsage sums a key's usage over [from, to).
func (s *SQLite) APIKeyUsage(ctx context.Context, keyID string, from, to time.Time) (int64, int, error) {
	var uses int64
	var hours int
	err := s.r.QueryRowContext(ctx, `SELECT CAST(COALESCE(SUM(uses), 0) AS BIGINT), COUNT(*) FROM api_key_usage WHERE key_id = ? AND hour >= ? AND hour < ?`,
		keyID, ms(from), ms(to)).Scan(&uses, &hours)
	return uses, hours, err
}

// RequirePasswordChange sets (or renews) the account's mark.
func (s *SQLite) RequirePasswordChange(ctx context.Context, userID int64, reason string, now time.Time) error {
	_, err := s.w.ExecContext(ctx, `INSERT INTO password_change_required(user_id, since, reason) VALUES (?, ?, ?)
		ON CONFLICT (user_id) DO UPDATE SET since = excluded.since, reason = excluded.reason`, userID, ms(now), reason)
	return err
}

// PasswordChangeRequired reads the account's mark.
func (s *SQLite) PasswordChangeRequired(ctx context.Context, userID int64) (time.Time, string, error) {
	var since int64
	var reason string
	err := s.r.QueryRowContext(ctx, `SELECT since, reason FROM password_change_required WHERE user_id = ?`, userID).Scan(&since, &reason)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, "", nil
	}
	if err != nil {
		return time.Time{}, "", err
	}
	return time.UnixMilli(since), reason, nil
}

var _ Alerts = (*SQLite)(nil)
