package httpcheck

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strings"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the auth-headers probe.
const (
	ruleAuthNoStore     = "AP208"
	ruleFrameable       = "AP209"
	ruleNosniff         = "AP210"
	ruleReferrer        = "AP211"
	ruleClearSiteData   = "AP212"
	ruleWWWAuthenticate = "AP213"
)

var authHeaderRules = []string{ruleAuthNoStore, ruleFrameable, ruleNosniff, ruleReferrer, ruleClearSiteData, ruleWWWAuthenticate}

func init() {
	probes.Register(&probes.Probe{
		Name:  "auth-headers",
		Area:  "transport",
		Rules: authHeaderRules,
		Needs: func(t *probes.Target) string {
			if why := probes.HasProfile(t); why != "" {
				return why
			}
			if !canLogin(t) || t.Profile.Endpoints.Me == nil {
				return "needs a profile with a login endpoint, an account and a me endpoint"
			}
			return ""
		},
		Run: runAuthHeaders,
	})
}

// labelled is a response with what it was.
type labelled struct {
	label string
	resp  *probes.Response
}

// runAuthHeaders reads the headers of the profile's auth endpoints and
// pages only (not the whole site): the login answer, me with and without
// the session, the login and reset pages, and logout (last, as it ends
// the session).
func runAuthHeaders(ctx context.Context, t *probes.Target) []report.Check {
	p := t.Profile
	acct, _ := probes.LoginAccount(p)
	sess, err := t.Login(ctx, acct)
	if err != nil {
		return errorAll(t, err, authHeaderRules...)
	}
	var all []labelled
	all = append(all, labelled{"login " + p.Endpoints.Login.Path, sess.Login})
	me, err := t.Call(ctx, p.Endpoints.Me, nil, nil, sess)
	if err != nil {
		return errorAll(t, fmt.Errorf("me with the session: %s", probes.DescribeError(err)), authHeaderRules...)
	}
	if me.StatusCode/100 != 2 {
		return errorAll(t, fmt.Errorf("me answered %d with a fresh session; cannot read an authenticated response", me.StatusCode), authHeaderRules...)
	}
	all = append(all, labelled{"me " + p.Endpoints.Me.Path + " (authenticated)", me})
	anon, err := t.Call(ctx, p.Endpoints.Me, nil, nil, nil)
	if err != nil {
		return errorAll(t, fmt.Errorf("me without credentials: %s", probes.DescribeError(err)), authHeaderRules...)
	}
	all = append(all, labelled{"me " + p.Endpoints.Me.Path + " (anonymous)", anon})
	var pages, tokenPages []labelled
	for _, pg := range []struct{ name, path string }{{"login page", p.Pages.Login}, {"reset page", p.Pages.Reset}} {
		if pg.path == "" {
			continue
		}
		r, err := t.Get(ctx, pg.path)
		if err != nil {
			return errorAll(t, fmt.Errorf("GET %s (%s): %s", pg.path, pg.name, probes.DescribeError(err)), authHeaderRules...)
		}
		l := labelled{pg.name + " " + pg.path, r}
		pages = append(pages, l)
		all = append(all, l)
		if pg.name == "reset page" {
			tokenPages = append(tokenPages, l)
		}
	}
	out := []report.Check{
		judgeAuthNoStore(t, []labelled{all[0], all[1]}),
		judgeFraming(t, pages),
		judgeNosniff(t, all),
		judgeReferrer(t, tokenPages),
		judgeWWWAuthenticate(t, anon),
	}
	return append(out, checkClearSiteData(ctx, t, sess))
}

func headerList(r *probes.Response, name string) string {
	if v := strings.Join(r.Header.Values(name), ", "); v != "" {
		return v
	}
	return "(none)"
}

func judgeAuthNoStore(t *probes.Target, rs []labelled) report.Check {
	e := map[string]string{}
	var bad []string
	for _, l := range rs {
		e[l.label] = headerList(l.resp, "Cache-Control")
		if !hasDirective(l.resp.Header.Values("Cache-Control"), "no-store") {
			bad = append(bad, l.label)
		}
	}
	if len(bad) > 0 {
		return t.Fail(ruleAuthNoStore, "authenticated or credential-bearing responses without Cache-Control: no-store: "+strings.Join(bad, ", "), e)
	}
	return t.Pass(ruleAuthNoStore, "the login answer and the authenticated response send Cache-Control: no-store", e)
}

// hasDirective reports whether comma-separated header values hold the
// directive (case-insensitive, arguments ignored).
func hasDirective(values []string, name string) bool {
	for _, v := range values {
		for _, d := range strings.Split(v, ",") {
			d, _, _ = strings.Cut(strings.TrimSpace(d), "=")
			if strings.EqualFold(d, name) {
				return true
			}
		}
	}
	return false
}

// frameAncestors returns the frame-ancestors sources of the enforced CSP
// headers (not Report-Only, not <meta>, where browsers ignore it).
func frameAncestors(h http.Header) (string, bool) {
	for _, csp := range h.Values("Content-Security-Policy") {
		for _, d := range strings.Split(csp, ";") {
			f := strings.Fields(d)
			if len(f) > 0 && strings.EqualFold(f[0], "frame-ancestors") {
				return strings.Join(f[1:], " "), true
			}
		}
	}
	return "", false
}

// anyFramer reports whether a frame-ancestors source list lets any site
// frame the page (a wildcard or a bare scheme).
func anyFramer(sources string) bool {
	for _, src := range strings.Fields(strings.ToLower(sources)) {
		if src == "*" || src == "https:" || src == "http:" || src == "data:" || src == "blob:" {
			return true
		}
	}
	return false
}

func judgeFraming(t *probes.Target, pages []labelled) report.Check {
	if len(pages) == 0 {
		return t.Skip(ruleFrameable, "the profile names no pages.login or pages.reset (the HTML pages of the auth flow) to check for anti-framing headers")
	}
	e := map[string]string{}
	var bad []string
	for _, l := range pages {
		fa, hasFA := frameAncestors(l.resp.Header)
		xfo := strings.ToUpper(strings.TrimSpace(l.resp.Header.Get("X-Frame-Options")))
		e[l.label] = fmt.Sprintf("frame-ancestors %q, X-Frame-Options %q", fa, xfo)
		switch {
		case hasFA && !anyFramer(fa): // an empty source list means 'none'
		case !hasFA && (xfo == "DENY" || xfo == "SAMEORIGIN"):
		default:
			bad = append(bad, l.label)
		}
	}
	if len(bad) > 0 {
		return t.Fail(ruleFrameable, "pages any site can frame (no CSP frame-ancestors, a wildcard, and no X-Frame-Options DENY/SAMEORIGIN): "+strings.Join(bad, ", "), e)
	}
	return t.Pass(ruleFrameable, "the login and reset pages refuse framing by other sites (CSP frame-ancestors or X-Frame-Options)", e)
}

func judgeNosniff(t *probes.Target, rs []labelled) report.Check {
	e := map[string]string{}
	var bad []string
	for _, l := range rs {
		v := l.resp.Header.Get("X-Content-Type-Options")
		e[l.label] = v
		if !strings.EqualFold(strings.TrimSpace(v), "nosniff") {
			bad = append(bad, l.label)
		}
	}
	sort.Strings(bad)
	if len(bad) > 0 {
		return t.Fail(ruleNosniff, "auth responses without X-Content-Type-Options: nosniff: "+strings.Join(bad, ", "), e)
	}
	return t.Pass(ruleNosniff, fmt.Sprintf("all %d auth responses send X-Content-Type-Options: nosniff", len(rs)), e)
}

// safeReferrer are the policies that never send a page's path or query
// to another origin.
var safeReferrer = map[string]bool{"no-referrer": true, "same-origin": true, "strict-origin": true, "strict-origin-when-cross-origin": true, "origin": true, "origin-when-cross-origin": true}

var metaReferrer = regexp.MustCompile(`(?i)<meta\s+name=["']?referrer["']?\s+content=["']?([a-z-]+)`)

// referrerPolicy returns the effective policy: the last known token of
// the header (RFC: unknown tokens are skipped), else a <meta> tag.
func referrerPolicy(r *probes.Response) string {
	policy := ""
	for _, v := range r.Header.Values("Referrer-Policy") {
		for _, tok := range strings.Split(v, ",") {
			tok = strings.ToLower(strings.TrimSpace(tok))
			if safeReferrer[tok] || tok == "unsafe-url" || tok == "no-referrer-when-downgrade" {
				policy = tok
			}
		}
	}
	if policy == "" {
		if m := metaReferrer.FindSubmatch(r.Body); m != nil {
			policy = strings.ToLower(string(m[1]))
		}
	}
	return policy
}

func judgeReferrer(t *probes.Target, pages []labelled) report.Check {
	if len(pages) == 0 {
		return t.Skip(ruleReferrer, "the profile names no pages.reset (the page a reset link opens, whose URL holds the token)")
	}
	e := map[string]string{}
	var bad []string
	for _, l := range pages {
		pol := referrerPolicy(l.resp)
		e[l.label] = pol
		if !safeReferrer[pol] {
			if pol == "" {
				e[l.label] = "(none)"
			}
			bad = append(bad, fmt.Sprintf("%s (%s)", l.label, e[l.label]))
		}
	}
	if len(bad) > 0 {
		return t.Fail(ruleReferrer, "pages whose URL holds a token without a Referrer-Policy that keeps the URL from other origins: "+strings.Join(bad, ", "), e)
	}
	return t.Pass(ruleReferrer, "pages whose URL holds a token send a Referrer-Policy that keeps the URL from other origins", e)
}

func judgeWWWAuthenticate(t *probes.Target, anon *probes.Response) report.Check {
	e := probes.Evidence("status", fmt.Sprint(anon.StatusCode), "WWW-Authenticate", anon.Header.Get("WWW-Authenticate"))
	if anon.StatusCode != http.StatusUnauthorized {
		return t.Skip(ruleWWWAuthenticate, fmt.Sprintf("me without credentials answered %d, not 401", anon.StatusCode))
	}
	if anon.Header.Get("WWW-Authenticate") == "" {
		return t.Fail(ruleWWWAuthenticate, "me answers 401 without a WWW-Authenticate header (RFC 9110 §15.5.2 requires one)", e)
	}
	return t.Pass(ruleWWWAuthenticate, "me answers 401 with WWW-Authenticate", e)
}

func checkClearSiteData(ctx context.Context, t *probes.Target, sess *probes.Session) report.Check {
	ep := t.Profile.Endpoints.Logout
	if ep == nil {
		return t.Skip(ruleClearSiteData, "the profile names no logout endpoint")
	}
	r, err := t.Call(ctx, ep, nil, nil, sess)
	if err != nil {
		return t.Error(ruleClearSiteData, fmt.Errorf("logout: %s", probes.DescribeError(err)))
	}
	e := probes.Evidence("status", fmt.Sprint(r.StatusCode), "Clear-Site-Data", r.Header.Get("Clear-Site-Data"))
	if r.StatusCode/100 != 2 && r.StatusCode/100 != 3 {
		return t.Error(ruleClearSiteData, fmt.Errorf("logout answered %d", r.StatusCode))
	}
	v := strings.ToLower(strings.Join(r.Header.Values("Clear-Site-Data"), ","))
	if !strings.Contains(v, `"cookies"`) && !strings.Contains(v, `"storage"`) && !strings.Contains(v, `"*"`) {
		return t.Fail(ruleClearSiteData, `logout sends no Clear-Site-Data with "cookies" or "storage": tokens kept in browser storage outlive the logout`, e)
	}
	return t.Pass(ruleClearSiteData, "logout sends Clear-Site-Data ("+v+")", e)
}
