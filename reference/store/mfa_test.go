package store

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

func TestMFA(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) { conformanceMFA(t, b.open(t)) })
}

// conformanceMFA checks the MFAStore contract on any Store (run it for
// every backend).
func conformanceMFA(t *testing.T, s Store) {
	ctx := context.Background()
	now := time.UnixMilli(time.Now().UnixMilli())
	const email = "mfa-conformance@example.org"
	if err := s.EnsureDemoUser(ctx, email, "h", now); err != nil { // verified
		t.Fatal(err)
	}
	u, err := s.UserByEmail(ctx, email)
	if err != nil {
		t.Fatal(err)
	}
	if m, err := s.MFAState(ctx, u.ID); err != nil || m.Enabled() || m.PendingEnc != nil || m.UserID != u.ID {
		t.Fatalf("fresh state: %+v %v", m, err)
	}
	if err := s.ConfirmTOTPEnrolment(ctx, u.ID, []byte("p1"), 10, nil, now); !errors.Is(err, ErrNotFound) {
		t.Fatalf("confirm without enrolment: %v", err)
	}
	if err := s.BeginTOTPEnrolment(ctx, u.ID, []byte("p1"), now); err != nil {
		t.Fatal(err)
	}
	// A newer enrolment replaces the pending secret; confirming the old
	// one fails.
	if err := s.BeginTOTPEnrolment(ctx, u.ID, []byte("p2"), now); err != nil {
		t.Fatal(err)
	}
	if err := s.ConfirmTOTPEnrolment(ctx, u.ID, []byte("p1"), 10, nil, now); !errors.Is(err, ErrNotFound) {
		t.Fatalf("confirm of a replaced secret: %v", err)
	}
	codes := [][]byte{[]byte("c1"), []byte("c2"), []byte("c3")}
	if err := s.ConfirmTOTPEnrolment(ctx, u.ID, []byte("p2"), 10, codes, now); err != nil {
		t.Fatal(err)
	}
	m, err := s.MFAState(ctx, u.ID)
	if err != nil || !m.Enabled() || !bytes.Equal(m.SecretEnc, []byte("p2")) || m.PendingEnc != nil || m.LastStep != 10 || m.RecoveryCodesLeft != 3 {
		t.Fatalf("after confirm: %+v %v", m, err)
	}
	if err := s.BeginTOTPEnrolment(ctx, u.ID, []byte("p3"), now); !errors.Is(err, ErrConflict) {
		t.Fatalf("enrolment while enabled: %v", err)
	}

	// Steps: the confirming step and earlier ones are spent; concurrent
	// uses of one step: exactly one wins.
	for _, step := range []int64{9, 10} {
		if err := s.UseTOTPStep(ctx, u.ID, []byte("p2"), step); !errors.Is(err, ErrStale) {
			t.Fatalf("step %d: %v, want ErrStale", step, err)
		}
	}
	if err := s.UseTOTPStep(ctx, u.ID, []byte("other"), 11); !errors.Is(err, ErrStale) {
		t.Fatalf("step with another secret: %v", err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	wins := 0
	for range 8 {
		wg.Go(func() {
			err := s.UseTOTPStep(ctx, u.ID, []byte("p2"), 11)
			if err != nil && !errors.Is(err, ErrStale) {
				t.Error(err)
			}
			if err == nil {
				mu.Lock()
				wins++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if wins != 1 {
		t.Fatalf("%d concurrent uses of one step succeeded", wins)
	}

	// Recovery codes are single use, per account.
	if err := s.UseRecoveryCode(ctx, u.ID+1000, []byte("c1"), now); !errors.Is(err, ErrNotFound) {
		t.Fatalf("another account's code: %v", err)
	}
	if err := s.UseRecoveryCode(ctx, u.ID, []byte("c1"), now); err != nil {
		t.Fatal(err)
	}
	if err := s.UseRecoveryCode(ctx, u.ID, []byte("c1"), now); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second use: %v", err)
	}
	if m, _ := s.MFAState(ctx, u.ID); m.RecoveryCodesLeft != 2 {
		t.Fatalf("codes left %d", m.RecoveryCodesLeft)
	}
	if err := s.ReplaceRecoveryCodes(ctx, u.ID, [][]byte{[]byte("d1")}, now); err != nil {
		t.Fatal(err)
	}
	if err := s.UseRecoveryCode(ctx, u.ID, []byte("c2"), now); !errors.Is(err, ErrNotFound) {
		t.Fatalf("replaced code still works: %v", err)
	}

	// Step-up elevation belongs to a session and dies with it.
	sess := Session{ID: "mfa-s1", UserID: u.ID, CreatedAt: now, LastSeenAt: now, ExpiresAt: now.Add(time.Hour)}
	if err := s.CreateSession(ctx, sess, "h", []byte("mfa-cookie"), []byte("mfa-r0")); err != nil {
		t.Fatal(err)
	}
	if until, err := s.SessionElevatedUntil(ctx, sess.ID); err != nil || !until.IsZero() {
		t.Fatalf("fresh session elevated: %v %v", until, err)
	}
	if err := s.ElevateSession(ctx, u.ID+1000, sess.ID, now.Add(time.Minute)); !errors.Is(err, ErrNotFound) {
		t.Fatalf("elevating another user's session: %v", err)
	}
	for _, d := range []time.Duration{time.Minute, 5 * time.Minute} {
		if err := s.ElevateSession(ctx, u.ID, sess.ID, now.Add(d)); err != nil {
			t.Fatal(err)
		}
		if until, err := s.SessionElevatedUntil(ctx, sess.ID); err != nil || !until.Equal(now.Add(d)) {
			t.Fatalf("elevated until %v %v, want %v", until, err, now.Add(d))
		}
	}
	if _, err := s.DeleteSession(ctx, u.ID, sess.ID, now); err != nil {
		t.Fatal(err)
	}
	if until, err := s.SessionElevatedUntil(ctx, sess.ID); err != nil || !until.IsZero() {
		t.Fatalf("elevation outlived its session: %v %v", until, err)
	}

	// An unlock drops MFA and requires re-enrolment; disable does not
	// clear that requirement, confirming a new enrolment does.
	if _, _, err := s.LockUser(ctx, email, "test", now); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UnlockUser(ctx, email, now); err != nil {
		t.Fatal(err)
	}
	m, err = s.MFAState(ctx, u.ID)
	if err != nil || m.Enabled() || m.SecretEnc != nil || !m.ReenrolRequired || m.RecoveryCodesLeft != 0 {
		t.Fatalf("after unlock: %+v %v", m, err)
	}
	if err := s.UseRecoveryCode(ctx, u.ID, []byte("d1"), now); !errors.Is(err, ErrNotFound) {
		t.Fatalf("recovery code survived the unlock: %v", err)
	}
	if err := s.BeginTOTPEnrolment(ctx, u.ID, []byte("p4"), now); err != nil {
		t.Fatal(err)
	}
	if err := s.DisableMFA(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	if m, _ := s.MFAState(ctx, u.ID); !m.ReenrolRequired || m.PendingEnc != nil {
		t.Fatalf("after disable: %+v", m)
	}
	if err := s.BeginTOTPEnrolment(ctx, u.ID, []byte("p5"), now); err != nil {
		t.Fatal(err)
	}
	if err := s.ConfirmTOTPEnrolment(ctx, u.ID, []byte("p5"), 1, nil, now); err != nil {
		t.Fatal(err)
	}
	if m, _ := s.MFAState(ctx, u.ID); m.ReenrolRequired || !m.Enabled() || m.LastStep != 1 {
		t.Fatalf("after re-enrolment: %+v", m)
	}
	if err := s.DisableMFA(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	if m, _ := s.MFAState(ctx, u.ID); m.Enabled() || m.ReenrolRequired {
		t.Fatalf("after disable: %+v", m)
	}
	if err := s.ReplaceRecoveryCodes(ctx, u.ID, codes, now); !errors.Is(err, ErrNotFound) {
		t.Fatalf("recovery codes without MFA: %v", err)
	}
	// An account without MFA is not marked for re-enrolment by an unlock.
	if _, _, err := s.LockUser(ctx, email, "again", now); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UnlockUser(ctx, email, now); err != nil {
		t.Fatal(err)
	}
	if m, _ := s.MFAState(ctx, u.ID); m.ReenrolRequired {
		t.Fatalf("unlock without MFA requires re-enrolment: %+v", m)
	}
}

// BenchmarkMFAState is the read the server adds to every authenticated
// session request (the re-enrolment gate).
func BenchmarkMFAState(b *testing.B) {
	ctx := context.Background()
	s, err := OpenSQLite(ctx, filepath.Join(b.TempDir(), "db.sqlite"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	u, err := s.CreateUser(ctx, "bench@example.org", "h", RoleUser, time.Now())
	if err != nil {
		b.Fatal(err)
	}
	if err := s.BeginTOTPEnrolment(ctx, u.ID, []byte("p"), time.Now()); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.MFAState(ctx, u.ID); err != nil {
			b.Fatal(err)
		}
	}
}
