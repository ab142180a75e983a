package httpcheck

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the CORS probe.
const (
	ruleCORSCredentials = "AP401"
	ruleCORSWildcard    = "AP402"
	ruleCORSVary        = "AP403"
)

var corsRules = []string{ruleCORSCredentials, ruleCORSWildcard, ruleCORSVary}

func init() {
	probes.Register(&probes.Probe{
		Name:  "cors",
		Area:  "cors",
		Rules: corsRules,
		Run:   runCORS,
	})
}

// hostileOrigin is an Origin no allowlist should accept.
type hostileOrigin struct {
	kind, origin string
}

// hostileOrigins builds the origins sent to the target: a random https
// domain, null, the http:// downgrade of the target's own origin, the
// target's host name as a prefix and as a suffix of an attacker's name, and
// a random subdomain.
func hostileOrigins(t *probes.Target) []hostileOrigin {
	host := t.URL.Hostname()
	port := hostPortSuffix(t)
	out := []hostileOrigin{
		{"random domain", "https://authcheck-" + probes.RandomHex(4) + ".example"},
		{"null", "null"},
	}
	if t.URL.Scheme == "https" {
		out = append(out, hostileOrigin{"http downgrade", "http://" + t.URL.Host})
	}
	if !strings.Contains(host, ":") { // no name tricks on IPv6 literals
		out = append(out,
			hostileOrigin{"target name as prefix", "https://" + host + ".attacker.example" + port},
			hostileOrigin{"target name as suffix", "https://attacker" + host + port},
			hostileOrigin{"random subdomain", "https://authcheck-" + probes.RandomHex(4) + "." + host + port},
		)
	}
	return out
}

// corsAnswer is one response's CORS headers.
type corsAnswer struct {
	origin     hostileOrigin
	preflight  bool
	status     int
	allowOrig  string
	allowCreds bool
	vary       bool
}

func (a corsAnswer) echoed() bool {
	return a.allowOrig != "" && a.allowOrig == a.origin.origin
}

func (a corsAnswer) kind() string {
	if a.preflight {
		return "preflight"
	}
	return "simple"
}

// byOrigin lists answers one origin at a time: "null (null: simple,
// preflight)".
func byOrigin(as []corsAnswer) string {
	var order []string
	kinds := map[string][]string{}
	labels := map[string]string{}
	for _, a := range as {
		o := a.origin.origin
		if _, seen := kinds[o]; !seen {
			order = append(order, o)
			labels[o] = a.origin.kind
		}
		kinds[o] = append(kinds[o], a.kind())
	}
	parts := make([]string, 0, len(order))
	for _, o := range order {
		parts = append(parts, fmt.Sprintf("%s (%s: %s)", o, labels[o], strings.Join(kinds[o], ", ")))
	}
	return strings.Join(parts, "; ")
}

// runCORS sends hostile origins on simple and preflight requests to the
// authenticated endpoint (profile me, with a logged-in session's cookies),
// else to the target URL.
func runCORS(ctx context.Context, t *probes.Target) []report.Check {
	ep := &profile.Endpoint{Method: http.MethodGet, Path: t.URL.RequestURI()}
	authenticated := false
	var sess *probes.Session
	notes := []string{}
	if t.Profile != nil && t.Profile.Endpoints.Me != nil {
		ep, authenticated = t.Profile.Endpoints.Me, true
		if canLogin(t) {
			acct, _ := probes.LoginAccount(t.Profile)
			s, err := t.Login(ctx, acct)
			if err != nil {
				notes = append(notes, "sent without a session: login failed: "+probes.DescribeError(err))
			} else {
				sess = s.CookiesOnly()
			}
		}
	}
	var answers []corsAnswer
	var firstErr error
	origins := hostileOrigins(t)
	for _, o := range origins {
		for _, preflight := range []bool{false, true} {
			a, err := corsRequest(ctx, t, ep, sess, o, preflight)
			if err != nil {
				if len(answers) == 0 { // the target does not answer at all
					return errorAll(t, fmt.Errorf("%s %s with Origin %s: %s", ep.Method, ep.Path, o.origin, probes.DescribeError(err)), corsRules...)
				}
				if firstErr == nil {
					firstErr = err
				}
				continue
			}
			answers = append(answers, a)
		}
	}
	ev := probes.Evidence("endpoint", ep.Method+" "+ep.Path, "requests", itoa(len(answers)), "notes", strings.Join(notes, "; "))
	if firstErr != nil {
		ev["failedRequests"] = probes.DescribeError(firstErr)
	}
	var withCreds, withoutCreds, wildcard, noVary []corsAnswer
	unauthStatus := 0
	for _, a := range answers {
		if !a.preflight && unauthStatus == 0 {
			unauthStatus = a.status
		}
		switch {
		case a.echoed() && a.allowCreds:
			withCreds = append(withCreds, a)
		case a.echoed():
			withoutCreds = append(withoutCreds, a)
		case a.allowOrig == "*":
			wildcard = append(wildcard, a)
		}
		if a.echoed() && !a.vary {
			noVary = append(noVary, a)
		}
	}
	var out []report.Check
	switch {
	case len(withCreds) > 0:
		out = append(out, t.Fail(ruleCORSCredentials, "hostile origins echoed with Access-Control-Allow-Credentials: true: "+byOrigin(withCreds), ev))
	case len(withoutCreds) > 0:
		out = append(out, t.Warn(ruleCORSCredentials, "hostile origins echoed (without credentials, so cookies stay safe, but there is no allowlist): "+byOrigin(withoutCreds), ev))
	default:
		out = append(out, t.Pass(ruleCORSCredentials, fmt.Sprintf("none of %d hostile origins was echoed", len(origins)), ev))
	}
	switch {
	case len(wildcard) == 0:
		out = append(out, t.Pass(ruleCORSWildcard, "no Access-Control-Allow-Origin: *", ev))
	case authenticated:
		out = append(out, t.Fail(ruleCORSWildcard, "Access-Control-Allow-Origin: * on the authenticated endpoint "+ep.Path, ev))
	case unauthStatus == http.StatusUnauthorized || unauthStatus == http.StatusForbidden:
		out = append(out, t.Fail(ruleCORSWildcard, fmt.Sprintf("Access-Control-Allow-Origin: * on %s, which answers %d without credentials (so it is protected)", ep.Path, unauthStatus), ev))
	default:
		out = append(out, t.Pass(ruleCORSWildcard, fmt.Sprintf("Access-Control-Allow-Origin: * on %s, which answers %d without credentials: acceptable for a public resource (a profile's me endpoint tests an authenticated one)", ep.Path, unauthStatus), ev))
	}
	switch {
	case len(noVary) > 0:
		out = append(out, t.Fail(ruleCORSVary, "origin echoed without Vary: Origin: "+byOrigin(noVary), ev))
	case len(withCreds)+len(withoutCreds) > 0:
		out = append(out, t.Pass(ruleCORSVary, "echoed origins come with Vary: Origin", ev))
	default:
		out = append(out, t.Pass(ruleCORSVary, "no hostile origin echoed, so no cache can mix them up", ev))
	}
	return out
}

// corsRequest sends one simple or preflight request from origin o.
func corsRequest(ctx context.Context, t *probes.Target, ep *profile.Endpoint, sess *probes.Session, o hostileOrigin, preflight bool) (corsAnswer, error) {
	var (
		req *http.Request
		err error
	)
	if preflight {
		// Browsers send preflights without credentials.
		req, err = t.NewRequest(ctx, http.MethodOptions, ep.Path, nil)
		if err == nil {
			method := ep.Method
			if method == http.MethodGet || method == http.MethodHead || method == http.MethodPost {
				method = http.MethodPut // a method that needs the preflight
			}
			req.Header.Set("Access-Control-Request-Method", method)
			req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		}
	} else {
		simple := *ep
		if simple.Method != http.MethodGet && simple.Method != http.MethodHead && simple.Method != http.MethodPost {
			simple.Method = http.MethodGet
		}
		req, err = t.CallRequest(ctx, &simple, nil, nil, sess)
		if err == nil && t.Profile != nil && t.Profile.CSRFHeaderName != "" {
			req.Header.Del(t.Profile.CSRFHeaderName) // another origin cannot read the token
		}
	}
	if err != nil {
		return corsAnswer{}, err
	}
	req.Header.Set("Origin", o.origin)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Sec-Fetch-Mode", "cors")
	resp, err := t.Do(req)
	if resp == nil {
		return corsAnswer{}, err
	}
	a := corsAnswer{
		origin:     o,
		preflight:  preflight,
		status:     resp.StatusCode,
		allowOrig:  strings.TrimSpace(resp.Header.Get("Access-Control-Allow-Origin")),
		allowCreds: strings.EqualFold(strings.TrimSpace(resp.Header.Get("Access-Control-Allow-Credentials")), "true"),
	}
	for _, v := range headerTokens(resp.Header, "Vary") {
		if v == "origin" || v == "*" {
			a.vary = true
		}
	}
	return a, nil
}
