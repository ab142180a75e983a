package store

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestAlerts runs the Alerts conformance checks on every backend.
func TestAlerts(t *testing.T) {
	forEachBackend(t, func(t *testing.T, b backend) { conformAlerts(t, b.open(t)) })
}

// conformAlerts checks a Store's Alerts methods. The store must be empty.
func conformAlerts(t *testing.T, s Store) {
	ctx := context.Background()
	now := time.UnixMilli(1_800_000_000_000)
	u, err := s.CreateUser(ctx, "alerts@example.org", "h", RoleUser, now)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.EnsureDemoUser(ctx, u.Email, "h", now); err != nil { // verified
		t.Fatal(err)
	}

	t.Run("RaiseAlert once per window, atomically", func(t *testing.T) {
		a := Alert{UserID: u.ID, Kind: "new_ip_login", Key: "192.0.2.1", At: now, IP: "192.0.2.1", UserAgent: "ua", Detail: "login from a new address"}
		var raised atomic.Int32
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				ok, err := s.RaiseAlert(ctx, a, time.Hour)
				if err != nil {
					t.Error(err)
				}
				if ok {
					raised.Add(1)
				}
			})
		}
		wg.Wait()
		if raised.Load() != 1 {
			t.Fatalf("raised %d times concurrently, want 1", raised.Load())
		}
		// Another key, or another kind, is another alert.
		b := a
		b.Key = "192.0.2.2"
		if ok, err := s.RaiseAlert(ctx, b, time.Hour); err != nil || !ok {
			t.Fatalf("other key: %v %v", ok, err)
		}
		// Within the window: suppressed; after it: raised again.
		a.At = now.Add(59 * time.Minute)
		if ok, _ := s.RaiseAlert(ctx, a, time.Hour); ok {
			t.Fatal("raised again within the window")
		}
		a.At = now.Add(61 * time.Minute)
		if ok, err := s.RaiseAlert(ctx, a, time.Hour); err != nil || !ok {
			t.Fatalf("after the window: %v %v", ok, err)
		}
		evs, err := s.RecentEvents(ctx, u.ID, 10)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, e := range evs {
			if e.Kind == AlertEventPrefix+"new_ip_login" {
				n++
				if e.IP == "" || e.UserAgent != "ua" || e.Detail == "" {
					t.Errorf("alert event without context: %+v", e)
				}
			}
		}
		if n != 3 {
			t.Fatalf("%d alert events, want 3", n)
		}
	})

	t.Run("login history", func(t *testing.T) {
		for i, ip := range []string{"198.51.100.1", "198.51.100.2"} {
			at := now.Add(-time.Duration(40-30*i) * 24 * time.Hour) // 40 days ago, 10 days ago
			if err := s.AddEvent(ctx, Event{At: at, Kind: "login_success", UserID: u.ID, IP: ip}); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.AddEvent(ctx, Event{At: now.Add(-time.Hour), Kind: "login_success", UserID: u.ID, IP: "198.51.100.2"}); err != nil {
			t.Fatal(err)
		}
		if err := s.AddEvent(ctx, Event{At: now.Add(-time.Hour), Kind: "login_failure", UserID: u.ID, IP: "198.51.100.3"}); err != nil {
			t.Fatal(err)
		}
		since := now.Add(-30 * 24 * time.Hour)
		ips, err := s.LoginAddresses(ctx, u.ID, since, 10)
		if err != nil || len(ips) != 1 || ips[0] != "198.51.100.2" {
			t.Fatalf("LoginAddresses = %v, %v; want [198.51.100.2]", ips, err)
		}
		times, err := s.LoginTimes(ctx, u.ID, since, 10)
		if err != nil || len(times) != 2 || !times[1].Equal(now.Add(-10*24*time.Hour)) {
			t.Fatalf("LoginTimes = %v, %v", times, err)
		}
	})

	t.Run("ended sessions", func(t *testing.T) {
		mk := func(id string) Session {
			sess := Session{ID: id, UserID: u.ID, CreatedAt: now, LastSeenAt: now, ExpiresAt: now.Add(12 * time.Hour)}
			if err := s.CreateSession(ctx, sess, "h", []byte("cookie-"+id), []byte("refresh-"+id)); err != nil {
				t.Fatal(err)
			}
			return sess
		}
		mk("e1")
		if _, err := s.EndedSessionByCookie(ctx, []byte("cookie-e1")); !errors.Is(err, ErrNotFound) {
			t.Fatalf("live session reported ended: %v", err)
		}
		if _, err := s.DeleteSession(ctx, u.ID, "e1", now.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		e, err := s.EndedSessionByCookie(ctx, []byte("cookie-e1"))
		if err != nil || e.SessionID != "e1" || e.UserID != u.ID || !e.EndedAt.Equal(now.Add(time.Minute)) || !e.ExpiresAt.Equal(now.Add(12*time.Hour)) {
			t.Fatalf("after DeleteSession: %+v %v", e, err)
		}
		mk("e2")
		mk("e3")
		if _, err := s.DeleteUserSessions(ctx, u.ID, now); err != nil {
			t.Fatal(err)
		}
		mk("e4")
		if _, err := s.ChangePassword(ctx, u.ID, "h", now); err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{"e2", "e3", "e4"} {
			if _, err := s.EndedSessionByCookie(ctx, []byte("cookie-"+id)); err != nil {
				t.Errorf("%s: %v", id, err)
			}
		}
		// Reuse of a rotated refresh token ends the session too.
		mk("e5")
		if res, err := s.RotateRefresh(ctx, []byte("refresh-e5"), []byte("refresh-e5b"), now, time.Hour); err != nil || res.Outcome != RefreshRotated {
			t.Fatal(res, err)
		}
		if res, err := s.RotateRefresh(ctx, []byte("refresh-e5"), []byte("refresh-e5c"), now, time.Hour); err != nil || res.Outcome != RefreshReused {
			t.Fatal(res, err)
		}
		if _, err := s.EndedSessionByCookie(ctx, []byte("cookie-e5")); err != nil {
			t.Errorf("e5: %v", err)
		}
		if _, err := s.EndedSessionByCookie(ctx, []byte("never")); !errors.Is(err, ErrNotFound) {
			t.Errorf("unknown cookie: %v", err)
		}
		// Kept until the session's absolute expiry.
		if err := s.Cleanup(ctx, now.Add(13*time.Hour), 90*24*time.Hour); err != nil {
			t.Fatal(err)
		}
		if _, err := s.EndedSessionByCookie(ctx, []byte("cookie-e1")); !errors.Is(err, ErrNotFound) {
			t.Errorf("ended session kept past its expiry: %v", err)
		}
	})

	t.Run("api key usage", func(t *testing.T) {
		h := now.Truncate(time.Hour)
		for i, n := range []int{5, 7, 0} {
			if err := s.AddAPIKeyUses(ctx, "k1", h.Add(-time.Duration(i)*time.Hour+time.Minute), n); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.AddAPIKeyUses(ctx, "k1", h, 3); err != nil { // same hour adds up
			t.Fatal(err)
		}
		if err := s.AddAPIKeyUses(ctx, "k2", h, 100); err != nil {
			t.Fatal(err)
		}
		uses, hours, err := s.APIKeyUsage(ctx, "k1", h.Add(-24*time.Hour), h.Add(time.Hour))
		if err != nil || uses != 15 || hours != 2 {
			t.Fatalf("usage = %d over %d hours, %v; want 15 over 2", uses, hours, err)
		}
		uses, hours, _ = s.APIKeyUsage(ctx, "k1", h.Add(-24*time.Hour), h)
		if uses != 7 || hours != 1 {
			t.Fatalf("usage before this hour = %d over %d hours; want 7 over 1", uses, hours)
		}
	})

	t.Run("password change required", func(t *testing.T) {
		if at, _, err := s.PasswordChangeRequired(ctx, u.ID); err != nil || !at.IsZero() {
			t.Fatalf("unmarked account: %v %v", at, err)
		}
		if err := s.RequirePasswordChange(ctx, u.ID, "breached", now); err != nil {
			t.Fatal(err)
		}
		if err := s.RequirePasswordChange(ctx, u.ID, "breached", now.Add(time.Second)); err != nil { // again: renewed
			t.Fatal(err)
		}
		if at, why, err := s.PasswordChangeRequired(ctx, u.ID); err != nil || !at.Equal(now.Add(time.Second)) || why != "breached" {
			t.Fatalf("marked: %v %q %v", at, why, err)
		}
		if _, err := s.ChangePassword(ctx, u.ID, "h2", now); err != nil {
			t.Fatal(err)
		}
		if at, _, _ := s.PasswordChangeRequired(ctx, u.ID); !at.IsZero() {
			t.Fatal("mark survived a password change")
		}
		if err := s.RequirePasswordChange(ctx, u.ID, "breached", now); err != nil {
			t.Fatal(err)
		}
		if err := s.CreateReset(ctx, []byte("reset"), u.ID, now, now.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.ConfirmReset(ctx, []byte("reset"), "h3", now); err != nil {
			t.Fatal(err)
		}
		if at, _, _ := s.PasswordChangeRequired(ctx, u.ID); !at.IsZero() {
			t.Fatal("mark survived a reset")
		}
	})
}
