package reference_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/mail"
)

// checklistLimits restores the checklist's limits (the default).
func checklistLimits(c *reference.Config) { c.Limits = reference.Limits{} }

func loginAttempt(c *client, email, pw string, hdr ...string) *resp {
	return c.do("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": pw}, hdr...)
}

func checkThrottled(t *testing.T, r *resp, policy string, maxRetry time.Duration) {
	t.Helper()
	expect(t, r, 429, "throttled request")
	ra, err := strconv.Atoi(r.header.Get("Retry-After"))
	if err != nil || ra < 1 || time.Duration(ra)*time.Second > maxRetry {
		t.Fatalf("Retry-After %q", r.header.Get("Retry-After"))
	}
	if !strings.Contains(r.header.Get("RateLimit-Policy"), `"`+policy+`"`) || !strings.Contains(r.header.Get("RateLimit"), "r=0") {
		t.Fatalf("RateLimit headers: %q / %q", r.header.Get("RateLimit-Policy"), r.header.Get("RateLimit"))
	}
	if r.str(t, "error") != "rate_limited" {
		t.Fatalf("429 body: %s", r.body)
	}
}

func TestLoginLimitPerIP(t *testing.T) {
	e := start(t, checklistLimits)
	e.register("ip@example.org", "ip limit passphrase")
	c := e.client()
	for i := 1; i <= 5; i++ {
		expect(t, loginAttempt(c, fmt.Sprintf("u%d@example.org", i), "wrong password"), 401, fmt.Sprintf("attempt %d", i))
	}
	r := loginAttempt(c, "ip@example.org", "ip limit passphrase")
	checkThrottled(t, r, "login-ip", 15*time.Minute)
	e.clock.Advance(15*time.Minute + time.Second)
	expect(t, loginAttempt(c, "ip@example.org", "ip limit passphrase"), 200, "after the window")
}

// TestConcurrentLoginsAdmitExactlyTheLimit: 50 parallel attempts against a
// limit of 5 per IP admit exactly 5.
func TestConcurrentLoginsAdmitExactlyTheLimit(t *testing.T) {
	for _, backend := range backends() {
		t.Run(backend.name, func(t *testing.T) {
			redis := backend.configure(t)
			e := start(t, func(c *reference.Config) {
				checklistLimits(c)
				if redis != nil {
					redis(c)
				}
			})
			c := e.client()
			results := parallel(t, 50, func(i int) (*resp, error) {
				return c.try("POST", "/api/v1/auth/login", map[string]string{"email": fmt.Sprintf("p%d@example.org", i), "password": "wrong password"})
			})
			admitted := 0
			for _, r := range results {
				switch r.status {
				case 401:
					admitted++
				case 429:
				default:
					t.Errorf("status %d: %s", r.status, r.body)
				}
			}
			if admitted != 5 {
				t.Fatalf("%d of 50 attempts admitted, want exactly 5 (%s)", admitted, fmtStatus(results))
			}
		})
	}
}

func TestLoginLimitPerAccountWithoutLockingOutTheOwner(t *testing.T) {
	e := start(t, func(c *reference.Config) {
		checklistLimits(c)
		c.TrustedProxies = []string{"127.0.0.1/32"}
	})
	e.register("victim@example.org", "victim real passphrase")
	// The owner has logged in from 203.0.113.7 before.
	owner := e.client()
	expect(t, loginAttempt(owner, "victim@example.org", "victim real passphrase", "X-Forwarded-For: 203.0.113.7"), 200, "owner login")
	e.clock.Slept()
	// An attacker rotates addresses (so the per-IP limit does not apply)
	// and guesses: the 11th attempt in an hour waits for a turn.
	attacker := e.client()
	for i := 1; i <= 10; i++ {
		r := loginAttempt(attacker, "victim@example.org", "guess "+strconv.Itoa(i), fmt.Sprintf("X-Forwarded-For: 198.51.100.%d", i))
		expect(t, r, 401, fmt.Sprintf("guess %d", i))
	}
	checkThrottled(t, loginAttempt(attacker, "victim@example.org", "guess 11", "X-Forwarded-For: 198.51.100.11"), "login-account-turn", time.Hour)
	// Failures slowed down progressively: no delay for the first three,
	// then doubling, capped.
	slept := e.clock.Slept()
	var delays []time.Duration
	for _, d := range slept {
		if d > 0 {
			delays = append(delays, d)
		}
	}
	want := []time.Duration{250 * time.Millisecond, 500 * time.Millisecond, time.Second, 2 * time.Second, 4 * time.Second, 4 * time.Second, 4 * time.Second}
	if fmt.Sprint(delays) != fmt.Sprint(want) {
		t.Fatalf("back-off delays %v, want %v", delays, want)
	}
	if !strings.Contains(strings.Join(e.alertKinds(), ","), "failed_login_burst") {
		t.Fatal("no failed-login burst alert")
	}
	// The owner, from their usual address, still gets in (after the
	// delay): no hard lockout an attacker could trigger.
	expect(t, loginAttempt(owner, "victim@example.org", "victim real passphrase", "X-Forwarded-For: 203.0.113.7"), 200, "owner after attack")
	// Unknown accounts are limited the same way, so the limit reveals nothing.
	for i := 1; i <= 10; i++ {
		loginAttempt(attacker, "ghost@example.org", "guess", fmt.Sprintf("X-Forwarded-For: 192.0.2.%d", i))
	}
	checkThrottled(t, loginAttempt(attacker, "ghost@example.org", "guess", "X-Forwarded-For: 192.0.2.99"), "login-account-turn", time.Hour)
}

func TestUntrustedForwardedForIsIgnored(t *testing.T) {
	e := start(t, checklistLimits) // no trusted proxies
	c := e.client()
	for i := 1; i <= 5; i++ {
		loginAttempt(c, "x@example.org", "wrong password", fmt.Sprintf("X-Forwarded-For: 198.51.100.%d", i))
	}
	checkThrottled(t, loginAttempt(c, "x@example.org", "wrong password", "X-Forwarded-For: 198.51.100.200"), "login-ip", 15*time.Minute)
}

// TestResetRequestLimitPerAddress: reset mails are limited per address
// and client network, silently (issue 13 §1.8: three requests from a
// stranger used to block the owner's reset for an hour with a 429).
func TestResetRequestLimitPerAddress(t *testing.T) {
	e := start(t, func(c *reference.Config) { checklistLimits(c); c.TrustedProxies = []string{"127.0.0.1/32"} })
	e.register("r@example.org", "reset limit passphrase")
	stranger := e.client()
	stranger.headers["X-Forwarded-For"] = "203.0.113.7"
	for i := 1; i <= 5; i++ {
		r := stranger.do("POST", "/api/v1/auth/password-reset/request", map[string]string{"email": "r@example.org"})
		expect(t, r, 202, fmt.Sprintf("stranger's request %d", i))
	}
	if n := len(resetMails(e, "r@example.org")); n != 3 {
		t.Fatalf("%d reset mails from one stranger's network, want 3 (the rest dropped silently)", n)
	}
	owner := e.client()
	owner.headers["X-Forwarded-For"] = "198.51.100.20"
	expect(t, owner.do("POST", "/api/v1/auth/password-reset/request", map[string]string{"email": "r@example.org"}), 202, "owner's request")
	if n := len(resetMails(e, "r@example.org")); n != 4 {
		t.Fatalf("the owner's request from their own network sent no mail (%d mails)", n)
	}
	e.clock.Advance(time.Hour + time.Second)
	stranger.do("POST", "/api/v1/auth/password-reset/request", map[string]string{"email": "r@example.org"})
	if n := len(resetMails(e, "r@example.org")); n != 5 {
		t.Fatalf("after an hour: %d mails, want 5", n)
	}
}

func resetMails(e *env, to string) []mail.Message {
	var out []mail.Message
	for _, m := range e.mails(to) {
		if strings.Contains(m.Subject, "Reset your password") {
			out = append(out, m)
		}
	}
	return out
}

// TestReplicasShareLimitsAndRevocationsThroughRedis runs two servers on one
// database and one Redis: the login budget of an IP is shared, and a
// session revoked on one is refused by the other.
func TestReplicasShareLimitsAndRevocationsThroughRedis(t *testing.T) {
	url := backends()[1].configure(t)
	shared := t.TempDir()
	a := start(t, func(c *reference.Config) { checklistLimits(c); c.DataDir = shared; url(c) })
	b := start(t, func(c *reference.Config) {
		checklistLimits(c)
		c.DataDir = shared
		c.DatabaseURL = a.cfg.DatabaseURL
		url(c)
	})
	a.register("rep@example.org", "replicated passphrase")
	ca, cb := a.client(), b.client()
	// A successful login does not count toward the IP's budget; failures
	// on either replica do, against one budget of 5.
	r := loginAttempt(cb, "rep@example.org", "replicated passphrase")
	expect(t, r, 200, "login on b")
	for i := range 2 {
		expect(t, loginAttempt(ca, "x@example.org", "wrong password"), 401, fmt.Sprintf("a%d", i))
		expect(t, loginAttempt(cb, "x@example.org", "wrong password"), 401, fmt.Sprintf("b%d", i))
	}
	expect(t, loginAttempt(cb, "x@example.org", "wrong password"), 401, "fifth failure, on b")
	checkThrottled(t, loginAttempt(ca, "rep@example.org", "replicated passphrase"), "login-ip", 15*time.Minute)
	access := r.str(t, "accessToken")
	// b's token works on a, until b logs the session out.
	expect(t, a.bearer(access).do("GET", "/api/v1/me", nil), 200, "token on the other replica")
	logout := b.bearer(access)
	expect(t, logout.do("POST", "/api/v1/auth/logout", nil), 204, "logout on b")
	expect(t, a.bearer(access).do("GET", "/api/v1/me", nil), 401, "token on a after logout on b")
}
