package reference_test

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func resetRequest(e *env, email string) *resp {
	return e.client().do("POST", "/api/v1/auth/password-reset/request", map[string]string{"email": email})
}

func resetConfirm(e *env, token, pw string) *resp {
	return e.client().do("POST", "/api/v1/auth/password-reset/confirm", map[string]string{"token": token, "newPassword": pw})
}

func TestResetRequestAnswersUniformly(t *testing.T) {
	e := start(t, nil)
	_, email, _, _, _ := e.user("known")
	known := resetRequest(e, email)
	unknown := resetRequest(e, "nobody@example.org")
	if known.status != 202 || known.status != unknown.status || !bytes.Equal(known.body, unknown.body) {
		t.Fatalf("known %d %s vs unknown %d %s", known.status, known.body, unknown.status, unknown.body)
	}
	for _, h := range []string{"Set-Cookie", "Content-Type", "Content-Length", "RateLimit-Policy"} {
		if known.header.Get(h) != unknown.header.Get(h) {
			t.Errorf("header %s differs: %q vs %q", h, known.header.Get(h), unknown.header.Get(h))
		}
	}
	if len(e.mails("nobody@example.org")) != 0 {
		t.Fatal("mail sent to an address without an account")
	}
	// Nothing is stored for an address without an account (issue 13
	// §1.7: one client could otherwise fill the database).
	if n := countRows(t, e.cfg.DataDir, "password_resets"); n != 1 {
		t.Fatalf("%d reset rows, want 1 (the known account's)", n)
	}
	if n := countRows(t, e.cfg.DataDir, "events WHERE kind = 'password_reset_requested' AND user_id IS NULL"); n != 0 {
		t.Fatalf("%d events for the unknown address, want 0", n)
	}
}

func TestResetFlow(t *testing.T) {
	e := start(t, nil)
	c, email, _, access, refresh := e.user("reset")
	expect(t, resetRequest(e, email), 202, "request")
	m := e.lastMail(email)
	if len(m.Token) < 43 || !strings.Contains(m.Link, "/reset#token="+m.Token) || !strings.Contains(m.Body, m.Link) {
		t.Fatalf("reset mail: %+v", m)
	}
	if strings.Contains(dbDump(t, e.cfg.DataDir), m.Token) {
		t.Fatal("reset token stored in plaintext")
	}
	// The link's page works without the token reaching the server.
	page := e.client().do("GET", "/reset", nil)
	if page.status != 200 || !strings.Contains(string(page.body), "/reset.js") {
		t.Fatalf("reset page %d", page.status)
	}
	expect(t, resetConfirm(e, m.Token, "my new reset passphrase"), 200, "confirm")
	expect(t, resetConfirm(e, m.Token, "another reset passphrase"), 400, "second use")
	expect(t, c.do("GET", "/api/v1/me", nil), 401, "session after reset")
	expect(t, e.bearer(access).do("GET", "/api/v1/me", nil), 401, "access token after reset")
	expect(t, refresh2(e, refresh), 401, "refresh token after reset")
	if n := e.lastMail(email); !strings.Contains(n.Subject, "was reset") {
		t.Fatalf("no reset notice: %+v", n)
	}
	e.login(email, "my new reset passphrase")
	expect(t, resetConfirm(e, "made-up-token", "my new reset passphrase"), 400, "made-up token")
}

func refresh2(e *env, token string) *resp { return refresh(e, token) }

func TestResetTokenExpiresAfter15Minutes(t *testing.T) {
	e := start(t, nil)
	_, email, _, _, _ := e.user("late")
	resetRequest(e, email)
	first := e.lastMail(email).Token
	resetRequest(e, email)
	second := e.lastMail(email).Token
	e.clock.Advance(15*time.Minute + time.Second)
	expect(t, resetConfirm(e, first, "too late passphrase"), 400, "expired token")
	expect(t, resetConfirm(e, second, "too late passphrase"), 400, "expired token")
	resetRequest(e, email)
	fresh := e.lastMail(email).Token
	e.clock.Advance(14 * time.Minute)
	expect(t, resetConfirm(e, fresh, "just in time passphrase"), 200, "token within 15 minutes")
}
