package profile

import (
	"strings"
	"testing"
)

func TestParseValid(t *testing.T) {
	p, err := Parse([]byte(`
baseURL: https://127.0.0.1:8443
ca: data/ca.pem
endpoints:
  login: {method: post, path: /api/login, fields: {username: email}}
  me: {method: GET, path: /api/me}
session: {cookie: __Host-session, idleTimeout: 30m}
accounts:
  - {username: alice@example.test, password: "correct horse battery staple"}
`))
	if err != nil {
		t.Fatal(err)
	}
	if p.Endpoints.Login.Method != "POST" || p.Endpoints.Login.Body != "json" {
		t.Errorf("login endpoint not normalised: %+v", p.Endpoints.Login)
	}
	if got := p.Endpoints.Login.Field("username"); got != "email" {
		t.Errorf("Field(username) = %q", got)
	}
	if got := p.Endpoints.Login.Field("password"); got != "password" {
		t.Errorf("Field(password) = %q", got)
	}
	if p.Session.IdleTimeout.Minutes() != 30 {
		t.Errorf("idleTimeout = %v", p.Session.IdleTimeout)
	}
	if l := p.Limits.WithDefaults(); l.LoginPerIP != 5 || l.LoginPerAccount != 10 || l.ResetPerAddress != 3 {
		t.Errorf("defaults = %+v", l)
	}
}

func TestParseErrorsNameTheField(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{``, "empty profile"},
		{`endpoints: {}`, "baseURL: required"},
		{`baseURL: ftp://x`, "baseURL"},
		{"baseURL: https://x\nendpoints:\n  login: {method: POST, path: login}", "endpoints.login: path"},
		{"baseURL: https://x\nendpoints:\n  login: {method: FETCH, path: /l}", "endpoints.login: method"},
		{"baseURL: https://x\nendpoints:\n  login: {method: POST, path: /l, body: xml}", "endpoints.login: body"},
		{"baseURL: https://x\nendpoints:\n  logn: {method: POST, path: /l}", `line 3: unknown key "logn"`},
		{"baseURL: https://x\naccounts: [{username: a}]", "accounts[0]"},
		{"baseURL: https://x\nsession: {idleTimeout: soon}", "not a duration"},
	} {
		_, err := Parse([]byte(tc.yaml))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q): err = %v, want it to contain %q", tc.yaml, err, tc.want)
		}
	}
}

// TestPages: auth-flow pages are paths; a relative one is named in the
// error.
func TestPages(t *testing.T) {
	p, err := Parse([]byte("baseURL: https://a.example\npages: {login: /login, reset: /reset/x}\ntokens: {signingKey: k.pem}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Pages.Login != "/login" || p.Pages.Reset != "/reset/x" || p.Tokens.SigningKey != "k.pem" {
		t.Errorf("parsed %+v %+v", p.Pages, p.Tokens)
	}
	if _, err := Parse([]byte("baseURL: https://a.example\npages: {reset: reset}\n")); err == nil || !strings.Contains(err.Error(), "pages.reset") {
		t.Errorf("relative page: %v, want an error naming pages.reset", err)
	}
}

// TestAdminEndpoints: the lock endpoints need an admin account, and an
// admin account is never burnable.
func TestAdminEndpoints(t *testing.T) {
	ok := "baseURL: https://a.example\nendpoints:\n  lockAccount: {method: POST, path: /admin/lock}\n  changeEmail: {method: POST, path: /me/email}\naccounts:\n  - {username: root@a.example, password: p, admin: true}\n"
	p, err := Parse([]byte(ok))
	if err != nil {
		t.Fatal(err)
	}
	if a, found := p.AdminAccount(); !found || a.Username != "root@a.example" || p.Endpoints.ChangeEmail == nil {
		t.Errorf("admin account %+v %v, changeEmail %+v", a, found, p.Endpoints.ChangeEmail)
	}
	for _, tc := range []struct{ yaml, want string }{
		{"baseURL: https://a.example\nendpoints:\n  lockAccount: {method: POST, path: /admin/lock}\naccounts: [{username: u, password: p}]", "endpoints.lockAccount: needs an account marked admin"},
		{"baseURL: https://a.example\nendpoints:\n  unlockAccount: {method: POST, path: /admin/unlock}", "endpoints.unlockAccount"},
		{"baseURL: https://a.example\naccounts: [{username: u, password: p, admin: true, burnable: true}]", "accounts[0]: an admin account cannot be burnable"},
		{"baseURL: https://a.example\nendpoints:\n  changeEmail: {method: POST, path: me/email}", "endpoints.changeEmail: path"},
	} {
		if _, err := Parse([]byte(tc.yaml)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q): err = %v, want it to contain %q", tc.yaml, err, tc.want)
		}
	}
}
