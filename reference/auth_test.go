package reference_test

import (
	"bytes"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/password"
)

func TestDefaultConfigUsesRealArgon2(t *testing.T) {
	if password.DefaultParams.MemoryKiB < 19*1024 || password.DefaultParams.Time < 2 {
		t.Fatalf("default argon2id %+v is below m=19 MiB t=2", password.DefaultParams)
	}
	// One real-parameter server start (dummy hash + one registration and
	// login) to show the default path works end to end.
	e := start(t, func(c *reference.Config) { c.Argon2 = password.Params{} })
	e.register("real@example.org", "real parameters passphrase")
	e.login("real@example.org", "real parameters passphrase")
}

func TestRegisterLoginMe(t *testing.T) {
	e := start(t, nil)
	c, email, _, access, refresh := e.user("alice")
	if access == "" || refresh == "" || c.cookie == "" {
		t.Fatalf("login handed out access=%v refresh=%v cookie=%v", access != "", refresh != "", c.cookie != "")
	}
	for name, cl := range map[string]*client{"cookie": c, "bearer": e.bearer(access)} {
		r := cl.do("GET", "/api/v1/me", nil)
		expect(t, r, 200, "me via "+name)
		if r.str(t, "email") != email {
			t.Fatalf("me via %s: %s", name, r.body)
		}
	}
	// Registration answers the same for a taken address, and tells its owner.
	first := e.client().do("POST", "/api/v1/auth/register", map[string]string{"email": "new@example.org", "password": "another fine passphrase"})
	again := e.client().do("POST", "/api/v1/auth/register", map[string]string{"email": email, "password": "another fine passphrase"})
	if first.status != again.status || !bytes.Equal(first.body, again.body) {
		t.Fatalf("register differs for a taken address: %d %s vs %d %s", first.status, first.body, again.status, again.body)
	}
	if m := e.lastMail(email); !strings.Contains(m.Subject, "register") {
		t.Fatalf("owner of the taken address not told: %+v", m)
	}
}

func TestPasswordRules(t *testing.T) {
	e := start(t, nil)
	c := e.client()
	reg := func(email, pw string) *resp {
		return c.do("POST", "/api/v1/auth/register", map[string]string{"email": email, "password": pw})
	}
	expect(t, reg("short@example.org", "seven77"), 400, "7 characters")
	expect(t, reg("eight@example.org", "eight888"), 202, "8 characters, no composition")
	long := strings.Repeat("correct horse battery staple ", 5) // 145 characters with spaces
	expect(t, reg("long@example.org", long), 202, "long passphrase")
	e.confirmEmail(e.lastMail("long@example.org").Token)
	e.login("long@example.org", long)
	// No truncation: a prefix of the long passphrase is a different password.
	r := e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": "long@example.org", "password": long[:72]})
	expect(t, r, 401, "truncated passphrase")
	for _, breached := range []string{"password123", "P@ssw0rd", "qwertyuiop", "iloveyou1"} {
		r := reg("b@example.org", breached)
		expect(t, r, 400, "breached "+breached)
		if !strings.Contains(r.str(t, "message"), "breached") {
			t.Fatalf("breached refusal does not say why: %s", r.body)
		}
	}
	// The breached check also guards change and reset.
	u, email, pw, _, _ := e.user("changer")
	expect(t, u.do("POST", "/api/v1/me/password", map[string]string{"currentPassword": pw, "newPassword": "password1"}), 400, "change to breached")
	e.client().do("POST", "/api/v1/auth/password-reset/request", map[string]string{"email": email})
	tok := e.lastMail(email).Token
	expect(t, e.client().do("POST", "/api/v1/auth/password-reset/confirm", map[string]string{"token": tok, "newPassword": "letmein123"}), 400, "reset to breached")
	// The token survives a refused password: it is consumed only on success.
	expect(t, e.client().do("POST", "/api/v1/auth/password-reset/confirm", map[string]string{"token": tok, "newPassword": "a strong new passphrase"}), 200, "reset")
}

func TestLoginDoesNotRevealAccounts(t *testing.T) {
	e := start(t, nil)
	_, email, _, _, _ := e.user("known")
	wrong := e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": "not the password"})
	unknown := e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": "nobody@example.org", "password": "not the password"})
	if wrong.status != 401 || unknown.status != 401 || !bytes.Equal(wrong.body, unknown.body) {
		t.Fatalf("wrong password %d %s vs unknown user %d %s", wrong.status, wrong.body, unknown.status, unknown.body)
	}
	for _, h := range []string{"Set-Cookie", "WWW-Authenticate", "Content-Type"} {
		if wrong.header.Get(h) != unknown.header.Get(h) {
			t.Errorf("header %s differs: %q vs %q", h, wrong.header.Get(h), unknown.header.Get(h))
		}
	}
}

func TestSessionCookieAttributes(t *testing.T) {
	e := start(t, nil)
	e.register("c@example.org", "cookie test passphrase")
	r := e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": "c@example.org", "password": "cookie test passphrase"})
	expect(t, r, 200, "login")
	c := r.cookie(reference.SessionCookie)
	if c == nil {
		t.Fatal("no session cookie")
	}
	if !strings.HasPrefix(c.Name, "__Host-") || !c.HttpOnly || !c.Secure || c.SameSite != http.SameSiteStrictMode || c.Path != "/" || c.Domain != "" {
		t.Fatalf("cookie attributes: %+v", c)
	}
	if len(c.Value) < 43 {
		t.Fatalf("session ID too short: %d characters", len(c.Value))
	}
	if cc := r.header.Get("Cache-Control"); cc != "no-store" {
		t.Fatalf("token response Cache-Control %q", cc)
	}
}

func TestSessionRegeneratedOnLoginAndPrivilegeChange(t *testing.T) {
	e := start(t, nil)
	c, email, pw, _, _ := e.user("fix")
	before := c.cookie
	// Logging in again with the old cookie present yields a new ID and
	// ends the old session (no fixation).
	r := c.do("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": pw})
	expect(t, r, 200, "re-login")
	if c.cookie == before || c.cookie == "" {
		t.Fatal("session ID not regenerated on login")
	}
	old := e.client()
	old.cookie = before
	expect(t, old.do("GET", "/api/v1/me", nil), 401, "pre-login session")
	// Password change: new ID for the caller, old one dead.
	before = c.cookie
	r = c.do("POST", "/api/v1/me/password", map[string]string{"currentPassword": pw, "newPassword": "a brand new passphrase"})
	expect(t, r, 200, "change password")
	if c.cookie == before {
		t.Fatal("session ID not regenerated on password change")
	}
	old.cookie = before
	expect(t, old.do("GET", "/api/v1/me", nil), 401, "session before password change")
	expect(t, c.do("GET", "/api/v1/me", nil), 200, "new session")
}

func TestSessionExpiry(t *testing.T) {
	e := start(t, func(c *reference.Config) {
		c.SessionIdle = 30 * time.Minute
		c.SessionAbsolute = 2 * time.Hour
	})
	c, _, _, _, _ := e.user("exp")
	// Activity every 20 minutes keeps the session alive...
	for range 5 {
		e.clock.Advance(20 * time.Minute)
		expect(t, c.do("GET", "/api/v1/me", nil), 200, "active session")
	}
	// ...until the absolute lifetime (100 min so far; 2 h limit).
	e.clock.Advance(21 * time.Minute)
	expect(t, c.do("GET", "/api/v1/me", nil), 401, "past absolute lifetime")

	c2, _, _, _, refresh := e.user("idle")
	e.clock.Advance(31 * time.Minute)
	expect(t, c2.do("GET", "/api/v1/me", nil), 401, "idle session")
	expect(t, e.client().do("POST", "/api/v1/auth/refresh", map[string]string{"refreshToken": refresh}), 401, "refresh of an idle-expired session")
}

func TestLogoutEndsSessionOnServer(t *testing.T) {
	e := start(t, nil)
	c, _, _, access, refresh := e.user("bye")
	saved := c.cookie
	r := c.do("POST", "/api/v1/auth/logout", nil)
	expect(t, r, 204, "logout")
	if sc := r.cookie(reference.SessionCookie); sc == nil || sc.MaxAge >= 0 {
		t.Fatal("logout does not clear the cookie")
	}
	replay := e.client()
	replay.cookie = saved
	expect(t, replay.do("GET", "/api/v1/me", nil), 401, "old cookie after logout")
	expect(t, e.bearer(access).do("GET", "/api/v1/me", nil), 401, "access token after logout")
	expect(t, e.client().do("POST", "/api/v1/auth/refresh", map[string]string{"refreshToken": refresh}), 401, "refresh after logout")
}

func TestListAndRevokeOwnSessions(t *testing.T) {
	e := start(t, nil)
	laptop, email, pw, _, _ := e.user("multi")
	phone, _, _ := e.login(email, pw)
	r := laptop.do("GET", "/api/v1/me/sessions", nil)
	expect(t, r, 200, "list sessions")
	sessions := r.json(t)["sessions"].([]any)
	if len(sessions) != 2 {
		t.Fatalf("want 2 sessions, got %s", r.body)
	}
	var phoneID string
	for _, s := range sessions {
		m := s.(map[string]any)
		if m["current"] == false {
			phoneID = m["id"].(string)
		}
		if m["ip"] != "127.0.0.1" || m["userAgent"] == "" {
			t.Fatalf("session lacks ip/user agent: %v", m)
		}
	}
	other, _, _, _, _ := e.user("other")
	expect(t, other.do("DELETE", "/api/v1/me/sessions/"+phoneID, nil), 404, "revoke someone else's session")
	expect(t, phone.do("GET", "/api/v1/me", nil), 200, "phone still signed in")
	expect(t, laptop.do("DELETE", "/api/v1/me/sessions/"+phoneID, nil), 204, "revoke phone")
	expect(t, phone.do("GET", "/api/v1/me", nil), 401, "revoked phone session")
	expect(t, laptop.do("GET", "/api/v1/me", nil), 200, "laptop unaffected")
}

func TestRehashOnLoginWhenParametersRise(t *testing.T) {
	e := start(t, nil)
	e.register("re@example.org", "rehash me passphrase")
	if err := e.srv.Close(); err != nil {
		t.Fatal(err)
	}
	e.cfg.Argon2 = password.Params{MemoryKiB: 128, Time: 2, Threads: 1}
	e.cfg.Addr = "127.0.0.1:0"
	e.boot()
	e.login("re@example.org", "rehash me passphrase")
	e.login("re@example.org", "rehash me passphrase")
	if !strings.Contains(dbDump(t, e.cfg.DataDir), "$argon2id$v=19$m=128,t=2,p=1$") {
		t.Fatal("hash not upgraded to the new parameters after login")
	}
}

func TestPasswordChangeRevokesEverythingAndNotifies(t *testing.T) {
	e := start(t, nil)
	c, email, pw, access, refresh := e.user("chg")
	other, _, _ := e.login(email, pw)
	expect(t, c.do("POST", "/api/v1/me/password", map[string]string{"currentPassword": "wrong wrong wrong", "newPassword": "a brand new passphrase"}), 403, "wrong current password")
	expect(t, c.do("POST", "/api/v1/me/password", map[string]string{"newPassword": "a brand new passphrase"}), 400, "missing current password")
	r := c.do("POST", "/api/v1/me/password", map[string]string{"currentPassword": pw, "newPassword": "a brand new passphrase"})
	expect(t, r, 200, "change")
	if r.str(t, "accessToken") == "" || r.header.Get("Cache-Control") != "no-store" {
		t.Fatalf("change password response: %s %v", r.body, r.header)
	}
	expect(t, other.do("GET", "/api/v1/me", nil), 401, "other session")
	expect(t, e.bearer(access).do("GET", "/api/v1/me", nil), 401, "old access token")
	expect(t, e.client().do("POST", "/api/v1/auth/refresh", map[string]string{"refreshToken": refresh}), 401, "old refresh token")
	if m := e.lastMail(email); !strings.Contains(m.Subject, "changed") {
		t.Fatalf("no change notice: %+v", m)
	}
	expect(t, e.client().do("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": pw}), 401, "old password")
	e.login(email, "a brand new passphrase")
	// E-mail change needs the password too.
	expect(t, c.do("POST", "/api/v1/me/email", map[string]string{"newEmail": "x@example.org"}), 400, "email change without password")
	expect(t, c.do("POST", "/api/v1/me/email", map[string]string{"newEmail": "x@example.org", "currentPassword": "a brand new passphrase"}), 202, "email change")
	e.confirmEmail(e.lastMail("x@example.org").Token)
	if m := e.lastMail(email); !strings.Contains(m.Subject, "e-mail address") {
		t.Fatalf("old address not told: %+v", m)
	}
}
