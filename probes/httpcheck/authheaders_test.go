package httpcheck

import (
	"slices"
	"testing"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// TestAuthHeaders: the correct server passes every header check; each
// one-flaw variant fails its rule only.
func TestAuthHeaders(t *testing.T) {
	for _, tc := range []struct {
		name string
		k    knobs
		rule string
	}{
		{"correct", knobs{}, ""},
		{"me cacheable", knobs{hdrCacheable: true}, ruleAuthNoStore},
		{"pages frameable", knobs{hdrFrameable: true}, ruleFrameable},
		{"frame-ancestors wildcard", knobs{hdrFrameWildcard: true}, ruleFrameable},
		{"no nosniff", knobs{hdrNoNosniff: true}, ruleNosniff},
		{"no Referrer-Policy on the reset page", knobs{hdrReferrer: "-"}, ruleReferrer},
		{"unsafe-url on the reset page", knobs{hdrReferrer: "unsafe-url"}, ruleReferrer},
		{"no Clear-Site-Data on logout", knobs{hdrNoClearSite: true}, ruleClearSiteData},
		{"401 without WWW-Authenticate", knobs{hdrNoWWWAuth: true}, ruleWWWAuthenticate},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newAuthServer(t, tc.k)
			tg := s.target(t, true)
			p := probeNamed(t, "auth-headers")
			if why := p.Needs(tg); why != "" {
				t.Fatalf("needs: %s", why)
			}
			cs := p.Run(t.Context(), tg)
			if len(cs) != len(authHeaderRules) {
				t.Fatalf("%d checks, want %d: %+v", len(cs), len(authHeaderRules), cs)
			}
			for _, c := range cs {
				want := report.StatusPass
				if c.Rule == tc.rule {
					want = report.StatusFail
				}
				if c.Status != want {
					t.Errorf("%s: %s (%s), want %s", c.Rule, c.Status, c.Message, want)
				}
			}
		})
	}
}

// TestAuthHeadersNoPages: without pages in the profile the page checks
// are skipped with the reason.
func TestAuthHeadersNoPages(t *testing.T) {
	s := newAuthServer(t, knobs{})
	tg := s.target(t, true)
	tg.Profile.Pages.Login, tg.Profile.Pages.Reset = "", ""
	cs := probeNamed(t, "auth-headers").Run(t.Context(), tg)
	for _, c := range cs {
		want := report.StatusPass
		if slices.Contains([]string{ruleFrameable, ruleReferrer}, c.Rule) {
			want = report.StatusSkip
		}
		if c.Status != want {
			t.Errorf("%s: %s (%s), want %s", c.Rule, c.Status, c.Message, want)
		}
	}
}

func probeNamed(t *testing.T, name string) *probes.Probe {
	t.Helper()
	for _, p := range ourProbes(t) {
		if p.Name == name {
			return p
		}
	}
	t.Fatalf("no probe %q", name)
	return nil
}

func TestAnyFramer(t *testing.T) {
	for src, want := range map[string]bool{"": false, "'none'": false, "'self'": false, "'self' https://app.example": false, "*": true, "https:": true, "'self' *": true} {
		if got := anyFramer(src); got != want {
			t.Errorf("anyFramer(%q) = %v, want %v", src, got, want)
		}
	}
}
