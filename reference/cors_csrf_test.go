package reference_test

import (
	"strings"
	"testing"

	"github.com/authcheck/authcheck/reference"
)

const trustedApp = "https://app.example.com"

func TestCORSAllowlist(t *testing.T) {
	e := start(t, func(c *reference.Config) { c.CORSOrigins = []string{trustedApp} })
	u, _, _, access, _ := e.user("cors")
	_ = u
	c := e.bearer(access)
	target := strings.TrimPrefix(e.srv.URL(), "https://")
	hostile := []string{"https://evil.example", "null", "http://" + target, "https://" + target + ".evil.example",
		"https://evil" + strings.ReplaceAll(target, ":", "-") + ".example", "https://app.example.com.evil.example",
		"http://app.example.com", "https://sub.app.example.com"}
	for _, origin := range hostile {
		r := c.do("GET", "/api/v1/me", nil, "Origin: "+origin)
		if acao := r.header.Get("Access-Control-Allow-Origin"); acao != "" {
			t.Errorf("origin %s got Access-Control-Allow-Origin %q", origin, acao)
		}
		if r.header.Get("Access-Control-Allow-Credentials") != "" {
			t.Errorf("origin %s got credentials", origin)
		}
		pre := e.client().do("OPTIONS", "/api/v1/notes", nil, "Origin: "+origin, "Access-Control-Request-Method: POST")
		if pre.status < 400 || pre.header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("preflight from %s: %d %q", origin, pre.status, pre.header.Get("Access-Control-Allow-Origin"))
		}
	}
	r := c.do("GET", "/api/v1/me", nil, "Origin: "+trustedApp)
	if r.header.Get("Access-Control-Allow-Origin") != trustedApp || r.header.Get("Access-Control-Allow-Credentials") != "true" ||
		!strings.Contains(strings.Join(r.header.Values("Vary"), ","), "Origin") {
		t.Fatalf("allowed origin: %v", r.header)
	}
	pre := e.client().do("OPTIONS", "/api/v1/notes", nil, "Origin: "+trustedApp, "Access-Control-Request-Method: POST")
	if pre.status != 204 || pre.header.Get("Access-Control-Allow-Origin") != trustedApp || pre.header.Get("Access-Control-Allow-Methods") == "" {
		t.Fatalf("preflight: %d %v", pre.status, pre.header)
	}
	if _, err := reference.Start(t.Context(), reference.Config{DataDir: t.TempDir(), Addr: "127.0.0.1:0", CORSOrigins: []string{"*"}}); err == nil {
		t.Fatal("CORS origin * accepted")
	}
}

func TestCrossOriginStateChangesRefused(t *testing.T) {
	e := start(t, func(c *reference.Config) { c.CORSOrigins = []string{trustedApp} })
	c, _, _, _, _ := e.user("csrf")
	note := map[string]string{"title": "csrf"}
	for name, hdr := range map[string][]string{
		"cross-site fetch":  {"Sec-Fetch-Site: cross-site"},
		"foreign origin":    {"Origin: https://attacker.example"},
		"both":              {"Origin: https://attacker.example", "Sec-Fetch-Site: cross-site"},
		"same-site sibling": {"Origin: https://other.example.com", "Sec-Fetch-Site: same-site"},
	} {
		r := c.do("POST", "/api/v1/notes", note, hdr...)
		if r.status != 403 {
			t.Errorf("%s: %d, want 403", name, r.status)
		}
		r = c.do("POST", "/api/v1/auth/logout", nil, hdr...)
		if r.status != 403 {
			t.Errorf("logout, %s: %d, want 403", name, r.status)
		}
	}
	expect(t, c.do("POST", "/api/v1/notes", note, "Sec-Fetch-Site: same-origin"), 201, "same-origin")
	expect(t, c.do("POST", "/api/v1/notes", note, "Origin: "+e.srv.URL()), 201, "own origin")
	expect(t, c.do("POST", "/api/v1/notes", note, "Origin: "+trustedApp, "Sec-Fetch-Site: cross-site"), 201, "allowlisted origin")
	// Neither header (non-browser client): let through; browsers always send
	// one, and the SameSite=Strict cookie is not sent cross-site anyway.
	expect(t, c.do("POST", "/api/v1/notes", note), 201, "no browser headers")
	// Safe methods are not blocked.
	expect(t, c.do("GET", "/api/v1/notes", nil, "Sec-Fetch-Site: cross-site"), 200, "cross-site GET")
}
