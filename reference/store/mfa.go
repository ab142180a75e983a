package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// MFA state lives in three tables (migration 3):
//
//   - mfa: one row per account that has or had a second factor: the TOTP
//     secret (encrypted by the server before it reaches the store; the
//     store only ever sees ciphertext), a pending secret awaiting
//     confirmation, the highest time step accepted (replay protection) and
//     whether an unlock requires the owner to enrol again;
//   - mfa_recovery_codes: keyed digests of single-use recovery codes;
//   - session_elevations: step-up re-authentication, a deadline per
//     session, deleted with the session (ON DELETE CASCADE).

// MFAState is an account's second-factor state. The zero value (no row)
// means MFA was never set up.
type MFAState struct {
	UserID int64
	// SecretEnc is the active TOTP secret, encrypted; nil when MFA is off.
	SecretEnc []byte
	// PendingEnc is a secret awaiting confirmation (enrolment started and
	// not yet confirmed with a code); nil when none.
	PendingEnc []byte
	PendingAt  time.Time
	EnabledAt  time.Time // zero: MFA off
	// LastStep is the highest TOTP time step accepted for the account;
	// codes of that step or earlier are refused (RFC 6238 §5.2).
	LastStep int64
	// ReenrolRequired is set by an unlock of an account that had MFA: its
	// secret and recovery codes were dropped and it must enrol again.
	ReenrolRequired bool
	// RecoveryCodesLeft counts unused recovery codes.
	RecoveryCodesLeft int
}

// Enabled reports whether the account has a confirmed TOTP factor.
func (m MFAState) Enabled() bool { return !m.EnabledAt.IsZero() && len(m.SecretEnc) > 0 }

// MFAStore is the second-factor and step-up part of Store. Every method
// that changes state does it in one transaction.
type MFAStore interface {
	// MFAState returns the account's state; the zero MFAState (with
	// UserID set) when the account never set up MFA.
	MFAState(ctx context.Context, userID int64) (MFAState, error)
	// BeginTOTPEnrolment stores secretEnc as the pending secret (replacing
	// an earlier pending one). ErrConflict when MFA is already enabled.
	BeginTOTPEnrolment(ctx context.Context, userID int64, secretEnc []byte, now time.Time) error
	// ConfirmTOTPEnrolment makes the pending secret (which must still be
	// pendingEnc, the one the code was checked against) the active one,
	// records step as used, clears ReenrolRequired and replaces the
	// recovery codes with codeDigests. ErrNotFound when that secret is no
	// longer pending (a newer enrolment, or confirmed already).
	ConfirmTOTPEnrolment(ctx context.Context, userID int64, pendingEnc []byte, step int64, codeDigests [][]byte, now time.Time) error
	// UseTOTPStep records step as used if MFA is enabled with secretEnc
	// and step is later than every step used before: exactly one of any
	// number of concurrent calls with the same step succeeds. ErrStale
	// when the step was used (a replay) or the secret changed meanwhile.
	UseTOTPStep(ctx context.Context, userID int64, secretEnc []byte, step int64) error
	// UseRecoveryCode marks one unused recovery code of the account used;
	// ErrNotFound when it is unknown or used, or MFA is off.
	UseRecoveryCode(ctx context.Context, userID int64, digest []byte, now time.Time) error
	// ReplaceRecoveryCodes drops the account's recovery codes and stores
	// codeDigests; ErrNotFound when MFA is off.
	ReplaceRecoveryCodes(ctx context.Context, userID int64, codeDigests [][]byte, now time.Time) error
	// DisableMFA drops the secret, any pending secret and the recovery
	// codes (ReenrolRequired is kept: a disable does not satisfy it).
	DisableMFA(ctx context.Context, userID int64) error

	// ElevateSession records a step-up for one of the user's sessions
	// until the given time; ErrNotFound when the user has no such session.
	ElevateSession(ctx context.Context, userID int64, sessionID string, until time.Time) error
	// SessionElevatedUntil returns the session's step-up deadline (zero
	// when it never stepped up).
	SessionElevatedUntil(ctx context.Context, sessionID string) (time.Time, error)
}

// mfaMigration is schema migration 3 (see migrations in sqlite.go).
// Portable SQL: it runs unchanged on SQLite and Postgres.
const mfaMigration = `CREATE TABLE mfa (
		user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
		secret_enc BLOB,
		pending_enc BLOB,
		pending_at INTEGER,
		enabled_at INTEGER,
		last_step INTEGER NOT NULL DEFAULT 0,
		reenrol_required INTEGER NOT NULL DEFAULT 0
	);
	CREATE TABLE mfa_recovery_codes (
		digest BLOB PRIMARY KEY,
		user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		created_at INTEGER NOT NULL,
		used_at INTEGER
	);
	CREATE INDEX mfa_recovery_codes_user ON mfa_recovery_codes(user_id);
	CREATE TABLE session_elevations (
		session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
		user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
		until_at INTEGER NOT NULL
	);`

// MFAState reads the account's second-factor state.
func (s *SQLite) MFAState(ctx context.Context, userID int64) (MFAState, error) {
	m := MFAState{UserID: userID}
	var pendingAt, enabledAt sql.NullInt64
	var reenrol int64
	err := s.r.QueryRowContext(ctx, `SELECT secret_enc, pending_enc, pending_at, enabled_at, last_step, reenrol_required,
		(SELECT COUNT(*) FROM mfa_recovery_codes WHERE user_id = ? AND used_at IS NULL)
		FROM mfa WHERE user_id = ?`, userID, userID).
		Scan(&m.SecretEnc, &m.PendingEnc, &pendingAt, &enabledAt, &m.LastStep, &reenrol, &m.RecoveryCodesLeft)
	if errors.Is(err, sql.ErrNoRows) {
		return MFAState{UserID: userID}, nil
	}
	if err != nil {
		return MFAState{UserID: userID}, err
	}
	m.PendingAt, m.EnabledAt, m.ReenrolRequired = fromMS(pendingAt), fromMS(enabledAt), reenrol != 0
	return m, nil
}

// BeginTOTPEnrolment stores a pending secret.
func (s *SQLite) BeginTOTPEnrolment(ctx context.Context, userID int64, secretEnc []byte, now time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO mfa(user_id, pending_enc, pending_at) VALUES (?, ?, ?)
			ON CONFLICT (user_id) DO UPDATE SET pending_enc = excluded.pending_enc, pending_at = excluded.pending_at
			WHERE mfa.enabled_at IS NULL`, userID, secretEnc, ms(now))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return ErrConflict
		}
		return nil
	})
}

// ConfirmTOTPEnrolment activates the pending secret.
func (s *SQLite) ConfirmTOTPEnrolment(ctx context.Context, userID int64, pendingEnc []byte, step int64, codeDigests [][]byte, now time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE mfa SET secret_enc = pending_enc, pending_enc = NULL, pending_at = NULL,
			enabled_at = ?, last_step = ?, reenrol_required = 0
			WHERE user_id = ? AND pending_enc = ? AND enabled_at IS NULL`, ms(now), step, userID, pendingEnc)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return ErrNotFound
		}
		return replaceCodes(ctx, tx, userID, codeDigests, now)
	})
}

func replaceCodes(ctx context.Context, tx *sql.Tx, userID int64, digests [][]byte, now time.Time) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM mfa_recovery_codes WHERE user_id = ?`, userID); err != nil {
		return err
	}
	for _, d := range digests {
		if _, err := tx.ExecContext(ctx, `INSERT INTO mfa_recovery_codes(digest, user_id, created_at) VALUES (?, ?, ?)`, d, userID, ms(now)); err != nil {
			return err
		}
	}
	return nil
}

// UseTOTPStep records a used time step, refusing replays.
func (s *SQLite) UseTOTPStep(ctx context.Context, userID int64, secretEnc []byte, step int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE mfa SET last_step = ?
			WHERE user_id = ? AND enabled_at IS NOT NULL AND secret_enc = ? AND last_step < ?`, step, userID, secretEnc, step)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return ErrStale
		}
		return nil
	})
}

// UseRecoveryCode spends one recovery code.
func (s *SQLite) UseRecoveryCode(ctx context.Context, userID int64, digest []byte, now time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE mfa_recovery_codes SET used_at = ?
			WHERE digest = ? AND user_id = ? AND used_at IS NULL
			AND user_id IN (SELECT user_id FROM mfa WHERE enabled_at IS NOT NULL)`, ms(now), digest, userID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return ErrNotFound
		}
		return nil
	})
}

// ReplaceRecoveryCodes stores a new set of recovery codes.
func (s *SQLite) ReplaceRecoveryCodes(ctx context.Context, userID int64, codeDigests [][]byte, now time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM mfa WHERE user_id = ? AND enabled_at IS NOT NULL`, userID).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		return replaceCodes(ctx, tx, userID, codeDigests, now)
	})
}

// DisableMFA drops the account's second factor.
func (s *SQLite) DisableMFA(ctx context.Context, userID int64) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return dropMFA(ctx, tx, userID, false) })
}

// dropMFA drops the secret, the pending secret and the recovery codes;
// with reenrol, an account that had MFA enabled must enrol again.
func dropMFA(ctx context.Context, tx *sql.Tx, userID int64, reenrol bool) error {
	q := `UPDATE mfa SET secret_enc = NULL, pending_enc = NULL, pending_at = NULL, enabled_at = NULL WHERE user_id = ?`
	if reenrol {
		q = `UPDATE mfa SET secret_enc = NULL, pending_enc = NULL, pending_at = NULL, enabled_at = NULL,
			reenrol_required = CASE WHEN enabled_at IS NOT NULL THEN 1 ELSE reenrol_required END WHERE user_id = ?`
	}
	if _, err := tx.ExecContext(ctx, q, userID); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM mfa_recovery_codes WHERE user_id = ?`, userID)
	return err
}

// requireMFAReenrolment is called by UnlockUser inside its transaction:
// an account that had MFA loses its secret and recovery codes (whoever
// held the account may have them) and must enrol again.
func requireMFAReenrolment(ctx context.Context, tx *sql.Tx, userID int64) error {
	return dropMFA(ctx, tx, userID, true)
}

// ElevateSession records a step-up for a session of the user.
func (s *SQLite) ElevateSession(ctx context.Context, userID int64, sessionID string, until time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO session_elevations(session_id, user_id, until_at)
			SELECT id, user_id, ? FROM sessions WHERE id = ? AND user_id = ?
			ON CONFLICT (session_id) DO UPDATE SET until_at = excluded.until_at`, ms(until), sessionID, userID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return ErrNotFound
		}
		return nil
	})
}

// SessionElevatedUntil returns a session's step-up deadline.
func (s *SQLite) SessionElevatedUntil(ctx context.Context, sessionID string) (time.Time, error) {
	var until int64
	err := s.r.QueryRowContext(ctx, `SELECT until_at FROM session_elevations WHERE session_id = ?`, sessionID).Scan(&until)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, err
	}
	return time.UnixMilli(until), nil
}

var _ MFAStore = (*SQLite)(nil)
