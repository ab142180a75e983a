package reference_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/reference"
)

func TestAuditLogAndActivity(t *testing.T) {
	e := start(t, func(c *reference.Config) { c.TrustedProxies = []string{"127.0.0.1/32"} })
	secrets := []string{}
	email, pw := "audit@example.org", "audit trail passphrase"
	e.register(email, pw)
	secrets = append(secrets, pw)
	c := e.client()
	c.password = pw
	c.headers["User-Agent"] = "audit-test-agent/1.0"
	c.headers["X-Forwarded-For"] = "198.51.100.10"
	expect(t, loginAttempt(c, email, "wrong guess passphrase"), 401, "failure")
	secrets = append(secrets, "wrong guess passphrase")
	r := loginAttempt(c, email, pw)
	expect(t, r, 200, "login")
	access, refreshTok := r.str(t, "accessToken"), r.str(t, "refreshToken")
	secrets = append(secrets, access, refreshTok, c.cookie)
	r = refresh(e, refreshTok)
	secrets = append(secrets, r.str(t, "accessToken"), r.str(t, "refreshToken"))
	r = createKey(t, c, map[string]any{"name": "k", "scopes": []string{"notes:read"}, "expiresIn": 600})
	key, keyID := r.str(t, "key"), r.str(t, "id")
	secrets = append(secrets, key)
	kc := e.bearer(key)
	kc.headers["X-Forwarded-For"] = "198.51.100.10"
	expect(t, kc.do("POST", "/api/v1/notes", map[string]string{"title": "x"}), 403, "denied")
	c.do("DELETE", "/api/v1/api-keys/"+keyID, nil)
	expect(t, c.do("POST", "/api/v1/me/password", map[string]string{"currentPassword": pw, "newPassword": "audit changed passphrase"}), 200, "change")
	secrets = append(secrets, "audit changed passphrase", c.cookie)
	// A login from a new address raises an alert (and mails the owner).
	c2 := e.client()
	c2.headers["X-Forwarded-For"] = "203.0.113.99"
	expect(t, loginAttempt(c2, email, "audit changed passphrase"), 200, "login from new IP")
	secrets = append(secrets, c2.cookie)
	expect(t, c.do("POST", "/api/v1/auth/logout", nil), 204, "logout")
	resetRequest(e, email)
	secrets = append(secrets, e.lastMail(email).Token)

	logs := e.logs.String()
	for _, s := range secrets {
		if s != "" && strings.Contains(logs, s) {
			t.Fatalf("log contains a secret (%.6s...)", s)
		}
	}
	if strings.Contains(dbDump(t, e.cfg.DataDir), pw) {
		t.Fatal("database contains a plaintext password")
	}
	seen := map[string]map[string]any{}
	sc := bufio.NewScanner(strings.NewReader(logs))
	for sc.Scan() {
		var line map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("log line is not JSON: %s", sc.Text())
		}
		if line["msg"] == "auth_event" {
			seen[fmt.Sprint(line["event"])] = line
		}
	}
	for _, kind := range []string{"register", "login_failure", "login_success", "token_refresh", "api_key_created",
		"permission_denied", "api_key_revoked", "password_change", "logout", "password_reset_requested"} {
		ev, ok := seen[kind]
		if !ok {
			t.Errorf("no %s event in the log", kind)
			continue
		}
		if ev["ip"] == "" || ev["ip"] == nil || ev["user_agent"] == nil {
			t.Errorf("%s event lacks ip/user agent: %v", kind, ev)
		}
	}
	if ev := seen["login_success"]; ev["ip"] != "203.0.113.99" && ev["ip"] != "198.51.100.10" {
		t.Errorf("login_success ip %v", ev["ip"])
	}
	if !strings.Contains(strings.Join(e.alertKinds(), ","), "new_ip_login") {
		t.Errorf("no new-IP alert: %v", e.alertKinds())
	}
	if m := e.mails(email); !strings.Contains(fmt.Sprint(m), "New sign-in") {
		t.Error("owner not mailed about the new sign-in")
	}

	// The recent-activity view shows the user's own events only.
	c3, _, _ := e.login(email, "audit changed passphrase")
	r = c3.do("GET", "/api/v1/me/activity", nil)
	expect(t, r, 200, "activity")
	var act struct {
		Events []struct{ Kind, IP, UserAgent string }
	}
	json.Unmarshal(r.body, &act)
	kinds := map[string]bool{}
	for _, ev := range act.Events {
		kinds[ev.Kind] = true
	}
	for _, k := range []string{"login_success", "login_failure", "password_change", "api_key_created"} {
		if !kinds[k] {
			t.Errorf("activity lacks %s: %s", k, r.body)
		}
	}
	other, _, _, _, _ := e.user("stranger")
	r = other.do("GET", "/api/v1/me/activity", nil)
	if strings.Contains(string(r.body), "198.51.100.10") {
		t.Fatal("activity shows another user's events")
	}
}
