package reference

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"net/netip"
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

// loginTurnPolicy spaces a stranger's attempts on an account whose
// failure budget is spent: one attempt per turn, the turn growing with the
// failures (twice BackoffMax, doubled per failure past the budget, at most
// LoginTurnMax). Progressive back-off, never a lock: the owner from a new
// address waits at most LoginTurnMax.
func (s *Server) loginTurnPolicy(failures int) ratelimit.Policy {
	l := s.cfg.Limits
	// A turn outlasts the back-off sleep of the attempt that took it, so
	// that sequential attempts cannot each find the last turn over.
	d := 2 * l.BackoffMax
	for i := l.LoginPerAccount; i < failures && d < l.LoginTurnMax; i++ {
		d *= 2
	}
	return ratelimit.Policy{Name: "login-account-turn", Limit: 1, Window: min(d, l.LoginTurnMax)}
}

// resetAddressPolicy limits reset mails per address and client network:
// requests past it are answered like any other (202) but send nothing, so
// a stranger cannot spend the owner's budget (the owner's network has its
// own) and the answer says nothing.
func (s *Server) resetAddressPolicy() ratelimit.Policy {
	return ratelimit.Policy{Name: "reset-address", Limit: s.cfg.Limits.ResetPerAddress, Window: s.cfg.Limits.ResetWindow}
}

// resetMailPolicy caps reset mails per address from all networks together
// (mail-bombing), silently as well.
func (s *Server) resetMailPolicy() ratelimit.Policy {
	return ratelimit.Policy{Name: "reset-address-all", Limit: s.cfg.Limits.ResetMailsPerAddress, Window: s.cfg.Limits.ResetWindow}
}

// resetIPPolicy limits reset requests per client network (429).
func (s *Server) resetIPPolicy() ratelimit.Policy {
	return ratelimit.Policy{Name: "reset-ip", Limit: s.cfg.Limits.ResetPerIP, Window: s.cfg.Limits.ResetWindow}
}

// reauthPolicy limits re-authentications per account, successful or not:
// each is an argon2id computation.
func (s *Server) reauthPolicy() ratelimit.Policy {
	return ratelimit.Policy{Name: "reauth-account", Limit: s.cfg.Limits.ReauthPerAccount, Window: 15 * time.Minute}
}

// emailChangePolicy limits e-mail change requests per account.
func (s *Server) emailChangePolicy() ratelimit.Policy {
	return ratelimit.Policy{Name: "email-change-account", Limit: 5, Window: time.Hour}
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
	s.limited(r, p, key)
	writeError(w, http.StatusTooManyRequests, "rate_limited", fmt.Sprintf("too many attempts; retry in %d seconds", retry))
	return d, false
}

// limited records that key hit p, once per key per window: a flood of
// refused requests must not become a flood of event rows.
func (s *Server) limited(r *http.Request, p ratelimit.Policy, key string) {
	once := ratelimit.Policy{Name: "event:" + p.Name, Limit: 1, Window: p.Window}
	if d, err := s.limiter.Take(r.Context(), once, key, s.clock.Now()); err != nil || !d.Allowed {
		return
	}
	s.audit.Record(r.Context(), audit.Event{Kind: audit.RateLimited, IP: s.clientIP(r), UserAgent: truncateUTF8(r.UserAgent(), 256), Outcome: "denied", Detail: p.Name})
}

// ipKey is the rate-limit key for a client address: IPv4 addresses as
// they are, IPv6 addresses by their /64, the smallest block one subscriber
// gets (RFC 6177): per-/128 limits would give one client 2^64 budgets.
func ipKey(ip string) string {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return ip
	}
	a = a.Unmap()
	if a.Is4() {
		return a.String()
	}
	p, err := a.Prefix(64)
	if err != nil {
		return ip
	}
	return p.String()
}

// clientKey is ipKey of the request's client address.
func (s *Server) clientKey(r *http.Request) string { return ipKey(s.clientIP(r)) }

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
