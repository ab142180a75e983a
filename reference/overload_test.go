package reference_test

import (
	"context"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/reference"
)

// TestOverloadShedsAtOnce: with one hashing slot and a queue of two, a
// flood of logins while the slot is taken and the queue full is answered
// at once with 503, Retry-After and a JSON error (the wait bound is an
// hour, so only the queue bound can refuse them: were they queued, the
// test would hang instead); the queued logins succeed when the slot frees,
// and shed logins do not use up the client's login budget.
func TestOverloadShedsAtOnce(t *testing.T) {
	e := start(t, func(c *reference.Config) {
		c.HashSlots, c.HashQueue, c.HashQueueTimeout = 1, 2, time.Hour
		c.Limits.LoginPerIP = 5 // the checklist's per-IP budget
		c.TrustedProxies = []string{"127.0.0.1/32"}
	})
	email, pw := "flood@example.org", "a passphrase for the flood test"
	e.register(email, pw)
	h := reference.HasherOf(e.srv)
	release, err := h.Acquire(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	admitted := make(chan *resp, 2)
	for range 2 {
		c := e.client()
		go func() {
			r, err := c.try("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": pw})
			if err != nil {
				t.Error(err)
			}
			admitted <- r
		}()
	}
	for h.Waiting() < 2 {
		runtime.Gosched()
	}
	c := e.client()
	c.hc.Timeout = 30 * time.Second // a queued request fails the test instead of hanging it
	// The parallel flood comes from many addresses, so that the per-IP
	// limit cannot answer first.
	flood := parallel(t, 30, func(i int) (*resp, error) {
		return c.try("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": pw}, "X-Forwarded-For: 198.51.100."+strconv.Itoa(i+1))
	})
	// Sequential attempts too: each is shed, and none counts against the
	// per-IP budget of 5 (they would get 429 from the sixth on).
	for range 8 {
		flood = append(flood, c.do("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": "a wrong passphrase, never checked"}))
	}
	for _, r := range flood {
		if r.status != http.StatusServiceUnavailable {
			t.Fatalf("flooded login: status %d, want 503 (%s): %s", r.status, fmtStatus(flood), r.body)
		}
		if ra, err := strconv.Atoi(r.header.Get("Retry-After")); err != nil || ra < 1 {
			t.Fatalf("503 without a usable Retry-After: %q", r.header.Get("Retry-After"))
		}
		if r.str(t, "error") != "busy" || !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
			t.Fatalf("503 body: %s", r.body)
		}
	}
	if got := h.Shed(); got != int64(len(flood)) {
		t.Fatalf("hasher shed %d, want %d", got, len(flood))
	}
	release()
	for range 2 {
		r := <-admitted
		if r == nil || r.status != http.StatusOK {
			t.Fatalf("queued login: %+v", r)
		}
	}
	// The budget is intact: a wrong password is checked (401), not
	// refused for rate (429).
	expect(t, c.do("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": "a wrong passphrase"}), 401, "after the flood")
	expect(t, c.do("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": pw}), 200, "after the flood")
}
