package profile

import (
	"strings"
	"testing"
)

func TestParseRedirects(t *testing.T) {
	p, err := Parse([]byte(`
baseURL: https://127.0.0.1:8443
redirects:
  - {path: /login, param: next}
  - {method: post, path: /logout, param: returnTo, session: true}
  - {path: /oauth/authorize, param: redirect_uri, query: {client_id: web, response_type: code}}
limits: {resetPerIP: 20}
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Redirects) != 3 || p.Redirects[0].Method != "GET" || p.Redirects[1].Method != "POST" || !p.Redirects[1].Session {
		t.Errorf("redirects not normalised: %+v", p.Redirects)
	}
	if p.Redirects[2].Query["client_id"] != "web" {
		t.Errorf("query: %+v", p.Redirects[2].Query)
	}
	if l := p.Limits.WithDefaults(); l.ResetPerIP != 20 {
		t.Errorf("resetPerIP = %d", l.ResetPerIP)
	}
	if l := (Limits{}).WithDefaults(); l.ResetPerIP != DefaultResetPerIP {
		t.Errorf("default resetPerIP = %d", l.ResetPerIP)
	}
}

func TestParseRedirectErrorsNameTheField(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"redirects: [{path: /login}]", "redirects[0]: param: required"},
		{"redirects: [{path: login, param: next}]", `redirects[0]: path: "login" must be a path`},
		{"redirects: [{path: //evil.example/x, param: next}]", "redirects[0]: path:"},
		{`redirects: [{path: "/login?x=1", param: next}]`, "redirects[0]: path: \"/login?x=1\" must not hold a query"},
		{"redirects: [{path: /a, param: next}, {method: DELETE, path: /b, param: next}]", `redirects[1]: method: "DELETE"`},
		{"redirects: [{path: /a, param: next, query: {next: /x}}]", "redirects[0]: query: must not set the redirect parameter"},
		{"redirects: [{path: /a, parm: next}]", "parm"},
		{"limits: {resetPerIP: -1}", "limits.resetPerIP: -1 must not be negative"},
	} {
		_, err := Parse([]byte("baseURL: https://127.0.0.1:8443\n" + tc.yaml + "\n"))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.yaml, err, tc.want)
		}
	}
}
