package lifecycle

import (
	"context"
	"crypto/rand"
	"fmt"
	"math"
	"net/http"
	"strings"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the enumeration probes.
const (
	ruleLoginEnum  = "AP701"
	ruleTiming     = "AP702"
	ruleResetEnum  = "AP703"
	timingMaxUses  = 2 // failed logins per known account in the timing check
	unknownAccount = "authcheck-nobody-"
)

func init() {
	probes.Register(&probes.Probe{
		Name:  "enumeration",
		Area:  "enumeration",
		Rules: []string{ruleLoginEnum, ruleResetEnum},
		Needs: func(t *probes.Target) string { return needs(t, "login") },
		Last:  true, // fails logins and requests resets on purpose
		Run:   runEnumeration,
	})
	probes.Register(&probes.Probe{
		Name:  "login-timing",
		Area:  "enumeration",
		Rules: []string{ruleTiming},
		Needs: func(t *probes.Target) string { return needs(t, "login") },
		Last:  true, // dozens of failed logins, and timing wants a quiet target
		Run:   runTiming,
	})
}

// knownAccount is an existing account the probe may fail logins against: a
// throwaway one, else a burnable one, else the login account (two failed
// logins do not lock anyone out under the checklist's limits).
func knownAccount(ctx context.Context, t *probes.Target) (profile.Account, string, error) {
	if t.Profile.Endpoints.Register != nil {
		acct, err := registerThrowaway(ctx, t)
		return acct, "throwaway account registered through endpoints.register", err
	}
	if a, ok := t.Profile.BurnableAccount(); ok {
		return a, "burnable account " + a.Username, nil
	}
	a, _ := probes.LoginAccount(t.Profile)
	return a, "profile account " + a.Username + " (no register endpoint or burnable account)", nil
}

// unknownName makes up an account name shaped like known (an address if
// known is one), that no target has.
func unknownName(known string) string {
	if at := strings.LastIndexByte(known, '@'); at >= 0 {
		return unknownAccount + probes.RandomHex(6) + known[at:]
	}
	return unknownAccount + probes.RandomHex(6)
}

func runEnumeration(ctx context.Context, t *probes.Target) []report.Check {
	known, how, err := knownAccount(ctx, t)
	if err != nil {
		return outcome(t, err, ruleLoginEnum, ruleResetEnum)
	}
	return []report.Check{loginEnumeration(ctx, t, known, how), resetEnumeration(ctx, t, known, how)}
}

// repeats is how often each input is sent: twice when clients rotate
// addresses (the second answer shows which parts are volatile), else once
// to spare the per-IP budget.
func repeats(t *probes.Target) int {
	if rotatesIP(t) {
		return 2
	}
	return 1
}

// loginEnumeration compares a failed login for an unknown account with a
// wrong password for an existing one.
func loginEnumeration(ctx context.Context, t *probes.Target, known profile.Account, how string) report.Check {
	ep := t.Profile.Endpoints.Login
	unknown := unknownName(known.Username)
	wrong := strongPassword()
	var a, b []*probes.Response
	for range repeats(t) {
		for _, who := range []string{unknown, known.Username} {
			r, err := newClient(t).call(ctx, ep, map[string]any{"username": who, "password": wrong}, nil, nil, nil)
			if err != nil {
				return t.Error(ruleLoginEnum, fmt.Errorf("login: %s", probes.DescribeError(err)))
			}
			if r.StatusCode == http.StatusTooManyRequests {
				return t.Error(ruleLoginEnum, fmt.Errorf("the login was throttled (429) before the answers could be compared; %s", throttleAdvice))
			}
			if r.StatusCode/100 == 2 {
				return t.Error(ruleLoginEnum, fmt.Errorf("a login with a made-up password answered %d; cannot compare failures", r.StatusCode))
			}
			if who == unknown {
				a = append(a, r)
			} else {
				b = append(b, r)
			}
		}
	}
	diffs, ignored := answerDiff(a, b, []string{unknown, known.Username})
	e := probes.Evidence("unknownAccount", fmt.Sprint(a[0].StatusCode), "wrongPassword", fmt.Sprint(b[0].StatusCode),
		"knownAccount", how, "samplesEach", fmt.Sprint(len(a)), "ignored", strings.Join(ignored, "; "))
	if len(diffs) > 0 {
		return t.Fail(ruleLoginEnum, "an unknown account and a wrong password get different answers: "+strings.Join(diffs, "; "), e)
	}
	return t.Pass(ruleLoginEnum, "an unknown account and a wrong password get the same status, headers and body", e)
}

// resetEnumeration compares reset requests for an unknown and a known
// address.
func resetEnumeration(ctx context.Context, t *probes.Target, known profile.Account, how string) report.Check {
	ep := t.Profile.Endpoints.ResetRequest
	if ep == nil {
		return t.Skip(ruleResetEnum, "the profile describes no endpoints.resetRequest")
	}
	addr := accountEmail(known)
	if !strings.Contains(addr, "@") {
		return t.Skip(ruleResetEnum, "the known account has no e-mail address to request a reset for")
	}
	unknown := unknownName(addr)
	var a, b []*probes.Response
	for range repeats(t) {
		for _, who := range []string{unknown, addr} {
			fields := map[string]any{"email": who}
			if mentions(ep, "username") {
				fields["username"] = who
			}
			r, err := newClient(t).call(ctx, ep, fields, nil, nil, nil)
			if err != nil {
				return t.Error(ruleResetEnum, fmt.Errorf("reset request: %s", probes.DescribeError(err)))
			}
			if r.StatusCode == http.StatusTooManyRequests {
				return t.Error(ruleResetEnum, fmt.Errorf("the reset request was throttled (429) before the answers could be compared"))
			}
			if who == unknown {
				a = append(a, r)
			} else {
				b = append(b, r)
			}
		}
	}
	diffs, ignored := answerDiff(a, b, []string{unknown, addr})
	e := probes.Evidence("unknownAddress", fmt.Sprint(a[0].StatusCode), "knownAddress", fmt.Sprint(b[0].StatusCode),
		"knownAccount", how, "samplesEach", fmt.Sprint(len(a)), "ignored", strings.Join(ignored, "; "))
	if len(diffs) > 0 {
		return t.Fail(ruleResetEnum, "reset requests for an unknown and a known address get different answers: "+strings.Join(diffs, "; "), e)
	}
	return t.Pass(ruleResetEnum, "reset requests for an unknown and a known address get the same status, headers and body (timing not compared)", e)
}

// timingRound is one round of the timing comparison.
type timingRound struct {
	known, unknown []float64 // milliseconds
	p, shift       float64
	threshold      float64
	flagged        bool
	extended       bool
}

// evaluate tests the samples gathered so far at level alpha.
func (r *timingRound) evaluate(alpha float64) {
	_, r.p = mannWhitney(r.known, r.unknown)
	r.shift = hodgesLehmann(r.known, r.unknown)
	faster := math.Min(median(r.known), median(r.unknown))
	r.threshold = math.Max(float64(TimingMinShift)/float64(time.Millisecond), TimingRelShift*faster)
	r.flagged = r.p < alpha && math.Abs(r.shift) >= r.threshold
}

// suggestive is a round that is not flagged but has a large shift with a
// p-value under limit: worth more samples.
func (r *timingRound) suggestive(limit float64) bool {
	return !r.flagged && r.p < limit && math.Abs(r.shift) >= r.threshold
}

// timingLevels are the significance level and extension limit of the
// first round and of the confirming one. The first round carries the
// false-alarm control (p < TimingAlpha); the second only has to show the
// same difference again, so that a burst of load during the first round
// cannot fail a correct server on its own.
func timingLevels(round int) (alpha, extendBelow float64) {
	if round == 0 {
		return TimingAlpha, TimingExtendBelow
	}
	return TimingConfirmAlpha, 5 * TimingExtendBelow
}

// runTiming compares the time of failed logins for unknown accounts with
// wrong passwords for existing ones, measured from the request being
// written to the first byte of the answer. Samples are interleaved in
// random order, pair by pair, so that load changes on the target or the
// prober hit both groups alike; the groups are compared with the exact
// Mann–Whitney test (ranks, so outliers do not matter) and the
// Hodges–Lehmann shift. A round flags a difference only when it is both
// significant (p < TimingAlpha) and large (shift ≥ max(TimingMinShift,
// TimingRelShift × faster median)). A round that is merely suggestive
// (p < TimingExtendBelow) takes as many samples again and is judged on
// all of them, which keeps the power under heavy load. A flagged round is
// repeated with fresh samples, and the check fails only when the second
// round shows the same difference (same direction, large, p <
// TimingConfirmAlpha): under the null hypothesis both must happen, so the
// false-alarm rate stays far below TimingAlpha even when load comes in
// bursts. A missing dummy hash (tens of milliseconds against almost
// nothing) passes both bars by far.
//
// Budget: each round takes 2×TimingSamples+2 failed logins (twice that
// when extended). Unknown accounts are fresh names; known ones are
// throwaway accounts used at most twice each, so that per-account limits
// and back-off (which would slow only the known group) never start.
func runTiming(ctx context.Context, t *probes.Target) []report.Check {
	n := TimingSamples
	perRound := 2*n + 2
	if !rotatesIP(t) {
		if limit := t.Profile.Limits.WithDefaults().LoginPerIP; perRound > limit {
			return []report.Check{t.Skip(ruleTiming, fmt.Sprintf("needs at least %d failed logins, more than the per-IP login limit (%d); set forwardedHeader in the profile to a header the target trusts for the client address (a staging setup that trusts the prober), or raise limits.loginPerIP if the target allows more", perRound, limit))}
		}
	}
	pool, how, err := newAccountPool(ctx, t, n)
	if err != nil {
		return outcome(t, err, ruleTiming)
	}
	wrong := strongPassword()
	var rounds []*timingRound
	for i := range 2 {
		alpha, extendBelow := timingLevels(i)
		round, err := timeRound(ctx, t, pool, n, wrong, alpha, extendBelow, !rotatesIP(t))
		if err != nil {
			return outcome(t, err, ruleTiming)
		}
		rounds = append(rounds, round)
		if !round.flagged {
			break
		}
	}
	first := rounds[0]
	e := probes.Evidence("samplesPerGroup", fmt.Sprint(n), "rounds", fmt.Sprint(len(rounds)), "alpha", fmt.Sprint(TimingAlpha), "confirmAlpha", fmt.Sprint(TimingConfirmAlpha),
		"knownAccounts", how, "measured", "request written to first answer byte",
		"test", "exact two-sided Mann–Whitney U; Hodges–Lehmann shift; a second round must confirm")
	for i, r := range rounds {
		prefix := fmt.Sprintf("round%d.", i+1)
		e[prefix+"samplesPerGroup"] = fmt.Sprint(len(r.known))
		if r.extended {
			_, limit := timingLevels(i)
			e[prefix+"extended"] = "yes: the first samples were suggestive (p < " + fmt.Sprint(limit) + ")"
		}
		e[prefix+"medianKnownMs"] = fmt.Sprintf("%.2f", median(r.known))
		e[prefix+"medianUnknownMs"] = fmt.Sprintf("%.2f", median(r.unknown))
		e[prefix+"shiftMs"] = fmt.Sprintf("%.2f", r.shift)
		e[prefix+"thresholdMs"] = fmt.Sprintf("%.2f", r.threshold)
		e[prefix+"p"] = fmt.Sprintf("%.2g", r.p)
	}
	if len(rounds) == 2 && rounds[1].flagged && math.Signbit(rounds[0].shift) == math.Signbit(rounds[1].shift) {
		slower := "existing accounts"
		if first.shift < 0 {
			slower = "unknown accounts"
		}
		return []report.Check{t.Fail(ruleTiming, fmt.Sprintf("failed logins for %s take about %.1f ms longer (p=%.2g and %.2g in two rounds of %d and %d samples per group): the login reveals which accounts exist (typically no dummy hash for unknown users)",
			slower, math.Abs(rounds[1].shift), rounds[0].p, rounds[1].p, len(rounds[0].known), len(rounds[1].known)), e)}
	}
	msg := fmt.Sprintf("no timing difference between unknown accounts and wrong passwords (median %.1f vs %.1f ms, shift %.2f ms, p=%.2g, %d samples each)",
		median(first.unknown), median(first.known), first.shift, first.p, len(first.known))
	if len(rounds) == 2 {
		msg = fmt.Sprintf("a difference in the first round (shift %.2f ms, p=%.2g) did not repeat in the second (shift %.2f ms, p=%.2g): treated as noise", first.shift, first.p, rounds[1].shift, rounds[1].p)
	}
	return []report.Check{t.Pass(ruleTiming, msg, e)}
}

// accountPool hands out existing accounts for failed logins, each at most
// timingMaxUses times.
type accountPool struct {
	t        *probes.Target
	register bool
	accounts []profile.Account
	uses     []int
}

func newAccountPool(ctx context.Context, t *probes.Target, n int) (*accountPool, string, error) {
	p := &accountPool{t: t, register: t.Profile.Endpoints.Register != nil}
	if p.register {
		return p, "throwaway accounts registered through endpoints.register", nil
	}
	for _, a := range t.Profile.Accounts {
		if a.Burnable {
			p.accounts = append(p.accounts, a)
			p.uses = append(p.uses, 0)
		}
	}
	if len(p.accounts)*timingMaxUses < 2*n {
		return nil, "", skipError(fmt.Sprintf("needs %d failed logins against existing accounts, at most %d per account (so that per-account limits and back-off do not slow one group): give endpoints.register for throwaway accounts, or more burnable accounts", 2*n, timingMaxUses))
	}
	return p, "burnable accounts from the profile", nil
}

// take returns n account names, registering throwaways as needed.
func (p *accountPool) take(ctx context.Context, n int) ([]string, error) {
	var out []string
	for len(out) < n {
		i := -1
		for j, u := range p.uses {
			if u < timingMaxUses {
				i = j
				break
			}
		}
		if i < 0 {
			if !p.register {
				return nil, skipError("ran out of burnable accounts for the timing check")
			}
			acct, err := registerThrowaway(ctx, p.t)
			if err != nil {
				return nil, err
			}
			p.accounts = append(p.accounts, acct)
			p.uses = append(p.uses, 0)
			continue
		}
		p.uses[i]++
		out = append(out, p.accounts[i].Username)
	}
	return out, nil
}

// timeRound measures n failed logins per group, and n more when the first
// n are suggestive (unless budget forbids: without address rotation the
// per-IP limit allows no extension).
func timeRound(ctx context.Context, t *probes.Target, pool *accountPool, n int, wrong string, alpha, extendBelow float64, noExtension bool) (*timingRound, error) {
	ep := t.Profile.Endpoints.Login
	round := &timingRound{}
	var shape string
	measure := func(who string) (float64, error) {
		r, d, err := newClient(t).timedCall(ctx, ep, map[string]any{"username": who, "password": wrong})
		if err != nil {
			return 0, fmt.Errorf("login: %s", probes.DescribeError(err))
		}
		switch {
		case r.StatusCode == http.StatusTooManyRequests:
			return 0, fmt.Errorf("the login was throttled (429) during the timing check: the target's limits are lower than the profile says, or it does not trust forwardedHeader")
		case r.StatusCode/100 == 2:
			return 0, fmt.Errorf("a login with a made-up password answered %d", r.StatusCode)
		case r.StatusCode/100 == 5:
			return 0, fmt.Errorf("a failed login answered %d%s", r.StatusCode, bodyHint(r))
		}
		return float64(d) / float64(time.Millisecond), nil
	}
	batch := func() error {
		knownNames, err := pool.take(ctx, n)
		if err != nil {
			return err
		}
		if shape == "" {
			shape = knownNames[0]
			// Warm-up: connections, caches, lazy initialisation.
			for range 2 {
				if _, err := measure(unknownName(shape)); err != nil {
					return err
				}
			}
		}
		coin := make([]byte, n)
		_, _ = rand.Read(coin)
		for i := range n {
			order := []bool{true, false} // true: known
			if coin[i]&1 == 1 {
				order = []bool{false, true}
			}
			for _, isKnown := range order {
				who := unknownName(shape)
				if isKnown {
					who = knownNames[i]
				}
				ms, err := measure(who)
				if err != nil {
					return err
				}
				if isKnown {
					round.known = append(round.known, ms)
				} else {
					round.unknown = append(round.unknown, ms)
				}
			}
		}
		return nil
	}
	if err := batch(); err != nil {
		return nil, err
	}
	round.evaluate(alpha)
	if round.suggestive(extendBelow) && !noExtension {
		if err := batch(); err != nil {
			return nil, err
		}
		round.extended = true
		round.evaluate(alpha)
	}
	return round, nil
}
