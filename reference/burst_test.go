package reference_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/password"
)

// TestLoginBurstPerAccount: 40 wrong passwords for one account, sent at
// once from 40 client addresses, get at most the account's budget (10)
// judged; the rest are throttled. The attempt that spends the budget's
// last slot races the strangers past it for the turn, and only one wins.
func TestLoginBurstPerAccount(t *testing.T) {
	e := start(t, func(c *reference.Config) {
		c.TrustedProxies = []string{"127.0.0.1/32"}
		c.Limits.LoginPerAccount = 10 // the default; the test harness relaxes it
		// The real hash: the time between taking the budget and recording
		// the failure is the window a burst races through.
		c.Argon2 = password.Params{}
	})
	_, email, _, _, _ := e.user("burst")
	const n = 40
	rs := parallel(t, n, func(i int) (*resp, error) {
		c := e.client()
		c.headers["X-Forwarded-For"] = fmt.Sprintf("198.51.100.%d", i+1)
		return c.try("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": "not the passphrase at all"})
	})
	judged := 0
	for _, r := range rs {
		switch r.status {
		case http.StatusUnauthorized:
			judged++
		case http.StatusTooManyRequests:
		default:
			t.Errorf("unexpected %d", r.status)
		}
	}
	if judged > 10 {
		t.Errorf("%d of %d concurrent failed logins were judged, want at most 10: %s", judged, n, fmtStatus(rs))
	}
}
