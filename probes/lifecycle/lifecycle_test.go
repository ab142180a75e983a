package lifecycle

import (
	"context"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// probeNames are this package's probes.
var probeNames = []string{"session-fixation", "session-logout", "session-expiry", "password-change", "jwt",
	"refresh-rotation", "token-transport", "enumeration", "login-timing", "password-reset", "password-policy", "api-keys", "jwt-attacks",
	"dev-endpoints", "credential-events", "account-lock", "email-change", "reauthentication", "registration"}

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
// everything passes, except what cannot be observed and says why. With a
// clock endpoint nothing is left unobserved, and the probes that move the
// clock do so only after every login meant to fail.
func TestCorrectServerPasses(t *testing.T) {
	for _, tc := range []struct {
		name        string
		anon, clock bool
	}{
		{"planted-cookie", false, false},
		{"anonymous-session-before-login", true, false},
		{"dev-clock", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestServer(t, flaws{}, func(s *testServer) { s.anonCookie = tc.anon })
			var mods []func(*profile.Profile)
			wantSkip := map[string]bool{"AP353": true, "AP354": true, "AP706": true} // 30 min / 12 h / 15 min
			if tc.clock {
				mods, wantSkip = append(mods, withClock), map[string]bool{}
			}
			wantSkip["AP820"] = true // no tokens.signingKey: nbf cannot be tested
			cs := runNamed(t, newTarget(t, s, mods...), probeNames...)
			logChecks(t, cs)
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
			s.mu.Lock()
			moved, failed := s.firstClockMove, s.lastFailedLogin
			s.mu.Unlock()
			switch {
			case tc.clock && moved.IsZero():
				t.Error("the server's clock was never moved")
			case !tc.clock && !moved.IsZero():
				t.Error("the server's clock was moved although the profile names no clock endpoint")
			case tc.clock && (failed.IsZero() || !moved.After(failed)):
				t.Errorf("the clock first moved at %s, before the last failed login at %s: clock probes must run after enumeration and timing", moved.Format(time.StampMicro), failed.Format(time.StampMicro))
			}
		})
	}
}

// withClock names the test server's clock endpoint in the profile.
func withClock(p *profile.Profile) {
	p.Clock = &profile.Endpoint{Method: http.MethodPost, Path: "/dev/clock", Body: "json"}
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
		{name: "API key survives a reset", flaw: flaws{ResetKeepsKeys: true}, probe: "credential-events", rule: "AP658"},
		{name: "API key survives a password change", flaw: flaws{ChangeKeepsKeys: true}, probe: "credential-events", rule: "AP659"},
		{name: "API key survives logout-all", flaw: flaws{LogoutAllKeepsKeys: true}, probe: "credential-events", rule: "AP660"},
		{name: "login racing a reset keeps its session", flaw: flaws{LoginRace: true}, opts: slowLogin, probe: "credential-events", rule: "AP356"},
		{name: "locked account logs in", flaw: flaws{LockLoginAllowed: true}, probe: "account-lock", rule: "AP357"},
		{name: "locked account told it is locked", flaw: flaws{LockLoginHint: true}, probe: "account-lock", rule: "AP357"},
		{name: "lock keeps sessions", flaw: flaws{LockKeepsSessions: true}, probe: "account-lock", rule: "AP358"},
		{name: "lock keeps reset links, reset unlocks", flaw: flaws{LockKeepsResets: true}, probe: "account-lock", rule: "AP359"},
		{name: "lock keeps API keys", flaw: flaws{LockKeepsKeys: true}, probe: "account-lock", rule: "AP661"},
		{name: "password change without the current password", flaw: flaws{ChangeNoCurrent: true}, probe: "reauthentication", rule: "AP606"},
		{name: "e-mail change without re-authentication", flaw: flaws{EmailNoReauth: true}, probe: "email-change", rule: "AP607"},
		{name: "e-mail change enumerates", flaw: flaws{EmailEnum: true}, probe: "email-change", rule: "AP733"},
		{name: "old address not told", flaw: flaws{EmailNoNotice: true}, probe: "email-change", rule: "AP734"},
		{name: "registration enumerates", flaw: flaws{RegisterEnum: true}, probe: "registration", rule: "AP731"},
		{name: "unverified account logs in", flaw: flaws{NoVerification: true}, probe: "registration", rule: "AP732"},
		{name: "unverified account told to verify", flaw: flaws{VerifyHint: true}, probe: "registration", rule: "AP732"},
		{name: "pprof exposed", flaw: flaws{DebugExposed: true}, probe: "dev-endpoints", rule: "AP605"},
		{name: ".env exposed", flaw: flaws{EnvExposed: true}, probe: "dev-endpoints", rule: "AP605"},
		{name: "metrics with e-mail addresses", flaw: flaws{MetricsAuth: true}, probe: "dev-endpoints", rule: "AP605"},
		{name: "outbox open but not declared", profile: func(p *profile.Profile) { p.Outbox, p.Endpoints.VerifyEmail = nil, nil }, probe: "dev-endpoints", rule: "AP605"},
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
	// slowLogin leaves time between a login's password check and its
	// session, where a reset can complete.
	slowLogin = []func(*testServer){func(s *testServer) { s.loginDelay = 150 * time.Millisecond }}
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

// clockProbes are the probes that move the target's clock when the
// profile names a clock endpoint.
var clockProbes = []string{"session-expiry", "api-keys", "password-reset"}

// TestClockExpiry moves the server's clock instead of waiting: the
// correct server passes all four expiry checks (30 min idle, 12 h
// absolute, API keys, 15 min reset tokens); each broken one fails the
// check for its flaw; a server that ends every session whenever its clock
// moves is not taken for one that enforces idle and absolute limits.
func TestClockExpiry(t *testing.T) {
	expiryRules := []string{"AP353", "AP354", "AP656", "AP706"}
	minute60 := func(s *testServer) { s.minKeySecs = 60 }
	for _, tc := range []struct {
		name   string
		flaw   flaws
		opts   []func(*testServer)
		failed string // the rule that must fail, "" for none
		errors []string
	}{
		{name: "correct"},
		{name: "correct, keys live at least 60 s", opts: []func(*testServer){minute60}},
		{name: "no idle timeout", flaw: flaws{NoIdle: true}, failed: "AP353"},
		{name: "no absolute lifetime", flaw: flaws{NoAbsolute: true}, failed: "AP354"},
		{name: "keys never expire", flaw: flaws{KeyNoExpiry: true}, failed: "AP656"},
		{name: "stated key expiry not enforced, keys live at least 60 s", flaw: flaws{KeyExpiryIgnored: true}, opts: []func(*testServer){minute60}, failed: "AP656"},
		{name: "reset tokens live 24 h", flaw: flaws{ResetLongLived: true}, failed: "AP706"},
		{name: "sessions end on every clock move", flaw: flaws{ExpireOnClockMove: true}, errors: []string{"AP353", "AP354"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(t, tc.flaw, tc.opts...)
			cs := runNamed(t, newTarget(t, s, withClock), clockProbes...)
			for _, c := range cs {
				want := report.StatusPass
				switch {
				case c.Rule == tc.failed:
					want = report.StatusFail
				case slices.Contains(tc.errors, c.Rule):
					want = report.StatusError
				}
				if c.Status != want {
					logChecks(t, cs)
					t.Errorf("%s: %s (%s), want %s", c.Rule, c.Status, c.Message, want)
				}
			}
			st := statuses(cs)
			for _, r := range expiryRules {
				if len(st[r]) != 1 {
					t.Errorf("%s: %d results, want 1", r, len(st[r]))
				}
			}
		})
	}
}

// TestClockProbesRunLast: the probes that move the clock are Last, with
// an Order after every other Last probe, exactly when the target has a
// clock endpoint, and probes.Run honours it.
func TestClockProbesRunLast(t *testing.T) {
	withClock, err := probes.NewTarget(probes.Options{URL: "https://127.0.0.1:1", Profile: &profile.Profile{
		BaseURL: "https://127.0.0.1:1", Clock: &profile.Endpoint{Method: "POST", Path: "/dev/clock"}}})
	if err != nil {
		t.Fatal(err)
	}
	withoutClock, err := probes.NewTarget(probes.Options{URL: "https://127.0.0.1:1"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range probes.All() {
		switch {
		case slices.Contains(clockProbes, p.Name):
			if p.Last || p.LastIf == nil || !p.LastIf(withClock) || p.LastIf(withoutClock) || p.Order != clockOrder {
				t.Errorf("%s: Last %v, LastIf set %v, Order %d; want Last only with a clock, Order %d", p.Name, p.Last, p.LastIf != nil, p.Order, clockOrder)
			}
		case p.Last && p.Order >= clockOrder:
			t.Errorf("%s: Last with Order %d, not before the clock probes (%d)", p.Name, p.Order, clockOrder)
		}
	}
	var mu sync.Mutex
	var ran []string
	stub := func(name string, last bool, order int) *probes.Probe {
		return &probes.Probe{Name: name, Last: last, Order: order, Run: func(context.Context, *probes.Target) []report.Check {
			mu.Lock()
			defer mu.Unlock()
			ran = append(ran, name)
			return nil
		}}
	}
	tg, err := probes.NewTarget(probes.Options{URL: "http://127.0.0.1:1"})
	if err != nil {
		t.Fatal(err)
	}
	probes.Run(context.Background(), tg, []*probes.Probe{
		stub("api-keys", true, clockOrder), stub("enumeration", true, 0), stub("jwt", false, 0),
		stub("password-reset", true, clockOrder), stub("rate-limits", true, 0),
	}, nil)
	want := []string{"jwt", "enumeration", "rate-limits", "api-keys", "password-reset"}
	if !slices.Equal(ran, want) {
		t.Errorf("ran %v, want %v", ran, want)
	}
}

// TestSuggestedKeyLifetime reads the minimum from key refusals.
func TestSuggestedKeyLifetime(t *testing.T) {
	for _, tc := range []struct {
		body string
		want []int
	}{
		{`{"error":"invalid_expiry","message":"expiresIn must be between 60 seconds and one year"}`, []int{60, 3600}},
		{`{"error":"expires_in must be at least 300"}`, []int{300, 3600}},
		{`{"error":"keys live at least 2 hours"}`, []int{7200, 3600}},
		{`{"error":"minimum lifetime: 1h"}`, []int{3600}},
		{`{"error":"invalid expiry"}`, []int{3600}},
		{`{"error":"expiry must be at least 1 s"}`, []int{3600}},
		{`{"error":"at least 400 days"}`, []int{3600}}, // longer than the probe asks for
	} {
		if got := keyLifetimeRetries(resp(400, tc.body), 2); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.body, got, tc.want)
		}
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
		if c.Rule == ruleDevEndpoints {
			// Needs only the URL; with no profile to declare it, the test
			// server's development outbox is an exposed endpoint.
			if c.Status != report.StatusFail || !strings.Contains(c.Message, "/dev/outbox") {
				t.Errorf("%s: %s %q, want fail naming /dev/outbox", c.Rule, c.Status, c.Message)
			}
			continue
		}
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
		if c.Rule == ruleDevEndpoints && c.Status == report.StatusFail {
			continue // the profile no longer declares the server's outbox
		}
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
