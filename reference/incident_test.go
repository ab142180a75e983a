package reference_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/reference/cli"
)

// lockedOut checks that every credential of a locked account is refused.
func lockedOut(t *testing.T, e *env, c *client, access, refreshTok, key, email, pw string) {
	t.Helper()
	expect(t, c.do("GET", "/api/v1/me", nil), 401, "session after lock")
	expect(t, e.bearer(access).do("GET", "/api/v1/me", nil), 401, "access token after lock")
	expect(t, refresh(e, refreshTok), 401, "refresh token after lock")
	expect(t, e.bearer(key).do("GET", "/api/v1/me", nil), 401, "API key after lock")
	r := loginAttempt(e.client(), email, pw)
	expect(t, r, 401, "login after lock")
	// The same answer as a wrong password: a lock is not an oracle.
	if !strings.Contains(string(r.body), "invalid e-mail or password") {
		t.Fatalf("locked login body: %s", r.body)
	}
}

func TestLockAccountFromCLIWhileServing(t *testing.T) {
	e := start(t, nil)
	c, email, pw, access, refreshTok := e.user("incident")
	r := createKey(t, c, map[string]any{"name": "k", "scopes": []string{"profile:read"}, "expiresIn": 3600})
	key, keyID := r.str(t, "key"), r.str(t, "id")
	var out, errOut bytes.Buffer
	code := cli.Main([]string{"lock-account", "--data", e.cfg.DataDir, "--reason", "stolen laptop", email}, &out, &errOut)
	if code != 0 {
		t.Fatalf("lock-account exit %d: %s %s", code, out.String(), errOut.String())
	}
	if !strings.Contains(out.String(), "locked "+email) {
		t.Fatalf("lock-account output: %s", out.String())
	}
	lockedOut(t, e, c, access, refreshTok, key, email, pw)

	// A locked account gets no reset link; only an administrator unlocks,
	// and then the owner must reset the password before logging in.
	expect(t, resetRequest(e, email), 202, "reset request while locked")
	if n := len(resetMails(e, email)); n != 0 {
		t.Fatalf("%d reset mails for a locked account", n)
	}
	if code := cli.Main([]string{"unlock-account", "--data", e.cfg.DataDir, email}, &out, &errOut); code != 0 {
		t.Fatalf("unlock-account exit %d: %s", code, errOut.String())
	}
	expect(t, loginAttempt(e.client(), email, pw), 401, "login after unlock, before the reset")
	resetRequest(e, email)
	expect(t, resetConfirm(e, e.lastMail(email).Token, "post incident passphrase"), 200, "reset")
	// Flagged keys stay suspended until reviewed.
	c2, _, _ := e.login(email, "post incident passphrase")
	expect(t, e.bearer(key).do("GET", "/api/v1/me", nil), 401, "flagged key after unlock")
	if s := c2.do("GET", "/api/v1/api-keys/"+keyID, nil).str(t, "status"); s != "suspended_for_review" {
		t.Fatalf("key status %q", s)
	}
	expect(t, c2.do("POST", "/api/v1/api-keys/"+keyID+"/reinstate", map[string]string{"currentPassword": "wrong one here"}), 403, "reinstate with wrong password")
	expect(t, c2.do("POST", "/api/v1/api-keys/"+keyID+"/reinstate", map[string]string{"currentPassword": "post incident passphrase"}), 204, "reinstate")
	expect(t, e.bearer(key).do("GET", "/api/v1/me", nil), 200, "reinstated key")

	// Usage errors.
	for _, args := range [][]string{{"lock-account"}, {"lock-account", "--data", e.cfg.DataDir, "a@example.org", "b@example.org"}, {"lock-account", "--bogus"}} {
		if code := cli.Main(args, &out, &errOut); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code := cli.Main([]string{"lock-account", "--data", e.cfg.DataDir, "nobody@example.org"}, &out, &errOut); code != 3 {
		t.Errorf("unknown account: exit %d, want 3", code)
	}
	if code := cli.Main([]string{"lock-account", "--data", t.TempDir(), "a@example.org"}, &out, &errOut); code != 3 {
		t.Errorf("missing database: exit %d, want 3", code)
	}
}

func TestLockAccountByAdminEndpoint(t *testing.T) {
	e := start(t, nil)
	e.register("ops@example.org", "operations passphrase")
	c, email, pw, access, refreshTok := e.user("target")
	r := createKey(t, c, map[string]any{"name": "k", "scopes": []string{"profile:read"}, "expiresIn": 3600})
	key := r.str(t, "key")
	e.setRole("ops@example.org", "admin")
	admin, _, _ := e.login("ops@example.org", "operations passphrase")
	expect(t, admin.do("POST", "/api/v1/admin/lock-account", map[string]string{"email": "missing@example.org"}), 404, "unknown account")
	r = admin.do("POST", "/api/v1/admin/lock-account", map[string]string{"email": email, "reason": "credential stuffing", "currentPassword": "operations passphrase"})
	expect(t, r, 200, "lock")
	if r.json(t)["sessionsEnded"].(float64) < 1 {
		t.Fatalf("lock result %s", r.body)
	}
	lockedOut(t, e, c, access, refreshTok, key, email, pw)
	if m := e.lastMail(email); !strings.Contains(m.Subject, "locked") {
		t.Fatalf("owner not told: %+v", m)
	}
}
