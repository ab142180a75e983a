package lifecycle

import (
	"cmp"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the rate-limit-shapes probe.
const (
	ruleBurst        = "AP506"
	ruleIPv6Prefix   = "AP507"
	ruleResetPerIP   = "AP508"
	ruleSuccessSpend = "AP509"
)

var shapeRules = []string{ruleBurst, ruleIPv6Prefix, ruleResetPerIP, ruleSuccessSpend}

// Knobs of the burst check.
var (
	// BurstFactor times the documented limit is the size of a burst.
	BurstFactor = 4
	// MaxBurst bounds a burst (and its concurrent connections): a target
	// documenting a limit of 50 gets 200 requests at most, never more.
	MaxBurst = 200
	// MaxBurstConns bounds the connections a burst opens at once. The
	// burst does not go through the target's per-host cap (--conns): a
	// race needs requests in flight together.
	MaxBurstConns = 64
)

// shapesOrder puts the probe after the rate-limits probe (Order 0) and
// before the probes that move the target's clock.
const shapesOrder = 10

func init() {
	probes.Register(&probes.Probe{
		Name:  "rate-limit-shapes",
		Area:  "ratelimit",
		Rules: shapeRules,
		Needs: func(t *probes.Target) string { return needs(t, "login") },
		Last:  true, // spends login and reset budgets
		Order: shapesOrder,
		Run:   runRateLimitShapes,
	})
}

// runRateLimitShapes checks that the login and reset limits hold against
// the way attackers send requests: all at once (AP506), from many
// addresses of one IPv6 /64 (AP507), for many addresses from one client
// (AP508); and that correct logins do not spend a shared address's budget
// (AP509). Each part uses client addresses of its own.
func runRateLimitShapes(ctx context.Context, t *probes.Target) []report.Check {
	limits := t.Profile.Limits.WithDefaults()
	// Correct logins first: without a forwarded header every part shares
	// the prober's address, whose failure budget the others spend.
	out := []report.Check{successSpendCheck(ctx, t, limits)}
	out = append(out, resetPerIPCheck(ctx, t, limits))
	out = append(out, ipv6PrefixCheck(ctx, t, limits))
	return append(out, burstCheck(ctx, t, limits))
}

// wrongLogin is a failed login's fields: an unknown account (so that only
// per-IP limits apply) unless user is given.
func wrongLoginFields(user string) map[string]any {
	if user == "" {
		user = "authcheck-" + probes.RandomHex(5) + "@example.com"
	}
	return map[string]any{"username": user, "password": "authcheck-wrong-" + probes.RandomHex(6)}
}

// setClientAddr claims ip through the profile's forwarded header.
func setClientAddr(t *probes.Target, req *http.Request, ip string) {
	h := t.Profile.ForwardedHeader
	if h == "" || ip == "" {
		return
	}
	if strings.EqualFold(h, "Forwarded") { // RFC 7239: IPv6 quoted and bracketed
		if strings.Contains(ip, ":") {
			req.Header.Set(h, `for="[`+ip+`]"`)
		} else {
			req.Header.Set(h, "for="+ip)
		}
		return
	}
	req.Header.Set(h, ip)
}

// throttled reports whether a status says the request was not judged.
func throttled(status int) bool {
	return status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable
}

// burstResult is what a burst of concurrent requests got.
type burstResult struct {
	sent, admitted, limited, failed int
	statuses                        map[string]int
	errs                            []string
}

func (b burstResult) summary() string {
	var parts []string
	for _, k := range []string{"401", "400", "403", "200", "429", "503"} {
		if n := b.statuses[k]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d×%s", n, k))
		}
	}
	for k, n := range b.statuses {
		switch k {
		case "401", "400", "403", "200", "429", "503":
		default:
			parts = append(parts, fmt.Sprintf("%d×%s", n, k))
		}
	}
	return strings.Join(parts, " ")
}

// burst sends the requests all at once over connections opened for it
// beforehand, at most MaxBurstConns at a time, and counts the answers:
// admitted (judged: anything but 429 and 503), limited, failed (no
// answer).
func burst(ctx context.Context, t *probes.Target, reqs []*http.Request) burstResult {
	conns := min(len(reqs), MaxBurstConns)
	tlsCfg := t.TLSConfig()
	//authcheck:ignore AC603 -- only with the user's --insecure, and AP105 still fails on the certificate
	tlsCfg.InsecureSkipVerify = t.Insecure
	timeout := cmp.Or(t.Timeout, probes.DefaultTimeout)
	tr := &http.Transport{
		TLSClientConfig:       tlsCfg,
		TLSHandshakeTimeout:   timeout,
		ResponseHeaderTimeout: 3 * timeout, // a correct target may delay failed logins on purpose
		MaxConnsPerHost:       conns,
		MaxIdleConnsPerHost:   conns,
		DisableCompression:    true,
		DialContext:           (&net.Dialer{Timeout: timeout}).DialContext,
	}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 4 * timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	// Open the connections first, so that the burst itself is not spread
	// out by handshakes.
	var warm sync.WaitGroup
	for range conns {
		warm.Add(1)
		go func() {
			defer warm.Done()
			req, err := t.NewRequest(ctx, http.MethodHead, t.URL.String(), nil)
			if err != nil {
				return
			}
			if resp, err := client.Do(req); err == nil {
				_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
				resp.Body.Close()
			}
		}()
	}
	warm.Wait()
	res := burstResult{sent: len(reqs), statuses: map[string]int{}}
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := make(chan struct{})
	slots := make(chan struct{}, conns)
	for _, req := range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			slots <- struct{}{}
			defer func() { <-slots }()
			resp, err := client.Do(req)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				res.failed++
				if len(res.errs) < 3 {
					res.errs = append(res.errs, probes.DescribeError(err))
				}
				res.statuses["no answer"]++
				return
			}
			_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
			resp.Body.Close()
			res.statuses[strconv.Itoa(resp.StatusCode)]++
			if throttled(resp.StatusCode) {
				res.limited++
			} else {
				res.admitted++
			}
		}()
	}
	close(start)
	wg.Wait()
	return res
}

// burstCheck decides AP506: BurstFactor × loginPerIP wrong passwords for
// unknown accounts, all at once from one client address, then (with a
// forwarded header) BurstFactor × loginPerAccount against one account,
// each from its own address. Neither may get more attempts judged than
// its limit.
func burstCheck(ctx context.Context, t *probes.Target, limits profile.Limits) report.Check {
	ep := t.Profile.Endpoints.Login
	fwd := t.Profile.ForwardedHeader
	type part struct {
		name   string
		limit  int
		res    burstResult
		detail string
	}
	var parts []part
	build := func(n int, user func() string, ip func() string) ([]*http.Request, error) {
		reqs := make([]*http.Request, 0, n)
		for range n {
			req, err := t.CallRequest(ctx, ep, wrongLoginFields(user()), nil, nil)
			if err != nil {
				return nil, err
			}
			setClientAddr(t, req, ip())
			reqs = append(reqs, req)
		}
		return reqs, nil
	}
	// Per IP: one client address, unknown accounts.
	n := min(BurstFactor*limits.LoginPerIP, MaxBurst)
	if n <= limits.LoginPerIP {
		return t.Skip(ruleBurst, fmt.Sprintf("limits.loginPerIP %d is too high for a burst of at most MaxBurst=%d requests to show anything", limits.LoginPerIP, MaxBurst))
	}
	ip := ""
	if fwd != "" {
		ip = t.NewClientIP()
	}
	reqs, err := build(n, func() string { return "" }, func() string { return ip })
	if err != nil {
		return t.Error(ruleBurst, err)
	}
	parts = append(parts, part{name: "per IP", limit: limits.LoginPerIP, res: burst(ctx, t, reqs),
		detail: fmt.Sprintf("%d concurrent failed logins for unknown accounts from one client address %s", n, cmp.Or(ip, "(the prober's)"))})
	// Per account: one account, every request from its own address.
	var note string
	if fwd == "" {
		note = "the per-account burst needs a forwardedHeader (else the per-IP limit answers first)"
	} else if l, err := acquireForBurst(ctx, t); err != nil {
		note = "the per-account burst needs an account: " + err.Error()
	} else {
		n := min(BurstFactor*limits.LoginPerAccount, MaxBurst)
		reqs, err := build(n, func() string { return l.acct.Username }, t.NewClientIP)
		if err != nil {
			l.release()
			return t.Error(ruleBurst, err)
		}
		parts = append(parts, part{name: "per account", limit: limits.LoginPerAccount, res: burst(ctx, t, reqs),
			detail: fmt.Sprintf("%d concurrent failed logins for one account (%s), each from its own client address", n, l.how)})
		l.release()
	}
	ev := map[string]string{}
	var over, fine, broken []string
	for _, p := range parts {
		key := map[string]string{"per IP": "perIP", "per account": "perAccount"}[p.name]
		ev[key] = fmt.Sprintf("%s: %s (limit %d)", p.detail, p.res.summary(), p.limit)
		if len(p.res.errs) > 0 {
			ev[key+"Errors"] = strings.Join(p.res.errs, "; ")
		}
		switch {
		case p.res.admitted > p.limit:
			over = append(over, fmt.Sprintf("%s: %d of %d concurrent failed logins were judged (limit %d)", p.name, p.res.admitted, p.res.sent, p.limit))
		case p.res.failed*2 > p.res.sent:
			broken = append(broken, fmt.Sprintf("%s: %d of %d requests got no answer (%s)", p.name, p.res.failed, p.res.sent, strings.Join(p.res.errs, "; ")))
		default:
			fine = append(fine, fmt.Sprintf("%s: %d of %d judged (limit %d)", p.name, p.res.admitted, p.res.sent, p.limit))
		}
	}
	if note != "" {
		ev["note"] = note
	}
	switch {
	case len(over) > 0:
		return t.Fail(ruleBurst, strings.Join(over, "; ")+": attempts in flight together are judged before they are counted (where AP501/AP502 pass, the limit holds only one request at a time)", ev)
	case len(broken) > 0:
		return t.Error(ruleBurst, errors.New(strings.Join(broken, "; ")))
	}
	msg := "a burst of concurrent failed logins gets no more attempts than the limit: " + strings.Join(fine, "; ")
	if note != "" {
		msg += " (" + note + ")"
	}
	return t.Pass(ruleBurst, msg, ev)
}

// randomV6Prefix returns a random /64 in 2001:db8::/32, the documentation
// prefix (RFC 3849): it names nobody real in the target's logs.
func randomV6Prefix() string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return fmt.Sprintf("2001:db8:%x:%x", uint16(b[0])<<8|uint16(b[1]), uint16(b[2])<<8|uint16(b[3]))
}

// v6Addr is an address in prefix with a random interface identifier.
func v6Addr(prefix string) string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return fmt.Sprintf("%s:%x:%x:%x:%x", prefix, uint16(b[0])<<8|uint16(b[1]), uint16(b[2])<<8|uint16(b[3]), uint16(b[4])<<8|uint16(b[5]), uint16(b[6])<<8|uint16(b[7]))
}

// failedLogins sends up to limit+1 failed logins for unknown accounts, the
// i-th from addr(i), one after another, and returns the statuses and the
// 1-based attempt that was throttled (0: none).
func failedLogins(ctx context.Context, t *probes.Target, limit int, addr func(int) string) ([]string, int, error) {
	var statuses []string
	for i := 1; i <= limit+1; i++ {
		req, err := t.CallRequest(ctx, t.Profile.Endpoints.Login, wrongLoginFields(""), nil, nil)
		if err != nil {
			return statuses, 0, err
		}
		setClientAddr(t, req, addr(i))
		resp, err := t.Do(req)
		if err != nil {
			return statuses, 0, fmt.Errorf("failed login %d: %s", i, probes.DescribeError(err))
		}
		statuses = append(statuses, strconv.Itoa(resp.StatusCode))
		if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusMethodNotAllowed {
			return statuses, 0, fmt.Errorf("the login endpoint (%s) answered %d; check endpoints.login in the profile", requestLabel(resp), resp.StatusCode)
		}
		if throttled(resp.StatusCode) {
			return statuses, i, nil
		}
	}
	return statuses, 0, nil
}

// ipv6PrefixCheck decides AP507: limit+1 failed logins, each from another
// address of one /64, must be throttled like limit+1 from one address.
// When they are not, one address is tried: a target that does not limit
// even that does not read IPv6 addresses from the header, and the check
// skips.
func ipv6PrefixCheck(ctx context.Context, t *probes.Target, limits profile.Limits) report.Check {
	if t.Profile.ForwardedHeader == "" {
		return t.Skip(ruleIPv6Prefix, "the profile names no forwardedHeader the target trusts, so requests cannot claim IPv6 client addresses")
	}
	limit := limits.LoginPerIP
	prefix := randomV6Prefix()
	statuses, at, err := failedLogins(ctx, t, limit, func(int) string { return v6Addr(prefix) })
	if err != nil {
		return t.Error(ruleIPv6Prefix, err)
	}
	ev := probes.Evidence("prefix", prefix+"::/64", "limit", strconv.Itoa(limit), "statuses", strings.Join(statuses, " "), "header", t.Profile.ForwardedHeader)
	if at > 0 {
		return t.Pass(ruleIPv6Prefix, fmt.Sprintf("failed logins from %d different addresses of one /64 share one budget: throttled at attempt %d (limit %d)", at, at, limit), ev)
	}
	one := v6Addr(randomV6Prefix())
	control, at, err := failedLogins(ctx, t, limit, func(int) string { return one })
	if err != nil {
		return t.Error(ruleIPv6Prefix, err)
	}
	ev["oneAddress"], ev["oneAddressStatuses"] = one, strings.Join(control, " ")
	if at == 0 {
		return t.Skip(ruleIPv6Prefix, fmt.Sprintf("%d failed logins from one IPv6 address (in %s) were not throttled either: the target does not limit IPv6 clients it learns from the header (see AP501 for IPv4)", limit+1, t.Profile.ForwardedHeader))
	}
	return t.Fail(ruleIPv6Prefix, fmt.Sprintf("%d failed logins from different addresses of one /64 were all judged (%s), while one address is throttled at attempt %d: each /128 gets its own budget", len(statuses), strings.Join(statuses, " "), at), ev)
}

// resetPerIPCheck decides AP508: resetPerIP+1 reset requests for
// different unknown addresses from one client address; the last must be
// throttled.
func resetPerIPCheck(ctx context.Context, t *probes.Target, limits profile.Limits) report.Check {
	ep := t.Profile.Endpoints.ResetRequest
	if ep == nil {
		return t.Skip(ruleResetPerIP, "the profile describes no resetRequest endpoint")
	}
	limit := limits.ResetPerIP
	ip := ""
	if t.Profile.ForwardedHeader != "" {
		ip = t.NewClientIP()
	}
	var statuses []string
	for i := 1; i <= limit+1; i++ {
		addr := "authcheck-" + probes.RandomHex(5) + "@example.com"
		fields := map[string]any{"email": addr}
		if mentions(ep, "username") {
			fields["username"] = addr
		}
		req, err := t.CallRequest(ctx, ep, fields, nil, nil)
		if err != nil {
			return t.Error(ruleResetPerIP, err)
		}
		setClientAddr(t, req, ip)
		resp, err := t.Do(req)
		if err != nil {
			return t.Error(ruleResetPerIP, fmt.Errorf("reset request %d: %s", i, probes.DescribeError(err)))
		}
		statuses = append(statuses, strconv.Itoa(resp.StatusCode))
		ev := probes.Evidence("clientIP", cmp.Or(ip, "(the prober's)"), "limit", strconv.Itoa(limit), "statuses", strings.Join(statuses, " "))
		switch {
		case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusMethodNotAllowed:
			return t.Error(ruleResetPerIP, fmt.Errorf("the reset endpoint (%s) answered %d; check endpoints.resetRequest in the profile", requestLabel(resp), resp.StatusCode))
		case throttled(resp.StatusCode):
			return t.Pass(ruleResetPerIP, fmt.Sprintf("reset requests for different addresses from one client are throttled at request %d (limits.resetPerIP %d)", i, limit), ev)
		}
		if i == limit+1 {
			return t.Fail(ruleResetPerIP, fmt.Sprintf("%d reset requests for %d different addresses from one client were all answered (%s); expected 429 by request %d (limits.resetPerIP %d)", i, i, strings.Join(statuses, " "), limit+1, limit), ev)
		}
	}
	return t.Error(ruleResetPerIP, errors.New("unreachable"))
}

// successSpendCheck decides AP509 (info): loginPerIP+1 correct logins
// from one client address must all succeed.
func successSpendCheck(ctx context.Context, t *probes.Target, limits profile.Limits) report.Check {
	acct, ok := probes.LoginAccount(t.Profile)
	if !ok {
		return t.Skip(ruleSuccessSpend, "the profile lists no account to log in with")
	}
	ip := ""
	if t.Profile.ForwardedHeader != "" {
		ip = t.NewClientIP()
	}
	limit := limits.LoginPerIP
	var statuses []string
	for i := 1; i <= limit+1; i++ {
		req, err := t.CallRequest(ctx, t.Profile.Endpoints.Login, map[string]any{"username": acct.Username, "password": acct.Password}, nil, nil)
		if err != nil {
			return t.Error(ruleSuccessSpend, err)
		}
		setClientAddr(t, req, ip)
		resp, err := t.Do(req)
		if err != nil {
			return t.Error(ruleSuccessSpend, fmt.Errorf("login %d: %s", i, probes.DescribeError(err)))
		}
		statuses = append(statuses, strconv.Itoa(resp.StatusCode))
		ev := probes.Evidence("account", acct.Username, "clientIP", cmp.Or(ip, "(the prober's)"), "limit", strconv.Itoa(limit), "statuses", strings.Join(statuses, " "))
		switch {
		case throttled(resp.StatusCode):
			return t.Fail(ruleSuccessSpend, fmt.Sprintf("correct login %d from one client address was throttled (limits.loginPerIP %d): successful logins spend the address's budget, so users behind one NAT lock each other out", i, limit), ev)
		case resp.StatusCode/100 != 2 && resp.StatusCode/100 != 3:
			return t.Error(ruleSuccessSpend, fmt.Errorf("login %d as %s answered %d%s", i, acct.Username, resp.StatusCode, bodyHint(resp)))
		}
		if i == limit+1 {
			return t.Pass(ruleSuccessSpend, fmt.Sprintf("%d correct logins from one client address all succeeded (limits.loginPerIP %d counts failures only)", i, limit), ev)
		}
	}
	return t.Error(ruleSuccessSpend, errors.New("unreachable"))
}

// acquireForBurst is the account the per-account burst spends: a
// throwaway one when the profile can register accounts, else the last
// burnable account, so that the rate-limits probe (which spends the first)
// and this one do not judge each other's leftovers.
func acquireForBurst(ctx context.Context, t *probes.Target) (*lease, error) {
	if t.Profile.Endpoints.Register != nil {
		return acquire(ctx, t)
	}
	for i := len(t.Profile.Accounts) - 1; i >= 0; i-- {
		if a := t.Profile.Accounts[i]; a.Burnable {
			m := burnLock(t, a.Username)
			m.Lock()
			return &lease{acct: a, how: "burnable account " + a.Username + " from the profile", release: m.Unlock}, nil
		}
	}
	return nil, skipError("no endpoints.register for a throwaway account and no account marked burnable")
}
