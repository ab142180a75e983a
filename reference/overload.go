package reference

import (
	"context"
	"net/http"

	"github.com/authcheck/authcheck/reference/ratelimit"
)

// Overload. Every password check (login, registration, reset,
// re-authentication) needs a hashing slot (password.Hasher): HashSlots run
// at once, at most HashQueue requests wait for one, each at most
// HashQueueTimeout. A request past either bound is answered at once with
// 503 {"error":"busy"} and a Retry-After estimated from the queue
// (hashFailed), so a flood of logins costs the server its CPU but never
// unbounded memory or minutes of latency for the logins it admits.

// shedIfSaturated answers 503 at once when the hasher would refuse the
// request's password check anyway, before any database or rate-limit
// work: under a flood, refusing must cost less than admitting.
func (s *Server) shedIfSaturated(w http.ResponseWriter, r *http.Request) bool {
	err := s.hasher.Admit()
	if err == nil {
		return false
	}
	s.hashFailed(w, r, err)
	return true
}

// loginNotChecked gives back the rate-limit slots a login took when its
// password was never checked (shed for overload, or the client left): only
// failures count against the account's and the network's budgets, and a
// user retrying through an overload must not lock themselves out.
func (s *Server) loginNotChecked(ctx context.Context, email, ip string, acct, ipTurn ratelimit.Decision) {
	ctx = context.WithoutCancel(ctx)
	if acct.Ticket != "" {
		_ = s.limiter.Refund(ctx, s.loginAccountPolicy(), email, acct.Ticket)
	}
	if ipTurn.Ticket != "" {
		_ = s.limiter.Refund(ctx, s.loginIPPolicy(), ipKey(ip), ipTurn.Ticket)
	}
}
