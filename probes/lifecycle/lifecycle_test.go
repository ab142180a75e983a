package lifecycle

import (
	"context"
	"net/http"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// probeNames are this package's probes.
var probeNames = []string{"session-fixation", "session-logout", "session-expiry", "password-change", "jwt",
	"refresh-rotation", "token-transport", "enumeration", "login-timing", "password-reset", "password-policy", "api-keys"}

func runNamed(t testing.TB, tg *probes.Target, names ...string) []report.Check {
	t.Helper()
	var sel []*probes.Probe
	for _, p := range probes.All() {
		if slices.Contains(names, p.Name) {
			sel = append(sel, p)
		}
	}
	if len(sel) != len(names) {
		t.Fatalf("found %d of the probes %v", len(sel), names)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	return probes.Run(ctx, tg, sel, nil)
}

// statuses maps each rule to its results' statuses.
func statuses(cs []report.Check) map[string][]string {
	out := map[string][]string{}
	for _, c := range cs {
		out[c.Rule] = append(out[c.Rule], c.Status)
	}
	return out
}

func logChecks(t testing.TB, cs []report.Check) {
	t.Helper()
	for _, c := range cs {
		keys := make([]string, 0, len(c.Evidence))
		for k := range c.Evidence {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var ev []string
		for _, k := range keys {
			ev = append(ev, k+"="+c.Evidence[k])
		}
		t.Logf("%s %-5s %s [%s]", c.Rule, c.Status, c.Message, strings.Join(ev, " "))
	}
}

// TestCorrectServerPasses runs every probe against the correct server:
// everything passes, except what cannot be observed and says why.
func TestCorrectServerPasses(t *testing.T) {
	for _, anon := range []bool{false, true} {
		name := "planted-cookie"
		if anon {
			name = "anonymous-session-before-login"
		}
		t.Run(name, func(t *testing.T) {
			s := newTestServer(t, flaws{}, func(s *testServer) { s.anonCookie = anon })
			cs := runNamed(t, newTarget(t, s), probeNames...)
			logChecks(t, cs)
			wantSkip := map[string]bool{"AP353": true, "AP354": true, "AP706": true} // 30 min / 12 h / 15 min
			seen := map[string]bool{}
			for _, c := range cs {
				seen[c.Rule] = true
				want := report.StatusPass
				if wantSkip[c.Rule] {
					want = report.StatusSkip
				}
				if c.Status != want {
					t.Errorf("%s: %s (%s), want %s", c.Rule, c.Status, c.Message, want)
				}
				if c.Status == report.StatusSkip && c.Message == "" {
					t.Errorf("%s: skip without a reason", c.Rule)
				}
			}
			for _, p := range probes.All() {
				if slices.Contains(probeNames, p.Name) {
					for _, r := range p.Rules {
						if !seen[r] {
							t.Errorf("%s: no result", r)
						}
					}
				}
			}
		})
	}
}

// TestFlaws breaks the server one way at a time: the rule that checks that
// item fails, and no other rule of the probe fails unless the flaw breaks
// it too (listed in also).
func TestFlaws(t *testing.T) {
	cases := []struct {
		name    string
		flaw    flaws
		opts    []func(*testServer)
		profile func(*profile.Profile)
		probe   string
		rule    string
		also    []string
	}{
		{name: "fixation (anonymous session upgraded)", flaw: flaws{Fixation: true}, opts: anonCookie, probe: "session-fixation", rule: "AP351"},
		{name: "fixation (planted ID adopted)", flaw: flaws{FixationAdopt: true}, probe: "session-fixation", rule: "AP351"},
		{name: "logout only clears the cookie", flaw: flaws{LogoutCookieOnly: true}, probe: "session-logout", rule: "AP352", also: []string{"AP809"}},
		{name: "logout keeps refresh tokens", flaw: flaws{LogoutKeepsRefresh: true}, probe: "session-logout", rule: "AP809"},
		{name: "password change keeps sessions", flaw: flaws{ChangeKeepsSessions: true}, probe: "password-change", rule: "AP355"},
		{name: "password change keeps refresh tokens", flaw: flaws{ChangeKeepsRefresh: true}, probe: "password-change", rule: "AP810"},
		{name: "24 h access tokens", flaw: flaws{LongTokens: true}, probe: "jwt", rule: "AP801"},
		{name: "unexpected algorithm", profile: func(p *profile.Profile) { p.Tokens.Algorithms = []string{"RS256"} }, probe: "jwt", rule: "AP802"},
		{name: "alg none accepted", flaw: flaws{AlgNone: true}, probe: "jwt", rule: "AP803"},
		{name: "algorithm confusion", flaw: flaws{AlgConfusion: true}, probe: "jwt", rule: "AP804"},
		{name: "signature not verified", flaw: flaws{NoSigCheck: true}, probe: "jwt", rule: "AP805"},
		{name: "no iss or aud", flaw: flaws{NoAudience: true}, probe: "jwt", rule: "AP806"},
		{name: "refresh reuse accepted", flaw: flaws{RefreshReuse: true}, probe: "refresh-rotation", rule: "AP807", also: []string{"AP808"}},
		{name: "reuse does not revoke the family", flaw: flaws{NoFamilyRevoke: true}, probe: "refresh-rotation", rule: "AP808"},
		{name: "token in Content-Location", flaw: flaws{TokenInLocation: true}, probe: "token-transport", rule: "AP811"},
		{name: "token accepted in the query", flaw: flaws{TokenInQuery: true}, probe: "token-transport", rule: "AP812"},
		{name: "token responses cacheable", flaw: flaws{Cacheable: true}, probe: "token-transport", rule: "AP813"},
		{name: "enumeration by message", flaw: flaws{EnumMessage: true}, probe: "enumeration", rule: "AP701"},
		{name: "reset enumeration", flaw: flaws{ResetEnum: true}, probe: "enumeration", rule: "AP703"},
		{name: "enumeration by timing", flaw: flaws{EnumTiming: true}, opts: slowHash, probe: "login-timing", rule: "AP702"},
		{name: "reset token reusable", flaw: flaws{ResetReusable: true}, probe: "password-reset", rule: "AP704"},
		{name: "reset keeps sessions", flaw: flaws{ResetKeepsSessions: true}, probe: "password-reset", rule: "AP705"},
		{name: "six-digit reset code", flaw: flaws{ShortResetToken: true}, probe: "password-reset", rule: "AP707"},
		{name: "short password accepted", flaw: flaws{ShortPasswords: true}, probe: "password-policy", rule: "AP901"},
		{name: "composition rules", flaw: flaws{Composition: true}, probe: "password-policy", rule: "AP902"},
		{name: "passphrase truncated at 72 bytes", flaw: flaws{Truncate72: true}, probe: "password-policy", rule: "AP903"},
		{name: "breached password accepted", flaw: flaws{BreachedAccepted: true}, probe: "password-policy", rule: "AP904"},
		{name: "key shown twice", flaw: flaws{KeyShownTwice: true}, probe: "api-keys", rule: "AP651"},
		{name: "key without prefix", flaw: flaws{KeyNoPrefix: true}, probe: "api-keys", rule: "AP652"},
		{name: "revoked key accepted", flaw: flaws{KeyRevokeIgnored: true}, probe: "api-keys", rule: "AP653"},
		{name: "key accepted in the query", flaw: flaws{KeyInQuery: true}, probe: "api-keys", rule: "AP654"},
		{name: "keys create keys", flaw: flaws{KeysCreateKeys: true}, probe: "api-keys", rule: "AP655"},
		{name: "keys never expire", flaw: flaws{KeyNoExpiry: true}, probe: "api-keys", rule: "AP656"},
		{name: "key response cacheable", flaw: flaws{Cacheable: true}, probe: "api-keys", rule: "AP657"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(t, tc.flaw, tc.opts...)
			var mods []func(*profile.Profile)
			if tc.profile != nil {
				mods = append(mods, tc.profile)
			}
			cs := runNamed(t, newTarget(t, s, mods...), tc.probe)
			st := statuses(cs)
			if got := st[tc.rule]; !slices.Contains(got, report.StatusFail) {
				logChecks(t, cs)
				t.Fatalf("%s: %v, want fail", tc.rule, got)
			}
			for _, c := range cs {
				if c.Rule != tc.rule && c.Status != report.StatusPass && c.Status != report.StatusSkip && !slices.Contains(tc.also, c.Rule) {
					logChecks(t, cs)
					t.Errorf("%s: %s (%s); the flaw should only break %s", c.Rule, c.Status, c.Message, tc.rule)
				}
			}
		})
	}
}

var (
	anonCookie = []func(*testServer){func(s *testServer) { s.anonCookie = true }}
	// slowHash makes the password hash take tens of milliseconds, as a
	// real argon2id or bcrypt does.
	slowHash = []func(*testServer){func(s *testServer) { s.hashMemKiB = 8 * 1024 }}
)

// TestSessionExpiry uses seconds-long limits: the correct server ends
// idle and old sessions; broken ones do not.
func TestSessionExpiry(t *testing.T) {
	short := func(s *testServer) { s.idle, s.absolute = time.Second, 3*time.Second }
	for _, tc := range []struct {
		name      string
		flaw      flaws
		idle, abs string
	}{
		{"correct", flaws{}, report.StatusPass, report.StatusPass},
		{"no idle timeout", flaws{NoIdle: true}, report.StatusFail, report.StatusPass},
		{"no absolute timeout", flaws{NoAbsolute: true}, report.StatusPass, report.StatusFail},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(t, tc.flaw, short)
			cs := runNamed(t, newTarget(t, s), "session-expiry")
			st := statuses(cs)
			if !slices.Equal(st["AP353"], []string{tc.idle}) || !slices.Equal(st["AP354"], []string{tc.abs}) {
				logChecks(t, cs)
				t.Errorf("AP353 %v, AP354 %v; want %s, %s", st["AP353"], st["AP354"], tc.idle, tc.abs)
			}
		})
	}
}

// TestWithoutProfile: every rule skips, with the reason.
func TestWithoutProfile(t *testing.T) {
	s := newTestServer(t, flaws{})
	tg, err := probes.NewTarget(probes.Options{URL: s.srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range runNamed(t, tg, probeNames...) {
		if c.Status != report.StatusSkip || !strings.Contains(c.Message, "profile") {
			t.Errorf("%s: %s %q, want skip naming the profile", c.Rule, c.Status, c.Message)
		}
	}
}

// TestMinimalProfile: a profile with only login and me runs what it can
// and skips the rest with reasons naming what is missing.
func TestMinimalProfile(t *testing.T) {
	s := newTestServer(t, flaws{})
	tg := newTarget(t, s, func(p *profile.Profile) {
		p.Endpoints = profile.Endpoints{Login: p.Endpoints.Login, Me: p.Endpoints.Me}
		p.Outbox, p.JWKS, p.ForwardedHeader = nil, "", ""
		p.Accounts = p.Accounts[:1]
	})
	cs := runNamed(t, tg, probeNames...)
	for _, c := range cs {
		switch c.Status {
		case report.StatusPass:
		case report.StatusSkip:
			if c.Message == "" {
				t.Errorf("%s: skip without a reason", c.Rule)
			}
		default:
			logChecks(t, cs)
			t.Errorf("%s: %s %q", c.Rule, c.Status, c.Message)
		}
	}
	st := statuses(cs)
	for _, r := range []string{"AP351", "AP801", "AP803", "AP805", "AP812"} {
		if !slices.Equal(st[r], []string{report.StatusPass}) {
			t.Errorf("%s: %v, want pass with only login and me", r, st[r])
		}
	}
	for _, r := range []string{"AP702", "AP804", "AP655", "AP901"} {
		if !slices.Equal(st[r], []string{report.StatusSkip}) {
			t.Errorf("%s: %v, want skip", r, st[r])
		}
	}
}

// TestThrottledTarget: a target that answers 429 makes the enumeration
// checks error with the cause, never pass or fail.
func TestThrottledTarget(t *testing.T) {
	s := newTestServer(t, flaws{})
	inner := s.srv.Config.Handler
	s.srv.Config.Handler = http429OnFailedLogin(inner)
	cs := runNamed(t, newTarget(t, s), "enumeration")
	st := statuses(cs)
	if !slices.Equal(st["AP701"], []string{report.StatusError}) {
		logChecks(t, cs)
		t.Errorf("AP701: %v, want error", st["AP701"])
	}
}

// http429OnFailedLogin throttles every login, as a target whose budget
// is spent does.
func http429OnFailedLogin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/login" {
			w.Header().Set("Retry-After", "60")
			http.Error(w, `{"error":"rate_limited"}`, http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// TestBurnableFallback: without a register endpoint, the probes that
// change passwords use the profile's burnable account and set its
// password back afterwards.
func TestBurnableFallback(t *testing.T) {
	s := newTestServer(t, flaws{})
	tg := newTarget(t, s, func(p *profile.Profile) { p.Endpoints.Register = nil })
	cs := runNamed(t, tg, "password-change", "password-reset", "enumeration", "login-timing")
	st := statuses(cs)
	for _, r := range []string{"AP355", "AP810", "AP704", "AP705", "AP707", "AP701", "AP703"} {
		if !slices.Equal(st[r], []string{report.StatusPass}) {
			logChecks(t, cs)
			t.Errorf("%s: %v, want pass", r, st[r])
		}
	}
	if !slices.Equal(st["AP702"], []string{report.StatusSkip}) {
		t.Errorf("AP702: %v, want skip (one burnable account cannot give 40 failed logins)", st["AP702"])
	}
	restored := 0
	for _, c := range cs {
		if c.Evidence["restore"] == "burnable account's password restored" {
			restored++
		}
	}
	if restored == 0 {
		logChecks(t, cs)
		t.Error("no result says the burnable account's password was restored")
	}
	if _, err := newClient(tg).login(context.Background(), testAccounts[2]); err != nil {
		t.Errorf("the burnable account no longer logs in with its profile password: %v", err)
	}
}
