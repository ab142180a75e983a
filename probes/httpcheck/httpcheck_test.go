package httpcheck

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

// ourProbes are the probes this package registers.
func ourProbes(t *testing.T) []*probes.Probe {
	t.Helper()
	var out []*probes.Probe
	for _, p := range probes.All() {
		switch p.Name {
		case "hsts", "http-redirect", "session-cookie", "cors", "csrf", "rate-limits", "default-deny", "ownership", "auth-headers":
			out = append(out, p)
		}
	}
	if len(out) != 9 {
		t.Fatalf("found %d of the package's 9 probes", len(out))
	}
	return out
}

func ourRules(t *testing.T) []string {
	var ids []string
	for _, p := range ourProbes(t) {
		ids = append(ids, p.Rules...)
	}
	sort.Strings(ids)
	return ids
}

func runAll(t *testing.T, tg *probes.Target) map[string]report.Check {
	t.Helper()
	cs := probes.Run(context.Background(), tg, ourProbes(t), nil)
	got := map[string]report.Check{}
	for _, c := range cs {
		if prev, dup := got[c.Rule]; dup {
			t.Errorf("%s reported twice: %s %q and %s %q", c.Rule, prev.Status, prev.Message, c.Status, c.Message)
		}
		got[c.Rule] = c
	}
	for _, id := range ourRules(t) {
		if _, ok := got[id]; !ok {
			t.Errorf("%s: no result", id)
		}
	}
	return got
}

func dump(got map[string]report.Check) string {
	var b strings.Builder
	var ids []string
	for id := range got {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		c := got[id]
		fmt.Fprintf(&b, "\n  %s %-5s %s %v", id, c.Status, c.Message, c.Evidence)
	}
	return b.String()
}

// expectOnly checks that the rules in want have those statuses and every
// other rule passed.
func expectOnly(t *testing.T, got map[string]report.Check, want map[string]string) {
	t.Helper()
	bad := false
	for _, id := range ourRules(t) {
		status, ok := want[id]
		if !ok {
			status = report.StatusPass
		}
		if got[id].Status != status {
			t.Errorf("%s: %s (%s), want %s", id, got[id].Status, got[id].Message, status)
			bad = true
		}
	}
	if bad {
		t.Logf("all results:%s", dump(got))
	}
}

// TestGoodServer: a target that does everything right passes every check.
func TestGoodServer(t *testing.T) {
	srv := newAuthServer(t, knobs{})
	got := runAll(t, srv.target(t, true))
	expectOnly(t, got, nil)
	for id, c := range got {
		if r, _ := rules.Lookup(id); c.Checklist != r.Checklist || c.Checklist == "" {
			t.Errorf("%s: checklist %q", id, c.Checklist)
		}
	}
	// The rate-limit evidence tells how many attempts were spent.
	if ev := got[ruleLoginPerIP].Evidence; ev["attempts"] != itoa(loginPerIP+1) || !strings.HasSuffix(ev["statuses"], "429") {
		t.Errorf("AP501 evidence = %v", ev)
	}
	if ev := got[ruleRetryAfter].Evidence; !strings.Contains(ev["rateLimitHeaders"], "RateLimit-Policy") {
		t.Errorf("AP505 evidence does not note RateLimit-Policy: %v", ev)
	}
}

// TestBrokenServers: one misconfiguration each, failing (or warning) with
// the right rule and nothing else.
func TestBrokenServers(t *testing.T) {
	fail, warn, skip := report.StatusFail, report.StatusWarn, report.StatusSkip
	for _, tc := range []struct {
		name string
		k    knobs
		want map[string]string
	}{
		{"no HSTS", knobs{noHSTS: true}, map[string]string{"AP201": fail, "AP202": skip, "AP203": skip, "AP204": skip, "AP205": skip}},
		{"short max-age", knobs{hsts: []string{"max-age=300; includeSubDomains"}}, map[string]string{"AP204": fail}},
		{"max-age=0", knobs{hsts: []string{"max-age=0; includeSubDomains"}}, map[string]string{"AP204": fail}},
		{"two STS headers", knobs{hsts: []string{goodSTS, "max-age=300"}}, map[string]string{"AP202": fail}},
		{"no includeSubDomains", knobs{hsts: []string{"max-age=31536000"}}, map[string]string{"AP205": fail}},
		{"repeated directive", knobs{hsts: []string{"max-age=31536000; includeSubDomains; max-age=1"}}, map[string]string{"AP203": fail, "AP204": skip, "AP205": skip}},
		{"STS over plain HTTP", knobs{stsOverHTTP: true}, map[string]string{"AP206": fail}},
		{"plain HTTP serves content", knobs{plainServes: true}, map[string]string{"AP207": fail}},
		{"redirect to another host", knobs{redirectOtherHost: true}, map[string]string{"AP207": fail}},
		{"no plain-HTTP listener", knobs{noPlainListener: true}, map[string]string{"AP206": skip, "AP207": skip}},
		{"cookie without HttpOnly", knobs{noHTTPOnly: true}, map[string]string{"AP301": fail}},
		{"cookie without Secure", knobs{noSecure: true}, map[string]string{"AP302": fail, "AP304": warn}},
		{"cookie without SameSite", knobs{sameSite: sameSiteOmitted}, map[string]string{"AP303": fail}},
		{"SameSite=Lax", knobs{sameSite: http.SameSiteLaxMode}, map[string]string{"AP303": warn}},
		{"SameSite=None", knobs{sameSite: http.SameSiteNoneMode}, map[string]string{"AP303": fail}},
		{"no __Host- prefix", knobs{cookieName: "session"}, map[string]string{"AP304": warn}},
		{"session ID in Location", knobs{sessionInLocation: true}, map[string]string{"AP305": fail}},
		{"origin echoed with credentials", knobs{corsEcho: true, corsCreds: true}, map[string]string{"AP401": fail}},
		{"wildcard origin", knobs{corsWildcard: true}, map[string]string{"AP402": fail}},
		{"echoed origin without Vary", knobs{corsEcho: true, noVary: true}, map[string]string{"AP401": warn, "AP403": fail}},
		{"cross-site POST accepted", knobs{noCSRF: true, sameSite: http.SameSiteLaxMode}, map[string]string{"AP303": warn, "AP404": fail}},
		{"cross-site POST refused but done", knobs{refuseButAct: true, noCSRF: true, sameSite: http.SameSiteLaxMode}, map[string]string{"AP303": warn, "AP404": fail}},
		{"no login rate limit", knobs{noLoginLimit: true}, map[string]string{"AP501": fail, "AP502": fail}},
		{"no reset rate limit", knobs{noResetLimit: true}, map[string]string{"AP503": fail}},
		{"503 instead of 429", knobs{throttleStatus: http.StatusServiceUnavailable}, map[string]string{"AP504": fail, "AP505": skip}},
		{"dropped connection instead of 429", knobs{throttleDrop: true}, map[string]string{"AP504": fail, "AP505": skip}},
		{"429 without Retry-After", knobs{noRetryAfter: true}, map[string]string{"AP505": fail}},
		{"unknown route 200", knobs{unknownRoute200: true}, map[string]string{"AP601": fail}},
		{"unusual methods 200", knobs{methods200: true}, map[string]string{"AP602": fail}},
		{"protected endpoint open", knobs{meOpen: true}, map[string]string{"AP603": fail, "AP213": skip}},
		{"IDOR", knobs{idor: true}, map[string]string{"AP604": fail}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv := newAuthServer(t, tc.k)
			expectOnly(t, runAll(t, srv.target(t, true)), tc.want)
		})
	}
}

// TestSeverities: the rules a broken target fails carry the severities
// the design asks for.
func TestSeverities(t *testing.T) {
	for id, want := range map[string]rules.Severity{
		"AP401": rules.High, "AP402": rules.Medium, "AP403": rules.Low, "AP404": rules.High,
		"AP604": rules.Critical, "AP504": rules.Low, "AP505": rules.Low,
	} {
		if r, ok := rules.Lookup(id); !ok || r.Severity != want {
			t.Errorf("%s severity %v, want %v", id, r.Severity, want)
		}
	}
}

// TestThrottleTimeout: a tarpit instead of 429 fails AP504 (kept apart
// from the table because every throttled request costs a timeout).
func TestThrottleTimeout(t *testing.T) {
	t.Parallel()
	srv := newAuthServer(t, knobs{throttleStall: true})
	tg := srv.target(t, true)
	tg.Timeout = 2 * time.Second // each throttled attempt costs this; normal answers must beat it
	cs := probes.Run(context.Background(), tg, probes.Selection{Only: []string{"rate-limits"}}.Select(ourProbes(t)), nil)
	got := map[string]report.Check{}
	for _, c := range cs {
		got[c.Rule] = c
	}
	if c := got[ruleThrottleStatus]; c.Status != report.StatusFail || !strings.Contains(c.Message, "timeout") {
		t.Errorf("AP504: %s %q", c.Status, c.Message)
	}
	if c := got[ruleLoginPerIP]; c.Status != report.StatusPass || !strings.Contains(c.Message, "instead of 429") {
		t.Errorf("AP501: %s %q", c.Status, c.Message)
	}
}

// TestWithoutProfile: only URL-based checks run; the rest skip with the
// reason.
func TestWithoutProfile(t *testing.T) {
	srv := newAuthServer(t, knobs{})
	got := runAll(t, srv.target(t, false))
	skip := report.StatusSkip
	expectOnly(t, got, map[string]string{
		"AP301": skip, "AP302": skip, "AP303": skip, "AP304": skip,
		"AP404": skip, "AP501": skip, "AP502": skip, "AP503": skip, "AP504": skip, "AP505": skip,
		"AP603": skip, "AP604": skip,
		"AP208": skip, "AP209": skip, "AP210": skip, "AP211": skip, "AP212": skip, "AP213": skip,
	})
	for _, id := range []string{"AP404", "AP501", "AP604"} {
		if !strings.Contains(got[id].Message, "profile") {
			t.Errorf("%s skip reason %q does not mention the profile", id, got[id].Message)
		}
	}
}

// TestWithoutProfileCookieByName: without a profile the session cookie is
// the one GET / sets with a session-like name.
func TestWithoutProfileCookieByName(t *testing.T) {
	srv := newAuthServer(t, knobs{rootSetsCookie: "sessionid=0123456789abcdef; Path=/"})
	got := runAll(t, srv.target(t, false))
	for id, want := range map[string]string{"AP301": "fail", "AP302": "fail", "AP303": "fail", "AP304": "warn", "AP305": "pass"} {
		if got[id].Status != want {
			t.Errorf("%s: %s %q, want %s", id, got[id].Status, got[id].Message, want)
		}
	}
	if !strings.Contains(got["AP301"].Message, "sessionid") {
		t.Errorf("AP301 message %q does not name the cookie", got["AP301"].Message)
	}
}

// TestProfileWithoutAccounts: the per-rule skips name what is missing.
func TestPartialProfile(t *testing.T) {
	srv := newAuthServer(t, knobs{})
	tg := srv.target(t, true)
	tg.Profile.Accounts = tg.Profile.Accounts[:1] // alice only: no second account, none burnable
	tg.Profile.ForwardedHeader = ""
	got := runAll(t, tg)
	for id, want := range map[string]string{"AP501": "burnable", "AP604": "two accounts"} {
		if c := got[id]; c.Status != report.StatusSkip || !strings.Contains(c.Message, want) {
			t.Errorf("%s: %s %q, want skip mentioning %q", id, c.Status, c.Message, want)
		}
	}
	tg.Profile.Accounts[0].Burnable = true
	got = runAll(t, tg)
	if c := got[ruleLoginPerAccount]; c.Status != report.StatusSkip || !strings.Contains(c.Message, "forwardedHeader") {
		t.Errorf("AP502 without forwardedHeader: %s %q", c.Status, c.Message)
	}
	if c := got[ruleLoginPerIP]; c.Status != report.StatusPass {
		t.Errorf("AP501 from our own address: %s %q", c.Status, c.Message)
	}
}

// TestHSTSThresholdConfigurable: the target's HSTSMinMaxAge threshold moves
// AP204's line (the Observatory's 180 days instead of a year), for that
// target only.
func TestHSTSThresholdConfigurable(t *testing.T) {
	srv := newAuthServer(t, knobs{hsts: []string{"max-age=15552000; includeSubDomains"}})
	tg := srv.target(t, false)
	hsts := probes.Selection{Only: []string{"hsts"}}.Select(ourProbes(t))
	status := func() string {
		for _, c := range probes.Run(context.Background(), tg, hsts, nil) {
			if c.Rule == ruleHSTSShortMaxAge {
				return c.Status
			}
		}
		return "missing"
	}
	if got := status(); got != report.StatusFail {
		t.Errorf("180 days against the default one-year line: %s", got)
	}
	other := srv.target(t, false)
	other.Thresholds.HSTSMinMaxAge = 15552000
	tg, other = other, tg
	if got := status(); got != report.StatusPass {
		t.Errorf("180 days against a 180-day line: %s", got)
	}
	tg = other
	if got := status(); got != report.StatusFail {
		t.Errorf("the other target's threshold leaked into this one: %s", got)
	}
}
