package lifecycle

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// ruleOpenRedirect is the open-redirect probe's rule.
const ruleOpenRedirect = "AP214"

// evilHost is the site the open-redirect and reset-link probes try to send
// users to (RFC 6761 reserves example domains: nobody real owns it).
const evilHost = "evil.example"

func init() {
	probes.Register(&probes.Probe{
		Name:  "open-redirect",
		Area:  "redirect",
		Rules: []string{ruleOpenRedirect},
		Needs: needsRedirects,
		Run:   runOpenRedirect,
	})
}

func needsRedirects(t *probes.Target) string {
	if why := probes.HasProfile(t); why != "" {
		return why
	}
	if len(t.Profile.Redirects) == 0 {
		return "the profile names no redirects (endpoints with a redirect parameter such as next, returnTo or redirect_uri)"
	}
	for _, r := range t.Profile.Redirects {
		if r.Session {
			if why := needs(t, "login"); why != "" {
				return "redirects with session: true need a login: " + why
			}
		}
	}
	return ""
}

// redirectPayloads are the values sent in the redirect parameter, as the
// target receives them after one URL decoding. Each leads off-site in a
// browser if the target echoes it into Location unchanged (or decodes it
// once more): browsers strip tabs and newlines, read "\" as "/" in http(s)
// URLs, ignore extra slashes before the host, decode %-escapes in host
// names, and read "https:host" as an authority when the page is not
// already on https (WHATWG URL standard). host is the target's host, for
// the allowlist-prefix tricks.
func redirectPayloads(host string) []string {
	return []string{
		"https://" + evilHost + "/",
		"//" + evilHost + "/",
		`/\` + evilHost + "/",
		`\/` + evilHost + "/",
		"https:" + evilHost,
		"http:" + evilHost,
		"///" + evilHost + "/",
		"/\t/" + evilHost + "/",
		" //" + evilHost + "/",
		"//evil%2Eexample/",
		"https://" + host + "." + evilHost + "/",
		"https://" + host + "@" + evilHost + "/",
		// Encoded once more: an endpoint that decodes twice turns these
		// into the values above.
		"%2F%2F" + evilHost + "/",
		"/%2F" + evilHost + "/",
		"/%5C" + evilHost + "/",
		"https%3A%2F%2F" + evilHost + "/",
		"/%09/" + evilHost + "/",
	}
}

// redirectHit is one value that led off-site.
type redirectHit struct {
	endpoint, value, via, dest string
}

func runOpenRedirect(ctx context.Context, t *probes.Target) []report.Check {
	var (
		hits              []redirectHit
		judged, honoured  []string
		notRedirecting    []string
		errs              []string
		sent              int
		payloads          = redirectPayloads(t.URL.Hostname())
		evidenceEndpoints []string
	)
	for i, r := range t.Profile.Redirects {
		label := fmt.Sprintf("%s %s?%s=", r.Method, r.Path, r.Param)
		evidenceEndpoints = append(evidenceEndpoints, label)
		// The control: a same-site path must be accepted (2xx or 3xx), or
		// the endpoint is not the one the profile meant.
		mark := probes.RandomHex(4)
		control := "/authcheck-" + mark
		resp, err := sendRedirect(ctx, t, r, control)
		if err != nil {
			errs = append(errs, fmt.Sprintf("redirects[%d] %s: %v", i, label, err))
			continue
		}
		sent++
		if resp.StatusCode/100 != 2 && resp.StatusCode/100 != 3 {
			errs = append(errs, fmt.Sprintf("redirects[%d] %s with the same-site value %s answered %d%s; check redirects[%d] in the profile", i, label, control, resp.StatusCode, bodyHint(resp), i))
			continue
		}
		if dest, _, ok := redirectTarget(resp); ok && strings.Contains(dest, mark) {
			honoured = append(honoured, label)
		} else {
			notRedirecting = append(notRedirecting, label)
		}
		judged = append(judged, label)
		for _, v := range payloads {
			resp, err := sendRedirect(ctx, t, r, v)
			if err != nil {
				if ctx.Err() != nil {
					return []report.Check{t.Error(ruleOpenRedirect, fmt.Errorf("stopped after %d requests: %w", sent, context.Cause(ctx)))}
				}
				errs = append(errs, fmt.Sprintf("%s%q: %v", label, v, err))
				continue
			}
			sent++
			dest, via, ok := redirectTarget(resp)
			if !ok {
				continue
			}
			// Only a destination on the host the value named counts: a
			// login page that always sends browsers to the company's
			// identity provider leaves the origin too, but not for us.
			if where, off := leavesOrigin(dest, resp.Request.URL); off && attackerHost(where) {
				hits = append(hits, redirectHit{endpoint: label, value: v, via: via, dest: dest + " (" + where + ")"})
			}
		}
	}
	ev := probes.Evidence("endpoints", strings.Join(evidenceEndpoints, "; "), "requests", strconv.Itoa(sent),
		"honoursSameSiteValue", strings.Join(honoured, "; "), "noRedirect", strings.Join(notRedirecting, "; "), "errors", strings.Join(errs, "; "))
	if len(hits) > 0 {
		var parts []string
		for i, h := range hits {
			if i == 6 {
				parts = append(parts, fmt.Sprintf("and %d more", len(hits)-i))
				break
			}
			parts = append(parts, fmt.Sprintf("%s%q → %s %s", h.endpoint, h.value, h.via, probes.Truncate(h.dest, 120)))
		}
		ev["offSite"] = strings.Join(parts, "; ")
		return []report.Check{t.Fail(ruleOpenRedirect, fmt.Sprintf("%d of %d redirect values sent the browser to another site: %s", len(hits), sent, strings.Join(parts, "; ")), ev)}
	}
	if len(judged) == 0 {
		return []report.Check{t.Error(ruleOpenRedirect, fmt.Errorf("no redirect endpoint could be judged: %s", strings.Join(errs, "; ")))}
	}
	if len(honoured) == 0 {
		return []report.Check{t.Skip(ruleOpenRedirect, fmt.Sprintf("%s redirected to none of the values, not even a same-site path: the parameter is not used there, so nothing was verified (check redirects in the profile)", strings.Join(notRedirecting, ", ")))}
	}
	msg := fmt.Sprintf("none of %d values (absolute, scheme-relative, backslash, tab, userinfo, prefix and double-encoded forms of %s) led off-site from %s (same-site paths are followed there)", len(payloads), evilHost, strings.Join(honoured, ", "))
	if len(notRedirecting) > 0 {
		msg += "; " + strings.Join(notRedirecting, ", ") + " redirected to none of the values, not even a same-site path (is the parameter right?)"
	}
	return []report.Check{t.Pass(ruleOpenRedirect, msg, ev)}
}

// sendRedirect sends one value in r's redirect parameter, logged in first
// when r needs a session.
func sendRedirect(ctx context.Context, t *probes.Target, r profile.Redirect, value string) (*probes.Response, error) {
	c := newClient(t)
	q := url.Values{}
	for k, v := range r.Query {
		q.Set(k, v)
	}
	q.Set(r.Param, value)
	build := func() (*http.Request, error) {
		var as *probes.Session
		if r.Session { // a fresh login each time: a logout ends it
			acct, _ := probes.LoginAccount(t.Profile)
			s, err := c.login(ctx, acct)
			if err != nil {
				return nil, err
			}
			as = s
		}
		req, err := t.NewRequest(ctx, r.Method, r.Path+"?"+q.Encode(), nil)
		if err != nil {
			return nil, err
		}
		if r.Method == http.MethodPost {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Body = http.NoBody
		}
		req.Header.Set("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
		as.Apply(req)
		c.prepare(req)
		return req, nil
	}
	req, err := build()
	if err != nil {
		return nil, err
	}
	resp, err := c.t.Do(req)
	if err != nil && strings.Contains(err.Error(), "failed to parse Location header") {
		// Go's client refuses a Location browsers follow (one with a
		// tab): send it again, past the client.
		if req, err = build(); err != nil {
			return nil, err
		}
		resp, err = roundTrip(t, req)
	}
	if err != nil {
		return nil, fmt.Errorf("%s", probes.DescribeError(err))
	}
	return resp, nil
}

// roundTrip sends req again through the target's transport without the
// HTTP client's redirect handling, which refuses a Location it cannot
// parse (one with a tab, say) though browsers follow it. The answer is
// read like Target.Do reads it.
func roundTrip(t *probes.Target, req *http.Request) (*probes.Response, error) {
	ctx, cancel := context.WithTimeout(req.Context(), 2*cmp.Or(t.Timeout, probes.DefaultTimeout))
	defer cancel()
	resp, err := t.Client().Transport.RoundTrip(req.WithContext(ctx))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	limit := cmp.Or(t.MaxBody, probes.DefaultMaxBody)
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit))
	return &probes.Response{StatusCode: resp.StatusCode, Header: resp.Header, Body: body, Request: req, TLS: resp.TLS}, err
}

// attackerHost reports whether an origin from leavesOrigin is evilHost or
// one of its subdomains.
func attackerHost(origin string) bool {
	_, host, _ := strings.Cut(origin, "://")
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	return host == evilHost || strings.HasSuffix(host, "."+evilHost)
}

var metaRefresh = regexp.MustCompile(`(?is)<meta[^>]+http-equiv\s*=\s*["']?refresh["']?[^>]*>`)
var metaContent = regexp.MustCompile(`(?is)content\s*=\s*(?:"([^"]*)"|'([^']*)')`)

// redirectTarget is where an answer sends the browser: the Location of a
// 3xx, a Refresh header, or an HTML meta refresh; via names which.
func redirectTarget(resp *probes.Response) (dest, via string, ok bool) {
	if resp.StatusCode/100 == 3 {
		if loc := resp.Header.Get("Location"); loc != "" {
			return loc, "Location", true
		}
	}
	if d, ok := refreshURL(resp.Header.Get("Refresh")); ok {
		return d, "Refresh header", true
	}
	if m := metaRefresh.FindString(string(resp.Body)); m != "" {
		if c := metaContent.FindStringSubmatch(m); c != nil {
			if d, ok := refreshURL(c[1] + c[2]); ok {
				return d, "meta refresh", true
			}
		}
	}
	if m := scriptRedirect.FindStringSubmatch(string(resp.Body)); m != nil {
		return strings.ReplaceAll(m[1], `\/`, "/"), "script", true
	}
	return "", "", false
}

// scriptRedirect finds a page script that sends the browser to a string
// literal: location = "…", location.href = "…", location.assign("…"),
// location.replace("…"). Only literals are read; a destination computed at
// run time is out of reach of a prober that does not run scripts.
var scriptRedirect = regexp.MustCompile(`(?i)\blocation(?:\.href)?\s*(?:=|\.assign\(|\.replace\()\s*["'\x60]([^"'\x60]{1,1000})["'\x60]`)

// refreshURL reads the URL of a Refresh value ("0; url=/next").
func refreshURL(v string) (string, bool) {
	_, rest, ok := strings.Cut(v, ";")
	if !ok {
		_, rest, ok = strings.Cut(v, ",")
	}
	if !ok {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	if len(rest) >= 4 && strings.EqualFold(rest[:3], "url") {
		rest = strings.TrimSpace(rest[3:])
		if strings.HasPrefix(rest, "=") {
			rest = strings.TrimSpace(rest[1:])
		}
	}
	rest = strings.Trim(rest, `"'`)
	return rest, rest != ""
}

// leavesOrigin resolves ref against base as a browser would (the parts of
// the WHATWG URL parser that decide the host) and reports where it leads
// and whether that is another origin than base's.
func leavesOrigin(ref string, base *url.URL) (where string, off bool) {
	s := strings.TrimFunc(ref, func(r rune) bool { return r <= 0x20 })
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, s)
	scheme, rest := "", s
	if i := strings.IndexByte(s, ':'); i > 0 && isScheme(s[:i]) {
		scheme, rest = strings.ToLower(s[:i]), s[i+1:]
	}
	if scheme != "" && !specialScheme[scheme] {
		return "scheme " + scheme, true // javascript:, data:, an app's own scheme
	}
	rest = strings.ReplaceAll(rest, `\`, "/")
	relative := !strings.HasPrefix(rest, "//") && (scheme == "" || scheme == base.Scheme)
	if relative {
		return "same site", false
	}
	if scheme == "" {
		scheme = base.Scheme
	}
	rest = strings.TrimLeft(rest, "/")
	auth := rest
	if i := strings.IndexAny(auth, "/?#"); i >= 0 {
		auth = auth[:i]
	}
	if i := strings.LastIndexByte(auth, '@'); i >= 0 {
		auth = auth[i+1:]
	}
	host, port := auth, ""
	if h, p, err := net.SplitHostPort(auth); err == nil {
		host, port = h, p
	}
	if dec, err := url.PathUnescape(host); err == nil {
		host = dec
	}
	host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
	if port == "" {
		port = defaultPort[scheme]
	}
	basePort := base.Port()
	if basePort == "" {
		basePort = defaultPort[base.Scheme]
	}
	dest := scheme + "://" + host
	if port != defaultPort[scheme] {
		dest += ":" + port
	}
	same := scheme == base.Scheme && strings.EqualFold(host, strings.TrimSuffix(base.Hostname(), ".")) && port == basePort
	return dest, !same
}

var specialScheme = map[string]bool{"http": true, "https": true, "ws": true, "wss": true, "ftp": true, "file": true}

var defaultPort = map[string]string{"http": "80", "https": "443", "ws": "80", "wss": "443", "ftp": "21"}

func isScheme(s string) bool {
	for i, c := range s {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return s != ""
}
