package reference

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/authcheck/authcheck/reference/audit"
	"github.com/authcheck/authcheck/reference/ratelimit"
)

func (s *Server) loginIPPolicy() ratelimit.Policy {
	return ratelimit.Policy{Name: "login-ip", Limit: s.cfg.Limits.LoginPerIP, Window: s.cfg.Limits.LoginPerIPWindow}
}

func (s *Server) loginAccountPolicy() ratelimit.Policy {
	return ratelimit.Policy{Name: "login-account", Limit: s.cfg.Limits.LoginPerAccount, Window: s.cfg.Limits.LoginAccountWindow}
}

func (s *Server) resetPolicy() ratelimit.Policy {
	return ratelimit.Policy{Name: "reset-address", Limit: s.cfg.Limits.ResetPerAddress, Window: s.cfg.Limits.ResetWindow}
}

func (s *Server) resetConfirmPolicy() ratelimit.Policy {
	return ratelimit.Policy{Name: "reset-confirm-ip", Limit: s.cfg.Limits.ResetConfirmPerIP, Window: time.Hour}
}

func (s *Server) registerPolicy() ratelimit.Policy {
	return ratelimit.Policy{Name: "register-ip", Limit: s.cfg.Limits.RegisterPerIP, Window: time.Hour}
}

// take applies one rate limit. When the request is refused it writes the
// 429 (Retry-After per RFC 9110, RateLimit and RateLimit-Policy per the
// IETF httpapi draft), audits it and returns ok=false. On success it sets
// the RateLimit headers so clients can pace themselves.
func (s *Server) take(w http.ResponseWriter, r *http.Request, p ratelimit.Policy, key string) (ratelimit.Decision, bool) {
	d, err := s.limiter.Take(r.Context(), p, key, s.clock.Now())
	if err != nil {
		// Fail closed: without a working limiter, brute force is unbounded.
		s.log.Error("rate limiter failed", "policy", p.Name, "error", err.Error())
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable, "unavailable", "try again shortly")
		return d, false
	}
	if d.Allowed {
		// Report the first (most general) limit a request passes.
		if w.Header().Get("RateLimit") == "" {
			w.Header().Set("RateLimit-Policy", fmt.Sprintf("%q;q=%d;w=%d", p.Name, p.Limit, int(p.Window.Seconds())))
			w.Header().Set("RateLimit", fmt.Sprintf("%q;r=%d;t=%d", p.Name, d.Remaining, ceilSeconds(d.Reset)))
		}
		return d, true
	}
	w.Header().Set("RateLimit-Policy", fmt.Sprintf("%q;q=%d;w=%d", p.Name, p.Limit, int(p.Window.Seconds())))
	retry := ceilSeconds(d.RetryAfter)
	w.Header().Set("RateLimit", fmt.Sprintf("%q;r=0;t=%d", p.Name, retry))
	w.Header().Set("Retry-After", strconv.Itoa(retry))
	s.audit.Record(r.Context(), audit.Event{Kind: audit.RateLimited, IP: s.clientIP(r), UserAgent: r.UserAgent(), Outcome: "denied", Detail: p.Name})
	writeError(w, http.StatusTooManyRequests, "rate_limited", fmt.Sprintf("too many attempts; retry in %d seconds", retry))
	return d, false
}

func ceilSeconds(d time.Duration) int {
	n := int(math.Ceil(d.Seconds()))
	if n < 1 {
		n = 1
	}
	return n
}

// backoff is the delay before answering a login for an account with n
// failures in a row: none for the first BackoffAfter, then doubling up to
// BackoffMax. It slows guessing without ever locking the owner out.
func (s *Server) backoff(n int) time.Duration {
	l := s.cfg.Limits
	if n < l.BackoffAfter {
		return 0
	}
	d := l.BackoffBase
	for i := l.BackoffAfter; i < n && d < l.BackoffMax; i++ {
		d *= 2
	}
	return min(d, l.BackoffMax)
}

// failureKey is the failure counter's key for an account identifier. It is
// kept for every identifier tried, existing or not, so the delay does not
// reveal which accounts exist.
func failureKey(email string) string { return "login:" + email }

func (s *Server) recordFailure(ctx context.Context, email string) int {
	n, err := s.limiter.Failures(ctx, failureKey(email), s.cfg.Limits.LoginAccountWindow, false, s.clock.Now())
	if err != nil {
		s.log.Error("failure counter", "error", err.Error())
	}
	return n
}
