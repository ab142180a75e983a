package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/authcheck/authcheck/reference/internal/pgtest"
)

// The store tests are a conformance suite: each runs on every backend,
// SQLite (a file) and Postgres (a fresh schema on the server named by
// AUTHCHECK_TEST_POSTGRES_URL; skipped without it). A test for a new
// store method goes here, written once with forEachBackend.

type backend struct {
	name string
	spec string // SQLite path or Postgres URL: Open(spec) reopens the same data
}

func (b backend) open(t *testing.T) *DB {
	t.Helper()
	s, err := Open(context.Background(), b.spec)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// forEachBackend runs test once per backend, each on empty data.
func forEachBackend(t *testing.T, test func(t *testing.T, b backend)) {
	t.Run("sqlite", func(t *testing.T) {
		test(t, backend{"sqlite", filepath.Join(t.TempDir(), "sub", "db.sqlite")})
	})
	t.Run("postgres", func(t *testing.T) {
		test(t, backend{"postgres", pgtest.URL(t)})
	})
}

// verifiedUser creates a user who may log in.
func verifiedUser(t *testing.T, s *DB, email, hash string, now time.Time) User {
	t.Helper()
	if err := s.EnsureDemoUser(context.Background(), email, hash, now); err != nil {
		t.Fatal(err)
	}
	u, err := s.UserByEmail(context.Background(), email)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func session(id string, u User, now time.Time) Session {
	return Session{ID: id, UserID: u.ID, CreatedAt: now, LastSeenAt: now, ExpiresAt: now.Add(time.Hour), IP: "192.0.2.1", UserAgent: "test"}
}

func TestMigrationsAndReopen(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		s := b.open(t)
		now := time.Now()
		u, err := s.CreateUser(ctx, "a@example.org", "$argon2id$stub", RoleUser, now)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.CreateUser(ctx, "a@example.org", "$argon2id$stub", RoleUser, now); !errors.Is(err, ErrConflict) {
			t.Fatalf("duplicate e-mail: %v", err)
		}
		// Millisecond timestamps need 64 bits on every backend.
		if got, err := s.UserByID(ctx, u.ID); err != nil || !got.CreatedAt.Equal(time.UnixMilli(now.UnixMilli())) {
			t.Fatalf("created_at round trip: %v %v", got.CreatedAt, err)
		}
		s.Close()
		// Reopening applies nothing twice and keeps the data.
		s = b.open(t)
		if got, err := s.UserByID(ctx, u.ID); err != nil || got.Email != "a@example.org" {
			t.Fatalf("after reopen: %+v %v", got, err)
		}
		// A database from a newer server is refused rather than misread.
		if _, err := s.w.Exec(`INSERT INTO schema_migrations(version, applied_at) VALUES (99, 0)`); err != nil {
			t.Fatal(err)
		}
		s.Close()
		if s, err := Open(ctx, b.spec); err == nil {
			s.Close()
			t.Fatal("newer schema accepted")
		}
	})
}

// TestConcurrentOpen: replicas starting at once on one database take
// turns migrating.
func TestConcurrentOpen(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		if b.name == "sqlite" {
			b.open(t) // create the directory first; SQLite has one writer anyway
		}
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				s, err := Open(context.Background(), b.spec)
				if err != nil {
					t.Error(err)
					return
				}
				s.Close()
			})
		}
		wg.Wait()
	})
}

func TestRotateRefreshOutcomes(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		s := b.open(t)
		now := time.Now()
		u, _ := s.CreateUser(ctx, "r@example.org", "h", RoleUser, now)
		sess := session("s1", u, now)
		if err := s.CreateSession(ctx, sess, "h", []byte("cookie"), []byte("r0")); !errors.Is(err, ErrStale) {
			t.Fatalf("session for an unverified account: %v, want ErrStale", err)
		}
		if err := s.EnsureDemoUser(ctx, "r@example.org", "h", now); err != nil { // verified
			t.Fatal(err)
		}
		if err := s.CreateSession(ctx, sess, "other hash", []byte("cookie"), []byte("r0")); !errors.Is(err, ErrStale) {
			t.Fatalf("session checked against a stale hash: %v, want ErrStale", err)
		}
		if err := s.CreateSession(ctx, sess, "h", []byte("cookie"), []byte("r0")); err != nil {
			t.Fatal(err)
		}
		// Concurrent rotations of one token: exactly one wins; the others see
		// reuse.
		var wg sync.WaitGroup
		outcomes := make([]RefreshOutcome, 10)
		for i := range outcomes {
			wg.Go(func() {
				res, err := s.RotateRefresh(ctx, []byte("r0"), []byte{'n', byte(i)}, now, time.Hour)
				if err != nil {
					t.Error(err)
				}
				outcomes[i] = res.Outcome
			})
		}
		wg.Wait()
		rotated := 0
		for _, o := range outcomes {
			if o == RefreshRotated {
				rotated++
			} else if o != RefreshReused && o != RefreshRevoked {
				t.Errorf("outcome %v", o)
			}
		}
		if rotated != 1 {
			t.Fatalf("%d rotations succeeded: %v", rotated, outcomes)
		}
		if _, err := s.SessionByID(ctx, "s1"); !errors.Is(err, ErrNotFound) {
			t.Fatal("reuse did not end the session")
		}
		if res, _ := s.RotateRefresh(ctx, []byte("unknown"), []byte("x"), now, time.Hour); res.Outcome != RefreshInvalid {
			t.Fatalf("unknown token: %v", res.Outcome)
		}
	})
}

// TestRotateRefreshChain: a rotated token's successor rotates in turn,
// an idle session's token is refused, and the session's activity moves.
func TestRotateRefreshChain(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		s := b.open(t)
		now := time.Now()
		u := verifiedUser(t, s, "c@example.org", "h", now)
		if err := s.CreateSession(ctx, session("s", u, now), "h", []byte("ck"), []byte("t0")); err != nil {
			t.Fatal(err)
		}
		later := now.Add(time.Minute)
		res, err := s.RotateRefresh(ctx, []byte("t0"), []byte("t1"), later, time.Hour)
		if err != nil || res.Outcome != RefreshRotated || !res.Session.LastSeenAt.Equal(later) || res.Session.UserID != u.ID {
			t.Fatalf("first rotation: %+v %v", res, err)
		}
		if res, _ := s.RotateRefresh(ctx, []byte("t1"), []byte("t2"), later, time.Hour); res.Outcome != RefreshRotated {
			t.Fatalf("second rotation: %v", res.Outcome)
		}
		if res, _ := s.RotateRefresh(ctx, []byte("t2"), []byte("t3"), later.Add(2*time.Hour), time.Hour); res.Outcome != RefreshInvalid {
			t.Fatalf("idle session: %v", res.Outcome)
		}
		if x, err := s.SessionByCookie(ctx, []byte("ck")); err != nil || x.ID != "s" || x.IP != "192.0.2.1" {
			t.Fatalf("session by cookie: %+v %v", x, err)
		}
	})
}

// TestLoginRacesPasswordChange: a session created from a copy of the user
// read before a password change must not outlive the change, however the
// two interleave.
func TestLoginRacesPasswordChange(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		s := b.open(t)
		now := time.Now()
		for round := range 20 {
			email := fmt.Sprintf("race%d@example.org", round)
			u := verifiedUser(t, s, email, "old", now)
			var wg sync.WaitGroup
			errs := make([]error, 8)
			for i := range errs {
				wg.Go(func() {
					errs[i] = s.CreateSession(ctx, session(fmt.Sprintf("%d-%d", round, i), u, now), "old",
						[]byte(fmt.Sprintf("c%d-%d", round, i)), []byte(fmt.Sprintf("r%d-%d", round, i)))
				})
			}
			wg.Go(func() {
				if _, err := s.ChangePassword(ctx, u.ID, "new", now); err != nil {
					t.Error(err)
				}
			})
			wg.Wait()
			for _, err := range errs {
				if err != nil && !errors.Is(err, ErrStale) {
					t.Fatal(err)
				}
			}
			if live, _ := s.ListSessions(ctx, u.ID, now); len(live) != 0 {
				t.Fatalf("round %d: %d sessions checked against the old password outlived the change", round, len(live))
			}
		}
	})
}

// TestResetConfirmOnce: concurrent confirmations of one reset token: one
// wins, and it ends sessions, suspends keys and never unlocks.
func TestResetConfirmOnce(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		s := b.open(t)
		now := time.Now()
		u := verifiedUser(t, s, "p@example.org", "h", now)
		if err := s.CreateSession(ctx, session("s", u, now), "h", []byte("ck"), []byte("r")); err != nil {
			t.Fatal(err)
		}
		if err := s.CreateAPIKey(ctx, APIKey{ID: "k1", UserID: u.ID, Name: "ci", Display: "ak_1", Scopes: []string{"notes:read", "notes:write"},
			CreatedAt: now, ExpiresAt: now.Add(time.Hour)}, []byte("kd")); err != nil {
			t.Fatal(err)
		}
		for _, d := range []string{"t1", "t2"} {
			if err := s.CreateReset(ctx, []byte(d), u.ID, now, now.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
		}
		var wg sync.WaitGroup
		wins := make([]bool, 6)
		for i := range wins {
			wg.Go(func() {
				_, _, err := s.ConfirmReset(ctx, []byte("t1"), fmt.Sprintf("hash%d", i), now)
				if err != nil && !errors.Is(err, ErrNotFound) {
					t.Error(err)
				}
				wins[i] = err == nil
			})
		}
		wg.Wait()
		n := 0
		for _, w := range wins {
			if w {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("%d confirmations of one token succeeded", n)
		}
		if _, _, err := s.ConfirmReset(ctx, []byte("t2"), "x", now); !errors.Is(err, ErrNotFound) {
			t.Fatalf("the user's other token survived: %v", err)
		}
		if _, err := s.SessionByID(ctx, "s"); !errors.Is(err, ErrNotFound) {
			t.Fatal("session survived the reset")
		}
		if k, err := s.APIKeyByDigest(ctx, []byte("kd")); err != nil || k.FlaggedAt.IsZero() || len(k.Scopes) != 2 {
			t.Fatalf("key after reset: %+v %v", k, err)
		}
		// Locked: a reset does not unlock, and the lock ended outstanding tokens.
		if err := s.CreateReset(ctx, []byte("t3"), u.ID, now, now.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.LockUser(ctx, u.Email, "incident", now); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.ConfirmReset(ctx, []byte("t3"), "x", now); !errors.Is(err, ErrNotFound) {
			t.Fatalf("reset of a locked account: %v", err)
		}
		got, err := s.UnlockUser(ctx, u.Email, now)
		if err != nil || got.Locked() || !got.ResetRequired || got.CanLogIn() {
			t.Fatalf("unlock: %+v %v", got, err)
		}
		if _, err := s.UnlockUser(ctx, u.Email, now); !errors.Is(err, ErrNotFound) {
			t.Fatalf("unlock of an unlocked account: %v", err)
		}
	})
}

func TestEmailTokens(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		s := b.open(t)
		now := time.Now()
		u, err := s.CreateUser(ctx, "e@example.org", "h", RoleUser, now)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.CreateEmailToken(ctx, []byte("v"), u.ID, PurposeVerify, "", now, now.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		c, err := s.ConfirmEmailToken(ctx, []byte("v"), now)
		if err != nil || c.Purpose != PurposeVerify {
			t.Fatalf("verify: %+v %v", c, err)
		}
		if _, err := s.ConfirmEmailToken(ctx, []byte("v"), now); !errors.Is(err, ErrNotFound) {
			t.Fatalf("token used twice: %v", err)
		}
		if u, _ = s.UserByID(ctx, u.ID); !u.CanLogIn() {
			t.Fatalf("verified user cannot log in: %+v", u)
		}
		if _, err := s.CreateUser(ctx, "taken@example.org", "h", RoleUser, now); err != nil {
			t.Fatal(err)
		}
		_ = s.CreateEmailToken(ctx, []byte("c1"), u.ID, PurposeChange, "taken@example.org", now, now.Add(time.Hour))
		if _, err := s.ConfirmEmailToken(ctx, []byte("c1"), now); !errors.Is(err, ErrConflict) {
			t.Fatalf("change to a taken address: %v", err)
		}
		if err := s.CreateSession(ctx, session("s", u, now), "h", []byte("ck"), []byte("r")); err != nil {
			t.Fatal(err)
		}
		_ = s.CreateEmailToken(ctx, []byte("c2"), u.ID, PurposeChange, "new@example.org", now, now.Add(time.Hour))
		c, err = s.ConfirmEmailToken(ctx, []byte("c2"), now)
		if err != nil || c.User.Email != "e@example.org" || c.NewEmail != "new@example.org" || len(c.Ended) != 1 {
			t.Fatalf("change: %+v %v", c, err)
		}
		if _, err := s.UserByEmail(ctx, "new@example.org"); err != nil {
			t.Fatal(err)
		}
	})
}

func TestKeysNotesEvents(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		s := b.open(t)
		now := time.Now()
		u := verifiedUser(t, s, "k@example.org", "h", now)
		other := verifiedUser(t, s, "o@example.org", "h", now)
		if err := s.SetRole(ctx, u.ID, RoleAdmin); err != nil {
			t.Fatal(err)
		}
		if u, _ = s.UserByID(ctx, u.ID); u.Role != RoleAdmin {
			t.Fatalf("role: %q", u.Role)
		}
		k := APIKey{ID: "k", UserID: u.ID, Name: "n", Display: "ak_x", CreatedAt: now, ExpiresAt: now.Add(time.Hour)}
		if err := s.CreateAPIKey(ctx, k, []byte("d")); err != nil {
			t.Fatal(err)
		}
		if err := s.CreateAPIKey(ctx, APIKey{ID: "k2", UserID: u.ID, CreatedAt: now, ExpiresAt: now}, []byte("d")); err == nil {
			t.Fatal("duplicate key digest accepted")
		}
		_ = s.TouchAPIKey(ctx, "k", now)
		if _, err := s.GetAPIKey(ctx, other.ID, "k"); !errors.Is(err, ErrNotFound) {
			t.Fatal("another user's key")
		}
		if ok, _ := s.RevokeAPIKey(ctx, other.ID, "k", now); ok {
			t.Fatal("revoked another user's key")
		}
		if err := s.FlagAPIKeys(ctx, u.ID, now); err != nil {
			t.Fatal(err)
		}
		if ok, err := s.ReinstateAPIKey(ctx, u.ID, "k"); !ok || err != nil {
			t.Fatalf("reinstate: %v %v", ok, err)
		}
		if ok, _ := s.RevokeAPIKey(ctx, u.ID, "k", now); !ok {
			t.Fatal("revoke")
		}
		keys, err := s.ListAPIKeys(ctx, u.ID)
		if err != nil || len(keys) != 1 || keys[0].RevokedAt.IsZero() || keys[0].LastUsedAt.IsZero() || keys[0].FlaggedAt.IsZero() == false {
			t.Fatalf("keys: %+v %v", keys, err)
		}
		n, err := s.CreateNote(ctx, u.ID, "t", "b", now)
		if err != nil || n.ID == 0 {
			t.Fatalf("note: %+v %v", n, err)
		}
		if _, err := s.GetNote(ctx, other.ID, n.ID); !errors.Is(err, ErrNotFound) {
			t.Fatal("another user's note")
		}
		if ok, _ := s.DeleteNote(ctx, other.ID, n.ID); ok {
			t.Fatal("deleted another user's note")
		}
		if notes, _ := s.ListNotes(ctx, u.ID); len(notes) != 1 {
			t.Fatalf("notes: %v", notes)
		}
		if ok, _ := s.DeleteNote(ctx, u.ID, n.ID); !ok {
			t.Fatal("delete note")
		}
		for i, ip := range []string{"192.0.2.1", "192.0.2.2"} {
			if err := s.AddEvent(ctx, Event{At: now.Add(time.Duration(i) * time.Second), Kind: "login_success", UserID: u.ID, IP: ip}); err != nil {
				t.Fatal(err)
			}
		}
		_ = s.AddEvent(ctx, Event{At: now, Kind: "login_failure", IP: "192.0.2.9"}) // no user
		ev, err := s.RecentEvents(ctx, u.ID, 1)
		if err != nil || len(ev) != 1 || ev[0].IP != "192.0.2.2" {
			t.Fatalf("events: %+v %v", ev, err)
		}
		if from, any, err := s.HasLoggedInFrom(ctx, u.ID, "192.0.2.1"); !from || !any || err != nil {
			t.Fatalf("logged in from: %v %v %v", from, any, err)
		}
		if from, any, _ := s.HasLoggedInFrom(ctx, other.ID, "192.0.2.1"); from || any {
			t.Fatal("other user has no logins")
		}
		// Sessions: list, delete one, delete all, cleanup.
		for i := range 3 {
			x := session(fmt.Sprint("s", i), u, now)
			if err := s.CreateSession(ctx, x, "h", []byte(x.ID), []byte("r"+x.ID)); err != nil {
				t.Fatal(err)
			}
		}
		_ = s.TouchSession(ctx, "s2", now.Add(time.Second))
		if l, _ := s.ListSessions(ctx, u.ID, now); len(l) != 3 || l[0].ID != "s2" {
			t.Fatalf("sessions: %+v", l)
		}
		if ok, _ := s.DeleteSession(ctx, other.ID, "s0", now); ok {
			t.Fatal("deleted another user's session")
		}
		if ok, _ := s.DeleteSession(ctx, u.ID, "s0", now); !ok {
			t.Fatal("delete session")
		}
		if res, _ := s.RotateRefresh(ctx, []byte("rs0"), []byte("x"), now, time.Hour); res.Outcome != RefreshRevoked {
			t.Fatalf("refresh of a deleted session: %v", res.Outcome)
		}
		if ids, _ := s.DeleteUserSessions(ctx, u.ID, now); len(ids) != 2 {
			t.Fatalf("ended %v", ids)
		}
		if err := s.UpdatePasswordHash(ctx, u.ID, "h", "h2"); err != nil {
			t.Fatal(err)
		}
		if err := s.Cleanup(ctx, now.Add(48*time.Hour), time.Hour); err != nil {
			t.Fatal(err)
		}
		if ev, _ := s.RecentEvents(ctx, u.ID, 10); len(ev) != 0 {
			t.Fatalf("events survived cleanup: %d", len(ev))
		}
	})
}

func TestRebind(t *testing.T) {
	for in, want := range map[string]string{
		`SELECT 1`:                          `SELECT 1`,
		`a = ? AND b = ?`:                   `a = $1 AND b = $2`,
		`x = '?' AND y = ? -- why?` + "\nz": `x = '?' AND y = $1 -- why?` + "\nz",
		`"q?" = ? /* ? */ ?`:                `"q?" = $1 /* ? */ $2`,
		`'unterminated ?`:                   `'unterminated ?`,
	} {
		if got := rebind(in); got != want {
			t.Errorf("rebind(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPgDDL(t *testing.T) {
	for in, want := range map[string]string{
		`id INTEGER PRIMARY KEY,`:                          `id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,`,
		`user_id INTEGER PRIMARY KEY REFERENCES users(id)`: `user_id BIGINT PRIMARY KEY REFERENCES users(id)`,
		`at integer NOT NULL, d BLOB, n INTEGERS`:          `at BIGINT NOT NULL, d BYTEA, n INTEGERS`,
	} {
		if got := pgDDL(in); got != want {
			t.Errorf("pgDDL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUnavailable(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{nil, false},
		{ErrNotFound, false},
		{fmt.Errorf("wrapped: %w", ErrStale), false},
		{errors.New("syntax error"), false},
		{&pgconn.PgError{Code: "23505"}, false},
		{&pgconn.PgError{Code: "57P01"}, true}, // admin shutdown
		{&pgconn.PgError{Code: "08006"}, true}, // connection failure
		{&pgconn.PgError{Code: "53300"}, true}, // too many connections
		{&pgconn.PgError{Code: "40001"}, true}, // retries exhausted
		{driver.ErrBadConn, true},
		{&net.OpError{Op: "dial", Err: errors.New("connection refused")}, true},
		{io.ErrUnexpectedEOF, true},
		{errors.New("database is locked (5) (SQLITE_BUSY)"), true},
	} {
		if got := Unavailable(c.err); got != c.want {
			t.Errorf("Unavailable(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}

// TestOutageLeavesNothingHalfWritten: a transaction whose connection dies
// midway (the backend is terminated between two statements) keeps none of
// its writes, reports an outage, and the store works again afterwards.
func TestOutageLeavesNothingHalfWritten(t *testing.T) {
	url := pgtest.URL(t)
	s := backend{"postgres", url}.open(t)
	ctx := context.Background()
	now := time.Now()
	u := verifiedUser(t, s, "cut@example.org", "h", now)
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = 'half' WHERE id = ?`, u.ID); err != nil {
			return err
		}
		// Terminate this very connection from the server side.
		if _, err := s.w.ExecContext(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
			WHERE application_name = ? AND state = 'idle in transaction'`, pgtest.Schema(url)); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE users SET role = 'admin' WHERE id = ?`, u.ID)
		return err
	})
	if err == nil || !Unavailable(err) {
		t.Fatalf("transaction on a terminated connection: %v (unavailable %v)", err, Unavailable(err))
	}
	got, err := s.UserByID(ctx, u.ID)
	if err != nil {
		t.Fatalf("store after the outage: %v", err)
	}
	if got.PasswordHash != "h" || got.Role != RoleUser {
		t.Fatalf("half-written: %+v", got)
	}
}
