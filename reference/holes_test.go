package reference_test

// Attack tests for issue 13 §1: each performs, against a real server on
// loopback, an attack that succeeded before the fix, and checks that it
// now fails. The test names carry the hole's number.

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/cli"
	"github.com/authcheck/authcheck/reference/clock"
)

// gateClock is the test clock with a Sleep that, once armed, parks the
// caller until the test releases it: it forces a login to stand still
// inside its back-off, after reading the account and before checking the
// password and creating the session.
type gateClock struct {
	*clock.Fake
	mu      sync.Mutex
	armed   bool
	entered chan struct{}
	release chan struct{}
}

func (g *gateClock) arm() {
	g.mu.Lock()
	g.armed, g.entered, g.release = true, make(chan struct{}), make(chan struct{})
	g.mu.Unlock()
}

func (g *gateClock) Sleep(ctx context.Context, d time.Duration) error {
	g.mu.Lock()
	armed, entered, release := g.armed && d > 0, g.entered, g.release
	if armed {
		g.armed = false
	}
	g.mu.Unlock()
	if armed {
		close(entered)
		select {
		case <-release:
		case <-ctx.Done():
		}
	}
	return g.Fake.Sleep(ctx, d)
}

// TestHole1LoginInFlightDoesNotSurviveResetOrLock: a login started with
// the old password, parked in its back-off while the owner resets the
// password (or an administrator locks the account), must not get a
// session when it resumes.
func TestHole1LoginInFlightDoesNotSurviveResetOrLock(t *testing.T) {
	for _, event := range []string{"reset", "password change", "lock"} {
		t.Run(event, func(t *testing.T) {
			var gate *gateClock
			e := start(t, func(c *reference.Config) {
				gate = &gateClock{Fake: c.Clock.(*clock.Fake)}
				c.Clock = gate
			})
			owner, email, pw, _, _ := e.user("racer")
			// Failures put the account into back-off, so that a login waits
			// (as the 4 s sleep after 7 failures did in the report).
			for range 3 {
				expect(t, loginAttempt(e.client(), email, "wrong guess passphrase"), 401, "failure")
			}
			gate.arm()
			result := make(chan *resp, 1)
			attacker := e.client()
			go func() {
				r, err := attacker.try("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": pw})
				if err != nil {
					r = &resp{status: -1, body: []byte(err.Error())}
				}
				result <- r
			}()
			select {
			case <-gate.entered:
			case <-time.After(30 * time.Second):
				t.Fatal("the login never reached its back-off")
			}
			switch event {
			case "reset":
				expect(t, resetRequest(e, email), 202, "reset request")
				expect(t, resetConfirm(e, e.lastMail(email).Token, "owner's new passphrase 5521"), 200, "reset")
			case "password change":
				expect(t, owner.do("POST", "/api/v1/me/password", map[string]string{"currentPassword": pw, "newPassword": "owner's new passphrase 5521"}), 200, "change")
			case "lock":
				if _, err := reference.LockAccount(context.Background(), e.cfg, email, "incident"); err != nil {
					t.Fatal(err)
				}
			}
			close(gate.release)
			r := <-result
			if r.status != 401 {
				t.Fatalf("login in flight across a %s: status %d, want 401: %s", event, r.status, r.body)
			}
			if attacker.cookie != "" {
				t.Fatal("the login in flight got a session cookie")
			}
			want := 0
			if event == "password change" {
				want = 1 // the owner's own new session
			}
			if n := countRows(t, e.cfg.DataDir, "sessions"); n != want {
				t.Fatalf("%d sessions after the %s, want %d", n, event, want)
			}
		})
	}
}

// TestHole2PreTakeoverAndAPIKeys: an attacker who registers the victim's
// address gets no usable account; a stolen access token cannot mint an
// API key; a key does not survive a reset, a password change or a
// sign-out everywhere.
func TestHole2PreTakeoverAndAPIKeys(t *testing.T) {
	e := start(t, nil)
	victim := "victim@example.org"
	e.registerUnverified(victim, "attacker's chosen passphrase")
	expect(t, loginAttempt(e.client(), victim, "attacker's chosen passphrase"), 401, "attacker logs in to the unverified account")
	// The victim registers later: the same 202; the owner of the address
	// is told, and proves it with a reset, which also verifies.
	e.registerUnverified(victim, "victim's own passphrase 1")
	expect(t, resetRequest(e, victim), 202, "victim's reset")
	expect(t, resetConfirm(e, resetMails(e, victim)[0].Token, "victim's own passphrase 1"), 200, "victim's reset")
	c, access, _ := e.login(victim, "victim's own passphrase 1")
	expect(t, loginAttempt(e.client(), victim, "attacker's chosen passphrase"), 401, "attacker's password after the victim's reset")

	// A stolen access token (no password) cannot mint a key.
	thief := e.bearer(access)
	body := map[string]any{"name": "backdoor", "scopes": []string{"profile:read"}, "expiresIn": 31536000}
	expect(t, thief.do("POST", "/api/v1/api-keys", body), 400, "key without re-authentication")
	body["currentPassword"] = "a wrong guess at it"
	expect(t, thief.do("POST", "/api/v1/api-keys", body), 403, "key with a wrong password")

	newKey := func() string {
		t.Helper()
		r := createKey(t, c, map[string]any{"name": "k", "scopes": []string{"profile:read"}, "expiresIn": 31536000})
		expect(t, r, 201, "key")
		if m := e.lastMail(victim); !strings.Contains(m.Subject, "API key") {
			t.Fatalf("owner not told about the new key: %+v", m)
		}
		k := r.str(t, "key")
		expect(t, e.bearer(k).do("GET", "/api/v1/me", nil), 200, "new key")
		return k
	}
	// Reset: the key stops working.
	k := newKey()
	expect(t, resetRequest(e, victim), 202, "reset")
	expect(t, resetConfirm(e, e.lastMail(victim).Token, "victim's own passphrase 2"), 200, "reset")
	expect(t, e.bearer(k).do("GET", "/api/v1/me", nil), 401, "key after a reset")
	c, _, _ = e.login(victim, "victim's own passphrase 2")
	// Password change.
	k = newKey()
	r := c.do("POST", "/api/v1/me/password", map[string]string{"currentPassword": "victim's own passphrase 2", "newPassword": "victim's own passphrase 3"})
	expect(t, r, 200, "change")
	c.password = "victim's own passphrase 3"
	expect(t, e.bearer(k).do("GET", "/api/v1/me", nil), 401, "key after a password change")
	// Sign out everywhere.
	k = newKey()
	expect(t, c.do("POST", "/api/v1/auth/logout-all", nil), 204, "logout-all")
	expect(t, e.bearer(k).do("GET", "/api/v1/me", nil), 401, "key after logout-all")
}

// TestHole3DevFlagsOnlyOnLoopback: the development flags are refused on a
// listener other interfaces can reach, unless the test environment
// variable says so.
func TestHole3DevFlagsOnlyOnLoopback(t *testing.T) {
	for _, flag := range []func(*reference.Config){
		func(c *reference.Config) { c.DevOutbox = true },
		func(c *reference.Config) { c.DevOutbox = false; c.DevClock = true },
		func(c *reference.Config) { c.DevOutbox = false; c.SeedDemo = true },
	} {
		for _, addr := range []string{"0.0.0.0:0", ":0", "[::]:0"} {
			cfg := testConfig(t, t.TempDir())
			cfg.Addr, cfg.Logger = addr, io.Discard
			flag(&cfg)
			srv, err := reference.Start(context.Background(), cfg)
			if err == nil {
				srv.Close()
				t.Fatalf("dev flags accepted on %s (outbox %v clock %v seed %v)", addr, cfg.DevOutbox, cfg.DevClock, cfg.SeedDemo)
			}
			if !strings.Contains(err.Error(), "loopback") {
				t.Fatalf("error does not say why: %v", err)
			}
		}
	}
	// A redirect listener on every interface counts too.
	cfg := testConfig(t, t.TempDir())
	cfg.HTTPRedirectAddr, cfg.Logger = "0.0.0.0:0", io.Discard
	if srv, err := reference.Start(context.Background(), cfg); err == nil {
		srv.Close()
		t.Fatal("dev outbox accepted with a redirect listener on every interface")
	}
	// The CLI refuses too, and warns loudly on loopback.
	var out, errOut strings.Builder
	if code := cliMain([]string{"serve", "--data", t.TempDir(), "--addr", "0.0.0.0:0", "--dev-outbox"}, &out, &errOut); code == 0 || !strings.Contains(errOut.String(), "loopback") {
		t.Fatalf("serve --dev-outbox on 0.0.0.0: exit %d: %s", code, errOut.String())
	}
	// Start logs the warning.
	e := start(t, nil)
	if !strings.Contains(e.logs.String(), "DEVELOPMENT MODE") {
		t.Fatal("no loud warning for the dev outbox")
	}
	// An explicit test environment allows them anywhere.
	t.Setenv(reference.DevEnv, "1")
	cfg = testConfig(t, t.TempDir())
	cfg.Addr, cfg.Logger = "0.0.0.0:0", io.Discard
	srv, err := reference.Start(context.Background(), cfg)
	if err != nil {
		t.Fatalf("with %s=1: %v", reference.DevEnv, err)
	}
	srv.Close()
}

// TestHole4EmailChangeAndRegistrationDoNotEnumerate: an e-mail change to
// a taken address answers exactly like one to a free address, and
// register-then-login says nothing either.
func TestHole4EmailChangeAndRegistrationDoNotEnumerate(t *testing.T) {
	e := start(t, nil)
	_, taken, _, _, _ := e.user("taken")
	c, email, pw, _, _ := e.user("prober")
	change := func(to string) *resp {
		return c.do("POST", "/api/v1/me/email", map[string]string{"currentPassword": pw, "newEmail": to})
	}
	a, b := change(taken), change("free-address@example.org")
	if a.status != 202 || a.status != b.status || string(a.body) != string(b.body) {
		t.Fatalf("taken %d %s vs free %d %s", a.status, a.body, b.status, b.body)
	}
	// Nothing changed yet; the taken address's owner was told instead.
	if r := c.do("GET", "/api/v1/me", nil); r.str(t, "email") != email {
		t.Fatalf("address changed without the link: %s", r.body)
	}
	if m := e.lastMail(taken); !strings.Contains(m.Subject, "tried") || m.Token != "" {
		t.Fatalf("taken address got %+v", m)
	}
	// Probing is limited per account (and the limit does not depend on
	// the address).
	limited := false
	for i := range 10 {
		if change(fmt.Sprintf("probe%d@example.org", i)).status == 429 {
			limited = true
			break
		}
	}
	if !limited {
		t.Fatal("e-mail change requests are not limited")
	}

	// Register-then-login: a taken address and a free one look the same.
	r1 := e.client().do("POST", "/api/v1/auth/register", map[string]string{"email": taken, "password": "probe passphrase 7713"})
	r2 := e.client().do("POST", "/api/v1/auth/register", map[string]string{"email": "never-used@example.org", "password": "probe passphrase 7713"})
	if r1.status != r2.status || string(r1.body) != string(r2.body) {
		t.Fatalf("register: taken %d %s vs free %d %s", r1.status, r1.body, r2.status, r2.body)
	}
	l1 := loginAttempt(e.client(), taken, "probe passphrase 7713")
	l2 := loginAttempt(e.client(), "never-used@example.org", "probe passphrase 7713")
	if l1.status != 401 || l1.status != l2.status || string(l1.body) != string(l2.body) {
		t.Fatalf("login after register: taken %d %s vs free %d %s", l1.status, l1.body, l2.status, l2.body)
	}
}

// TestHole11EmailChangeRotatesSessionAndEndsResets: completing an e-mail
// change ends every session and outstanding reset link, and tells the old
// address.
func TestHole11EmailChangeRotatesSessionAndEndsResets(t *testing.T) {
	e := start(t, nil)
	c, email, pw, access, _ := e.user("mover")
	expect(t, resetRequest(e, email), 202, "reset")
	oldReset := e.lastMail(email).Token
	expect(t, c.do("POST", "/api/v1/me/email", map[string]string{"currentPassword": pw, "newEmail": "moved@example.org"}), 202, "change")
	r := e.confirmEmail(e.lastMail("moved@example.org").Token)
	if r.str(t, "email") != "moved@example.org" {
		t.Fatalf("confirm: %s", r.body)
	}
	expect(t, c.do("GET", "/api/v1/me", nil), 401, "session after the change")
	expect(t, e.bearer(access).do("GET", "/api/v1/me", nil), 401, "access token after the change")
	expect(t, resetConfirm(e, oldReset, "hijacked passphrase 9"), 400, "reset link from before the change")
	if m := e.lastMail(email); !strings.Contains(m.Subject, "changed") {
		t.Fatalf("old address not told: %+v", m)
	}
	e.login("moved@example.org", pw)
}

// TestHole5LockCannotBeUndoneByTheAttacker replays the reported attack:
// with the victim's session and password, move the account to an address
// you control, ask for a reset, wait for the lock, confirm the reset.
func TestHole5LockCannotBeUndoneByTheAttacker(t *testing.T) {
	e := start(t, nil)
	e.register("ops@example.org", "operations passphrase")
	e.setRole("ops@example.org", "admin")
	admin, _, _ := e.login("ops@example.org", "operations passphrase")
	c, _, pw, _, _ := e.user("locked")
	expect(t, c.do("POST", "/api/v1/me/email", map[string]string{"currentPassword": pw, "newEmail": "attacker@example.net"}), 202, "change")
	e.confirmEmail(e.lastMail("attacker@example.net").Token)
	expect(t, resetRequest(e, "attacker@example.net"), 202, "reset")
	token := e.lastMail("attacker@example.net").Token
	expect(t, admin.do("POST", "/api/v1/admin/lock-account", map[string]string{"email": "attacker@example.net", "reason": "takeover", "currentPassword": "operations passphrase"}), 200, "lock")
	expect(t, resetConfirm(e, token, "attacker's new passphrase"), 400, "reset link issued before the lock")
	before := len(resetMails(e, "attacker@example.net"))
	expect(t, resetRequest(e, "attacker@example.net"), 202, "reset request while locked")
	if len(resetMails(e, "attacker@example.net")) != before {
		t.Fatal("a reset link was sent for a locked account")
	}
	expect(t, loginAttempt(e.client(), "attacker@example.net", pw), 401, "login while locked")
	// Only an administrator unlocks, and the owner must then reset.
	expect(t, admin.do("POST", "/api/v1/admin/unlock-account", map[string]string{"email": "nobody@example.org"}), 404, "unlock unknown")
	r := admin.do("POST", "/api/v1/admin/unlock-account", map[string]string{"email": "attacker@example.net", "currentPassword": "operations passphrase"})
	expect(t, r, 200, "unlock")
	if r.json(t)["resetRequired"] != true {
		t.Fatalf("unlock: %s", r.body)
	}
	expect(t, loginAttempt(e.client(), "attacker@example.net", pw), 401, "login after unlock without a reset")
	if n := countRows(t, e.cfg.DataDir, "events WHERE kind = 'account_unlocked'"); n != 1 {
		t.Fatalf("%d unlock events", n)
	}
}

// TestHole6PromotionIsAOneOffCommandOnAVerifiedAccount: no start-up flag
// makes whoever registers an address later an administrator; promotion
// needs an existing, verified account; demotion works.
func TestHole6PromotionIsAOneOffCommandOnAVerifiedAccount(t *testing.T) {
	e := start(t, nil)
	ctx := context.Background()
	if err := reference.SetRole(ctx, e.cfg, "future-admin@example.org", "admin"); err == nil {
		t.Fatal("promoted an address without an account")
	}
	e.registerUnverified("future-admin@example.org", "squatter passphrase 1")
	if err := reference.SetRole(ctx, e.cfg, "future-admin@example.org", "admin"); err == nil || !strings.Contains(err.Error(), "verified") {
		t.Fatalf("promoted an unverified account: %v", err)
	}
	e.register("boss@example.org", "boss passphrase 4410")
	var out, errOut strings.Builder
	if code := cliMain([]string{"promote", "--data", e.cfg.DataDir, "boss@example.org"}, &out, &errOut); code != 0 {
		t.Fatalf("promote: exit %d %s", code, errOut.String())
	}
	boss, _, _ := e.login("boss@example.org", "boss passphrase 4410")
	expect(t, boss.do("POST", "/api/v1/admin/lock-account", map[string]string{"email": "nobody@example.org"}), 404, "admin endpoint as admin")
	if code := cliMain([]string{"demote", "--data", e.cfg.DataDir, "boss@example.org"}, &out, &errOut); code != 0 {
		t.Fatalf("demote: exit %d %s", code, errOut.String())
	}
	boss, _, _ = e.login("boss@example.org", "boss passphrase 4410")
	expect(t, boss.do("POST", "/api/v1/admin/lock-account", map[string]string{"email": "nobody@example.org"}), 403, "admin endpoint after demotion")
	if code := cliMain([]string{"serve", "--admin", "boss@example.org"}, &out, &errOut); code != 2 {
		t.Fatalf("serve --admin still accepted: exit %d", code)
	}
}

// TestHole7UnauthenticatedGrowthFromOneIP: reset requests are limited per
// client network, nothing is stored for unknown addresses, and a flood of
// refused requests leaves one rate-limit event, not one per request.
func TestHole7UnauthenticatedGrowthFromOneIP(t *testing.T) {
	e := start(t, checklistLimits)
	c := e.client()
	statuses := map[int]int{}
	for i := range 60 {
		statuses[c.do("POST", "/api/v1/auth/password-reset/request", map[string]string{"email": fmt.Sprintf("n%d@example.org", i)}).status]++
	}
	if statuses[202] != 10 || statuses[429] != 50 {
		t.Fatalf("statuses %v, want 10×202 then 429", statuses)
	}
	if n := countRows(t, e.cfg.DataDir, "password_resets"); n != 0 {
		t.Fatalf("%d reset rows for unknown addresses", n)
	}
	if n := countRows(t, e.cfg.DataDir, "events WHERE kind = 'rate_limited'"); n != 1 {
		t.Fatalf("%d rate-limit events for one client in one window, want 1", n)
	}
	for range 20 {
		loginAttempt(c, "someone@example.org", "wrong guess passphrase")
	}
	if n := countRows(t, e.cfg.DataDir, "events WHERE kind = 'rate_limited'"); n != 2 {
		t.Fatalf("%d rate-limit events, want 2 (one per key and window)", n)
	}
}

// TestHole8NoCheapLockouts: failed logins from strangers delay the owner
// at a new address by a bounded turn, never an hour; successful logins do
// not use up a shared address's budget.
func TestHole8NoCheapLockouts(t *testing.T) {
	e := start(t, func(c *reference.Config) { checklistLimits(c); c.TrustedProxies = []string{"127.0.0.1/32"} })
	e.register("owner@example.org", "owner passphrase 6673")
	for i := range 12 {
		r := loginAttempt(e.client(), "owner@example.org", "wrong guess passphrase", fmt.Sprintf("X-Forwarded-For: 203.0.113.%d", i+1))
		if i < 10 && r.status != 401 {
			t.Fatalf("failure %d: %d", i+1, r.status)
		}
	}
	// Past the budget a stranger gets one attempt per turn, even when each
	// attempt's back-off (at most 4 s) has passed.
	e.clock.Advance(4*time.Second + 500*time.Millisecond)
	checkThrottled(t, loginAttempt(e.client(), "owner@example.org", "wrong guess passphrase", "X-Forwarded-For: 203.0.113.77"), "login-account-turn", 5*time.Minute)
	// The owner, travelling (an address never used): at most one turn.
	traveller := func() *resp {
		return loginAttempt(e.client(), "owner@example.org", "owner passphrase 6673", "X-Forwarded-For: 198.51.100.99")
	}
	if r := traveller(); r.status == 429 {
		checkThrottled(t, r, "login-account-turn", 5*time.Minute)
		e.clock.Advance(5*time.Minute + time.Second)
		expect(t, traveller(), 200, "owner after one turn")
	} else {
		expect(t, r, 200, "owner from a new address")
	}

	// Five users behind one NAT log in; the sixth still can.
	for i := range 6 {
		email := fmt.Sprintf("nat%d@example.org", i)
		e.register(email, "shared office passphrase")
		expect(t, loginAttempt(e.client(), email, "shared office passphrase", "X-Forwarded-For: 192.0.2.50"), 200, fmt.Sprintf("user %d behind one NAT", i+1))
	}
}

// TestHole9IPv6ClientsAreLimitedPerSlash64: addresses from one /64 share
// one budget.
func TestHole9IPv6ClientsAreLimitedPerSlash64(t *testing.T) {
	e := start(t, func(c *reference.Config) { checklistLimits(c); c.TrustedProxies = []string{"127.0.0.1/32"} })
	for i := range 5 {
		expect(t, loginAttempt(e.client(), fmt.Sprintf("v6-%d@example.org", i), "wrong guess passphrase",
			fmt.Sprintf("X-Forwarded-For: 2001:db8:1:2::%x", i+1)), 401, "failure")
	}
	checkThrottled(t, loginAttempt(e.client(), "v6-9@example.org", "wrong guess passphrase", "X-Forwarded-For: 2001:db8:1:2:ffff:1:2:3"), "login-ip", 15*time.Minute)
	expect(t, loginAttempt(e.client(), "v6-9@example.org", "wrong guess passphrase", "X-Forwarded-For: 2001:db8:1:3::1"), 401, "another /64")
}

// TestHole10ReauthenticationIsLimited: correct re-authentications are
// limited per account, and an unknown target is refused before any hash.
func TestHole10ReauthenticationIsLimited(t *testing.T) {
	e := start(t, checklistLimits)
	c, _, pw, _, _ := e.user("flooder")
	r := createKey(t, c, map[string]any{"name": "k", "scopes": []string{"profile:read"}, "expiresIn": 3600})
	expect(t, r, 201, "key")
	id := r.str(t, "id")
	// Unknown targets: 404, and no re-authentication budget spent.
	for i := range 15 {
		expect(t, c.do("POST", fmt.Sprintf("/api/v1/api-keys/unknown%d/reinstate", i), map[string]string{"currentPassword": pw}), 404, "unknown key")
	}
	ok, limited := 0, false
	for range 20 {
		switch st := c.do("POST", "/api/v1/api-keys/"+id+"/reinstate", map[string]string{"currentPassword": pw}).status; st {
		case 204:
			ok++
		case 429:
			limited = true
		default:
			t.Fatalf("reinstate: %d", st)
		}
		if limited {
			break
		}
	}
	// One re-authentication was spent on creating the key.
	if !limited || ok != 9 {
		t.Fatalf("%d correct re-authentications admitted before 429 (limited %v), want 9", ok, limited)
	}
}

// TestHole11Smaller: breached seasonal passwords, last-used writes, the
// public URL for links, CORS origins, and the warnings.
func TestHole11Smaller(t *testing.T) {
	e := start(t, func(c *reference.Config) { c.PublicURL = "https://auth.example.com/" })
	r := e.client().do("POST", "/api/v1/auth/register", map[string]string{"email": "season@example.org", "password": "Summer2024!"})
	expect(t, r, 400, "Summer2024!")

	// Links use the public URL, whatever the Host header says.
	_, email, _, _, _ := e.user("linked")
	e.client().do("POST", "/api/v1/auth/password-reset/request", map[string]string{"email": email}, "X-Forwarded-Host: evil.example")
	if l := e.lastMail(email).Link; !strings.HasPrefix(l, "https://auth.example.com/reset#") {
		t.Fatalf("reset link %q", l)
	}

	// last_used is written at most once a minute.
	c, _, _ := e.login(email, "a passphrase for linked that is long")
	r = createKey(t, c, map[string]any{"name": "k", "scopes": []string{"profile:read"}, "expiresIn": 3600})
	key, id := r.str(t, "key"), r.str(t, "id")
	lastUsed := func() string { return fmt.Sprint(c.do("GET", "/api/v1/api-keys/"+id, nil).json(t)["lastUsedAt"]) }
	e.bearer(key).do("GET", "/api/v1/me", nil)
	first := lastUsed()
	e.clock.Advance(30 * time.Second)
	for range 5 {
		e.bearer(key).do("GET", "/api/v1/me", nil)
	}
	if got := lastUsed(); got != first {
		t.Fatalf("last_used written again within a minute: %s then %s", first, got)
	}
	e.clock.Advance(31 * time.Second)
	e.bearer(key).do("GET", "/api/v1/me", nil)
	if got := lastUsed(); got == first {
		t.Fatal("last_used not written after a minute")
	}

	// Configuration that is refused, and warnings.
	for _, mutate := range []func(*reference.Config){
		func(c *reference.Config) { c.CORSOrigins = []string{"http://app.example.com"} },
		func(c *reference.Config) { c.PublicURL = "http://auth.example.com" },
	} {
		cfg := testConfig(t, t.TempDir())
		cfg.Logger = io.Discard
		mutate(&cfg)
		if srv, err := reference.Start(context.Background(), cfg); err == nil {
			srv.Close()
			t.Fatalf("accepted %v %q", cfg.CORSOrigins, cfg.PublicURL)
		}
	}
	quiet := start(t, func(c *reference.Config) { c.DevOutbox = false })
	for _, w := range []string{"mail goes nowhere", "bundled set"} {
		if !strings.Contains(quiet.logs.String(), w) {
			t.Errorf("no start warning %q: %s", w, quiet.logs.String())
		}
	}
}

// fakeRedis answers just enough of RESP for the server to start (PING),
// then goes down on request: the outage a bearer request must survive
// with 503, not 500.
type fakeRedis struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func startFakeRedis(t *testing.T) *fakeRedis {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeRedis{ln: ln}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			f.mu.Lock()
			f.conns = append(f.conns, c)
			f.mu.Unlock()
			go f.serve(c)
		}
	}()
	t.Cleanup(f.down)
	return f
}

func (f *fakeRedis) serve(c net.Conn) {
	rd := bufio.NewReader(c)
	for {
		line, err := rd.ReadString('\n')
		if err != nil {
			return
		}
		var n int
		if _, err := fmt.Sscanf(line, "*%d", &n); err != nil {
			return
		}
		var cmd string
		for i := range n {
			if _, err := rd.ReadString('\n'); err != nil { // $len
				return
			}
			arg, err := rd.ReadString('\n')
			if err != nil {
				return
			}
			if i == 0 {
				cmd = strings.ToUpper(strings.TrimSpace(arg))
			}
		}
		reply := "+PONG\r\n"
		if cmd == "HELLO" {
			reply = "-ERR unknown command 'HELLO'\r\n"
		} else if cmd != "PING" {
			reply = "+OK\r\n"
		}
		if _, err := c.Write([]byte(reply)); err != nil {
			return
		}
	}
}

func (f *fakeRedis) down() {
	f.ln.Close()
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, c := range f.conns {
		c.Close()
	}
}

// TestHole11RedisOutageIs503: a bearer request while Redis is down gets
// 503 with Retry-After (it used to be 500).
func TestHole11RedisOutageIs503(t *testing.T) {
	dir := t.TempDir()
	e := start(t, func(c *reference.Config) { c.DataDir = dir })
	_, _, _, access, _ := e.user("outage")
	e.srv.Close()
	fake := startFakeRedis(t)
	e.cfg.RedisURL = "redis://" + fake.ln.Addr().String() + "/0"
	e.cfg.Addr = "127.0.0.1:0"
	e.boot()
	fake.down()
	r := e.bearer(access).do("GET", "/api/v1/me", nil)
	expect(t, r, 503, "bearer request during a Redis outage")
	if r.header.Get("Retry-After") == "" {
		t.Fatal("503 without Retry-After")
	}
}

// cliMain runs `authcheck reference ARGS`.
func cliMain(args []string, stdout, stderr io.Writer) int { return cli.Main(args, stdout, stderr) }
