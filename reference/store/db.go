package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"regexp"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// DB is the Store over database/sql. One implementation serves both
// backends: the queries are portable SQL with ? placeholders, and the
// dialect differences are kept here and in postgres.go:
//
//   - placeholders: the Postgres connections rewrite ? to $1, $2, … (see
//     rebind), so a method written once runs on both;
//   - schema types: migrations are written for SQLite (INTEGER, BLOB,
//     INTEGER PRIMARY KEY) and translated for Postgres (pgDDL);
//   - unique violations: isUnique recognises both drivers' errors;
//   - transactions: SQLite serialises writers (one connection, BEGIN
//     IMMEDIATE); on Postgres every DB.tx runs at SERIALIZABLE and is
//     retried on a serialization failure or deadlock, so the same
//     read-then-write transactions (refresh rotation, reset confirmation,
//     CreateSession's hash check) stay atomic without per-query locks.
//
// A method that needs a transaction uses s.tx and nothing else; its
// function may run more than once on Postgres, so it must not keep
// results of an earlier attempt (assign, do not append to, outer
// variables).
type DB struct {
	w *sql.DB // writes (and, on Postgres, reads: the same pool)
	r *sql.DB // reads
	// postgres selects the dialect.
	postgres bool
}

// SQLite is the historical name of DB (which now also runs on Postgres),
// kept so that code written against it compiles.
type SQLite = DB

// Open opens the store spec names: a postgres:// or postgresql:// URL
// opens Postgres, anything else is the path of a SQLite file.
func Open(ctx context.Context, spec string) (*DB, error) {
	if IsPostgresURL(spec) {
		return OpenPostgres(ctx, spec)
	}
	return OpenSQLite(ctx, spec)
}

// IsPostgresURL reports whether spec is a Postgres connection URL.
func IsPostgresURL(spec string) bool {
	return strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://")
}

// Backend names the store's database: "sqlite" or "postgres".
func (s *DB) Backend() string {
	if s.postgres {
		return "postgres"
	}
	return "sqlite"
}

// migrationLock is the Postgres advisory lock that serialises migrations
// of replicas starting at once.
const migrationLock = 0x61757468636b // "authck"

func (s *DB) migrate(ctx context.Context) error {
	return s.plainTx(ctx, func(tx *sql.Tx) error {
		if s.postgres {
			if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(?)`, int64(migrationLock)); err != nil {
				return fmt.Errorf("store: migration lock: %w", err)
			}
		}
		if _, err := tx.ExecContext(ctx, s.ddl(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)`)); err != nil {
			return fmt.Errorf("store: migrations table: %w", err)
		}
		var current int
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
			return err
		}
		if current > len(migrations) {
			return fmt.Errorf("store: database schema version %d is newer than this server (%d)", current, len(migrations))
		}
		for v := current + 1; v <= len(migrations); v++ {
			if _, err := tx.ExecContext(ctx, s.ddl(migrations[v-1])); err != nil {
				return fmt.Errorf("store: migration %d: %w", v, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)`, v, time.Now().UnixMilli()); err != nil {
				return fmt.Errorf("store: migration %d: %w", v, err)
			}
		}
		return nil
	})
}

// Close closes the pools.
func (s *DB) Close() error {
	var err error
	if s.r != s.w {
		err = s.r.Close()
	}
	if err2 := s.w.Close(); err == nil {
		err = err2
	}
	return err
}

// tx runs fn in a write transaction: serialised by the single writer on
// SQLite; SERIALIZABLE on Postgres, retried (with a short random pause)
// when Postgres aborts it to keep it serialisable.
func (s *DB) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	if !s.postgres {
		return s.plainTx(ctx, fn)
	}
	const attempts = 12
	var err error
	for i := range attempts {
		err = s.runTx(ctx, &sql.TxOptions{Isolation: sql.LevelSerializable}, fn)
		if !retryable(err) {
			return err
		}
		pause := time.Duration(1+rand.IntN(4<<min(i, 5))) * time.Millisecond
		select {
		case <-ctx.Done():
			return err
		case <-time.After(pause):
		}
	}
	return err
}

func (s *DB) plainTx(ctx context.Context, fn func(*sql.Tx) error) error {
	return s.runTx(ctx, nil, fn)
}

func (s *DB) runTx(ctx context.Context, opts *sql.TxOptions, fn func(*sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, opts)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// retryable reports a Postgres serialization failure or deadlock: the
// transaction did nothing and may simply run again.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}

// isUnique reports a unique-constraint violation on either backend.
func isUnique(err error) bool {
	if err == nil {
		return false
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code == "23505"
	}
	return strings.Contains(err.Error(), "UNIQUE constraint failed")
}

// Unavailable reports whether err means the database could not be reached
// or could not answer now (connection refused or lost, server shutting
// down, too many connections, SQLite busy, contention that outlasted the
// retries): the request may succeed later, so the server answers 503, not
// 500. Nothing was written: a transaction that fails this way is rolled
// back by the database.
func Unavailable(err error) bool {
	if err == nil || errors.Is(err, ErrNotFound) || errors.Is(err, ErrConflict) || errors.Is(err, ErrStale) {
		return false
	}
	if errors.Is(err, driver.ErrBadConn) || errors.Is(err, sql.ErrConnDone) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, io.EOF) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case strings.HasPrefix(pe.Code, "08"), // connection exception
			strings.HasPrefix(pe.Code, "53"),                           // insufficient resources
			pe.Code == "57P01", pe.Code == "57P02", pe.Code == "57P03", // shutdown, crash, starting up
			pe.Code == "40001", pe.Code == "40P01": // contention outlasted the retries
			return true
		}
		return false
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) || pgconn.SafeToRetry(err) || pgconn.Timeout(err) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked") ||
		strings.Contains(msg, "conn closed") || strings.Contains(msg, "connection reset")
}

var (
	ddlIntegerKey = regexp.MustCompile(`(?i)\bINTEGER\s+PRIMARY\s+KEY(\s+REFERENCES)?\b`)
	ddlInteger    = regexp.MustCompile(`(?i)\bINTEGER\b`)
	ddlBlob       = regexp.MustCompile(`(?i)\bBLOB\b`)
)

// ddl adapts a migration written for SQLite to the dialect: on Postgres
// INTEGER becomes BIGINT (millisecond timestamps do not fit 32 bits),
// INTEGER PRIMARY KEY (SQLite's rowid) an identity column unless it
// references another table, BLOB BYTEA.
func (s *DB) ddl(q string) string {
	if !s.postgres {
		return q
	}
	return pgDDL(q)
}

func pgDDL(q string) string {
	q = ddlIntegerKey.ReplaceAllStringFunc(q, func(m string) string {
		if ddlIntegerKey.FindStringSubmatch(m)[1] != "" {
			return "BIGINT PRIMARY KEY REFERENCES" // a key that is another table's: no sequence
		}
		return "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
	})
	q = ddlInteger.ReplaceAllString(q, "BIGINT")
	return ddlBlob.ReplaceAllString(q, "BYTEA")
}
