package ratelimit_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/authcheck/authcheck/reference/internal/redistest"
	"github.com/authcheck/authcheck/reference/ratelimit"
	"github.com/authcheck/authcheck/reference/revocation"
)

func backends(t *testing.T) map[string]func(t *testing.T) (ratelimit.Limiter, revocation.Store) {
	return map[string]func(t *testing.T) (ratelimit.Limiter, revocation.Store){
		"memory": func(*testing.T) (ratelimit.Limiter, revocation.Store) {
			return ratelimit.NewMemory(), revocation.NewMemory()
		},
		"redis": func(t *testing.T) (ratelimit.Limiter, revocation.Store) {
			opt, _ := redis.ParseURL(redistest.Start(t))
			c := redis.NewClient(opt)
			t.Cleanup(func() { c.Close() })
			return &ratelimit.Redis{Client: c, Prefix: "t:"}, &revocation.Redis{Client: c, Prefix: "t:"}
		},
	}
}

func TestSlidingWindowExactUnderConcurrency(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			lim, _ := mk(t)
			ctx := context.Background()
			p := ratelimit.Policy{Name: "login-ip", Limit: 5, Window: 15 * time.Minute}
			now := time.Now()
			var admitted atomic.Int32
			var wg sync.WaitGroup
			for range 50 {
				wg.Go(func() {
					d, err := lim.Take(ctx, p, "10.0.0.1", now)
					if err != nil {
						t.Error(err)
						return
					}
					if d.Allowed {
						admitted.Add(1)
					} else if d.RetryAfter <= 0 || d.RetryAfter > p.Window {
						t.Errorf("RetryAfter %v", d.RetryAfter)
					}
				})
			}
			wg.Wait()
			if admitted.Load() != 5 {
				t.Fatalf("admitted %d of 50, want exactly 5", admitted.Load())
			}
			// Another key has its own budget.
			if d, _ := lim.Take(ctx, p, "10.0.0.2", now); !d.Allowed || d.Remaining != 4 {
				t.Fatalf("other key: %+v", d)
			}
			// A slot frees up when the oldest request leaves the window.
			if d, _ := lim.Take(ctx, p, "10.0.0.1", now.Add(p.Window-time.Second)); d.Allowed {
				t.Fatal("admitted inside the window")
			}
			if d, _ := lim.Take(ctx, p, "10.0.0.1", now.Add(p.Window+time.Millisecond)); !d.Allowed {
				t.Fatal("refused after the window")
			}
			// Refund gives a slot back.
			q := ratelimit.Policy{Name: "acct", Limit: 1, Window: time.Hour}
			d, _ := lim.Take(ctx, q, "a", now)
			if err := lim.Refund(ctx, q, "a", d.Ticket); err != nil {
				t.Fatal(err)
			}
			if d, _ := lim.Take(ctx, q, "a", now); !d.Allowed {
				t.Fatal("refunded slot not available")
			}
		})
	}
}

func TestFailureCountersAndRevocations(t *testing.T) {
	for name, mk := range backends(t) {
		t.Run(name, func(t *testing.T) {
			lim, rev := mk(t)
			ctx := context.Background()
			now := time.Now()
			for i := 1; i <= 3; i++ {
				n, err := lim.Failures(ctx, "u@example.com", time.Hour, false, now)
				if err != nil || n != i {
					t.Fatalf("failure %d: n=%d err=%v", i, n, err)
				}
			}
			if n, _ := lim.PeekFailures(ctx, "u@example.com", now); n != 3 {
				t.Fatalf("peek = %d", n)
			}
			lim.Failures(ctx, "u@example.com", time.Hour, true, now)
			if n, _ := lim.PeekFailures(ctx, "u@example.com", now); n != 0 {
				t.Fatalf("after reset = %d", n)
			}
			if err := rev.Revoke(ctx, []string{"s1", "s2"}, time.Minute, now); err != nil {
				t.Fatal(err)
			}
			for id, want := range map[string]bool{"s1": true, "s2": true, "s3": false} {
				if got, err := rev.IsRevoked(ctx, id, now); err != nil || got != want {
					t.Errorf("IsRevoked(%s) = %v, %v", id, got, err)
				}
			}
		})
	}
}

// TestMemoryEntriesExpireAndMapIsCapped: issue 13 §1.7 — entries used to
// live 24 h whatever their window, and the map had no cap.
func TestMemoryEntriesExpireAndMapIsCapped(t *testing.T) {
	ctx := context.Background()
	m := ratelimit.NewMemory()
	m.MaxKeys = 10
	now := time.Now()
	p := ratelimit.Policy{Name: "p", Limit: 1, Window: time.Minute}
	for i := range 10 {
		if d, _ := m.Take(ctx, p, fmt.Sprint("k", i), now); !d.Allowed {
			t.Fatalf("key %d refused below the cap", i)
		}
	}
	if d, _ := m.Take(ctx, p, "one-too-many", now); d.Allowed {
		t.Fatal("a new key admitted past the cap")
	}
	if d, _ := m.Take(ctx, p, "k3", now); d.Allowed {
		t.Fatal("k3 admitted twice in its window")
	}
	// One window later every entry has expired and is collected.
	later := now.Add(time.Minute + time.Second)
	if d, _ := m.Take(ctx, p, "fresh", later); !d.Allowed {
		t.Fatal("new key refused after the old ones expired")
	}
	if n := m.Len(); n != 1 {
		t.Fatalf("%d keys held after expiry, want 1", n)
	}
}
