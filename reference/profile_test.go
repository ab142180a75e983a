package reference_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/reference"
)

func demoAccountsForTest() ([]profile.Account, error) {
	p, err := profile.Parse(reference.ProfileYAML)
	if err != nil {
		return nil, err
	}
	return p.Accounts, nil
}

// TestProfileDescribesTheServer loads reference/profile.yaml with the
// probes' loader and checks that every endpoint it names exists on a
// running server (answers something other than 404/405), that its demo
// accounts are seeded, and that the instance profile points at the
// instance.
func TestProfileDescribesTheServer(t *testing.T) {
	p, err := profile.Load("profile.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if p.BaseURL != "https://127.0.0.1:8443" || !strings.HasSuffix(p.CAPath(), "/.authcheck-data/ca.pem") {
		t.Fatalf("baseURL %q ca %q", p.BaseURL, p.CAPath())
	}
	var normal, burnable int
	for _, a := range p.Accounts {
		if a.Burnable {
			burnable++
		} else {
			normal++
		}
	}
	if normal < 2 || burnable < 1 || p.Session.Cookie != reference.SessionCookie || p.Tokens.APIKeyPrefix != "acr_" ||
		p.Tokens.MaxLifetime.Minutes() != 15 || p.Tokens.Issuer != reference.DefaultIssuer || p.Tokens.Audience != reference.DefaultAudience {
		t.Fatalf("profile accounts/session/tokens: %+v %+v %+v", p.Accounts, p.Session, p.Tokens)
	}

	e := start(t, func(c *reference.Config) { c.SeedDemo = true })
	// Demo accounts exist with the profile's passwords.
	var clients []*client
	for _, a := range p.Accounts {
		c, _, _ := e.login(a.Username, a.Password)
		clients = append(clients, c)
	}
	owner := clients[0]
	note := owner.do("POST", p.Endpoints.CreateResource.Path, p.Endpoints.CreateResource.Extra)
	expect(t, note, 201, "createResource")
	noteID := fmt.Sprint(note.json(t)[p.Endpoints.CreateResource.ResponseKey("id")])
	keyBody := map[string]any{p.Endpoints.APIKeys.Field("currentPassword"): p.Accounts[0].Password}
	for k, v := range p.Endpoints.APIKeys.Extra {
		keyBody[k] = v
	}
	key := owner.do("POST", p.Endpoints.APIKeys.Path, keyBody)
	expect(t, key, 201, "apiKeys with its extra fields")
	keyID := key.str(t, p.Endpoints.APIKeys.ResponseKey("id"))
	if !strings.HasPrefix(key.str(t, p.Endpoints.APIKeys.ResponseKey("apiKey")), p.Tokens.APIKeyPrefix) {
		t.Fatalf("apiKey response key: %s", key.body)
	}

	eps := map[string]*profile.Endpoint{
		"login": p.Endpoints.Login, "logout": p.Endpoints.Logout, "logoutAll": p.Endpoints.LogoutAll,
		"refresh": p.Endpoints.Refresh, "me": p.Endpoints.Me, "register": p.Endpoints.Register,
		"changePassword": p.Endpoints.ChangePass, "resetRequest": p.Endpoints.ResetRequest,
		"resetConfirm": p.Endpoints.ResetConfirm, "apiKeys": p.Endpoints.APIKeys, "apiKey": p.Endpoints.APIKey,
		"resource": p.Endpoints.Resource, "createResource": p.Endpoints.CreateResource,
		"stateChanging": p.Endpoints.StateChanging, "outbox": p.Outbox,
		"changeEmail": p.Endpoints.ChangeEmail, "lockAccount": p.Endpoints.LockAccount, "unlockAccount": p.Endpoints.UnlockAccount,
	}
	for name, ep := range eps {
		if ep == nil {
			t.Errorf("profile lacks %s", name)
			continue
		}
		path := ep.Path
		if name == "apiKey" {
			path = strings.ReplaceAll(path, "{id}", keyID)
		} else {
			path = strings.ReplaceAll(path, "{id}", noteID)
		}
		var body any
		if ep.Method != "GET" {
			body = map[string]any{}
		}
		// Logout-type endpoints go last so they do not end the owner's session.
		c := owner
		if name == "logout" || name == "logoutAll" {
			c, _, _ = e.login(p.Accounts[1].Username, p.Accounts[1].Password)
		}
		r := c.do(ep.Method, path, body)
		if r.status == 404 || r.status == 405 {
			t.Errorf("%s: %s %s answered %d: %s", name, ep.Method, path, r.status, r.body)
		}
	}
	for _, path := range []string{p.JWKS} {
		expect(t, e.client().do("GET", path, nil), 200, path)
	}
	// The demo administrator may lock accounts; the others may not.
	admin, ok := p.AdminAccount()
	if !ok {
		t.Fatal("profile.yaml has no admin account for the account-lock probe")
	}
	ac, _, _ := e.login(admin.Username, admin.Password)
	nobody := map[string]string{"email": "nobody-" + fmt.Sprint(len(p.Accounts)) + "@example.com"}
	expect(t, ac.do("POST", p.Endpoints.LockAccount.Path, nobody), 404, "lockAccount by the seeded admin")
	expect(t, owner.do("POST", p.Endpoints.LockAccount.Path, nobody), 403, "lockAccount by a user")

	// The instance profile names this instance.
	inst, err := profile.Parse(e.srv.Profile())
	if err != nil {
		t.Fatalf("instance profile: %v", err)
	}
	if inst.BaseURL != e.srv.URL() || inst.CA != e.srv.CAFile() || inst.Outbox == nil {
		t.Fatalf("instance profile: baseURL %q ca %q outbox %v", inst.BaseURL, inst.CA, inst.Outbox)
	}
	if _, err := profile.Load(e.srv.ProfilePath()); err != nil {
		t.Fatal(err)
	}
	// Without --dev-outbox there is no outbox, in the server or the profile.
	e2 := start(t, func(c *reference.Config) { c.DevOutbox = false })
	if inst, _ := profile.Parse(e2.srv.Profile()); inst.Outbox != nil {
		t.Fatal("outbox in the profile of a server without it")
	}
	expect(t, e2.client().do("GET", "/dev/outbox", nil), 404, "outbox without --dev-outbox")
}

func TestPersistenceAcrossRestart(t *testing.T) {
	e := start(t, nil)
	c, email, pw, _, _ := e.user("persist")
	r := createKey(t, c, map[string]any{"name": "k", "scopes": []string{"notes:read", "notes:write"}, "expiresIn": 3600})
	key := r.str(t, "key")
	note := c.do("POST", "/api/v1/notes", map[string]string{"title": "survives"})
	id := fmt.Sprint(note.json(t)["id"])
	cookie := c.cookie
	e.restart()
	c2 := e.client()
	c2.cookie = cookie
	expect(t, c2.do("GET", "/api/v1/me", nil), 200, "session after restart")
	expect(t, e.bearer(key).do("GET", "/api/v1/notes/"+id, nil), 200, "key and note after restart")
	e.login(email, pw)
}

// TestDevClock: with --dev-clock, POST /dev/clock moves the server's time,
// so a session past its idle timeout is refused; the profile names the
// endpoint. Without it there is no such route.
func TestDevClock(t *testing.T) {
	e := start(t, func(c *reference.Config) { c.DevClock = true })
	c, _, _, _, _ := e.user("clock")
	expect(t, c.do("GET", "/api/v1/me", nil), 200, "fresh session")
	expect(t, e.client().do("POST", "/dev/clock", map[string]string{"advance": "-5m"}), 400, "negative advance")
	expect(t, e.client().do("POST", "/dev/clock", map[string]string{"advance": "31m"}), 200, "advance past the idle timeout")
	expect(t, c.do("GET", "/api/v1/me", nil), 401, "session after 31 idle minutes")
	inst, err := profile.Parse(e.srv.Profile())
	if err != nil || inst.Clock == nil || inst.Clock.Path != "/dev/clock" {
		t.Fatalf("instance profile clock = %+v, %v", inst.Clock, err)
	}

	e2 := start(t, nil)
	expect(t, e2.client().do("POST", "/dev/clock", map[string]string{"advance": "31m"}), 404, "dev clock without --dev-clock")
	if inst, _ := profile.Parse(e2.srv.Profile()); inst.Clock != nil {
		t.Fatal("clock in the profile of a server without it")
	}
}
