package httpcheck

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the rate-limit probe.
const (
	ruleLoginPerIP      = "AP501"
	ruleLoginPerAccount = "AP502"
	ruleResetLimit      = "AP503"
	ruleThrottleStatus  = "AP504"
	ruleRetryAfter      = "AP505"
)

var rateRules = []string{ruleLoginPerIP, ruleLoginPerAccount, ruleResetLimit, ruleThrottleStatus, ruleRetryAfter}

func init() {
	probes.Register(&probes.Probe{
		Name:  "rate-limits",
		Area:  "ratelimit",
		Rules: rateRules,
		Needs: needsRateLimits,
		Last:  true, // burns the target's budget for the burnable account and our address
		Run:   runRateLimits,
	})
}

func needsRateLimits(t *probes.Target) string {
	if why := probes.HasProfile(t); why != "" {
		return why
	}
	if t.Profile.Endpoints.Login == nil {
		return "needs a profile with a login endpoint"
	}
	if _, ok := t.Profile.BurnableAccount(); !ok {
		return "needs an account marked burnable: true in the profile (rate-limit probes exhaust its login budget)"
	}
	return ""
}

// Retry-After bounds accepted by AP505.
const (
	minRetryAfter = time.Second
	maxRetryAfter = 24 * time.Hour
)

// Throttle kinds.
const (
	throttle429     = "429"
	throttle503     = "503"
	throttleTimeout = "timeout"
	throttleDropped = "dropped connection"
)

// sequence is one run of attempts against one limit.
type sequence struct {
	name     string // "login per IP"
	limit    int
	statuses []string
	// throttledAt is the 1-based attempt that was throttled, 0 if none.
	throttledAt int
	kind        string           // one of the throttle kinds
	resp        *probes.Response // the throttled answer, for 429 and 503
	err         error            // the sequence could not be judged
}

func (s *sequence) evidence(extra ...string) map[string]string {
	return probes.Evidence(append([]string{
		"attempts", itoa(len(s.statuses)),
		"limit", itoa(s.limit),
		"statuses", strings.Join(s.statuses, " "),
	}, extra...)...)
}

// runSequence sends up to limit+1 attempts and stops at the first throttled
// one: a 429, a 503, a timeout or a dropped connection after earlier
// attempts were answered normally.
func runSequence(ctx context.Context, name string, limit int, send func(attempt int) (*probes.Response, error)) *sequence {
	s := &sequence{name: name, limit: limit}
	for i := 1; i <= limit+1; i++ {
		if err := ctx.Err(); err != nil {
			s.err = fmt.Errorf("%s: stopped after %d attempts: %w", name, i-1, context.Cause(ctx))
			return s
		}
		resp, err := send(i)
		if resp == nil {
			if ctx.Err() != nil || i == 1 {
				// The probe's own deadline, or the target never answered
				// normally: nothing to judge.
				s.err = fmt.Errorf("%s, attempt %d: %s", name, i, probes.DescribeError(err))
				return s
			}
			s.throttledAt = i
			var ne net.Error
			if errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout() {
				s.kind = throttleTimeout
			} else {
				s.kind = throttleDropped
			}
			s.statuses = append(s.statuses, s.kind)
			return s
		}
		s.statuses = append(s.statuses, itoa(resp.StatusCode))
		switch resp.StatusCode {
		case http.StatusNotFound, http.StatusMethodNotAllowed:
			// Not an endpoint that judged the attempt: counting these would
			// report a missing limit on a route that does not exist.
			s.err = fmt.Errorf("%s, attempt %d: %s answered %d; check the endpoint in the profile", name, i, requestLabel(resp), resp.StatusCode)
			return s
		case http.StatusTooManyRequests:
			s.throttledAt, s.kind, s.resp = i, throttle429, resp
			return s
		case http.StatusServiceUnavailable:
			s.throttledAt, s.kind, s.resp = i, throttle503, resp
			return s
		}
	}
	return s
}

// runRateLimits burns the burnable account's budget: failed logins from one
// client address (AP501), failed logins from rotating addresses when the
// target trusts a forwarded header (AP502), reset requests for one address
// (AP503); then judges how throttled requests were answered (AP504, AP505).
func runRateLimits(ctx context.Context, t *probes.Target) []report.Check {
	acct, _ := t.Profile.BurnableAccount()
	limits := t.Profile.Limits.WithDefaults()
	fwd := t.Profile.ForwardedHeader
	var out []report.Check
	var seqs []*sequence

	wrongLogin := func(ip string) func(int) (*probes.Response, error) {
		return func(int) (*probes.Response, error) {
			fields := map[string]any{"username": acct.Username, "password": "authcheck-wrong-" + probes.RandomHex(6)}
			return sendAs(ctx, t, t.Profile.Endpoints.Login, fields, fwd, ip)
		}
	}

	// AP501: one client address. With a trusted forwarded header, a fresh
	// address of our own, so earlier runs do not count.
	ip := ""
	if fwd != "" {
		ip = t.NewClientIP()
	}
	perIP := runSequence(ctx, "login per IP", limits.LoginPerIP, wrongLogin(ip))
	seqs = append(seqs, perIP)
	out = append(out, judgeLimit(t, ruleLoginPerIP, perIP, "failed logins from one client address", probes.Evidence("account", acct.Username, "forwardedHeader", fwd, "clientIP", ip)))

	// AP502: one account, a new address per attempt.
	if fwd == "" {
		out = append(out, t.Skip(ruleLoginPerAccount, "the profile names no forwardedHeader the target trusts, so attempts cannot come from several client addresses (a per-IP limit would answer first)"))
	} else {
		perAccount := runSequence(ctx, "login per account", limits.LoginPerAccount, func(i int) (*probes.Response, error) {
			return wrongLogin(t.NewClientIP())(i)
		})
		seqs = append(seqs, perAccount)
		out = append(out, judgeLimit(t, ruleLoginPerAccount, perAccount, "failed logins for one account from rotating client addresses", probes.Evidence("account", acct.Username, "forwardedHeader", fwd)))
	}

	// AP503: reset requests for one address.
	if ep := t.Profile.Endpoints.ResetRequest; ep == nil {
		out = append(out, t.Skip(ruleResetLimit, "the profile describes no resetRequest endpoint"))
	} else if limits.ResetSilent {
		out = append(out, silentResetLimit(ctx, t, ep, cmp.Or(acct.Email, acct.Username), limits.ResetPerAddress, fwd))
	} else {
		email := cmp.Or(acct.Email, acct.Username)
		reset := runSequence(ctx, "reset per address", limits.ResetPerAddress, func(int) (*probes.Response, error) {
			ip := ""
			if fwd != "" {
				ip = t.NewClientIP() // isolate the per-address limit from a per-IP one
			}
			return sendAs(ctx, t, ep, map[string]any{"email": email}, fwd, ip)
		})
		seqs = append(seqs, reset)
		out = append(out, judgeLimit(t, ruleResetLimit, reset, "reset requests for one address", probes.Evidence("address", email)))
	}
	return append(out, judgeThrottleAnswers(t, seqs)...)
}

// sendAs sends an endpoint request, from client address ip via the
// forwarded header when both are given.
func sendAs(ctx context.Context, t *probes.Target, ep *profile.Endpoint, fields map[string]any, header, ip string) (*probes.Response, error) {
	req, err := t.CallRequest(ctx, ep, fields, nil, nil)
	if err != nil {
		return nil, err
	}
	if header != "" && ip != "" {
		req.Header.Set(header, ip)
	}
	return t.Do(req)
}

// judgeLimit decides AP501–AP503 from one sequence: throttled no later
// than attempt limit+1 passes, however it was throttled (AP504 judges how).
func judgeLimit(t *probes.Target, rule string, s *sequence, what string, extra map[string]string) report.Check {
	if s.err != nil {
		return t.Error(rule, s.err)
	}
	ev := s.evidence()
	for k, v := range extra {
		ev[k] = v
	}
	if s.throttledAt == 0 {
		return t.Fail(rule, fmt.Sprintf("%d %s were all answered (%s); expected 429 by attempt %d (limit %d)", len(s.statuses), what, strings.Join(s.statuses, " "), s.limit+1, s.limit), ev)
	}
	msg := fmt.Sprintf("%s throttled at attempt %d (limit %d)", what, s.throttledAt, s.limit)
	if s.kind != throttle429 {
		msg += fmt.Sprintf(", but with a %s instead of 429 (AP504)", s.kind)
	}
	return t.Pass(rule, msg, ev)
}

// judgeThrottleAnswers decides AP504 (429, not 503/timeout/drop) and AP505
// (a sane Retry-After) over all throttled answers.
func judgeThrottleAnswers(t *probes.Target, seqs []*sequence) []report.Check {
	var (
		wrong, ok429, badRetry, goodRetry, rateHeaders []string
		errs                                           []string
	)
	for _, s := range seqs {
		if s.err != nil {
			errs = append(errs, s.err.Error())
			continue
		}
		if s.throttledAt == 0 {
			continue
		}
		where := fmt.Sprintf("%s (attempt %d)", s.name, s.throttledAt)
		if s.kind != throttle429 {
			wrong = append(wrong, fmt.Sprintf("%s: %s", where, s.kind))
			continue
		}
		ok429 = append(ok429, where)
		ra := s.resp.Header.Get("Retry-After")
		if d, err := checkRetryAfter(s.resp.Header, time.Now()); err != nil {
			badRetry = append(badRetry, fmt.Sprintf("%s: %v", where, err))
		} else {
			goodRetry = append(goodRetry, fmt.Sprintf("%s: Retry-After %s (%s)", where, ra, d))
		}
		for _, h := range []string{"RateLimit", "RateLimit-Policy", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"} {
			if v := s.resp.Header.Get(h); v != "" {
				rateHeaders = append(rateHeaders, fmt.Sprintf("%s: %s: %s", s.name, h, v))
			}
		}
	}
	ev := probes.Evidence("throttled", strings.Join(append(append([]string{}, ok429...), wrong...), "; "),
		"rateLimitHeaders", strings.Join(rateHeaders, "; "), "errors", strings.Join(errs, "; "))
	var out []report.Check
	nothing := "no request was throttled (AP501–AP503), so there is no throttled answer to judge"
	switch {
	case len(wrong) > 0:
		out = append(out, t.Fail(ruleThrottleStatus, "throttled without 429: "+strings.Join(wrong, "; "), ev))
	case len(ok429) > 0:
		out = append(out, t.Pass(ruleThrottleStatus, "throttled requests are answered 429: "+strings.Join(ok429, "; "), ev))
	case len(errs) > 0:
		out = append(out, t.Error(ruleThrottleStatus, errors.New(strings.Join(errs, "; "))))
	default:
		out = append(out, t.Skip(ruleThrottleStatus, nothing))
	}
	ev = cloneEvidence(ev, "retryAfter", strings.Join(append(append([]string{}, goodRetry...), badRetry...), "; "))
	switch {
	case len(badRetry) > 0:
		out = append(out, t.Fail(ruleRetryAfter, "429 without a sane Retry-After: "+strings.Join(badRetry, "; "), ev))
	case len(goodRetry) > 0:
		msg := "every 429 carries a sane Retry-After"
		if len(rateHeaders) == 0 {
			msg += " (no RateLimit / RateLimit-Policy headers, which are optional)"
		}
		out = append(out, t.Pass(ruleRetryAfter, msg, ev))
	case len(errs) > 0 && len(wrong) == 0:
		out = append(out, t.Error(ruleRetryAfter, errors.New(strings.Join(errs, "; "))))
	default:
		out = append(out, t.Skip(ruleRetryAfter, "no 429 answer to inspect (see AP501–AP504)"))
	}
	return out
}

// checkRetryAfter validates a 429's Retry-After (RFC 9110 §10.2.3):
// delta-seconds or an HTTP-date, meaning a wait between 1 s and 1 day.
// HTTP-dates are measured from the response's Date header when it has one
// (both come from the server's clock), else from now.
func checkRetryAfter(h http.Header, now time.Time) (time.Duration, error) {
	vals := h.Values("Retry-After")
	switch len(vals) {
	case 0:
		return 0, errors.New("no Retry-After header")
	case 1:
	default:
		return 0, fmt.Errorf("%d Retry-After headers", len(vals))
	}
	v := strings.TrimSpace(vals[0])
	var d time.Duration
	if n, err := strconv.ParseUint(v, 10, 63); err == nil {
		if n > uint64(maxRetryAfter/time.Second) {
			return 0, fmt.Errorf("Retry-After %s s is more than a day", v)
		}
		d = time.Duration(n) * time.Second
	} else if at, err := http.ParseTime(v); err == nil {
		base := now
		if date, err := http.ParseTime(h.Get("Date")); err == nil {
			base = date
		}
		d = at.Sub(base)
	} else {
		return 0, fmt.Errorf("Retry-After %q is neither delta-seconds nor an HTTP-date", probes.Truncate(v, 40))
	}
	switch {
	case d < minRetryAfter:
		return d, fmt.Errorf("Retry-After %q asks for a wait under 1 s (%s), inviting an immediate retry", probes.Truncate(v, 40), d)
	case d > maxRetryAfter:
		return d, fmt.Errorf("Retry-After %q asks for a wait over a day (%s)", probes.Truncate(v, 40), d)
	}
	return d, nil
}

// silentResetLimit judges AP503 for a target that answers every reset
// request alike and limits the mails instead (profile limits.resetSilent):
// limit+1 requests for one address from one client address must all be
// answered 2xx, and at most limit new reset mails may reach the outbox.
func silentResetLimit(ctx context.Context, t *probes.Target, ep *profile.Endpoint, email string, limit int, fwd string) report.Check {
	if t.Profile.Outbox == nil {
		return t.Skip(ruleResetLimit, "limits.resetSilent: the mails are limited, not the answers, and the profile has no outbox to count them in")
	}
	before, err := countMails(ctx, t, email)
	if err != nil {
		return t.Error(ruleResetLimit, err)
	}
	ip := ""
	if fwd != "" {
		ip = t.NewClientIP()
	}
	var statuses []string
	for i := 0; i <= limit; i++ {
		resp, err := sendAs(ctx, t, ep, map[string]any{"email": email}, fwd, ip)
		if err != nil {
			return t.Error(ruleResetLimit, fmt.Errorf("reset request %d: %s", i+1, probes.DescribeError(err)))
		}
		statuses = append(statuses, itoa(resp.StatusCode))
		if resp.StatusCode/100 != 2 {
			return t.Fail(ruleResetLimit, fmt.Sprintf("reset request %d answered %d; with limits.resetSilent every request gets the same answer", i+1, resp.StatusCode),
				probes.Evidence("address", email, "statuses", strings.Join(statuses, " ")))
		}
	}
	var after int
	for wait := 0; wait < 10; wait++ { // mail may be sent in the background
		if after, err = countMails(ctx, t, email); err != nil {
			return t.Error(ruleResetLimit, err)
		}
		if after-before >= limit {
			break
		}
		time.Sleep(150 * time.Millisecond)
	}
	ev := probes.Evidence("address", email, "statuses", strings.Join(statuses, " "), "mails", itoa(after-before), "limit", itoa(limit))
	if after-before > limit {
		return t.Fail(ruleResetLimit, fmt.Sprintf("%d reset requests for one address sent %d mails (limit %d)", limit+1, after-before, limit), ev)
	}
	return t.Pass(ruleResetLimit, fmt.Sprintf("%d reset requests for one address were all answered alike and sent %d mails (limit %d)", limit+1, after-before, limit), ev)
}

// countMails counts the outbox's messages for addr that carry a token.
func countMails(ctx context.Context, t *probes.Target, addr string) (int, error) {
	ep := t.Profile.Outbox
	req, err := t.CallRequest(ctx, ep, map[string]any{"to": addr}, nil, nil)
	if err != nil {
		return 0, err
	}
	resp, err := t.Do(req)
	if err != nil {
		return 0, fmt.Errorf("outbox: %s", probes.DescribeError(err))
	}
	if resp.StatusCode/100 != 2 {
		return 0, fmt.Errorf("the outbox answered %d", resp.StatusCode)
	}
	var doc map[string]any
	if err := json.Unmarshal(resp.Body, &doc); err != nil {
		return 0, fmt.Errorf("the outbox answer is not a JSON object: %v", err)
	}
	list, _ := doc[ep.ResponseKey("messages")].([]any)
	n := 0
	for _, item := range list {
		m, _ := item.(map[string]any)
		to, _ := m["to"].(string)
		tok, _ := m["token"].(string)
		if tok != "" && (to == "" || strings.EqualFold(to, addr)) {
			n++
		}
	}
	return n, nil
}
