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

// Rule IDs of the registration probe.
const (
	ruleRegisterEnum = "AP731"
	ruleUnverified   = "AP732"
)

var registrationRules = []string{ruleRegisterEnum, ruleUnverified}

func init() {
	probes.Register(&probes.Probe{
		Name:  "registration",
		Area:  "enumeration",
		Rules: registrationRules,
		Needs: func(t *probes.Target) string { return needs(t, "login", "register") },
		Run:   runRegistration,
	})
}

// runRegistration registers the profile's login account's name again
// (taken) and a fresh throwaway one (free): the answers must not differ.
// Then it logs in to the fresh, unverified account with its password and
// with a wrong one: it must be refused, with the same answer as the wrong
// password; with endpoints.verifyEmail the probe then verifies the account
// and its login must work (the control that shows the refusal was the
// verification).
func runRegistration(ctx context.Context, t *probes.Target) []report.Check {
	var out []report.Check
	known, _ := probes.LoginAccount(t.Profile)
	var free []profile.Account
	var a, b []*probes.Response
	for range repeats(t) {
		fresh := throwawayAccount()
		rf, err := newClient(t).register(ctx, fresh)
		if err != nil {
			return outcome(t, fmt.Errorf("register: %s", probes.DescribeError(err)), registrationRules...)
		}
		if rf.StatusCode == http.StatusTooManyRequests {
			return outcome(t, fmt.Errorf("registration was throttled (429); %s", throttleAdvice), registrationRules...)
		}
		if rf.StatusCode/100 != 2 && rf.StatusCode/100 != 3 {
			return outcome(t, fmt.Errorf("registering a fresh address (%s) answered %d%s; nothing can be judged", requestLabel(rf), rf.StatusCode, bodyHint(rf)), registrationRules...)
		}
		free = append(free, fresh)
		a = append(a, rf)
		again := known
		again.Password = strongPassword()
		rt, err := newClient(t).register(ctx, again)
		if err != nil {
			return outcome(t, fmt.Errorf("register: %s", probes.DescribeError(err)), registrationRules...)
		}
		b = append(b, rt)
	}
	echoes := []string{known.Username, accountEmail(known)}
	for _, f := range free {
		echoes = append(echoes, f.Username, accountEmail(f))
	}
	diffs, ignored := answerDiff(a, b, echoes)
	e := probes.Evidence("freeAddress", fmt.Sprint(a[0].StatusCode), "takenAddress", fmt.Sprint(b[0].StatusCode), "takenBy", "the profile's login account",
		"samplesEach", fmt.Sprint(len(a)), "ignored", strings.Join(ignored, "; "))
	if len(diffs) > 0 {
		out = append(out, t.Fail(ruleRegisterEnum, "registering a free address and one that already has an account get different answers: "+strings.Join(diffs, "; "), e))
	} else {
		out = append(out, t.Pass(ruleRegisterEnum, "registering a free address and a taken one get the same status, headers and body", e))
	}
	return append(out, judgeUnverified(ctx, t, free[0]))
}

// judgeUnverified logs in to a freshly registered account before any
// verification.
func judgeUnverified(ctx context.Context, t *probes.Target, acct profile.Account) report.Check {
	ep := t.Profile.Endpoints.Login
	right, err := newClient(t).call(ctx, ep, map[string]any{"username": acct.Username, "password": acct.Password}, nil, nil, nil)
	if err != nil {
		return t.Error(ruleUnverified, fmt.Errorf("login to the unverified account: %s", probes.DescribeError(err)))
	}
	e := probes.Evidence("unverifiedLogin", fmt.Sprint(right.StatusCode))
	verifies := t.Profile.Endpoints.VerifyEmail != nil
	if right.StatusCode/100 == 2 {
		if verifies {
			return t.Fail(ruleUnverified, "a freshly registered account logs in before its address is verified (endpoints.verifyEmail was not used)", e)
		}
		return t.Fail(ruleUnverified, "a freshly registered account logs in at once, without proving its address (if the target verifies addresses, name the step in endpoints.verifyEmail)", e)
	}
	if right.StatusCode == http.StatusTooManyRequests {
		return t.Error(ruleUnverified, fmt.Errorf("the login was throttled (429); %s", throttleAdvice))
	}
	wrong, err := newClient(t).call(ctx, ep, map[string]any{"username": acct.Username, "password": strongPassword()}, nil, nil, nil)
	if err != nil {
		return t.Error(ruleUnverified, fmt.Errorf("login with a wrong password: %s", probes.DescribeError(err)))
	}
	e["wrongPassword"] = fmt.Sprint(wrong.StatusCode)
	if wrong.StatusCode == http.StatusTooManyRequests {
		return t.Error(ruleUnverified, fmt.Errorf("the login was throttled (429); %s", throttleAdvice))
	}
	diffs, ignored := answerDiff([]*probes.Response{right}, []*probes.Response{wrong}, []string{acct.Username, accountEmail(acct)})
	if len(ignored) > 0 {
		e["ignored"] = strings.Join(ignored, "; ")
	}
	if len(diffs) > 0 {
		return t.Fail(ruleUnverified, "the unverified account is refused, but its correct password gets a different answer from a wrong one, which confirms the password and the account: "+strings.Join(diffs, "; "), e)
	}
	if !verifies {
		return t.Pass(ruleUnverified, "a freshly registered account does not log in, and its refusal is the same as a wrong password's (the profile names no endpoints.verifyEmail, so the probe cannot show that verification unlocks it)", e)
	}
	if err := verifyEmail(ctx, t, accountEmail(acct)); err != nil {
		return t.Error(ruleUnverified, err)
	}
	if _, err := newClient(t).login(ctx, acct); err != nil {
		return t.Error(ruleUnverified, fmt.Errorf("after verification the account still cannot log in (%v); the refusal before it proves nothing", err))
	}
	e["afterVerification"] = "logs in"
	return t.Pass(ruleUnverified, "an unverified account is refused with the same answer as a wrong password, and logs in once its address is verified", e)
}
