package httpcheck

import (
	"context"
	"fmt"
	"net/http"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

const ruleCSRF = "AP404"

// The forged request's cross-site markers. Both are sent: Go's
// http.CrossOriginProtection lets requests with neither through.
const (
	attackerOrigin = "https://attacker.example"
)

func init() {
	probes.Register(&probes.Probe{
		Name:  "csrf",
		Area:  "csrf",
		Rules: []string{ruleCSRF},
		Needs: needsCSRF,
		Run:   runCSRF,
	})
}

func csrfEndpointName(t *probes.Target) string {
	if t.Profile.Endpoints.StateChanging != nil {
		return "stateChanging"
	}
	return "logout"
}

func needsCSRF(t *probes.Target) string {
	if why := probes.HasProfile(t); why != "" {
		return why
	}
	switch {
	case !canLogin(t):
		return "needs a profile with a login endpoint and an account"
	case t.Profile.Endpoints.StateChanging == nil && t.Profile.Endpoints.Logout == nil:
		return "needs a profile with a stateChanging (or logout) endpoint to forge"
	}
	return ""
}

// runCSRF logs in, then sends the state-changing endpoint with the session
// cookie only, Origin: https://attacker.example and Sec-Fetch-Site:
// cross-site, as a forged form post would arrive. It must be refused with a
// 4xx, leaving the session working, unless the session cookie is
// SameSite=Strict (browsers then do not attach it cross-site).
func runCSRF(ctx context.Context, t *probes.Target) []report.Check {
	acct, _ := probes.LoginAccount(t.Profile)
	sess, err := t.Login(ctx, acct)
	if err != nil {
		return []report.Check{t.Error(ruleCSRF, err)}
	}
	if len(sess.Cookies) == 0 {
		return []report.Check{t.Skip(ruleCSRF, "the login set no cookie: the session travels as a bearer token, which browsers do not attach to cross-site requests")}
	}
	ep := t.Profile.Endpoints.StateChanging
	if ep == nil {
		ep = t.Profile.Endpoints.Logout
	}
	req, err := t.CallRequest(ctx, ep, nil, nil, sess.CookiesOnly())
	if err != nil {
		return []report.Check{t.Error(ruleCSRF, fmt.Errorf("endpoints.%s: %w", csrfEndpointName(t), err))}
	}
	req.Header.Set("Origin", attackerOrigin)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Sec-Fetch-Mode", "navigate")
	if t.Profile.CSRFHeaderName != "" {
		req.Header.Del(t.Profile.CSRFHeaderName) // the attacker cannot read the token
	}
	resp, err := t.Do(req)
	if resp == nil {
		return []report.Check{t.Error(ruleCSRF, fmt.Errorf("forged %s %s: %s", ep.Method, ep.Path, probes.DescribeError(err)))}
	}
	label := fmt.Sprintf("%s %s", ep.Method, ep.Path)
	ev := probes.Evidence("request", label+" with Origin: "+attackerOrigin+", Sec-Fetch-Site: cross-site, session cookie only", "status", itoa(resp.StatusCode))
	cookie, _ := sess.SessionCookie(t.Profile)
	strict := cookie != nil && cookie.SameSite == http.SameSiteStrictMode
	if cookie != nil {
		ev["sessionCookie"] = cookie.Name
	}

	if resp.StatusCode/100 == 4 {
		// The refusal must be real: the session still works afterwards
		// (a logout that answers 403 but logged out anyway was accepted).
		me := t.Profile.Endpoints.Me
		if me == nil {
			return []report.Check{t.Pass(ruleCSRF, fmt.Sprintf("the forged cross-site %s was refused with %d (no me endpoint in the profile to confirm the session survived)", label, resp.StatusCode), ev)}
		}
		after, err := t.Call(ctx, me, nil, nil, sess.CookiesOnly())
		if after == nil {
			return []report.Check{t.Error(ruleCSRF, fmt.Errorf("checking the session after the forged request: %s", probes.DescribeError(err)))}
		}
		ev["sessionAfter"] = fmt.Sprintf("%s %s → %d", me.Method, me.Path, after.StatusCode)
		if after.StatusCode/100 != 2 {
			return []report.Check{t.Fail(ruleCSRF, fmt.Sprintf("the forged cross-site %s answered %d, but took effect: the session no longer works afterwards (%s %s → %d)", label, resp.StatusCode, me.Method, me.Path, after.StatusCode), ev)}
		}
		return []report.Check{t.Pass(ruleCSRF, fmt.Sprintf("the forged cross-site %s was refused with %d and the session still works", label, resp.StatusCode), ev)}
	}
	if strict {
		return []report.Check{t.Pass(ruleCSRF, fmt.Sprintf("the server accepted the forged %s (%d), but the session cookie %s is SameSite=Strict, so browsers do not send it cross-site", label, resp.StatusCode, cookie.Name), ev)}
	}
	if resp.StatusCode/100 == 5 {
		return []report.Check{t.Warn(ruleCSRF, fmt.Sprintf("the forged cross-site %s answered %d: not a clear refusal, and the session cookie is not SameSite=Strict", label, resp.StatusCode), ev)}
	}
	return []report.Check{t.Fail(ruleCSRF, fmt.Sprintf("a cross-site %s with only the session cookie was accepted (%d), and the session cookie is not SameSite=Strict", label, resp.StatusCode), ev)}
}
