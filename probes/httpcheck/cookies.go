package httpcheck

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the session-cookie probe.
const (
	ruleCookieHTTPOnly = "AP301"
	ruleCookieSecure   = "AP302"
	ruleCookieSameSite = "AP303"
	ruleCookiePrefix   = "AP304"
	ruleSessionInURL   = "AP305"
)

var cookieRules = []string{ruleCookieHTTPOnly, ruleCookieSecure, ruleCookieSameSite, ruleCookiePrefix, ruleSessionInURL}

func init() {
	probes.Register(&probes.Probe{
		Name:  "session-cookie",
		Area:  "cookies",
		Rules: cookieRules,
		Run:   runSessionCookie,
	})
}

// SameSite verdicts.
const (
	sameSiteStrict  = "Strict"
	sameSiteLax     = "Lax"
	sameSiteNone    = "None"
	sameSiteMissing = "missing"
	sameSiteInvalid = "invalid" // present but empty or not Strict/Lax/None
)

// Prefix verdicts.
const (
	prefixHost           = "__Host-"         // valid __Host- cookie
	prefixHostRejected   = "__Host-rejected" // __Host- name, attributes browsers reject
	prefixSecure         = "__Secure-"
	prefixSecureRejected = "__Secure-rejected"
	prefixNone           = "none"
)

// cookieVerdict classifies one cookie's security attributes.
type cookieVerdict struct {
	Name     string
	HTTPOnly bool
	Secure   bool
	SameSite string // one of the sameSite* verdicts
	Prefix   string // one of the prefix* verdicts
	// PrefixProblem says why browsers reject a prefixed cookie.
	PrefixProblem string
}

// classifyCookie judges a cookie parsed by http.ParseSetCookie.
func classifyCookie(c *http.Cookie) cookieVerdict {
	v := cookieVerdict{Name: c.Name, HTTPOnly: c.HttpOnly, Secure: c.Secure}
	switch c.SameSite {
	case http.SameSiteStrictMode:
		v.SameSite = sameSiteStrict
	case http.SameSiteLaxMode:
		v.SameSite = sameSiteLax
	case http.SameSiteNoneMode:
		v.SameSite = sameSiteNone
	case 0:
		v.SameSite = sameSiteMissing
	default: // http.SameSiteDefaultMode: attribute present, value empty or unknown
		v.SameSite = sameSiteInvalid
	}
	// RFC 6265bis matches the prefixes case-insensitively.
	lower := strings.ToLower(c.Name)
	switch {
	case strings.HasPrefix(lower, "__host-"):
		var problems []string
		if !c.Secure {
			problems = append(problems, "no Secure")
		}
		if c.Domain != "" {
			problems = append(problems, "Domain="+c.Domain)
		}
		if c.Path != "/" {
			if c.Path == "" {
				problems = append(problems, "no Path=/")
			} else {
				problems = append(problems, "Path="+c.Path)
			}
		}
		if len(problems) == 0 {
			v.Prefix = prefixHost
		} else {
			v.Prefix, v.PrefixProblem = prefixHostRejected, strings.Join(problems, ", ")
		}
	case strings.HasPrefix(lower, "__secure-"):
		if c.Secure {
			v.Prefix = prefixSecure
		} else {
			v.Prefix, v.PrefixProblem = prefixSecureRejected, "no Secure"
		}
	default:
		v.Prefix = prefixNone
	}
	return v
}

// classifySetCookie parses one Set-Cookie line with http.ParseSetCookie and
// classifies it.
func classifySetCookie(line string) (cookieVerdict, error) {
	c, err := http.ParseSetCookie(line)
	if err != nil {
		return cookieVerdict{}, err
	}
	return classifyCookie(c), nil
}

// sessionSource describes where the judged session cookies came from.
type sessionSource struct {
	cookies []*http.Cookie
	how     string
	// secrets are values that must never appear in a URL: session cookie
	// values and tokens.
	secrets []string
	// responses are scanned for session IDs in URLs.
	responses []*probes.Response
	// noCookieReason explains an empty cookies.
	noCookieReason string
}

func canLogin(t *probes.Target) bool {
	_, ok := probes.LoginAccount(t.Profile)
	return ok && t.Profile.Endpoints.Login != nil
}

func runSessionCookie(ctx context.Context, t *probes.Target) []report.Check {
	src, err := findSessionCookies(ctx, t)
	if err != nil {
		return errorAll(t, err, cookieRules...)
	}
	var out []report.Check
	if len(src.cookies) == 0 {
		out = probes.SkipAll(t, src.noCookieReason, ruleCookieHTTPOnly, ruleCookieSecure, ruleCookieSameSite, ruleCookiePrefix)
	} else {
		out = judgeCookieFlags(t, src)
	}
	return append(out, judgeSessionInURLs(t, src))
}

// findSessionCookies logs in when the profile allows it (the session cookie
// is the one login sets), else takes the cookies a GET of the URL sets whose
// names mark a session.
func findSessionCookies(ctx context.Context, t *probes.Target) (*sessionSource, error) {
	src := &sessionSource{}
	anon, anonErr := t.Get(ctx, t.URL.String())
	if anon != nil {
		src.responses = append(src.responses, anon)
	}
	if canLogin(t) {
		acct, _ := probes.LoginAccount(t.Profile)
		sess, err := t.Login(ctx, acct)
		if err != nil {
			return nil, err
		}
		src.responses = append(src.responses, sess.Login)
		src.secrets = append(src.secrets, sess.AccessToken, sess.RefreshToken)
		for _, c := range sess.Cookies {
			src.secrets = append(src.secrets, c.Value)
		}
		login := requestLabel(sess.Login)
		if c, ok := sess.SessionCookie(t.Profile); ok {
			src.cookies = []*http.Cookie{c}
			src.how = "set by the login (" + login + ")"
		} else if t.Profile.Session.Cookie != "" {
			return nil, fmt.Errorf("the profile names the session cookie %q, but the login (%s) did not set it", t.Profile.Session.Cookie, login)
		} else if len(sess.Cookies) == 0 {
			src.noCookieReason = "the login (" + login + ") set no cookie: the session travels as a bearer token"
		} else {
			src.noCookieReason = fmt.Sprintf("the login (%s) set %d cookies and none is recognisably the session; name it in the profile (session.cookie)", login, len(sess.Cookies))
		}
		if authed, err := t.Call(ctx, &profile.Endpoint{Method: http.MethodGet, Path: t.URL.RequestURI()}, nil, nil, sess); err == nil {
			src.responses = append(src.responses, authed)
		}
		return src, nil
	}
	if anon == nil {
		return nil, fmt.Errorf("GET %s: %s", t.URL, probes.DescribeError(anonErr))
	}
	for _, c := range anon.Cookies() {
		if probes.LooksLikeSessionCookie(c.Name) {
			src.cookies = append(src.cookies, c)
			src.secrets = append(src.secrets, c.Value)
		}
	}
	src.how = "set by GET " + t.URL.RequestURI() + " (no profile login: chosen by name)"
	src.noCookieReason = "no profile with a login endpoint and account, and GET " + t.URL.RequestURI() + " sets no cookie whose name marks a session"
	return src, nil
}

// judgeCookieFlags reports AP301–AP304 over the session cookies: a rule
// fails when any of them fails it.
func judgeCookieFlags(t *probes.Target, src *sessionSource) []report.Check {
	var verdicts []cookieVerdict
	var raws []string
	for _, c := range src.cookies {
		verdicts = append(verdicts, classifyCookie(c))
		raws = append(raws, redactSecrets(c.Raw, []string{c.Value}))
	}
	ev := probes.Evidence("cookies", names(verdicts), "source", src.how, "setCookie", strings.Join(raws, " | "))
	var unparsed []string
	for _, r := range src.responses {
		if _, errs := r.SetCookies(); len(errs) > 0 {
			for _, e := range errs {
				unparsed = append(unparsed, e.Error())
			}
		}
	}
	if len(unparsed) > 0 {
		ev["unparsedSetCookie"] = strings.Join(unparsed, "; ")
	}
	var out []report.Check

	var noHTTPOnly, noSecure []string
	for _, v := range verdicts {
		if !v.HTTPOnly {
			noHTTPOnly = append(noHTTPOnly, v.Name)
		}
		if !v.Secure {
			noSecure = append(noSecure, v.Name)
		}
	}
	if len(noHTTPOnly) > 0 {
		out = append(out, t.Fail(ruleCookieHTTPOnly, "session cookie without HttpOnly: "+strings.Join(noHTTPOnly, ", "), ev))
	} else {
		out = append(out, t.Pass(ruleCookieHTTPOnly, "session cookie is HttpOnly", ev))
	}
	if len(noSecure) > 0 {
		out = append(out, t.Fail(ruleCookieSecure, "session cookie without Secure: "+strings.Join(noSecure, ", "), ev))
	} else {
		out = append(out, t.Pass(ruleCookieSecure, "session cookie is Secure", ev))
	}

	// SameSite: the worst verdict decides.
	var fails, lax []string
	for _, v := range verdicts {
		switch v.SameSite {
		case sameSiteStrict:
		case sameSiteLax:
			lax = append(lax, v.Name)
		case sameSiteNone:
			msg := v.Name + " is SameSite=None"
			if !v.Secure {
				msg += " (and without Secure, which browsers reject)"
			}
			fails = append(fails, msg)
		case sameSiteMissing:
			fails = append(fails, v.Name+" has no SameSite attribute (sent cross-site by browsers that do not default to Lax)")
		default:
			fails = append(fails, v.Name+" has an invalid SameSite value (browsers treat it as absent)")
		}
	}
	switch {
	case len(fails) > 0:
		out = append(out, t.Fail(ruleCookieSameSite, strings.Join(fails, "; "), ev))
	case len(lax) > 0:
		out = append(out, t.Warn(ruleCookieSameSite, "SameSite=Lax on "+strings.Join(lax, ", ")+": sent on top-level cross-site navigations; Strict is the checklist's setting", ev))
	default:
		out = append(out, t.Pass(ruleCookieSameSite, "session cookie is SameSite=Strict", ev))
	}

	// Prefix: best practice, so pass or warn.
	var notes []string
	for _, v := range verdicts {
		switch v.Prefix {
		case prefixHost:
		case prefixHostRejected, prefixSecureRejected:
			notes = append(notes, fmt.Sprintf("%s has a cookie prefix but %s, so browsers reject the cookie", v.Name, v.PrefixProblem))
		case prefixSecure:
			notes = append(notes, v.Name+" uses __Secure-; __Host- also pins Path=/ and the host")
		default:
			notes = append(notes, v.Name+" has no __Host- prefix (best practice: __Host- with Secure, Path=/ and no Domain)")
		}
	}
	if len(notes) > 0 {
		out = append(out, t.Warn(ruleCookiePrefix, strings.Join(notes, "; "), ev))
	} else {
		out = append(out, t.Pass(ruleCookiePrefix, "session cookie is a valid __Host- cookie", ev))
	}
	return out
}

func names(vs []cookieVerdict) string {
	var n []string
	for _, v := range vs {
		n = append(n, v.Name)
	}
	return strings.Join(n, ", ")
}

// judgeSessionInURLs reports AP305 over every URL the probe's responses
// point at: redirects (Location, Content-Location, Refresh) and links in
// HTML bodies.
func judgeSessionInURLs(t *probes.Target, src *sessionSource) report.Check {
	var found []string
	seen := 0
	for _, r := range src.responses {
		if r == nil || r.Request == nil {
			continue
		}
		for _, raw := range responseURLs(r) {
			u, err := r.Request.URL.Parse(raw)
			if err != nil {
				continue
			}
			seen++
			if why := sessionIDsInURL(u, src.secrets); len(why) > 0 {
				shown := redactSecrets(u.Redacted(), src.secrets)
				found = append(found, fmt.Sprintf("%s → %s: %s", requestLabel(r), probes.Truncate(shown, 120), strings.Join(why, ", ")))
			}
		}
	}
	sort.Strings(found)
	found = compact(found)
	ev := probes.Evidence("urlsChecked", itoa(seen), "responses", itoa(len(src.responses)))
	if len(found) > 0 {
		return t.Fail(ruleSessionInURL, "session ID in a URL: "+strings.Join(found, "; "), ev)
	}
	return t.Pass(ruleSessionInURL, fmt.Sprintf("no session ID in the %d URLs the responses point at (redirects, links)", seen), ev)
}

// redactSecrets shortens every secret in s to its first four characters,
// so that reports show which value leaked without leaking it again.
func redactSecrets(s string, secrets []string) string {
	for _, sec := range secrets {
		if len(sec) >= minSecretLen {
			s = strings.ReplaceAll(s, sec, sec[:4]+"…")
		}
	}
	return s
}

func compact(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// linkAttr finds URL-bearing HTML attributes.
var linkAttr = regexp.MustCompile(`(?i)\b(?:href|src|action|formaction)\s*=\s*(?:"([^"]*)"|'([^']*)')`)

// responseURLs lists the URLs a response points the client at.
func responseURLs(r *probes.Response) []string {
	var out []string
	for _, h := range []string{"Location", "Content-Location"} {
		out = append(out, r.Header.Values(h)...)
	}
	for _, v := range r.Header.Values("Refresh") { // "5; url=/next"
		if i := strings.Index(strings.ToLower(v), "url="); i >= 0 {
			out = append(out, strings.Trim(v[i+4:], `"' `))
		}
	}
	if strings.Contains(strings.ToLower(r.Header.Get("Content-Type")), "html") {
		for _, m := range linkAttr.FindAllStringSubmatch(string(r.Body), 500) {
			out = append(out, m[1]+m[2])
		}
	}
	return out
}

// sessionParams are query and path-parameter names that carry session IDs.
var sessionParams = map[string]bool{
	"jsessionid": true, "phpsessid": true, "sid": true, "sessionid": true, "session_id": true,
	"session": true, "sessid": true, "access_token": true, "auth_token": true, "cfid": true, "cftoken": true,
}

// minSecretLen keeps short cookie values ("1", "en") from matching
// anything.
const minSecretLen = 8

// sessionIDsInURL says why u carries a session ID: a known secret value
// anywhere in it, a session-named query parameter, or a ;jsessionid= style
// path parameter.
func sessionIDsInURL(u *url.URL, secrets []string) []string {
	var why []string
	full := u.String()
	unescaped, err := url.PathUnescape(full)
	if err != nil {
		unescaped = full
	}
	for _, s := range secrets {
		if len(s) >= minSecretLen && (strings.Contains(full, s) || strings.Contains(unescaped, s)) {
			why = append(why, "contains the session's own credential")
			break
		}
	}
	for _, seg := range strings.Split(u.EscapedPath(), "/") {
		for _, param := range strings.Split(seg, ";")[1:] {
			name, _, _ := strings.Cut(param, "=")
			if n := strings.ToLower(name); sessionParams[n] || strings.HasPrefix(n, "aspsessionid") {
				why = append(why, "path parameter ;"+name+"=")
			}
		}
	}
	for _, part := range []string{u.RawQuery, u.Fragment} {
		q, _ := url.ParseQuery(part)
		for name := range q {
			if n := strings.ToLower(name); sessionParams[n] || strings.HasPrefix(n, "aspsessionid") {
				why = append(why, "parameter "+name+"=")
			}
		}
	}
	sort.Strings(why)
	return why
}
