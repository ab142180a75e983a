package reference_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/internal/pgtest"
	"github.com/authcheck/authcheck/reference/internal/redistest"
)

// replicas starts two servers, a and b, on one Postgres database and one
// Redis: the multi-replica deployment of reference/README.md. They share
// the data directory only for the signing keys, the MFA key and the local
// CA (in a deployment: the same key files on every replica).
func replicas(t *testing.T) (a, b *env) {
	t.Helper()
	db := pgtest.URL(t)
	rd := redistest.Start(t)
	shared := t.TempDir()
	cfg := func(c *reference.Config) {
		checklistLimits(c)
		c.DataDir, c.DatabaseURL, c.RedisURL = shared, db, rd
	}
	a = start(t, cfg)
	b = start(t, cfg)
	return a, b
}

// onB is a client of b holding c's session cookie.
func onB(b *env, c *client) *client {
	x := b.client()
	x.cookie = c.cookie
	return x
}

// TestReplicasOnPostgresAndRedis: sessions, refresh rotation, rate limits
// and locks hold across two replicas.
func TestReplicasOnPostgresAndRedis(t *testing.T) {
	a, b := replicas(t)

	// A session created on a works on b: cookie and access token.
	a.register("alice@example.org", "alice's replicated passphrase")
	ca, access, r0 := a.login("alice@example.org", "alice's replicated passphrase")
	expect(t, onB(b, ca).do("GET", "/api/v1/me", nil), 200, "a's session cookie on b")
	expect(t, b.bearer(access).do("GET", "/api/v1/me", nil), 200, "a's access token on b")
	// Writes on one replica are read on the other.
	nc := b.bearer(access)
	expect(t, nc.do("POST", "/api/v1/notes", map[string]string{"title": "t", "body": "written on b"}), 201, "note on b")
	if l := a.bearer(access).do("GET", "/api/v1/notes", nil); l.status != 200 || !strings.Contains(string(l.body), "written on b") {
		t.Fatalf("note written on b not listed on a: %d %s", l.status, l.body)
	}

	// Refresh rotation: rotate on a, replay the old token on b: reuse,
	// and the whole family dies on both.
	r := refresh(a, r0)
	expect(t, r, 200, "refresh on a")
	r1, access1 := r.str(t, "refreshToken"), r.str(t, "accessToken")
	expect(t, refresh(b, r0), 401, "replay of the rotated token on b")
	expect(t, refresh(a, r1), 401, "the successor after reuse, on a")
	expect(t, a.bearer(access1).do("GET", "/api/v1/me", nil), 401, "access token of the revoked family on a")
	expect(t, onB(b, ca).do("GET", "/api/v1/me", nil), 401, "session of the revoked family on b")

	// A lock on a ends bob's session, tokens and refresh on b at once.
	b.register("bob@example.org", "bob's replicated passphrase")
	cb, bAccess, bRefresh := b.login("bob@example.org", "bob's replicated passphrase")
	a.register("root@example.org", "root's replicated passphrase")
	a.setRole("root@example.org", "admin")
	admin, _, _ := a.login("root@example.org", "root's replicated passphrase")
	expect(t, admin.do("POST", "/api/v1/admin/lock-account", map[string]string{"email": "bob@example.org", "reason": "replica test", "currentPassword": "root's replicated passphrase"}), 200, "lock on a")
	expect(t, cb.do("GET", "/api/v1/me", nil), 401, "bob's cookie on b after the lock")
	expect(t, b.bearer(bAccess).do("GET", "/api/v1/me", nil), 401, "bob's access token on b after the lock")
	expect(t, refresh(b, bRefresh), 401, "bob's refresh token on b after the lock")
	expect(t, loginAttempt(b.client(), "bob@example.org", "bob's replicated passphrase"), 401, "bob's login on b after the lock")

	// Rate limits: failures on either replica count against one budget of
	// 5 per IP (the failed login above was the first).
	for i := range 2 {
		expect(t, loginAttempt(a.client(), "x@example.org", "wrong password"), 401, fmt.Sprintf("failure %d on a", i))
		expect(t, loginAttempt(b.client(), "x@example.org", "wrong password"), 401, fmt.Sprintf("failure %d on b", i))
	}
	checkThrottled(t, loginAttempt(a.client(), "alice@example.org", "alice's replicated passphrase"), "login-ip", 15*time.Minute)
	checkThrottled(t, loginAttempt(b.client(), "alice@example.org", "alice's replicated passphrase"), "login-ip", 15*time.Minute)
}

// TestReplicasRaceOneRefreshToken: one refresh token sent to both replicas
// at once, many times: exactly one request gets a new pair.
func TestReplicasRaceOneRefreshToken(t *testing.T) {
	a, b := replicas(t)
	a.register("race@example.org", "race replicated passphrase")
	_, _, r0 := a.login("race@example.org", "race replicated passphrase")
	ca, cb := a.client(), b.client()
	results := parallel(t, 20, func(i int) (*resp, error) {
		c := ca
		if i%2 == 1 {
			c = cb
		}
		return c.try("POST", "/api/v1/auth/refresh", map[string]string{"refreshToken": r0})
	})
	ok := 0
	for _, r := range results {
		switch r.status {
		case 200:
			ok++
		case 401:
		default:
			t.Errorf("status %d: %s", r.status, r.body)
		}
	}
	if ok != 1 {
		t.Fatalf("%d of 20 refreshes across two replicas succeeded, want 1 (%s)", ok, fmtStatus(results))
	}
}
