package lifecycle

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the session-lifecycle probes.
const (
	ruleFixation       = "AP351"
	ruleLogout         = "AP352"
	ruleIdle           = "AP353"
	ruleAbsolute       = "AP354"
	ruleChangeSessions = "AP355"
	ruleLogoutRefresh  = "AP809"
	ruleChangeRefresh  = "AP810"
)

func init() {
	probes.Register(&probes.Probe{
		Name:  "session-fixation",
		Area:  "session",
		Rules: []string{ruleFixation},
		Needs: requireLogin,
		Run:   runFixation,
	})
	probes.Register(&probes.Probe{
		Name:  "session-logout",
		Area:  "session",
		Rules: []string{ruleLogout, ruleLogoutRefresh},
		Needs: func(t *probes.Target) string { return needs(t, "login", "me", "logout") },
		Run:   runLogout,
	})
	probes.Register(&probes.Probe{
		Name:   "session-expiry",
		Area:   "session",
		Rules:  []string{ruleIdle, ruleAbsolute},
		Needs:  requireLogin,
		LastIf: hasClock, // may move the target's clock, which ages every session
		Order:  clockOrder,
		Run:    runExpiry,
	})
	probes.Register(&probes.Probe{
		Name:  "password-change",
		Area:  "session",
		Rules: []string{ruleChangeSessions, ruleChangeRefresh},
		Needs: func(t *probes.Target) string { return needs(t, "login", "me", "changePassword") },
		Run:   runPasswordChange,
	})
}

// sessionCookieName is the profile's session cookie, or the one a login
// sets that looks like a session.
func sessionCookieName(t *probes.Target, s *probes.Session) string {
	if t.Profile.Session.Cookie != "" {
		return t.Profile.Session.Cookie
	}
	if s != nil {
		if c, ok := s.SessionCookie(t.Profile); ok {
			return c.Name
		}
	}
	return ""
}

// setValue is the value a response sets for the named cookie ("" when it
// sets none, or deletes it).
func setValue(r *probes.Response, name string) string {
	for _, c := range r.Cookies() {
		if c.Name == name && c.MaxAge >= 0 && c.Value != "" && (c.Expires.IsZero() || c.Expires.After(time.Now())) {
			return c.Value
		}
	}
	return ""
}

// runFixation: the session ID a client holds before login must not be the
// one it is logged in with afterwards. If the target hands out a session
// cookie before login (GET of the URL), that one is carried into the
// login; otherwise a random value is planted under the session cookie's
// name, as an attacker would. After the login, the pre-login value alone
// must be refused by me, and the login must have set a different one.
func runFixation(ctx context.Context, t *probes.Target) []report.Check {
	acct, _ := probes.LoginAccount(t.Profile)
	c := newClient(t)
	name := t.Profile.Session.Cookie
	var pre string
	how := ""
	if anon, err := c.call(ctx, getEndpoint(t.URL.RequestURI()), nil, nil, nil, nil); err == nil {
		for _, ck := range anon.Cookies() {
			if (name != "" && ck.Name == name) || (name == "" && probes.LooksLikeSessionCookie(ck.Name) && ck.Name != t.Profile.CSRFCookieName) {
				name, pre = ck.Name, ck.Value
				how = "issued before login by GET " + t.URL.RequestURI()
				break
			}
		}
	}
	if name == "" {
		// Learn the cookie's name from a plain login.
		s, err := newClient(t).login(ctx, acct)
		if err != nil {
			return outcome(t, err, ruleFixation)
		}
		if name = sessionCookieName(t, s); name == "" {
			return probes.SkipAll(t, "the login sets no session cookie (the session travels as a bearer token): there is no cookie to fix", ruleFixation)
		}
	}
	if pre == "" {
		b := make([]byte, 32)
		_, _ = rand.Read(b)
		pre = base64.RawURLEncoding.EncodeToString(b)
		how = "planted by the probe (the target sets no session cookie before login)"
	}
	s, err := c.login(ctx, acct, &http.Cookie{Name: name, Value: pre})
	if err != nil {
		return outcome(t, err, ruleFixation)
	}
	post := setValue(s.Login, name)
	e := probes.Evidence("cookie", name, "preLoginValue", how, "login", requestLabel(s.Login))
	v, resp, err := c.me(ctx, &probes.Session{Cookies: []*http.Cookie{{Name: name, Value: pre}}}, nil)
	if err != nil {
		return outcome(t, fmt.Errorf("me with the pre-login cookie: %s", probes.DescribeError(err)), ruleFixation)
	}
	e["preLoginCookieAfterLogin"] = fmt.Sprintf("%s (%d)", v, resp.StatusCode)
	switch {
	case v == accepted && post == "":
		return []report.Check{t.Fail(ruleFixation, "the login set no new session cookie and the pre-login value now authenticates: the server adopted a session ID chosen before login", e)}
	case v == accepted && post == pre:
		return []report.Check{t.Fail(ruleFixation, "the login kept the pre-login session ID and it now authenticates", e)}
	case v == accepted:
		return []report.Check{t.Fail(ruleFixation, "the login set a new session cookie, but the pre-login value also authenticates afterwards", e)}
	case v == unclear:
		return []report.Check{t.Error(ruleFixation, fmt.Errorf("me answered %d to the pre-login cookie; cannot tell%s", resp.StatusCode, bodyHint(resp)))}
	}
	if post == "" {
		return []report.Check{t.Pass(ruleFixation, "the pre-login session cookie does not authenticate after login (the login sets no session cookie of that name)", e)}
	}
	// Sanity: the new cookie does authenticate, or the refusal above
	// proves nothing.
	if nv, nresp, err := c.me(ctx, &probes.Session{Cookies: s.Cookies}, nil); err != nil || nv != accepted {
		status := "no answer"
		if nresp != nil {
			status = fmt.Sprint(nresp.StatusCode)
		}
		return []report.Check{t.Error(ruleFixation, fmt.Errorf("me refuses the session cookie the login just set (%s); name an authenticated endpoint that accepts it as endpoints.me", status))}
	}
	return []report.Check{t.Pass(ruleFixation, "login issued a new session ID and the pre-login one does not authenticate", e)}
}

// getEndpoint is an ad-hoc GET endpoint.
func getEndpoint(path string) *profile.Endpoint {
	return &profile.Endpoint{Method: http.MethodGet, Path: path}
}

// runLogout: after logout, each credential of the session (cookie, access
// token) must be refused by me, and its refresh token by refresh.
func runLogout(ctx context.Context, t *probes.Target) []report.Check {
	acct, _ := probes.LoginAccount(t.Profile)
	c := newClient(t)
	s, err := c.login(ctx, acct)
	if err != nil {
		return outcome(t, err, ruleLogout, ruleLogoutRefresh)
	}
	creds := credentials(s)
	if len(creds) == 0 {
		return outcome(t, fmt.Errorf("the login (%s) returned neither a cookie nor an access token (profile endpoints.login.response)", requestLabel(s.Login)), ruleLogout, ruleLogoutRefresh)
	}
	before, err := verdicts(ctx, c, creds)
	if err != nil {
		return outcome(t, err, ruleLogout, ruleLogoutRefresh)
	}
	for i, v := range before {
		if v != accepted {
			return outcome(t, fmt.Errorf("me refuses the fresh session's %s before logout; cannot judge logout", creds[i].kind), ruleLogout, ruleLogoutRefresh)
		}
	}
	ep := t.Profile.Endpoints.Logout
	fields := map[string]any{}
	if mentions(ep, "refreshToken") && s.RefreshToken != "" {
		fields["refreshToken"] = s.RefreshToken
	}
	out, err := c.call(ctx, ep, fields, nil, s, nil)
	if err != nil {
		return outcome(t, fmt.Errorf("logout: %s", probes.DescribeError(err)), ruleLogout, ruleLogoutRefresh)
	}
	if out.StatusCode/100 != 2 && out.StatusCode/100 != 3 {
		return outcome(t, fmt.Errorf("logout (%s) answered %d%s", requestLabel(out), out.StatusCode, bodyHint(out)), ruleLogout, ruleLogoutRefresh)
	}
	after, err := verdicts(ctx, c, creds)
	if err != nil {
		return outcome(t, err, ruleLogout, ruleLogoutRefresh)
	}
	results := []report.Check{judgeRevoked(t, ruleLogout, "logout", creds, after)}
	return append(results, judgeRefreshRevoked(ctx, t, c, ruleLogoutRefresh, "logout", s.RefreshToken))
}

// verdicts asks me about each credential.
func verdicts(ctx context.Context, c *client, creds []credential) ([]authVerdict, error) {
	out := make([]authVerdict, len(creds))
	for i, cr := range creds {
		v, resp, err := c.me(ctx, cr.as, nil)
		if err != nil {
			return nil, fmt.Errorf("me with the %s: %s", cr.kind, probes.DescribeError(err))
		}
		if v == unclear {
			return nil, fmt.Errorf("me answered %d to the %s; cannot tell accepted from refused%s", resp.StatusCode, cr.kind, bodyHint(resp))
		}
		out[i] = v
	}
	return out, nil
}

// judgeRevoked reports whether an event (logout, password change, reset)
// ended a session: a cookie or an opaque token that still works fails; a
// JWT access token that still works is a warning (a stateless token dies
// at its exp, which AP801 bounds; tying tokens to their session is better).
func judgeRevoked(t *probes.Target, rule, event string, creds []credential, after []authVerdict) report.Check {
	e := map[string]string{}
	var cookieAlive, opaqueAlive, jwtAlive bool
	for i, cr := range creds {
		if cr.kind == "cookie" {
			e["cookieAfter"] = after[i].String()
		} else {
			e["accessTokenAfter"] = after[i].String()
		}
		if after[i] != accepted {
			continue
		}
		switch {
		case cr.kind == "cookie":
			cookieAlive = true
		case isJWT(cr.as.AccessToken):
			jwtAlive = true
		default:
			opaqueAlive = true
		}
	}
	switch {
	case cookieAlive:
		return t.Fail(rule, fmt.Sprintf("the session cookie is still accepted after %s: the session was not ended on the server", event), e)
	case opaqueAlive:
		return t.Fail(rule, fmt.Sprintf("the session's opaque access token is still accepted after %s", event), e)
	case jwtAlive:
		return t.Warn(rule, fmt.Sprintf("the session's JWT access token is still accepted after %s (until its exp); name the session in the token and check it, so that revocation reaches tokens already issued", event), e)
	}
	return t.Pass(rule, fmt.Sprintf("every credential of the session is refused after %s", event), e)
}

// judgeRefreshRevoked reports whether a refresh token was revoked by an
// event.
func judgeRefreshRevoked(ctx context.Context, t *probes.Target, c *client, rule, event, token string) report.Check {
	if t.Profile.Endpoints.Refresh == nil {
		return t.Skip(rule, "the profile describes no endpoints.refresh")
	}
	if token == "" {
		return t.Skip(rule, "the login returned no refresh token (profile endpoints.login.response.refreshToken)")
	}
	resp, err := c.refresh(ctx, token)
	if err != nil {
		return t.Error(rule, fmt.Errorf("refresh after %s: %s", event, probes.DescribeError(err)))
	}
	e := probes.Evidence("refreshAfter", fmt.Sprint(resp.StatusCode))
	switch refreshVerdict(resp) {
	case accepted:
		return t.Fail(rule, fmt.Sprintf("the refresh token still works after %s (%s answered %d)", event, requestLabel(resp), resp.StatusCode), e)
	case refused:
		return t.Pass(rule, fmt.Sprintf("the refresh token is refused after %s", event), e)
	}
	return t.Error(rule, fmt.Errorf("refresh after %s answered %d; cannot tell%s", event, resp.StatusCode, bodyHint(resp)))
}

// runExpiry checks the idle and absolute timeouts the profile documents.
func runExpiry(ctx context.Context, t *probes.Target) []report.Check {
	idle, abs := t.Profile.Session.IdleTimeout.Duration, t.Profile.Session.AbsoluteTimeout.Duration
	acct, _ := probes.LoginAccount(t.Profile)
	// The cookie's advertised lifetime, from one login.
	c := newClient(t)
	s, err := c.login(ctx, acct)
	if err != nil {
		return outcome(t, err, ruleIdle, ruleAbsolute)
	}
	advert := ""
	var cookieLife time.Duration
	if ck, ok := s.SessionCookie(t.Profile); ok {
		switch {
		case ck.MaxAge > 0:
			cookieLife = time.Duration(ck.MaxAge) * time.Second
			advert = fmt.Sprintf("%s Max-Age=%d (%s)", ck.Name, ck.MaxAge, cookieLife)
		case !ck.Expires.IsZero():
			cookieLife = ck.Expires.Sub(targetNow(t))
			advert = fmt.Sprintf("%s Expires in %s", ck.Name, cookieLife.Round(time.Second))
		default:
			advert = ck.Name + " is a browser-session cookie (no Max-Age or Expires)"
		}
	}
	if hasClock(t) {
		// One after the other: each clock move ages every session.
		return []report.Check{
			checkIdleByClock(ctx, t, idle, abs, advert),
			checkAbsoluteByClock(ctx, t, idle, abs, advert),
		}
	}
	var (
		wg              sync.WaitGroup
		idleRes, absRes report.Check
	)
	wg.Add(2)
	go func() {
		defer wg.Done()
		idleRes = checkIdle(ctx, t, idle, abs, advert)
	}()
	go func() {
		defer wg.Done()
		absRes = checkAbsolute(ctx, t, idle, abs, advert, cookieLife)
	}()
	wg.Wait()
	return []report.Check{idleRes, absRes}
}

// expiryMargin is how long past a limit the probe waits before expecting a
// refusal: servers check at their own granularity.
func expiryMargin(limit time.Duration) time.Duration { return max(time.Second, limit/5) }

func checkIdle(ctx context.Context, t *probes.Target, idle, abs time.Duration, advert string) report.Check {
	e := probes.Evidence("idleTimeout", durationOrNone(idle), "cookie", advert)
	if idle <= 0 {
		return t.Skip(ruleIdle, "the profile documents no session.idleTimeout; without it the probe cannot tell a missing timeout from a long one")
	}
	if idle+expiryMargin(idle) > MaxWait {
		return skipWith(t, ruleIdle, fmt.Sprintf("the idle timeout (%s) is longer than a probe may wait (%s) and the profile names no clock endpoint to move the target's clock forward; not enforced-tested (a development instance with a clock endpoint, or a staging instance with a seconds-long timeout, can be)", idle, MaxWait), e)
	}
	if abs > 0 && abs <= idle+expiryMargin(idle) {
		return skipWith(t, ruleIdle, fmt.Sprintf("the absolute lifetime (%s) ends the session before an idle one could be observed (%s)", abs, idle), e)
	}
	c, cred, bad := freshSession(ctx, t, ruleIdle, e)
	if bad != nil {
		return *bad
	}
	wait := idle + expiryMargin(idle)
	if err := sleep(ctx, wait); err != nil {
		return t.Error(ruleIdle, err)
	}
	v, resp, err := c.me(ctx, cred.as, nil)
	if err != nil {
		return t.Error(ruleIdle, fmt.Errorf("me after the idle wait: %s", probes.DescribeError(err)))
	}
	e["waited"] = wait.String()
	e["afterWait"] = fmt.Sprintf("%s (%d)", v, resp.StatusCode)
	switch v {
	case refused:
		return t.Pass(ruleIdle, fmt.Sprintf("a session left idle for %s (idle timeout %s) is refused", wait, idle), e)
	case accepted:
		return t.Fail(ruleIdle, fmt.Sprintf("a session left idle for %s is still accepted; the documented idle timeout is %s", wait, idle), e)
	}
	return t.Error(ruleIdle, fmt.Errorf("me answered %d after the idle wait%s", resp.StatusCode, bodyHint(resp)))
}

func checkAbsolute(ctx context.Context, t *probes.Target, idle, abs time.Duration, advert string, cookieLife time.Duration) report.Check {
	e := probes.Evidence("absoluteTimeout", durationOrNone(abs), "cookie", advert)
	if abs <= 0 {
		return t.Skip(ruleAbsolute, "the profile documents no session.absoluteTimeout; without it the probe cannot tell a missing lifetime from a long one")
	}
	if cookieLife > abs+time.Minute {
		return t.Warn(ruleAbsolute, fmt.Sprintf("the session cookie is set to live %s, longer than the documented absolute lifetime %s; the server must still refuse it (not observable within %s)", cookieLife.Round(time.Second), abs, MaxWait), e)
	}
	if abs+expiryMargin(abs) > MaxWait {
		return skipWith(t, ruleAbsolute, fmt.Sprintf("the absolute lifetime (%s) is longer than a probe may wait (%s) and the profile names no clock endpoint to move the target's clock forward; not enforced-tested", abs, MaxWait), e)
	}
	c, cred, bad := loginSession(ctx, t, ruleAbsolute, e)
	if bad != nil {
		return *bad
	}
	start := time.Now()
	// Keep the session busy so that an idle timeout cannot be what ends it.
	step := 500 * time.Millisecond
	if idle > 0 {
		step = min(step, idle/2)
	}
	deadline := start.Add(abs + expiryMargin(abs))
	endedEarly := time.Duration(0)
	for time.Now().Before(deadline) {
		v, resp, err := c.me(ctx, cred.as, nil)
		if err != nil {
			return t.Error(ruleAbsolute, fmt.Errorf("me while keeping the session busy: %s", probes.DescribeError(err)))
		}
		if v == unclear {
			return t.Error(ruleAbsolute, fmt.Errorf("me answered %d while keeping the session busy%s", resp.StatusCode, bodyHint(resp)))
		}
		if v == refused {
			endedEarly = time.Since(start)
			break
		}
		if err := sleep(ctx, min(step, time.Until(deadline))); err != nil {
			return t.Error(ruleAbsolute, err)
		}
	}
	if endedEarly > 0 {
		e["endedAfter"] = endedEarly.Round(10 * time.Millisecond).String()
		note := ""
		if endedEarly < abs {
			note = " (before the documented lifetime: ending early is safe)"
		}
		return t.Pass(ruleAbsolute, fmt.Sprintf("a busy session ended after %s%s; documented absolute lifetime %s", endedEarly.Round(10*time.Millisecond), note, abs), e)
	}
	v, resp, err := c.me(ctx, cred.as, nil)
	if err != nil {
		return t.Error(ruleAbsolute, fmt.Errorf("me after the absolute lifetime: %s", probes.DescribeError(err)))
	}
	e["after"] = fmt.Sprintf("%s (%d) at %s", v, resp.StatusCode, time.Since(start).Round(10*time.Millisecond))
	switch v {
	case refused:
		return t.Pass(ruleAbsolute, fmt.Sprintf("a busy session is refused after the documented absolute lifetime (%s)", abs), e)
	case accepted:
		return t.Fail(ruleAbsolute, fmt.Sprintf("a session kept busy is still accepted %s after login; the documented absolute lifetime is %s", time.Since(start).Round(100*time.Millisecond), abs), e)
	}
	return t.Error(ruleAbsolute, fmt.Errorf("me answered %d after the absolute lifetime%s", resp.StatusCode, bodyHint(resp)))
}

// checkIdleByClock observes the idle timeout with the target's clock. Two
// sessions A and B of the same age: the clock moves idle−m, B is used (and
// must still work), the clock moves 2m; A, idle for idle+m, must be
// refused, while B, idle for 2m, must still work. B is what makes A's
// refusal mean idleness: a server that ends sessions when its clock jumps,
// or by age, refuses B as well, and the check cannot tell.
func checkIdleByClock(ctx context.Context, t *probes.Target, idle, abs time.Duration, advert string) report.Check {
	e := probes.Evidence("idleTimeout", durationOrNone(idle), "cookie", advert)
	if idle <= 0 {
		return t.Skip(ruleIdle, "the profile documents no session.idleTimeout; without it the probe cannot tell a missing timeout from a long one")
	}
	m := clockMargin(idle)
	if abs > 0 && abs <= idle+2*m {
		return skipWith(t, ruleIdle, fmt.Sprintf("the absolute lifetime (%s) ends a session before an idle one could be observed (%s)", abs, idle), e)
	}
	e["method"] = clockMethod(t)
	ca, credA, bad := loginSession(ctx, t, ruleIdle, e)
	if bad != nil {
		return *bad
	}
	cb, credB, bad := loginSession(ctx, t, ruleIdle, nil) // A's kind is the one recorded
	if bad != nil {
		return *bad
	}
	if why := credentialEndsFirst(t, credA, idle+m); why != "" {
		return skipWith(t, ruleIdle, why, e)
	}
	if bad := ca.confirmFresh(ctx, t, ruleIdle, credA); bad != nil {
		return *bad
	}
	if bad := cb.confirmFresh(ctx, t, ruleIdle, credB); bad != nil {
		return *bad
	}
	if err := advanceClock(ctx, t, idle-m); err != nil {
		return t.Error(ruleIdle, err)
	}
	v, resp, err := cb.me(ctx, credB.as, nil)
	if err != nil {
		return t.Error(ruleIdle, fmt.Errorf("me with a session idle for %s: %s", idle-m, probes.DescribeError(err)))
	}
	e["usedAfter"] = fmt.Sprintf("%s: %s (%d)", idle-m, v, resp.StatusCode)
	switch v {
	case unclear:
		return t.Error(ruleIdle, fmt.Errorf("me answered %d to a session idle for %s%s", resp.StatusCode, idle-m, bodyHint(resp)))
	case refused:
		c := t.Error(ruleIdle, fmt.Errorf("a session idle for %s, less than the documented idle timeout %s, was refused right after the target's clock moved: either the target ends sessions when its clock moves, or its limits are shorter than the profile says; idle expiry cannot be told apart", idle-m, idle))
		c.Evidence = e
		return c
	}
	if err := advanceClock(ctx, t, 2*m); err != nil {
		return t.Error(ruleIdle, err)
	}
	va, ra, err := ca.me(ctx, credA.as, nil)
	if err != nil {
		return t.Error(ruleIdle, fmt.Errorf("me after the idle timeout: %s", probes.DescribeError(err)))
	}
	vb, rb, err := cb.me(ctx, credB.as, nil)
	if err != nil {
		return t.Error(ruleIdle, fmt.Errorf("me with the session used %s earlier: %s", 2*m, probes.DescribeError(err)))
	}
	e["idleSession"] = fmt.Sprintf("idle %s: %s (%d)", idle+m, va, ra.StatusCode)
	e["usedSession"] = fmt.Sprintf("same age, idle %s: %s (%d)", 2*m, vb, rb.StatusCode)
	switch {
	case va == accepted:
		return t.Fail(ruleIdle, fmt.Sprintf("a session left idle for %s is still accepted; the documented idle timeout is %s", idle+m, idle), e)
	case va == unclear:
		return t.Error(ruleIdle, fmt.Errorf("me answered %d after the idle timeout%s", ra.StatusCode, bodyHint(ra)))
	case vb == accepted:
		return t.Pass(ruleIdle, fmt.Sprintf("a session left idle for %s (idle timeout %s) is refused, while one of the same age used %s earlier still works", idle+m, idle, 2*m), e)
	case vb == refused:
		c := t.Error(ruleIdle, fmt.Errorf("the idle session was refused, but so was a session of the same age (%s) used %s earlier: the sessions ended by age or by the clock move, not by idleness; cannot tell whether the idle timeout is enforced", idle+m, 2*m))
		c.Evidence = e
		return c
	}
	return t.Error(ruleIdle, fmt.Errorf("me answered %d to the session used %s earlier; cannot tell%s", rb.StatusCode, 2*m, bodyHint(rb)))
}

// checkAbsoluteByClock observes the absolute lifetime with the target's
// clock: a session kept busy (the clock moves half the idle timeout, then
// the session is used) must still work a margin m before the documented
// lifetime and be refused m after it.
func checkAbsoluteByClock(ctx context.Context, t *probes.Target, idle, abs time.Duration, advert string) report.Check {
	e := probes.Evidence("absoluteTimeout", durationOrNone(abs), "cookie", advert)
	if abs <= 0 {
		return t.Skip(ruleAbsolute, "the profile documents no session.absoluteTimeout; without it the probe cannot tell a missing lifetime from a long one")
	}
	// Steps of half the idle timeout keep an idle timeout from ending the
	// session; without a documented one, as short as the step bound allows.
	step := abs / time.Duration(MaxClockSteps-1)
	how := "the finest the step bound allows (no idle timeout documented)"
	if idle > 0 {
		step, how = idle/2, "half the idle timeout"
	}
	m := clockMargin(step)
	before := abs - m
	moves := int((before+step-1)/step) + 1
	if moves > MaxClockSteps || step <= 0 {
		return skipWith(t, ruleAbsolute, fmt.Sprintf("keeping a session busy through its absolute lifetime (%s) in steps of %s (%s) takes %d clock moves, more than the %d a check may make (MaxClockSteps)", abs, step, how, moves, MaxClockSteps), e)
	}
	e["method"] = clockMethod(t)
	e["step"] = fmt.Sprintf("%s (%s)", step, how)
	c, cred, bad := loginSession(ctx, t, ruleAbsolute, e)
	if bad != nil {
		return *bad
	}
	if why := credentialEndsFirst(t, cred, abs+m); why != "" {
		return skipWith(t, ruleAbsolute, why, e)
	}
	if bad := c.confirmFresh(ctx, t, ruleAbsolute, cred); bad != nil {
		return *bad
	}
	var age time.Duration
	for n := 1; age < before; n++ {
		d := min(step, before-age)
		if err := advanceClock(ctx, t, d); err != nil {
			return t.Error(ruleAbsolute, err)
		}
		age += d
		v, resp, err := c.me(ctx, cred.as, nil)
		if err != nil {
			return t.Error(ruleAbsolute, fmt.Errorf("me while keeping the session busy: %s", probes.DescribeError(err)))
		}
		switch v {
		case unclear:
			return t.Error(ruleAbsolute, fmt.Errorf("me answered %d while keeping the session busy (%s after login)%s", resp.StatusCode, age, bodyHint(resp)))
		case refused:
			e["endedAfter"] = fmt.Sprintf("%s (clock move %d)", age, n)
			if n == 1 {
				// Nothing survived a clock move yet: an idle timeout
				// shorter than the step ends sessions the same way.
				c := t.Error(ruleAbsolute, fmt.Errorf("the session was refused after the first clock move (%s): either its idle timeout is shorter than documented or the target ends sessions when its clock moves; the absolute lifetime cannot be observed", d))
				c.Evidence = e
				return c
			}
			// It survived equal steps before, so age ended it, not idleness.
			return t.Pass(ruleAbsolute, fmt.Sprintf("a busy session ended %s after login (before the documented absolute lifetime %s: ending early is safe)", age, abs), e)
		}
	}
	e["justBefore"] = fmt.Sprintf("%s after login: accepted", age)
	if err := advanceClock(ctx, t, 2*m); err != nil {
		return t.Error(ruleAbsolute, err)
	}
	age += 2 * m
	v, resp, err := c.me(ctx, cred.as, nil)
	if err != nil {
		return t.Error(ruleAbsolute, fmt.Errorf("me after the absolute lifetime: %s", probes.DescribeError(err)))
	}
	e["after"] = fmt.Sprintf("%s after login: %s (%d)", age, v, resp.StatusCode)
	switch v {
	case refused:
		return t.Pass(ruleAbsolute, fmt.Sprintf("a session kept busy works %s before the documented absolute lifetime (%s) and is refused %s after it", m, abs, m), e)
	case accepted:
		return t.Fail(ruleAbsolute, fmt.Sprintf("a session kept busy is still accepted %s after login; the documented absolute lifetime is %s", age, abs), e)
	}
	return t.Error(ruleAbsolute, fmt.Errorf("me answered %d after the absolute lifetime%s", resp.StatusCode, bodyHint(resp)))
}

// credentialEndsFirst says why cred cannot show a session limit that needs
// it to live span: a bearer JWT ends at its own exp first. "" when it can.
func credentialEndsFirst(t *probes.Target, cred credential, span time.Duration) string {
	if cred.kind != "access token" || !isJWT(cred.as.AccessToken) {
		return ""
	}
	j, err := parseJWT(cred.as.AccessToken)
	if err != nil {
		return ""
	}
	exp, ok := j.claimTime("exp")
	if !ok {
		return ""
	}
	life := exp.Sub(targetNow(t))
	if iat, ok := j.claimTime("iat"); ok {
		life = exp.Sub(iat)
	}
	if life > span {
		return ""
	}
	return fmt.Sprintf("the session travels only as a bearer JWT, which expires on its own after %s (AP801 bounds that), before the %s this check needs; the limits of the session behind it are not observable through it", life.Round(time.Second), span)
}

// freshSession is the preamble of the expiry checks: a new client logs in
// with the login account, the session's credential (its kind recorded in
// e) is taken, and me must accept it, or nothing that follows can be
// judged. A non-nil check is the error to report for rule instead.
func freshSession(ctx context.Context, t *probes.Target, rule string, e map[string]string) (*client, credential, *report.Check) {
	c, cred, bad := loginSession(ctx, t, rule, e)
	if bad != nil {
		return nil, credential{}, bad
	}
	if bad := c.confirmFresh(ctx, t, rule, cred); bad != nil {
		return nil, credential{}, bad
	}
	return c, cred, nil
}

// loginSession is freshSession without asking me, for checks that look at
// the credential first (a bearer JWT may end before the session) or whose
// first use of it is already the observation. e may be nil: then the
// credential's kind is not recorded.
func loginSession(ctx context.Context, t *probes.Target, rule string, e map[string]string) (*client, credential, *report.Check) {
	c := newClient(t)
	acct, _ := probes.LoginAccount(t.Profile)
	s, err := c.login(ctx, acct)
	if err != nil {
		bad := t.Error(rule, err)
		return nil, credential{}, &bad
	}
	cred := sessionCredential(s)
	if e != nil {
		e["credential"] = cred.kind
	}
	return c, cred, nil
}

// confirmFresh checks that me accepts a session's credential right after
// login; a non-nil check is the error to report for rule otherwise.
func (c *client) confirmFresh(ctx context.Context, t *probes.Target, rule string, cred credential) *report.Check {
	if v, _, err := c.me(ctx, cred.as, nil); err != nil || v != accepted {
		bad := t.Error(rule, fmt.Errorf("me refuses a fresh session's %s; cannot judge its expiry", cred.kind))
		return &bad
	}
	return nil
}

// sessionCredential is what identifies "the session" for expiry checks:
// its cookie when it has one (an access token is a separate, shorter-lived
// credential, judged by AP801), else its access token.
func sessionCredential(s *probes.Session) credential {
	creds := credentials(s)
	if len(creds) == 0 {
		return credential{"nothing", s}
	}
	return creds[0]
}

func durationOrNone(d time.Duration) string {
	if d <= 0 {
		return "not documented"
	}
	return d.String()
}

// skipWith is a skip that keeps the evidence gathered so far.
func skipWith(t *probes.Target, rule, reason string, e map[string]string) report.Check {
	c := t.Skip(rule, reason)
	c.Evidence = e
	return c
}

// runPasswordChange: with two sessions A and B of one account, changing
// the password through A must end B (its cookie and access token on me,
// its refresh token on refresh).
func runPasswordChange(ctx context.Context, t *probes.Target) []report.Check {
	l, err := acquire(ctx, t)
	if err != nil {
		return outcome(t, err, ruleChangeSessions, ruleChangeRefresh)
	}
	defer l.release()
	ca, cb := newClient(t), newClient(t)
	a, err := ca.login(ctx, l.acct)
	if err != nil {
		return outcome(t, err, ruleChangeSessions, ruleChangeRefresh)
	}
	b, err := cb.login(ctx, l.acct)
	if err != nil {
		return outcome(t, err, ruleChangeSessions, ruleChangeRefresh)
	}
	creds := credentials(b)
	if len(creds) == 0 {
		return outcome(t, fmt.Errorf("the login returned neither a cookie nor an access token"), ruleChangeSessions, ruleChangeRefresh)
	}
	before, err := verdicts(ctx, cb, creds)
	if err != nil {
		return outcome(t, err, ruleChangeSessions, ruleChangeRefresh)
	}
	for i, v := range before {
		if v != accepted {
			return outcome(t, fmt.Errorf("me refuses the second session's %s before the change", creds[i].kind), ruleChangeSessions, ruleChangeRefresh)
		}
	}
	newPassword := strongPassword()
	resp, err := ca.call(ctx, t.Profile.Endpoints.ChangePass, map[string]any{"currentPassword": l.acct.Password, "newPassword": newPassword}, nil, a, nil)
	if err != nil {
		return outcome(t, fmt.Errorf("password change: %s", probes.DescribeError(err)), ruleChangeSessions, ruleChangeRefresh)
	}
	if resp.StatusCode/100 != 2 && resp.StatusCode/100 != 3 {
		return outcome(t, fmt.Errorf("password change (%s) answered %d%s", requestLabel(resp), resp.StatusCode, bodyHint(resp)), ruleChangeSessions, ruleChangeRefresh)
	}
	after, err := verdicts(ctx, cb, creds)
	if err != nil {
		restorePassword(context.WithoutCancel(ctx), t, l, newPassword)
		return outcome(t, err, ruleChangeSessions, ruleChangeRefresh)
	}
	res := judgeRevoked(t, ruleChangeSessions, "a password change in another session", creds, after)
	refresh := judgeRefreshRevoked(ctx, t, cb, ruleChangeRefresh, "a password change in another session", b.RefreshToken)
	res.Evidence["account"] = l.how
	if note := restorePassword(context.WithoutCancel(ctx), t, l, newPassword); note != "" {
		res.Evidence["restore"] = note
	}
	return []report.Check{res, refresh}
}
