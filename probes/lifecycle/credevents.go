package lifecycle

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the credential-events probe.
const (
	ruleKeyAfterReset     = "AP658"
	ruleKeyAfterChange    = "AP659"
	ruleKeyAfterLogoutAll = "AP660"
	ruleResetRace         = "AP356"
)

var credEventRules = []string{ruleKeyAfterReset, ruleKeyAfterChange, ruleKeyAfterLogoutAll, ruleResetRace}

// RaceWorkers is how many clients keep logging in with the old password
// while the reset-race check completes a reset (one when the profile
// names no forwardedHeader: each login refused after the reset counts
// against the prober's own per-IP budget).
var RaceWorkers = 3

func init() {
	probes.Register(&probes.Probe{
		Name:  "credential-events",
		Area:  "session",
		Rules: credEventRules,
		Needs: requireLogin,
		Run:   runCredentialEvents,
	})
}

// account is the leased account as the probe changes it: its current
// password follows every reset and change.
type eventAccount struct {
	*lease
	acct profile.Account
}

// runCredentialEvents takes one account it may change (a throwaway one,
// or a burnable one restored afterwards) through three credential events
// — a completed password reset, a password change, "sign out everywhere"
// — with an API key created in a fresh session before each: after the
// event the key must be refused (or at least marked for review). Then it
// completes one more reset while clients keep logging in with the old
// password, and every session those logins got after the reset began must
// be refused once it has completed.
func runCredentialEvents(ctx context.Context, t *probes.Target) (out []report.Check) {
	l, err := acquire(ctx, t)
	if err != nil {
		return outcome(t, err, credEventRules...)
	}
	defer l.release()
	a := &eventAccount{lease: l, acct: l.acct}
	defer func() {
		if note := restorePassword(context.WithoutCancel(ctx), t, l, a.acct.Password); note != "" {
			for i := range out {
				if out[i].Evidence == nil {
					out[i].Evidence = map[string]string{}
				}
				out[i].Evidence["restore"] = note
			}
		}
	}()
	ep := t.Profile.Endpoints
	resetReady := ep.ResetRequest != nil && ep.ResetConfirm != nil && t.Profile.Outbox != nil
	const noKeys = "the profile describes no endpoints.apiKeys to create a key with"
	const noReset = "needs endpoints.resetRequest, endpoints.resetConfirm and an outbox to complete a password reset"

	if ep.APIKeys == nil {
		out = append(out, t.Skip(ruleKeyAfterReset, noKeys), t.Skip(ruleKeyAfterChange, noKeys), t.Skip(ruleKeyAfterLogoutAll, noKeys))
	} else {
		if resetReady {
			out = append(out, keyAfterEvent(ctx, t, a, ruleKeyAfterReset, "a completed password reset", func(*client, *probes.Session) error {
				return a.reset(ctx, t)
			}))
		} else {
			out = append(out, t.Skip(ruleKeyAfterReset, noReset))
		}
		if ep.ChangePass != nil {
			out = append(out, keyAfterEvent(ctx, t, a, ruleKeyAfterChange, "a password change", func(c *client, s *probes.Session) error {
				return a.change(ctx, t, c, s)
			}))
		} else {
			out = append(out, t.Skip(ruleKeyAfterChange, "the profile describes no endpoints.changePassword"))
		}
		if ep.LogoutAll != nil {
			out = append(out, keyAfterEvent(ctx, t, a, ruleKeyAfterLogoutAll, "sign out everywhere (logoutAll)", func(c *client, s *probes.Session) error {
				return callOK(ctx, c, ep.LogoutAll, nil, s, "logoutAll")
			}))
		} else {
			out = append(out, t.Skip(ruleKeyAfterLogoutAll, "the profile describes no endpoints.logoutAll"))
		}
	}
	if !resetReady {
		return append(out, t.Skip(ruleResetRace, noReset))
	}
	res := resetRace(ctx, t, a)
	res.Evidence["account"] = l.how
	return append(out, res)
}

// reset completes a password reset through the outbox.
func (a *eventAccount) reset(ctx context.Context, t *probes.Target) error {
	m, err := requestResetMail(ctx, t, accountEmail(a.acct))
	if err != nil {
		return err
	}
	pw := strongPassword()
	r, err := confirmReset(ctx, t, m.token, pw)
	if err != nil {
		return fmt.Errorf("reset confirm: %s", probes.DescribeError(err))
	}
	if r.StatusCode/100 != 2 {
		return fmt.Errorf("the reset confirm with the token from the outbox answered %d%s", r.StatusCode, bodyHint(r))
	}
	a.acct.Password = pw
	return nil
}

// change changes the password in session s.
func (a *eventAccount) change(ctx context.Context, t *probes.Target, c *client, s *probes.Session) error {
	pw := strongPassword()
	r, err := c.call(ctx, t.Profile.Endpoints.ChangePass, map[string]any{"currentPassword": a.acct.Password, "newPassword": pw}, nil, s, nil)
	if err != nil {
		return fmt.Errorf("password change: %s", probes.DescribeError(err))
	}
	if r.StatusCode/100 != 2 && r.StatusCode/100 != 3 {
		return fmt.Errorf("password change (%s) answered %d%s", requestLabel(r), r.StatusCode, bodyHint(r))
	}
	a.acct.Password = pw
	return nil
}

// callOK calls ep and wants a 2xx or 3xx answer.
func callOK(ctx context.Context, c *client, ep *profile.Endpoint, fields map[string]any, s *probes.Session, label string) error {
	r, err := c.call(ctx, ep, fields, nil, s, nil)
	if err != nil {
		return fmt.Errorf("%s: %s", label, probes.DescribeError(err))
	}
	if r.StatusCode/100 != 2 && r.StatusCode/100 != 3 {
		return fmt.Errorf("%s (%s) answered %d%s", label, requestLabel(r), r.StatusCode, bodyHint(r))
	}
	return nil
}

// liveKey is an API key the probe created and saw accepted by me.
type liveKey struct {
	key, id string
	scheme  *keyScheme
}

// createLiveKey creates a key in session s for acct and finds how me takes
// it (Authorization: Bearer or X-API-Key).
func createLiveKey(ctx context.Context, t *probes.Target, c *client, s *probes.Session, acct profile.Account) (*liveKey, error) {
	ep := t.Profile.Endpoints.APIKeys
	f := map[string]any{}
	if mentions(ep, "name") {
		f["name"] = "authcheck-probe-" + probes.RandomHex(4)
	}
	if mentions(ep, "currentPassword") {
		f["currentPassword"] = acct.Password
	}
	r, err := c.call(ctx, ep, f, nil, s, nil)
	if err != nil {
		return nil, fmt.Errorf("creating an API key: %s", probes.DescribeError(err))
	}
	if r.StatusCode/100 != 2 {
		return nil, fmt.Errorf("creating an API key (%s) answered %d%s", requestLabel(r), r.StatusCode, bodyHint(r))
	}
	k := &liveKey{key: probes.JSONString(r.Body, ep.ResponseKey("apiKey")), id: probes.JSONString(r.Body, ep.ResponseKey("id"))}
	if k.key == "" {
		return nil, fmt.Errorf("the key creation answer has no key at %q (profile endpoints.apiKeys.response.apiKey)", ep.ResponseKey("apiKey"))
	}
	for i := range keySchemes {
		v, _, err := c.me(ctx, nil, keySchemes[i].edit(k.key))
		if err != nil {
			return nil, fmt.Errorf("me with the new key: %s", probes.DescribeError(err))
		}
		if v == accepted {
			k.scheme = &keySchemes[i]
			return k, nil
		}
	}
	return nil, fmt.Errorf("me refuses the new key in both Authorization: Bearer and X-API-Key; give the key the scopes me needs (endpoints.apiKeys.extra)")
}

// reviewStatus matches key states that mean "suspended until the owner
// looks at it".
var reviewStatus = regexp.MustCompile(`(?i)review|suspend|flagged|disabled|inactive|revoked`)

// keyState reads the key's detail view (endpoints.apiKey's path, GET) in
// session s and returns its status field (or "" when unreadable).
func keyState(ctx context.Context, t *probes.Target, c *client, s *probes.Session, id string) string {
	ep := t.Profile.Endpoints.APIKey
	if ep == nil || id == "" || !strings.Contains(ep.Path, "{id}") || s == nil {
		return ""
	}
	r, err := c.call(ctx, getEndpoint(strings.ReplaceAll(ep.Path, "{id}", id)), nil, nil, s, nil)
	if err != nil || r.StatusCode/100 != 2 {
		return ""
	}
	for _, k := range []string{"status", "state"} {
		if v := probes.JSONString(r.Body, k); v != "" {
			return v
		}
	}
	return ""
}

// keyAfterEvent logs in, creates a key, checks it works, runs event in that
// session, and judges the key: refused passes; accepted fails, or warns
// when the key's detail view marks it for review.
func keyAfterEvent(ctx context.Context, t *probes.Target, a *eventAccount, rule, event string, run func(*client, *probes.Session) error) report.Check {
	c := newClient(t)
	s, err := c.login(ctx, a.acct)
	if err != nil {
		return t.Error(rule, err)
	}
	k, err := createLiveKey(ctx, t, c, s, a.acct)
	if err != nil {
		return t.Error(rule, err)
	}
	if err := run(c, s); err != nil {
		return t.Error(rule, err)
	}
	v, r, err := c.me(ctx, nil, k.scheme.edit(k.key))
	if err != nil {
		return t.Error(rule, fmt.Errorf("me with the key after %s: %s", event, probes.DescribeError(err)))
	}
	e := probes.Evidence("scheme", k.scheme.name, "keyAfter", fmt.Sprintf("%s (%d)", v, r.StatusCode), "account", a.how)
	// A fresh session (the event may have ended the old one) reads the
	// key's state and revokes it.
	var state string
	if s2, err := newClient(t).login(ctx, a.acct); err == nil {
		state = keyState(ctx, t, c, s2, k.id)
		if ep := t.Profile.Endpoints.APIKey; ep != nil && ep.Method == http.MethodDelete && k.id != "" {
			defer func() {
				_, _ = c.call(context.WithoutCancel(ctx), ep, nil, map[string]string{"id": k.id}, s2, nil)
			}()
		}
	}
	if state != "" {
		e["keyStatus"] = state
	}
	switch v {
	case refused:
		return t.Pass(rule, fmt.Sprintf("an API key created before %s is refused after it", event), e)
	case accepted:
		if reviewStatus.MatchString(state) {
			return t.Warn(rule, fmt.Sprintf("an API key created before %s is marked %q but still authenticates: refuse it (401) until the owner reviews it", event, state), e)
		}
		return t.Fail(rule, fmt.Sprintf("an API key created before %s still authenticates after it (%s answered %d)", event, requestLabel(r), r.StatusCode), e)
	}
	c2 := t.Error(rule, fmt.Errorf("me answered %d to the key after %s; cannot tell accepted from refused%s", r.StatusCode, event, bodyHint(r)))
	c2.Evidence = e
	return c2
}

// raceLogin is one login with the old password during the reset race.
type raceLogin struct {
	sent, done time.Time
	status     int
	session    *probes.Session
}

// resetRace requests a reset, starts clients that log in with the current
// password over and over, completes the reset while they do, and stops
// them once it has. Logins that succeeded and whose answer arrived after
// the reset confirm was sent were in flight while the reset completed:
// their sessions must all be refused afterwards. When none was, the race
// was not exercised and the check is skipped with the counts; nothing is
// claimed.
func resetRace(ctx context.Context, t *probes.Target, a *eventAccount) report.Check {
	m, err := requestResetMail(ctx, t, accountEmail(a.acct))
	if err != nil {
		return t.Error(ruleResetRace, err)
	}
	old := a.acct
	workers := RaceWorkers
	if !rotatesIP(t) {
		workers = 1
	}
	var (
		mu       sync.Mutex
		logins   []raceLogin
		resetEnd time.Time // zero until the reset confirm answered
		wg       sync.WaitGroup
	)
	started := make(chan struct{}, workers)
	finished := make(chan time.Duration, 1) // how long a login took
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			first := true
			for attempt := 0; attempt < 50; attempt++ {
				mu.Lock()
				over := !resetEnd.IsZero()
				mu.Unlock()
				if over || rctx.Err() != nil {
					return
				}
				c := newClient(t)
				req, err := t.CallRequest(rctx, t.Profile.Endpoints.Login, map[string]any{"username": old.Username, "password": old.Password}, nil, nil)
				if err != nil {
					return
				}
				if first {
					started <- struct{}{}
					first = false
				}
				l := raceLogin{sent: time.Now()}
				resp, err := c.do(req)
				l.done = time.Now()
				if err != nil {
					return
				}
				l.status = resp.StatusCode
				if resp.StatusCode/100 == 2 {
					l.session, _ = sessionFrom(t.Profile.Endpoints.Login, old, resp)
				}
				mu.Lock()
				logins = append(logins, l)
				mu.Unlock()
				select {
				case finished <- l.done.Sub(l.sent):
				default:
				}
				if resp.StatusCode/100 != 2 {
					return // the old password no longer works (or throttled): stop
				}
			}
		}()
	}
	// Wait until every worker has a login in flight and one login has
	// finished, then half a login's time more: the workers' logins are then
	// spread over their phases, some half-way between checking the
	// password and answering, where a reset is most likely to land.
	for range workers {
		select {
		case <-started:
		case <-time.After(5 * time.Second):
		case <-ctx.Done():
			cancel()
			wg.Wait()
			return t.Error(ruleResetRace, ctx.Err())
		}
	}
	select {
	case d := <-finished:
		_ = sleep(ctx, min(d/2, 2*time.Second))
	case <-time.After(5 * time.Second):
	case <-ctx.Done():
		cancel()
		wg.Wait()
		return t.Error(ruleResetRace, ctx.Err())
	}
	pw := strongPassword()
	resetSent := time.Now()
	r, err := confirmReset(ctx, t, m.token, pw)
	mu.Lock()
	resetEnd = time.Now()
	mu.Unlock()
	wg.Wait()
	if err != nil {
		return t.Error(ruleResetRace, fmt.Errorf("reset confirm: %s", probes.DescribeError(err)))
	}
	if r.StatusCode/100 != 2 {
		return t.Error(ruleResetRace, fmt.Errorf("the reset confirm with the token from the outbox answered %d%s", r.StatusCode, bodyHint(r)))
	}
	a.acct.Password = pw
	// The reset takes effect at some instant C between resetSent and
	// resetEnd that is not visible from outside. A login that succeeded
	// checked the old password before C, so C is after it was sent; one
	// refused with 401/403 checked after C, so C is before its answer.
	// When the logins' spans (sent to answered) cover every instant C can
	// be, one of them was certainly in flight when the reset took effect:
	// the race was exercised. Whatever happened inside the target, no
	// login answered after the reset began may leave a working session.
	lo, hi := resetSent, resetEnd
	var spans [][2]time.Time
	for _, l := range logins {
		ok := l.status/100 == 2
		refusedLogin := l.status == http.StatusUnauthorized || l.status == http.StatusForbidden
		if !ok && !refusedLogin {
			continue // throttled, shed or broken: it may never have checked a password
		}
		if ok && l.sent.After(lo) {
			lo = l.sent
		}
		if refusedLogin && l.done.Before(hi) {
			hi = l.done
		}
		spans = append(spans, [2]time.Time{l.sent, l.done})
	}
	exercised := covers(spans, lo, hi)
	var before, after, overlapping, other int
	var sessions []*probes.Session // logins answered after the reset began
	for _, l := range logins {
		if l.status/100 != 2 && l.status != http.StatusUnauthorized && l.status != http.StatusForbidden {
			other++
			continue
		}
		ok := l.status/100 == 2
		if l.sent.Before(hi) && l.done.After(lo) {
			overlapping++
		}
		switch {
		case l.done.Before(resetSent):
			if ok {
				before++
			}
		case ok:
			after++
			if l.session != nil {
				sessions = append(sessions, l.session)
			}
		}
	}
	e := probes.Evidence("workers", fmt.Sprint(workers), "logins", fmt.Sprint(len(logins)),
		"succeededBeforeReset", fmt.Sprint(before), "succeededAfterResetBegan", fmt.Sprint(after),
		"overlappingWhenResetCouldTakeEffect", fmt.Sprint(overlapping), "window", fmt.Sprintf("%s–%s after the reset was sent", lo.Sub(resetSent).Round(time.Millisecond), hi.Sub(resetSent).Round(time.Millisecond)),
		"resetTook", resetEnd.Sub(resetSent).Round(time.Millisecond).String())
	if other > 0 {
		e["otherAnswers"] = fmt.Sprintf("%d (429, 5xx, …: not counted)", other)
	}
	c := newClient(t)
	var alive []string
	jwtOnly := 0
	for i, s := range sessions {
		for _, cr := range credentials(s) {
			v, resp, err := c.me(ctx, cr.as, nil)
			if err != nil {
				return t.Error(ruleResetRace, fmt.Errorf("me with a raced session's %s: %s", cr.kind, probes.DescribeError(err)))
			}
			if v != accepted {
				continue
			}
			if cr.kind == "access token" && isJWT(cr.as.AccessToken) {
				jwtOnly++
				continue
			}
			alive = append(alive, fmt.Sprintf("session %d's %s (%d)", i+1, cr.kind, resp.StatusCode))
		}
	}
	switch {
	case len(alive) > 0:
		return t.Fail(ruleResetRace, fmt.Sprintf("logins with the old password answered after the reset began got sessions that still work after it completed: %s", strings.Join(alive, ", ")), e)
	case !exercised:
		return skipWith(t, ruleResetRace, fmt.Sprintf("no login with the old password was provably in flight when the reset took effect (%d logins, the reset took %s); the race was not exercised, so nothing is claimed", len(logins), resetEnd.Sub(resetSent).Round(time.Millisecond)), e)
	case jwtOnly > 0:
		return t.Warn(ruleResetRace, fmt.Sprintf("no session of a login that raced the reset works after it, but %d JWT access token(s) those logins got still do until their exp; name the session in the token and check it", jwtOnly), e)
	}
	return t.Pass(ruleResetRace, fmt.Sprintf("logins with the old password were in flight whenever the reset took effect (%d overlapped the instants it could have), and no login answered after the reset began left a working session", overlapping), e)
}

// covers reports whether the union of spans covers [lo, hi]; an empty or
// inverted range (lo after hi: the bounds contradict each other) is not
// covered.
func covers(spans [][2]time.Time, lo, hi time.Time) bool {
	if lo.After(hi) || len(spans) == 0 {
		return false
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0].Before(spans[j][0]) })
	reach := lo
	for _, sp := range spans {
		if sp[0].After(reach) {
			break
		}
		if sp[1].After(reach) {
			reach = sp[1]
		}
	}
	return !reach.Before(hi) && reach.After(lo)
}
