package reference_test

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/audit"
)

// alertsOf returns the alerts of a kind passed to the hook so far.
func (e *env) alertsOf(kind string) []audit.Alert {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []audit.Alert
	for _, a := range e.alerts {
		if a.Kind == kind {
			out = append(out, a)
		}
	}
	return out
}

// checkAlert checks that exactly one alert of kind was raised (hook and
// events table), about account, from ip, with the user agent and a
// detail containing what.
func (e *env) checkAlert(kind, account, ip, ua, what string) audit.Alert {
	e.t.Helper()
	got := e.alertsOf(kind)
	if len(got) != 1 {
		e.t.Fatalf("%d %s alerts, want exactly 1: %+v", len(got), kind, got)
	}
	a := got[0]
	if a.Account != account || a.UserID == 0 || a.IP != ip || a.UserAgent != ua || !strings.Contains(a.Detail, what) {
		e.t.Fatalf("%s alert lacks context (want %s, %s, %q, %q): %+v", kind, account, ip, ua, what, a)
	}
	if n := countRows(e.t, e.cfg.DataDir, fmt.Sprintf("events WHERE kind = 'alert_%s' AND user_id = %d AND ip = '%s' AND user_agent = '%s'", kind, a.UserID, ip, ua)); n != 1 {
		e.t.Fatalf("%d stored %s alert events, want 1", n, kind)
	}
	return a
}

// mailsAbout counts mails to an address whose subject contains subject.
func (e *env) mailsAbout(to, subject string) int {
	n := 0
	for _, m := range e.mails(to) {
		if strings.Contains(m.Subject, subject) {
			n++
		}
	}
	return n
}

// withUA returns a client that sends a user agent and, when the server
// trusts loopback as a proxy, a client address.
func (e *env) withUA(ua, ip string) *client {
	c := e.client()
	c.headers["User-Agent"] = ua
	if ip != "" {
		c.headers["X-Forwarded-For"] = ip
	}
	return c
}

func proxied(c *reference.Config) { c.TrustedProxies = []string{"127.0.0.1/32"} }

// (a) Repeated failures for one account.
func TestAlertRepeatedFailures(t *testing.T) {
	e := start(t, proxied)
	email, pw := "target@example.org", "the target's own passphrase"
	e.register(email, pw)
	other := "normal@example.org"
	e.register(other, pw)
	// Normal: a few mistakes, then the right password.
	c := e.withUA("typo-agent/1", "198.51.100.1")
	for range 3 {
		expect(t, loginAttempt(c, other, "a mistyped passphrase"), 401, "typo")
	}
	expect(t, loginAttempt(c, other, pw), 200, "login")
	attacker := e.withUA("guesser/2", "203.0.113.5")
	for i := range 9 {
		expect(t, loginAttempt(attacker, email, fmt.Sprintf("guess number %d", i)), 401, "guess")
	}
	if got := e.alertsOf(audit.AlertFailedLoginBurst); len(got) != 0 {
		t.Fatalf("alert before the threshold: %+v", got)
	}
	for i := range 15 { // the 10th failure raises it; the rest do not again
		expect(t, loginAttempt(attacker, email, fmt.Sprintf("more guesses %d", i)), 401, "guess")
	}
	e.checkAlert(audit.AlertFailedLoginBurst, email, "203.0.113.5", "guesser/2", "10 failed logins in a row")
	if n := e.mailsAbout(email, "Failed sign-in attempts"); n != 1 {
		t.Fatalf("%d mails about failures, want 1", n)
	}
	if e.mailsAbout(other, "Failed sign-in") != 0 {
		t.Fatal("the normal account was alerted")
	}
}

// (b) A login from an address not seen for the account in 30 days.
func TestAlertNewAddress(t *testing.T) {
	e := start(t, proxied)
	email, pw := "roamer@example.org", "the roamer's own passphrase"
	e.register(email, pw)
	home := e.withUA("home-browser/1", "198.51.100.7")
	expect(t, loginAttempt(home, email, pw), 200, "first login") // the first login alerts nothing
	expect(t, loginAttempt(home, email, pw), 200, "again from home")
	if got := e.alertsOf(audit.AlertNewIPLogin); len(got) != 0 {
		t.Fatalf("alert for a known address: %+v", got)
	}
	away := e.withUA("hotel-browser/2", "203.0.113.80")
	expect(t, loginAttempt(away, email, pw), 200, "login from elsewhere")
	expect(t, loginAttempt(away, email, pw), 200, "again from elsewhere")
	e.checkAlert(audit.AlertNewIPLogin, email, "203.0.113.80", "hotel-browser/2", "not seen for this account in 30 days")
	if n := e.mailsAbout(email, "New sign-in"); n != 1 {
		t.Fatalf("%d new sign-in mails, want 1", n)
	}
	// Home, unused for 31 days, is new again; elsewhere, used 20 days
	// ago, is not.
	e.clock.Advance(11 * 24 * time.Hour)
	expect(t, loginAttempt(away, email, pw), 200, "elsewhere, 11 days on")
	e.clock.Advance(20 * 24 * time.Hour)
	expect(t, loginAttempt(away, email, pw), 200, "elsewhere, 31 days on")
	if n := len(e.alertsOf(audit.AlertNewIPLogin)); n != 1 {
		t.Fatalf("%d new-address alerts, want still 1", n)
	}
	expect(t, loginAttempt(home, email, pw), 200, "home after 31 days")
	if n := len(e.alertsOf(audit.AlertNewIPLogin)); n != 2 {
		t.Fatalf("%d new-address alerts after 31 days away from home, want 2", n)
	}
	// IPv6 by /64: a privacy address that changed within the network is
	// the same place.
	expect(t, loginAttempt(e.withUA("phone/1", "2001:db8:1:2::10"), email, pw), 200, "IPv6")
	expect(t, loginAttempt(e.withUA("phone/1", "2001:db8:1:2:a::99"), email, pw), 200, "IPv6, same /64")
	if n := len(e.alertsOf(audit.AlertNewIPLogin)); n != 3 {
		t.Fatalf("%d new-address alerts after two logins from one IPv6 /64, want 3", n)
	}
}

// (c) Tokens used after revocation: session cookie, access token, refresh
// token, API key; each raises one alert, and expired or unknown
// credentials raise none.
func TestAlertRevokedTokenUse(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) { testAlertRevokedTokenUse(t, b.configure(t)) })
	}
}

// withBackend is proxied plus a backend's configuration.
func withBackend(backend func(*reference.Config)) func(*reference.Config) {
	return func(c *reference.Config) {
		proxied(c)
		if backend != nil {
			backend(c)
		}
	}
}

func testAlertRevokedTokenUse(t *testing.T, backend func(*reference.Config)) {
	e := start(t, withBackend(backend))
	email, pw := "revoked@example.org", "the revoked user's passphrase"
	e.register(email, pw)
	login := func() (*client, string, string) {
		c := e.withUA("owner-browser/1", "198.51.100.9")
		r := loginAttempt(c, email, pw)
		expect(t, r, 200, "login")
		c.password = pw
		return c, r.str(t, "accessToken"), r.str(t, "refreshToken")
	}
	thief := func() *client { return e.withUA("thief/3", "203.0.113.66") }

	// Normal: garbage and unknown credentials.
	g := thief()
	g.cookie = "not-a-session"
	expect(t, g.do("GET", "/api/v1/me", nil), 401, "unknown cookie")
	expect(t, thief().do("GET", "/api/v1/me", nil, "Authorization: Bearer not.a.token"), 401, "garbage token")
	expect(t, thief().do("POST", "/api/v1/auth/refresh", map[string]string{"refreshToken": "unknown"}), 401, "unknown refresh token")
	// Normal: a session that expired (idle) is not a revocation.
	idle, _, _ := login()
	e.clock.Advance(31 * time.Minute)
	replay := thief()
	replay.cookie = idle.cookie
	expect(t, replay.do("GET", "/api/v1/me", nil), 401, "idle-expired cookie")
	expect(t, replay.do("GET", "/api/v1/me", nil), 401, "idle-expired cookie again")
	if got := e.alertsOf(audit.AlertRevokedToken); len(got) != 0 {
		t.Fatalf("alerts for unknown or expired credentials: %+v", got)
	}

	// A session cookie after logout, twice: one alert.
	c, _, _ := login()
	saved := c.cookie
	expect(t, c.do("POST", "/api/v1/auth/logout", nil), 204, "logout")
	stolen := thief()
	stolen.cookie = saved
	expect(t, stolen.do("GET", "/api/v1/me", nil), 401, "cookie after logout")
	expect(t, stolen.do("GET", "/api/v1/notes", nil), 401, "cookie after logout, again")
	e.checkAlert(audit.AlertRevokedToken, email, "203.0.113.66", "thief/3", "session cookie used after the session was signed out")

	// An access token after its session was revoked.
	c, access, _ := login()
	expect(t, c.do("POST", "/api/v1/auth/logout", nil), 204, "logout")
	expect(t, thief().do("GET", "/api/v1/me", nil, "Authorization: Bearer "+access), 401, "access token after logout")
	expect(t, thief().do("GET", "/api/v1/me", nil, "Authorization: Bearer "+access), 401, "access token after logout, again")
	if got := e.alertsOf(audit.AlertRevokedToken); len(got) != 2 || !strings.Contains(got[1].Detail, "access token") {
		t.Fatalf("access token after revocation: %+v", got)
	}

	// A refresh token after its session was revoked.
	c, _, refreshTok := login()
	expect(t, c.do("POST", "/api/v1/auth/logout", nil), 204, "logout")
	for range 2 {
		expect(t, thief().do("POST", "/api/v1/auth/refresh", map[string]string{"refreshToken": refreshTok}), 401, "refresh after logout")
	}
	if got := e.alertsOf(audit.AlertRevokedToken); len(got) != 3 || !strings.Contains(got[2].Detail, "refresh token") {
		t.Fatalf("refresh token after revocation: %+v", got)
	}

	// An API key after it was revoked.
	c, _, _ = login()
	r := createKey(t, c, map[string]any{"name": "ci", "scopes": []string{"notes:read"}, "expiresIn": 3600})
	expect(t, r, 201, "create key")
	key, id := r.str(t, "key"), r.str(t, "id")
	expect(t, thief().do("GET", "/api/v1/notes", nil, "Authorization: Bearer "+key), 200, "live key")
	expect(t, c.do("DELETE", "/api/v1/api-keys/"+id, nil), 204, "revoke key")
	for range 2 {
		expect(t, thief().do("GET", "/api/v1/notes", nil, "X-API-Key: "+key), 401, "revoked key")
	}
	got := e.alertsOf(audit.AlertRevokedToken)
	if len(got) != 4 || !strings.Contains(got[3].Detail, "API key") || !strings.Contains(got[3].Detail, "revoked") {
		t.Fatalf("API key after revocation: %+v", got)
	}
	for _, a := range got {
		if a.Account != email || a.IP != "203.0.113.66" || a.UserAgent != "thief/3" {
			t.Fatalf("alert without context: %+v", a)
		}
	}
	if n := countRows(t, e.cfg.DataDir, "events WHERE kind = 'alert_revoked_token_use'"); n != 4 {
		t.Fatalf("%d stored alerts, want 4", n)
	}
}

// (d) An API key used at ten times its normal rate.
// (The per-minute count is the rate limiter's: in Redis, shared by
// replicas.)
func TestAlertAPIKeyRate(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) { testAlertAPIKeyRate(t, b.configure(t)) })
	}
}

func testAlertAPIKeyRate(t *testing.T, backend func(*reference.Config)) {
	e := start(t, withBackend(backend))
	c, email, _, _, _ := e.user("busykey")
	r := createKey(t, c, map[string]any{"name": "sync job", "scopes": []string{"notes:read"}, "expiresIn": 86400})
	expect(t, r, 201, "create key")
	job := e.withUA("sync-job/1", "198.51.100.20")
	job.bearer = r.str(t, "key")
	use := func(n int) {
		t.Helper()
		for range n {
			expect(t, job.do("GET", "/api/v1/notes", nil), 200, "key use")
		}
	}
	// Three clock hours of normal use: 2 requests a minute (a normal rate
	// of 2 per minute, so the alert is at 20 in one minute).
	now := e.clock.Now()
	e.clock.Advance(now.Truncate(time.Hour).Add(time.Hour).Sub(now))
	for range 3 * 60 {
		use(2)
		e.clock.Advance(time.Minute)
	}
	e.clock.Advance(time.Hour) // a quiet hour; the next one starts fresh
	// 15 in a minute (7.5 times normal): no alert.
	use(15)
	if got := e.alertsOf(audit.AlertAPIKeyRate); len(got) != 0 {
		t.Fatalf("alert below ten times the normal rate: %+v", got)
	}
	// 15 more in the same minute: past 20, one alert however many follow.
	use(15)
	a := e.checkAlert(audit.AlertAPIKeyRate, email, "198.51.100.20", "sync-job/1", "used 20 times within a minute")
	if !strings.Contains(a.Detail, "normal rate is 2.0 per minute") {
		t.Fatalf("detail: %q", a.Detail)
	}
	if n := e.mailsAbout(email, "API keys is being used unusually fast"); n != 1 {
		t.Fatalf("%d mails, want 1", n)
	}
}

// (e) Password and e-mail changes: the owner is told at once, the old
// address for an e-mail change.
func TestAlertPasswordAndEmailChange(t *testing.T) {
	e := start(t, proxied)
	c, email, pw, _, _ := e.user("changer")
	c.headers["User-Agent"], c.headers["X-Forwarded-For"] = "settings-page/1", "198.51.100.30"
	// Normal activity raises neither.
	expect(t, c.do("GET", "/api/v1/me", nil), 200, "me")
	if n := len(e.alertsOf(audit.AlertPasswordChanged)) + len(e.alertsOf(audit.AlertEmailChanged)); n != 0 {
		t.Fatalf("%d change alerts without a change", n)
	}
	newPw := "a brand new passphrase for changer"
	expect(t, c.do("POST", "/api/v1/me/password", map[string]string{"currentPassword": pw, "newPassword": newPw}), 200, "change password")
	e.checkAlert(audit.AlertPasswordChanged, email, "198.51.100.30", "settings-page/1", "password changed")
	if n := e.mailsAbout(email, "Your password was changed"); n != 1 {
		t.Fatalf("%d password-change mails, want 1", n)
	}
	if m := e.lastMail(email); !strings.Contains(m.Body, "198.51.100.30") || !strings.Contains(m.Body, "settings-page/1") {
		t.Fatalf("mail lacks context: %s", m.Body)
	}

	expect(t, c.do("POST", "/api/v1/me/email", map[string]string{"currentPassword": newPw, "newEmail": "changer-new@example.org"}), 202, "change e-mail")
	opener := e.withUA("mail-client/2", "198.51.100.31")
	expect(t, opener.do("POST", "/api/v1/auth/confirm-email", map[string]string{"token": e.lastMail("changer-new@example.org").Token}), 200, "confirm")
	e.checkAlert(audit.AlertEmailChanged, email, "198.51.100.31", "mail-client/2", "e-mail address changed")
	if n := e.mailsAbout(email, "Your e-mail address was changed"); n != 1 {
		t.Fatalf("%d mails to the old address, want 1", n)
	}
	if n := e.mailsAbout("changer-new@example.org", "Your e-mail address was changed"); n != 0 {
		t.Fatal("the notice went to the new address instead of the old one")
	}
}

// untilHour advances the fake clock to the next time it is hh:mm UTC.
func (e *env) untilHour(hh, mm int) {
	now := e.clock.Now().UTC()
	next := time.Date(now.Year(), now.Month(), now.Day(), hh, mm, 0, 0, time.UTC)
	if !next.After(now) {
		next = next.Add(24 * time.Hour)
	}
	e.clock.Advance(next.Sub(now))
}

// (f) An administrator login at an unusual hour: learned from the
// administrator's own logins over 30 days.
func TestAlertAdminUnusualHourLearned(t *testing.T) {
	e := start(t, proxied)
	admin, pw := "admin@example.org", "the administrator's passphrase"
	e.register(admin, pw)
	e.setRole(admin, "admin")
	user := "night-owl@example.org"
	e.register(user, pw)
	c := e.withUA("admin-browser/1", "198.51.100.40")
	for range 5 { // office hours, five days
		e.untilHour(10, 0)
		expect(t, loginAttempt(c, admin, pw), 200, "daytime admin login")
		expect(t, loginAttempt(c, user, pw), 200, "daytime user login")
	}
	e.untilHour(11, 30) // within an hour of the usual time: normal
	expect(t, loginAttempt(c, admin, pw), 200, "admin login at 11:30")
	if got := e.alertsOf(audit.AlertAdminHour); len(got) != 0 {
		t.Fatalf("alert at a usual hour: %+v", got)
	}
	e.untilHour(3, 0)
	expect(t, loginAttempt(c, user, pw), 200, "user at 03:00") // not an administrator
	expect(t, loginAttempt(c, admin, pw), 200, "admin at 03:00")
	e.clock.Advance(5 * time.Minute)
	expect(t, loginAttempt(c, admin, pw), 200, "admin at 03:05")
	e.checkAlert(audit.AlertAdminHour, admin, "198.51.100.40", "admin-browser/1", "login at 03:00 UTC")
	if n := e.mailsAbout(admin, "unusual hour"); n != 1 {
		t.Fatalf("%d mails, want 1", n)
	}
}

// (f) With a configured window, outside it is unusual from the first login.
func TestAlertAdminUnusualHourConfigured(t *testing.T) {
	e := start(t, func(c *reference.Config) { proxied(c); c.Alerts.AdminHours = "08-18" })
	admin, pw := "ops@example.org", "the operator's passphrase here"
	e.register(admin, pw)
	e.setRole(admin, "admin")
	c := e.withUA("ops-browser/1", "198.51.100.50")
	e.untilHour(9, 0)
	expect(t, loginAttempt(c, admin, pw), 200, "09:00")
	e.untilHour(17, 59)
	expect(t, loginAttempt(c, admin, pw), 200, "17:59")
	if got := e.alertsOf(audit.AlertAdminHour); len(got) != 0 {
		t.Fatalf("alert inside the window: %+v", got)
	}
	e.untilHour(18, 0)
	expect(t, loginAttempt(c, admin, pw), 200, "18:00")
	e.checkAlert(audit.AlertAdminHour, admin, "198.51.100.50", "ops-browser/1", "outside the administrators' hours 08:00-18:00 UTC")

	for _, bad := range []string{"8", "25-03", "x-y", "10-10"} {
		cfg := testConfig(t, t.TempDir())
		cfg.Alerts.AdminHours = bad
		if srv, err := reference.Start(t.Context(), cfg); err == nil {
			srv.Close()
			t.Errorf("AdminHours %q accepted", bad)
		}
	}
}

// breach writes a range file that lists pw as breached into dir.
func breach(t *testing.T, dir, pw string) {
	t.Helper()
	sum := sha1.Sum([]byte(pw))
	d := strings.ToUpper(hex.EncodeToString(sum[:]))
	if err := os.WriteFile(filepath.Join(dir, d[:5]+".txt"), []byte(d[5:]+":42\n"), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestBreachedPasswordAtLoginForcesChange: a password that became known
// breached after registration still logs in, but the session can do
// nothing but change it (403 password_change_required), with the event
// logged; after the change everything works again.
func TestBreachedPasswordAtLoginForcesChange(t *testing.T) {
	dir := t.TempDir()
	e := start(t, func(c *reference.Config) { c.Breached.Dir = dir })
	email, pw := "leaked@example.org", "a passphrase that leaks later"
	e.register(email, pw)
	// Normal: a password not (yet) breached logs in unrestricted.
	earlier, _, _ := e.login(email, pw)
	c := e.client()
	r := c.do("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": pw})
	expect(t, r, 200, "login")
	if _, ok := r.json(t)["passwordChangeRequired"]; ok {
		t.Fatalf("clean password flagged: %s", r.body)
	}
	expect(t, c.do("GET", "/api/v1/me", nil), 200, "me")

	breach(t, dir, pw)
	r = c.do("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": pw})
	expect(t, r, 200, "login with a breached password")
	if r.json(t)["passwordChangeRequired"] != true {
		t.Fatalf("no passwordChangeRequired: %s", r.body)
	}
	access := r.str(t, "accessToken")
	if !strings.Contains(e.logs.String(), `"event":"password_breached_at_login"`) {
		t.Fatal("no breached-at-login event in the log")
	}
	if n := countRows(t, e.cfg.DataDir, "events WHERE kind = 'password_breached_at_login'"); n != 1 {
		t.Fatalf("%d stored breached-at-login events", n)
	}
	for _, req := range []struct{ method, path string }{
		{"GET", "/api/v1/me"}, {"GET", "/api/v1/notes"}, {"GET", "/api/v1/api-keys"}, {"GET", "/api/v1/me/activity"},
		{"POST", "/api/v1/me/email"}, {"GET", "/api/v1/me/sessions"},
	} {
		var body any
		if req.method == "POST" {
			body = map[string]string{"currentPassword": pw, "newEmail": "x@example.org"}
		}
		for _, cl := range []*client{c, e.bearer(access)} {
			r := cl.do(req.method, req.path, body)
			if r.status != 403 || r.str(t, "error") != "password_change_required" {
				t.Fatalf("%s %s with a breached password: %d %s", req.method, req.path, r.status, r.body)
			}
		}
	}
	// A session started before is held to the change too.
	if r := earlier.do("GET", "/api/v1/notes", nil); r.status != 403 || r.str(t, "error") != "password_change_required" {
		t.Fatalf("earlier session: %d %s", r.status, r.body)
	}
	// Ending the session stays possible.
	expect(t, earlier.do("POST", "/api/v1/auth/logout", nil), 204, "logout while restricted")
	// Bad input on the change endpoint: JSON errors, nothing changed.
	expect(t, c.do("POST", "/api/v1/me/password", []byte("{\"currentPassword\":\"\xff\xfe\"}")), 400, "non-UTF-8 body")
	expect(t, c.do("POST", "/api/v1/me/password", strings.Repeat("x", 64<<10)), 413, "oversized body")
	// The new password must not be breached either.
	breach(t, dir, "another leaked passphrase")
	r = c.do("POST", "/api/v1/me/password", map[string]string{"currentPassword": pw, "newPassword": "another leaked passphrase"})
	expect(t, r, 400, "change to a breached password")
	newPw := "a fresh passphrase nobody leaked"
	expect(t, c.do("POST", "/api/v1/me/password", map[string]string{"currentPassword": pw, "newPassword": newPw}), 200, "change")
	expect(t, c.do("GET", "/api/v1/me", nil), 200, "me after the change")
	r = loginAttempt(e.client(), email, newPw)
	expect(t, r, 200, "login with the new password")
	if _, ok := r.json(t)["passwordChangeRequired"]; ok {
		t.Fatalf("new password flagged: %s", r.body)
	}
	// Bad input at login: JSON errors with the right status.
	for _, bad := range []struct {
		body   any
		status int
		code   string
	}{
		{[]byte("{\"email\":\"leaked@example.org\",\"password\":\"\xc3\x28\"}"), 400, "invalid_utf8"},
		{`{"email":"leaked@example.org","password":"` + strings.Repeat("p", 20<<10) + `"}`, 413, "body_too_large"},
	} {
		r := e.client().do("POST", "/api/v1/auth/login", bad.body)
		if r.status != bad.status || r.str(t, "error") != bad.code {
			t.Fatalf("bad login body: %d %s", r.status, r.body)
		}
	}
}

// TestAlertOnceAcrossReplicas: two servers on one database and one Redis
// receive 20 concurrent uses of one revoked cookie; the alert is raised
// (stored, hooked) exactly once between them.
func TestAlertOnceAcrossReplicas(t *testing.T) {
	url := backends()[1].configure(t)
	shared := t.TempDir()
	a := start(t, func(c *reference.Config) { c.DataDir = shared; url(c) })
	b := start(t, func(c *reference.Config) { c.DataDir, c.DatabaseURL = shared, a.cfg.DatabaseURL; url(c) })
	a.register("replicated@example.org", "a replicated passphrase")
	c, _, _ := a.login("replicated@example.org", "a replicated passphrase")
	saved := c.cookie
	expect(t, c.do("POST", "/api/v1/auth/logout", nil), 204, "logout")
	ca, cb := a.client(), b.client()
	ca.cookie, cb.cookie = saved, saved
	rs := parallel(t, 20, func(i int) (*resp, error) {
		if i%2 == 0 {
			return ca.try("GET", "/api/v1/me", nil)
		}
		return cb.try("GET", "/api/v1/me", nil)
	})
	for _, r := range rs {
		expect(t, r, 401, "revoked cookie")
	}
	if n := len(a.alertsOf(audit.AlertRevokedToken)) + len(b.alertsOf(audit.AlertRevokedToken)); n != 1 {
		t.Fatalf("%d alerts across the replicas, want 1", n)
	}
	if n := countRows(t, shared, "events WHERE kind = 'alert_revoked_token_use'"); n != 1 {
		t.Fatalf("%d stored alerts, want 1", n)
	}
}
