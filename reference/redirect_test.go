package reference_test

import (
	"net/http"
	"net/url"
	"testing"
)

// TestLogoutNext: a logout with ?next= naming a path on the site answers
// 303 to it; anything a browser could read as another site is ignored
// (204), and the logout happens either way.
func TestLogoutNext(t *testing.T) {
	e := start(t, nil)
	_, email, pw, _, _ := e.user("logoutnext")
	for _, tc := range []struct {
		next     string
		location string // "" for 204
	}{
		{"", ""},
		{"/", "/"},
		{"/reset?x=1#top", "/reset?x=1#top"},
		{"/%2F%2Fevil.example", "/%2F%2Fevil.example"},
		{"https://evil.example/", ""},
		{"//evil.example/", ""},
		{`/\evil.example/`, ""},
		{`\/evil.example/`, ""},
		{"https:evil.example", ""},
		{"/\t/evil.example/", ""},
		{" //evil.example/", ""},
		{"evil.example", ""},
		{"javascript:alert(1)", ""},
	} {
		c, _, _ := e.login(email, pw)
		path := "/api/v1/auth/logout"
		if tc.next != "" {
			path += "?next=" + url.QueryEscape(tc.next)
		}
		r := c.do("POST", path, nil)
		want := http.StatusNoContent
		if tc.location != "" {
			want = http.StatusSeeOther
		}
		if r.status != want || r.header.Get("Location") != tc.location {
			t.Errorf("next %q: %d Location %q, want %d %q", tc.next, r.status, r.header.Get("Location"), want, tc.location)
		}
		if me := c.do("GET", "/api/v1/me", nil); me.status != http.StatusUnauthorized {
			t.Errorf("next %q: the session still works after logout (%d)", tc.next, me.status)
		}
	}
}
