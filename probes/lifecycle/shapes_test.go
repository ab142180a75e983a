package lifecycle

import (
	"net/url"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// shapeProbes are the probes of issue 14 §2 and §5.
var shapeProbes = []string{"open-redirect", "reset-link-origin", "rate-limit-shapes"}

// TestShapesCorrectServerPasses: against the correct server every rule of
// the three probes passes.
func TestShapesCorrectServerPasses(t *testing.T) {
	s := newShapeServer(t, shapeFlaws{})
	cs := runNamed(t, s.target(t), shapeProbes...)
	logChecks(t, cs)
	want := []string{"AP214", "AP506", "AP507", "AP508", "AP509", "AP751"}
	got := map[string]string{}
	for _, c := range cs {
		got[c.Rule] = c.Status
	}
	for _, id := range want {
		if got[id] != report.StatusPass {
			t.Errorf("%s: %q, want pass", id, got[id])
		}
	}
	if len(got) != len(want) {
		t.Errorf("got results for %v, want %v", got, want)
	}
}

// TestShapesFlaws: each one-flaw server fails the rule for its flaw, and
// only that rule.
func TestShapesFlaws(t *testing.T) {
	for _, tc := range []struct {
		name  string
		flaws shapeFlaws
		rule  string
		probe string
	}{
		{"burst races the limiter", shapeFlaws{RaceLimit: true}, "AP506", "rate-limit-shapes"},
		{"IPv6 limited per address", shapeFlaws{PerAddressV6: true}, "AP507", "rate-limit-shapes"},
		{"reset limited per address only", shapeFlaws{NoResetIPLimit: true}, "AP508", "rate-limit-shapes"},
		{"successful logins spend the IP budget", shapeFlaws{SuccessCounts: true}, "AP509", "rate-limit-shapes"},
		{"reset link from Host", shapeFlaws{LinkFrom: "Host"}, "AP751", "reset-link-origin"},
		{"reset link from X-Forwarded-Host", shapeFlaws{LinkFrom: "X-Forwarded-Host"}, "AP751", "reset-link-origin"},
		{"reset link from Forwarded", shapeFlaws{LinkFrom: "Forwarded"}, "AP751", "reset-link-origin"},
		{"next taken as is", shapeFlaws{Redirect: "any"}, "AP214", "open-redirect"},
		{"next must start with /", shapeFlaws{Redirect: "prefix"}, "AP214", "open-redirect"},
		{"next must not start with //", shapeFlaws{Redirect: "backslash"}, "AP214", "open-redirect"},
		{"next must not start with // or /\\", shapeFlaws{Redirect: "tab"}, "AP214", "open-redirect"},
		{"next decoded after the check", shapeFlaws{Redirect: "decode-twice"}, "AP214", "open-redirect"},
		{"next in a meta refresh", shapeFlaws{Redirect: "meta"}, "AP214", "open-redirect"},
		{"next in a page script", shapeFlaws{Redirect: "script"}, "AP214", "open-redirect"},
		{"next may start with the site's own URL", shapeFlaws{Redirect: "host-prefix"}, "AP214", "open-redirect"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newShapeServer(t, tc.flaws)
			cs := runNamed(t, s.target(t), tc.probe)
			for _, c := range cs {
				want := report.StatusPass
				if c.Rule == tc.rule {
					want = report.StatusFail
				}
				if c.Status != want {
					logChecks(t, cs)
					t.Errorf("%s: %s (%s), want %s", c.Rule, c.Status, c.Message, want)
				}
			}
		})
	}
}

// TestShapesWithoutForwardedHeader: what needs client addresses of its
// own skips with the reason, the rest still runs from the prober's
// address.
func TestShapesWithoutForwardedHeader(t *testing.T) {
	s := newShapeServer(t, shapeFlaws{})
	cs := runNamed(t, s.target(t, func(p *profile.Profile) { p.ForwardedHeader = "" }), "rate-limit-shapes")
	logChecks(t, cs)
	want := map[string]string{"AP506": report.StatusPass, "AP507": report.StatusSkip, "AP508": report.StatusPass, "AP509": report.StatusPass}
	for _, c := range cs {
		if c.Status != want[c.Rule] {
			t.Errorf("%s: %s (%s), want %s", c.Rule, c.Status, c.Message, want[c.Rule])
		}
		if c.Status == report.StatusSkip && c.Message == "" {
			t.Errorf("%s: skip without a reason", c.Rule)
		}
	}
}

// TestShapesNeedProfileParts: without redirects, outbox or resetRequest
// the checks skip and say what is missing.
func TestShapesNeedProfileParts(t *testing.T) {
	s := newShapeServer(t, shapeFlaws{})
	cs := runNamed(t, s.target(t, func(p *profile.Profile) {
		p.Redirects, p.Outbox, p.Endpoints.ResetRequest = nil, nil, nil
	}), shapeProbes...)
	logChecks(t, cs)
	for _, c := range cs {
		switch c.Rule {
		case "AP214", "AP751", "AP508":
			if c.Status != report.StatusSkip || c.Message == "" {
				t.Errorf("%s: %s (%s), want skip with a reason", c.Rule, c.Status, c.Message)
			}
		}
	}
}

// TestShapesControlRefused: a redirect endpoint that refuses even a
// same-site value is a profile mistake (error), not a pass.
func TestShapesControlRefused(t *testing.T) {
	s := newShapeServer(t, shapeFlaws{})
	cs := runNamed(t, s.target(t, func(p *profile.Profile) {
		p.Redirects = []profile.Redirect{{Method: "POST", Path: "/api/logout", Param: "next"}} // no session: 401
	}), "open-redirect")
	logChecks(t, cs)
	if len(cs) != 1 || cs[0].Status != report.StatusError {
		t.Fatalf("got %v, want one error", cs)
	}
}

// TestShapesIdentityProvider: a login page that always sends the browser
// to an identity provider leaves the origin, but not for the value sent:
// no finding.
func TestShapesIdentityProvider(t *testing.T) {
	s := newShapeServer(t, shapeFlaws{Redirect: "idp"})
	cs := runNamed(t, s.target(t, func(p *profile.Profile) {
		p.Redirects = p.Redirects[:1] // GET /login
	}), "open-redirect")
	logChecks(t, cs)
	if len(cs) != 1 || cs[0].Status != report.StatusPass {
		t.Fatalf("got %v, want pass", cs)
	}
}

// TestShapesUnusedParameter: an endpoint that follows no value, not even
// a same-site path, verifies nothing: skip with the reason.
func TestShapesUnusedParameter(t *testing.T) {
	s := newShapeServer(t, shapeFlaws{})
	cs := runNamed(t, s.target(t, func(p *profile.Profile) {
		p.Redirects = []profile.Redirect{{Path: "/login", Param: "returnTo"}}
	}), "open-redirect")
	logChecks(t, cs)
	if len(cs) != 1 || cs[0].Status != report.StatusSkip || !strings.Contains(cs[0].Message, "not used") {
		t.Fatalf("got %v, want one skip saying the parameter is not used", cs)
	}
}

func TestLeavesOrigin(t *testing.T) {
	base, _ := url.Parse("https://app.example.com/api/logout?next=x")
	for _, tc := range []struct {
		loc string
		off bool
	}{
		{"/account", false},
		{"/%2F%2Fevil.example", false},
		{"account/settings", false},
		{"https://app.example.com/x", false},
		{"https://APP.example.com:443/x", false},
		{"https:evil.example", false}, // same scheme: a relative path in browsers
		{"?next=//evil.example", false},
		{"https://evil.example/", true},
		{"//evil.example", true},
		{`/\evil.example`, true},
		{`\\evil.example`, true},
		{"/\t/evil.example", true},
		{" //evil.example", true},
		{"///evil.example", true},
		{"http:evil.example", true},
		{"http://app.example.com/", true}, // another scheme is another origin
		{"https://app.example.com:8443/", true},
		{"https://app.example.com.evil.example/", true},
		{"https://app.example.com@evil.example/", true},
		{"//evil%2Eexample/", true},
		{"javascript:alert(1)", true},
	} {
		where, off := leavesOrigin(tc.loc, base)
		if off != tc.off {
			t.Errorf("leavesOrigin(%q) = %q, %v; want off=%v", tc.loc, where, off, tc.off)
		}
	}
}

func TestRefreshURL(t *testing.T) {
	for in, want := range map[string]string{
		"0; url=https://evil.example/": "https://evil.example/",
		"0;URL='/next'":                "/next",
		"5, url = //evil.example":      "//evil.example",
		"0":                            "",
	} {
		if got, _ := refreshURL(in); got != want {
			t.Errorf("refreshURL(%q) = %q, want %q", in, got, want)
		}
	}
}
