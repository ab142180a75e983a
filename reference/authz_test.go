package reference_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// publicRoutes are the only routes reachable without credentials.
var publicRoutes = map[string]bool{
	"GET /healthz": true, "GET /.well-known/jwks.json": true, "GET /reset": true, "GET /reset.js": true,
	"POST /api/v1/auth/register": true, "POST /api/v1/auth/login": true, "POST /api/v1/auth/refresh": true,
	"POST /api/v1/auth/password-reset/request": true, "POST /api/v1/auth/password-reset/confirm": true,
	"GET /confirm-email": true, "GET /confirm-email.js": true, "POST /api/v1/auth/confirm-email": true,
	"GET /dev/outbox": true,
}

func TestDefaultDeny(t *testing.T) {
	e := start(t, nil)
	c := e.client()
	routes := e.srv.RouteTable()
	if len(routes) < 25 {
		t.Fatalf("route table has %d routes", len(routes))
	}
	for _, rt := range routes {
		method, path, _ := strings.Cut(rt, " ")
		path = strings.ReplaceAll(path, "{id}", "1")
		if publicRoutes[rt] {
			continue
		}
		var body any
		if method == "POST" {
			body = map[string]string{}
		}
		r := c.do(method, path, body)
		if r.status != 401 {
			t.Errorf("%s without credentials: %d, want 401", rt, r.status)
		}
		if r.header.Get("WWW-Authenticate") == "" {
			t.Errorf("%s: 401 without WWW-Authenticate", rt)
		}
	}
	// Unknown routes and methods are never 200, and answer in JSON.
	user, _, _, _, _ := e.user("deny")
	for _, cl := range []*client{c, user} {
		for _, tc := range []struct{ method, path string }{
			{"GET", "/"}, {"GET", "/admin"}, {"GET", "/api/v1/users"}, {"GET", "/api/v1/me/"}, {"PUT", "/api/v1/me"},
			{"PATCH", "/api/v1/notes/1"}, {"TRACE", "/api/v1/me"}, {"OPTIONS", "/api/v1/me"}, {"GET", "/api/v1/auth/login"},
			{"DELETE", "/api/v1/api-keys"}, {"GET", "/dev/outbox/../../etc/passwd"}, {"GET", "/.env"},
		} {
			r := cl.do(tc.method, tc.path, nil)
			if r.status < 400 && r.status != 301 && r.status != 307 && r.status != 308 {
				t.Errorf("%s %s: %d", tc.method, tc.path, r.status)
			}
			if r.status == 200 {
				t.Errorf("%s %s: 200", tc.method, tc.path)
			}
			if r.status >= 400 && tc.method != "HEAD" && !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
				t.Errorf("%s %s: %d not JSON: %q", tc.method, tc.path, r.status, r.body)
			}
		}
	}
	if r := c.do("PUT", "/api/v1/me", nil); r.status != 405 || r.header.Get("Allow") == "" {
		t.Fatalf("wrong method: %d Allow=%q", r.status, r.header.Get("Allow"))
	}
	// Non-admins get 403 on admin routes.
	expect(t, user.do("POST", "/api/v1/admin/lock-account", map[string]string{"email": "deny@example.org"}), 403, "admin route as user")
}

func TestOwnershipEnforced(t *testing.T) {
	e := start(t, nil)
	alice, _, _, _, _ := e.user("alice")
	bob, _, _, bobAccess, _ := e.user("bob")
	r := alice.do("POST", "/api/v1/notes", map[string]string{"title": "alice's secret", "body": "for alice only"})
	expect(t, r, 201, "create note")
	id := fmt.Sprint(r.json(t)["id"])
	expect(t, alice.do("GET", "/api/v1/notes/"+id, nil), 200, "owner reads")
	for name, c := range map[string]*client{"bob cookie": bob, "bob token": e.bearer(bobAccess)} {
		for _, m := range []string{"GET", "DELETE"} {
			r := c.do(m, "/api/v1/notes/"+id, nil)
			expect(t, r, 404, name+" "+m+" alice's note")
			if strings.Contains(string(r.body), "secret") {
				t.Fatal("leaked content")
			}
		}
		// Guessing IDs: nothing of alice's in bob's list or by enumeration.
		for guess := 1; guess <= 5; guess++ {
			if r := c.do("GET", fmt.Sprintf("/api/v1/notes/%d", guess), nil); r.status != 404 {
				t.Fatalf("%s guessing note %d: %d", name, guess, r.status)
			}
		}
		r := c.do("GET", "/api/v1/notes", nil)
		if strings.Contains(string(r.body), "secret") {
			t.Fatalf("%s list shows alice's note", name)
		}
	}
	expect(t, alice.do("GET", "/api/v1/notes/"+id, nil), 200, "note survived bob's delete")
	for _, bad := range []string{"abc", "-1", "0", "1.5", "99999999999999999999"} {
		expect(t, alice.do("GET", "/api/v1/notes/"+bad, nil), 404, "note id "+bad)
	}
}

func TestBadInputIsRefusedCleanly(t *testing.T) {
	e := start(t, nil)
	c := e.client()
	login := "/api/v1/auth/login"
	cases := []struct {
		name   string
		body   any
		hdr    []string
		status int
	}{
		{"malformed JSON", `{"email": "a@example.org",`, nil, 400},
		{"not an object", `["a"]`, nil, 400},
		{"wrong type", `{"email": 5, "password": "x"}`, nil, 400},
		{"unknown field", `{"email": "a@example.org", "password": "p", "admin": true}`, nil, 400},
		{"trailing data", `{"email": "a@example.org", "password": "p"} {}`, nil, 400},
		{"empty body", ``, nil, 400},
		{"invalid UTF-8", []byte("{\"email\": \"a@example.org\", \"password\": \"\xff\xfe\"}"), nil, 400},
		{"missing content type", `{"email": "a@example.org", "password": "p"}`, []string{"Content-Type: "}, 400},
		{"wrong content type", `email=a`, []string{"Content-Type: application/x-www-form-urlencoded"}, 415},
		{"oversized", `{"email": "a@example.org", "password": "` + strings.Repeat("a", 100000) + `"}`, nil, 413},
		{"invalid email", `{"email": "not-an-address", "password": "whatever pass"}`, nil, 400},
		{"null password", `{"email": "a@example.org", "password": null}`, nil, 400},
	}
	for _, tc := range cases {
		r := c.do("POST", login, tc.body, tc.hdr...)
		if r.status != tc.status {
			t.Errorf("%s: %d, want %d: %s", tc.name, r.status, tc.status, r.body)
			continue
		}
		m := r.json(t)
		if m["error"] == nil || m["message"] == nil {
			t.Errorf("%s: error body %s", tc.name, r.body)
		}
		if strings.Contains(string(r.body), "goroutine") || strings.Contains(string(r.body), ".go:") {
			t.Errorf("%s: stack trace in response", tc.name)
		}
	}
	// Same handling on an authenticated endpoint.
	u, _, _, _, _ := e.user("input")
	expect(t, u.do("POST", "/api/v1/notes", `{"title": "x", "owner_id": 1}`), 400, "unknown field on notes")
	expect(t, u.do("POST", "/api/v1/notes", `{"title": "`+strings.Repeat("x", 300)+`"}`), 400, "title too long")
	// Malformed Authorization headers are 401, not 500.
	for _, h := range []string{"Bearer", "Basic YTpi", "Bearer acr_short", "Bearer " + strings.Repeat("x", 4000)} {
		r := e.client().do("GET", "/api/v1/me", nil, "Authorization: "+h)
		if r.status != http.StatusUnauthorized {
			t.Errorf("Authorization %.20q: %d", h, r.status)
		}
	}
}
