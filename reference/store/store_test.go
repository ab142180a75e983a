package store

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

func TestMigrationsAndReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "db.sqlite")
	s, err := OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	u, err := s.CreateUser(ctx, "a@example.org", "$argon2id$stub", RoleUser, now)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateUser(ctx, "a@example.org", "$argon2id$stub", RoleUser, now); !errors.Is(err, ErrConflict) {
		t.Fatalf("duplicate e-mail: %v", err)
	}
	s.Close()
	// Reopening applies nothing twice and keeps the data.
	s, err = OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.UserByID(ctx, u.ID); err != nil || got.Email != "a@example.org" {
		t.Fatalf("after reopen: %+v %v", got, err)
	}
	// A database from a newer server is refused rather than misread.
	if _, err := s.w.Exec(`INSERT INTO schema_migrations(version, applied_at) VALUES (99, 0)`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := OpenSQLite(ctx, path); err == nil {
		t.Fatal("newer schema accepted")
	}
}

func TestRotateRefreshOutcomes(t *testing.T) {
	ctx := context.Background()
	s, err := OpenSQLite(ctx, filepath.Join(t.TempDir(), "db.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	now := time.Now()
	u, _ := s.CreateUser(ctx, "r@example.org", "h", RoleUser, now)
	sess := Session{ID: "s1", UserID: u.ID, CreatedAt: now, LastSeenAt: now, ExpiresAt: now.Add(time.Hour)}
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
}
