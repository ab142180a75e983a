package lifecycle

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the account-lock probe.
const (
	ruleLockLogin    = "AP357"
	ruleLockSessions = "AP358"
	ruleLockReset    = "AP359"
	ruleLockKey      = "AP661"
)

var lockRules = []string{ruleLockLogin, ruleLockSessions, ruleLockReset, ruleLockKey}

func init() {
	probes.Register(&probes.Probe{
		Name:  "account-lock",
		Area:  "session",
		Rules: lockRules,
		Needs: func(t *probes.Target) string {
			if why := needs(t, "login", "me", "register"); why != "" {
				if strings.Contains(why, "endpoints.register") {
					return why + " (the probe locks only a throwaway account it registers, never one the profile lists)"
				}
				return why
			}
			if t.Profile.Endpoints.LockAccount == nil {
				return "the profile describes no endpoints.lockAccount (an administrator's account lock)"
			}
			if _, ok := t.Profile.AdminAccount(); !ok {
				return "the profile lists no account marked admin to lock accounts with"
			}
			return ""
		},
		Run: runAccountLock,
	})
}

// adminCall calls an administrators' endpoint as the profile's admin
// account, for the account at addr. The current password goes with it
// when the profile maps the field, or when the target asks for it
// (400 reauthentication_required: step-up for admin actions).
func adminCall(ctx context.Context, t *probes.Target, c *client, s *probes.Session, admin profile.Account, ep *profile.Endpoint, addr string) (*probes.Response, error) {
	f := map[string]any{"email": addr}
	if mentions(ep, "reason") {
		f["reason"] = "authcheck probe: incident-response lock of a throwaway account"
	}
	if mentions(ep, "currentPassword") {
		f["currentPassword"] = admin.Password
	}
	r, err := c.call(ctx, ep, f, nil, s, nil)
	if err == nil && r.StatusCode == http.StatusBadRequest && f["currentPassword"] == nil && strings.Contains(string(r.Body), "reauthentication_required") {
		f["currentPassword"] = admin.Password
		r, err = c.call(ctx, ep, f, nil, s, nil)
	}
	return r, err
}

// runAccountLock registers a throwaway account, gives it a session (and
// an API key and an outstanding reset link when the profile can), has the
// admin account lock it, and checks: the session, refresh token and key
// are refused; the correct password is refused with the same answer as a
// wrong one; the reset link issued before the lock is refused; and a reset
// requested after the lock either sends nothing or does not let the
// account log in. An unlockAccount endpoint, when present, unlocks it at
// the end.
func runAccountLock(ctx context.Context, t *probes.Target) []report.Check {
	p := t.Profile
	acct, err := registerThrowaway(ctx, t)
	if err != nil {
		return outcome(t, err, lockRules...)
	}
	addr := accountEmail(acct)
	c := newClient(t)
	s, err := c.login(ctx, acct)
	if err != nil {
		return outcome(t, err, lockRules...)
	}
	creds := credentials(s)
	if len(creds) == 0 {
		return outcome(t, fmt.Errorf("the login returned neither a cookie nor an access token"), lockRules...)
	}
	before, err := verdicts(ctx, c, creds)
	if err != nil {
		return outcome(t, err, lockRules...)
	}
	for i, v := range before {
		if v != accepted {
			return outcome(t, fmt.Errorf("me refuses the fresh session's %s before the lock", creds[i].kind), lockRules...)
		}
	}
	var key *liveKey
	keyWhy := "the profile describes no endpoints.apiKeys to create a key with"
	if p.Endpoints.APIKeys != nil {
		if key, err = createLiveKey(ctx, t, c, s, acct); err != nil {
			keyWhy = err.Error()
		}
	}
	resetReady := p.Endpoints.ResetRequest != nil && p.Endpoints.ResetConfirm != nil && p.Outbox != nil
	var pending *resetMail
	if resetReady {
		if pending, err = requestResetMail(ctx, t, addr); err != nil {
			return outcome(t, err, lockRules...)
		}
	}
	admin, _ := p.AdminAccount()
	ac := newClient(t)
	as, err := ac.login(ctx, admin)
	if err != nil {
		return outcome(t, fmt.Errorf("admin account: %v", err), lockRules...)
	}
	r, err := adminCall(ctx, t, ac, as, admin, p.Endpoints.LockAccount, addr)
	if err != nil {
		return outcome(t, fmt.Errorf("lockAccount: %s", probes.DescribeError(err)), lockRules...)
	}
	if r.StatusCode/100 != 2 {
		return outcome(t, fmt.Errorf("locking the throwaway account (%s as %s) answered %d%s", requestLabel(r), admin.Username, r.StatusCode, bodyHint(r)), lockRules...)
	}
	if u := p.Endpoints.UnlockAccount; u != nil {
		defer func() { _, _ = adminCall(context.WithoutCancel(ctx), t, ac, as, admin, u, addr) }()
	}
	lockedBy := probes.Evidence("lockedBy", requestLabel(r)+" as "+admin.Username, "lockAnswer", fmt.Sprint(r.StatusCode))

	var out []report.Check
	// Sessions and refresh tokens.
	after, err := verdicts(ctx, c, creds)
	if err != nil {
		out = append(out, t.Error(ruleLockSessions, err))
	} else {
		res := judgeRevoked(t, ruleLockSessions, "the account was locked", creds, after)
		if res.Status != report.StatusFail && p.Endpoints.Refresh != nil && s.RefreshToken != "" {
			if rr := judgeRefreshRevoked(ctx, t, c, ruleLockSessions, "the account was locked", s.RefreshToken); rr.Status == report.StatusFail || rr.Status == report.StatusError {
				res = rr
			} else {
				res.Evidence["refreshTokenAfter"] = "refused"
			}
		}
		res.Evidence = mergeEvidence(lockedBy, res.Evidence)
		out = append(out, res)
	}
	// The API key.
	if key == nil {
		out = append(out, t.Skip(ruleLockKey, keyWhy))
	} else {
		v, kr, err := c.me(ctx, nil, key.scheme.edit(key.key))
		switch {
		case err != nil:
			out = append(out, t.Error(ruleLockKey, fmt.Errorf("me with the key after the lock: %s", probes.DescribeError(err))))
		case v == refused:
			out = append(out, t.Pass(ruleLockKey, "an API key of the locked account is refused", mergeEvidence(lockedBy, probes.Evidence("keyAfter", fmt.Sprint(kr.StatusCode), "scheme", key.scheme.name))))
		case v == accepted:
			out = append(out, t.Fail(ruleLockKey, fmt.Sprintf("an API key of the locked account still authenticates (%s answered %d)", requestLabel(kr), kr.StatusCode), mergeEvidence(lockedBy, probes.Evidence("keyAfter", fmt.Sprint(kr.StatusCode), "scheme", key.scheme.name))))
		default:
			out = append(out, t.Error(ruleLockKey, fmt.Errorf("me answered %d to the key after the lock; cannot tell%s", kr.StatusCode, bodyHint(kr))))
		}
	}
	// Login with the right password, compared with a wrong one.
	out = append(out, judgeLockedLogin(ctx, t, acct, lockedBy))
	// Reset links.
	if !resetReady {
		out = append(out, t.Skip(ruleLockReset, "needs endpoints.resetRequest, endpoints.resetConfirm and an outbox to follow reset links"))
	} else {
		out = append(out, judgeLockReset(ctx, t, acct, pending, lockedBy))
	}
	return out
}

// judgeLockedLogin logs in to the locked account with its password and
// with a wrong one: the first must be refused, with the same answer.
func judgeLockedLogin(ctx context.Context, t *probes.Target, acct profile.Account, e map[string]string) report.Check {
	ep := t.Profile.Endpoints.Login
	right, err := newClient(t).call(ctx, ep, map[string]any{"username": acct.Username, "password": acct.Password}, nil, nil, nil)
	if err != nil {
		return t.Error(ruleLockLogin, fmt.Errorf("login to the locked account: %s", probes.DescribeError(err)))
	}
	e = mergeEvidence(e, probes.Evidence("correctPassword", fmt.Sprint(right.StatusCode)))
	if right.StatusCode/100 == 2 {
		return t.Fail(ruleLockLogin, fmt.Sprintf("the locked account logs in with its password (%s answered %d)", requestLabel(right), right.StatusCode), e)
	}
	if right.StatusCode == http.StatusTooManyRequests {
		return t.Error(ruleLockLogin, fmt.Errorf("the login to the locked account was throttled (429); %s", throttleAdvice))
	}
	wrong, err := newClient(t).call(ctx, ep, map[string]any{"username": acct.Username, "password": strongPassword()}, nil, nil, nil)
	if err != nil {
		return t.Error(ruleLockLogin, fmt.Errorf("login with a wrong password: %s", probes.DescribeError(err)))
	}
	e["wrongPassword"] = fmt.Sprint(wrong.StatusCode)
	if wrong.StatusCode == http.StatusTooManyRequests {
		return t.Error(ruleLockLogin, fmt.Errorf("the login with a wrong password was throttled (429); %s", throttleAdvice))
	}
	diffs, ignored := answerDiff([]*probes.Response{right}, []*probes.Response{wrong}, []string{acct.Username})
	if len(ignored) > 0 {
		e["ignored"] = strings.Join(ignored, "; ")
	}
	if len(diffs) > 0 {
		return t.Fail(ruleLockLogin, "the locked account is refused, but its correct password gets a different answer from a wrong one, which tells an attacker the password is right and the account locked: "+strings.Join(diffs, "; "), e)
	}
	return t.Pass(ruleLockLogin, "the locked account's correct password is refused with the same answer as a wrong one", e)
}

// judgeLockReset uses the reset link issued before the lock (must be
// refused), then requests a new one: either none is sent, or using it
// must not let the account log in.
func judgeLockReset(ctx context.Context, t *probes.Target, acct profile.Account, pending *resetMail, e map[string]string) report.Check {
	addr := accountEmail(acct)
	pw := strongPassword()
	r, err := confirmReset(ctx, t, pending.token, pw)
	if err != nil {
		return t.Error(ruleLockReset, fmt.Errorf("reset confirm with the link from before the lock: %s", probes.DescribeError(err)))
	}
	e = mergeEvidence(e, probes.Evidence("linkFromBeforeLock", fmt.Sprint(r.StatusCode)))
	if r.StatusCode/100 == 2 {
		moved := acct
		moved.Password = pw
		if _, err := newClient(t).login(ctx, moved); err == nil {
			return t.Fail(ruleLockReset, "a reset link issued before the lock still sets a new password, and the account then logs in: the reset undid the lock", e)
		}
		return t.Fail(ruleLockReset, "a reset link issued before the lock still sets a new password after it (the account stays locked, but the link should have died with the lock)", e)
	}
	if r.StatusCode == http.StatusTooManyRequests || r.StatusCode/100 != 4 {
		return t.Error(ruleLockReset, fmt.Errorf("the reset confirm with the link from before the lock answered %d; cannot tell refused from throttled%s", r.StatusCode, bodyHint(r)))
	}
	// A reset requested after the lock.
	seen, _, err := readResetMails(ctx, t, addr)
	if err != nil {
		return t.Error(ruleLockReset, err)
	}
	ep := t.Profile.Endpoints.ResetRequest
	fields := map[string]any{"email": addr}
	if mentions(ep, "username") {
		fields["username"] = addr
	}
	req, err := newClient(t).call(ctx, ep, fields, nil, nil, nil)
	if err != nil {
		return t.Error(ruleLockReset, fmt.Errorf("reset request after the lock: %s", probes.DescribeError(err)))
	}
	e["requestAfterLock"] = fmt.Sprint(req.StatusCode)
	m, err := awaitResetMail(ctx, t, addr, seen)
	if err != nil {
		e["mailAfterLock"] = "none"
		return t.Pass(ruleLockReset, "the reset link from before the lock is refused, and a reset requested after it sends no link", e)
	}
	r, err = confirmReset(ctx, t, m.token, pw)
	if err != nil {
		return t.Error(ruleLockReset, fmt.Errorf("reset confirm after the lock: %s", probes.DescribeError(err)))
	}
	e["linkFromAfterLock"] = fmt.Sprint(r.StatusCode)
	if r.StatusCode/100 == 2 {
		moved := acct
		moved.Password = pw
		if _, err := newClient(t).login(ctx, moved); err == nil {
			return t.Fail(ruleLockReset, "a password reset after the lock lets the locked account log in again: a reset must not unlock", e)
		}
		return t.Pass(ruleLockReset, "the link from before the lock is refused; a reset after it sets a password but the account stays locked", e)
	}
	return t.Pass(ruleLockReset, "the reset link from before the lock is refused, and so is one sent after it", e)
}
