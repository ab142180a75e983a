package reference_test

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

var apiKeyPattern = regexp.MustCompile(`^acr_[0-9A-Za-z]{49}$`)

// createKey creates an API key, re-authenticating with the password the
// client logged in with unless body names currentPassword.
func createKey(t *testing.T, c *client, body map[string]any) *resp {
	t.Helper()
	if _, ok := body["currentPassword"]; !ok && c.password != "" {
		body["currentPassword"] = c.password
	}
	return c.do("POST", "/api/v1/api-keys", body)
}

func TestAPIKeys(t *testing.T) {
	e := start(t, nil)
	c, _, pw, _, _ := e.user("keys")
	r := createKey(t, c, map[string]any{"name": "ci", "scopes": []string{"notes:read", "profile:read"}, "expiresIn": 3600})
	expect(t, r, 201, "create key")
	key, id := r.str(t, "key"), r.str(t, "id")
	if !apiKeyPattern.MatchString(key) || r.header.Get("Cache-Control") != "no-store" {
		t.Fatalf("key %q / cache %q", key, r.header.Get("Cache-Control"))
	}
	// Shown once: list and get never include it.
	for _, path := range []string{"/api/v1/api-keys", "/api/v1/api-keys/" + id} {
		r := c.do("GET", path, nil)
		expect(t, r, 200, path)
		if strings.Contains(string(r.body), key) || strings.Contains(string(r.body), `"key"`) {
			t.Fatalf("%s shows the key: %s", path, r.body)
		}
	}
	if strings.Contains(dbDump(t, e.cfg.DataDir), key) {
		t.Fatal("key stored in plaintext")
	}
	// Header forms work; the query string is ignored.
	kc := e.bearer(key)
	r = kc.do("GET", "/api/v1/me", nil)
	expect(t, r, 200, "Bearer key")
	if r.str(t, "authenticatedVia") != "api_key" {
		t.Fatalf("me via key: %s", r.body)
	}
	expect(t, e.client().do("GET", "/api/v1/me", nil, "X-API-Key: "+key), 200, "X-API-Key")
	expect(t, e.client().do("GET", "/api/v1/me?api_key="+key, nil), 401, "key in query string")
	expect(t, e.client().do("GET", "/api/v1/me?key="+key, nil), 401, "key in query string")
	// Last-used is tracked.
	r = c.do("GET", "/api/v1/api-keys/"+id, nil)
	if r.json(t)["lastUsedAt"] == nil {
		t.Fatalf("lastUsedAt not set: %s", r.body)
	}
	// Scopes: notes:read but not notes:write; keys never manage keys or passwords.
	expect(t, kc.do("GET", "/api/v1/notes", nil), 200, "scoped read")
	expect(t, kc.do("POST", "/api/v1/notes", map[string]string{"title": "x"}), 403, "write without scope")
	expect(t, kc.do("POST", "/api/v1/api-keys", map[string]any{"name": "k2", "scopes": []string{"notes:read"}, "expiresIn": 60}), 403, "key creating keys")
	expect(t, kc.do("POST", "/api/v1/me/password", map[string]string{"currentPassword": pw, "newPassword": "some new passphrase"}), 403, "key changing password")
	expect(t, kc.do("GET", "/api/v1/me/sessions", nil), 403, "key listing sessions")
	// Checksum: a one-character typo is refused.
	typo := []byte(key)
	typo[8] = map[bool]byte{true: 'b', false: 'a'}[typo[8] == 'a']
	expect(t, e.bearer(string(typo)).do("GET", "/api/v1/me", nil), 401, "key with typo")
	// Revocation is immediate.
	expect(t, c.do("DELETE", "/api/v1/api-keys/"+id, nil), 204, "revoke")
	expect(t, kc.do("GET", "/api/v1/me", nil), 401, "revoked key")
	if s := c.do("GET", "/api/v1/api-keys/"+id, nil).str(t, "status"); s != "revoked" {
		t.Fatalf("status after revoke: %s", s)
	}
	// Another user cannot see or revoke this user's keys.
	other, _, _, _, _ := e.user("otherkeys")
	expect(t, other.do("GET", "/api/v1/api-keys/"+id, nil), 404, "other's key")
	expect(t, other.do("DELETE", "/api/v1/api-keys/"+id, nil), 404, "revoke other's key")
}

func TestAPIKeyExpiryAndValidation(t *testing.T) {
	e := start(t, nil)
	c, _, _, _, _ := e.user("exp")
	for name, body := range map[string]map[string]any{
		"no expiry":     {"name": "x", "scopes": []string{"notes:read"}},
		"too long":      {"name": "x", "scopes": []string{"notes:read"}, "expiresIn": "9000h"},
		"unknown scope": {"name": "x", "scopes": []string{"root"}, "expiresIn": 60},
		"no scopes":     {"name": "x", "scopes": []string{}, "expiresIn": 60},
		"no name":       {"scopes": []string{"notes:read"}, "expiresIn": 60},
		"bad expiry":    {"name": "x", "scopes": []string{"notes:read"}, "expiresIn": "soon"},
	} {
		r := createKey(t, c, body)
		if r.status != 400 {
			t.Errorf("%s: %d %s", name, r.status, r.body)
		}
	}
	r := createKey(t, c, map[string]any{"name": "short", "scopes": "notes:read", "expiresIn": "2h"})
	expect(t, r, 201, "space-separated scopes, duration string")
	kc := e.bearer(r.str(t, "key"))
	expect(t, kc.do("GET", "/api/v1/notes", nil), 200, "fresh key")
	e.clock.Advance(2*time.Hour + time.Second)
	expect(t, kc.do("GET", "/api/v1/notes", nil), 401, "expired key")
}

func TestAdminKeysNeedAdminAndReauthentication(t *testing.T) {
	e := start(t, nil)
	e.register("root@example.org", "administrator passphrase")
	c, _, _, _, _ := e.user("plain")
	expect(t, createKey(t, c, map[string]any{"name": "a", "scopes": []string{"admin"}, "expiresIn": 60}), 403, "admin key for a non-admin")
	e.setRole("root@example.org", "admin")
	admin, _, _ := e.login("root@example.org", "administrator passphrase")
	expect(t, createKey(t, admin, map[string]any{"name": "a", "scopes": []string{"admin"}, "expiresIn": 60, "currentPassword": ""}), 400, "admin key without password")
	expect(t, createKey(t, admin, map[string]any{"name": "a", "scopes": []string{"admin"}, "expiresIn": 60, "currentPassword": "wrong password!"}), 403, "admin key with a wrong password")
	r := createKey(t, admin, map[string]any{"name": "a", "scopes": []string{"admin"}, "expiresIn": 60, "currentPassword": "administrator passphrase"})
	expect(t, r, 201, "admin key with re-authentication")
	// The admin key can lock accounts but not read notes.
	ak := e.bearer(r.str(t, "key"))
	expect(t, ak.do("GET", "/api/v1/notes", nil), 403, "admin key without notes scope")
	expect(t, ak.do("POST", "/api/v1/admin/lock-account", map[string]string{"email": "plain@example.org", "currentPassword": "administrator passphrase"}), 200, "lock with admin key")
}
