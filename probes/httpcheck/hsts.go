package httpcheck

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the HSTS and redirect probes.
const (
	ruleHSTSMissing     = "AP201"
	ruleHSTSDuplicate   = "AP202"
	ruleHSTSMalformed   = "AP203"
	ruleHSTSShortMaxAge = "AP204"
	ruleHSTSNoSubdomain = "AP205"
	ruleHSTSOverHTTP    = "AP206"
	ruleHTTPRedirect    = "AP207"
)

func init() {
	probes.Register(&probes.Probe{
		Name:  "hsts",
		Area:  "hsts",
		Rules: []string{ruleHSTSMissing, ruleHSTSDuplicate, ruleHSTSMalformed, ruleHSTSShortMaxAge, ruleHSTSNoSubdomain},
		Run:   runHSTS,
	})
	probes.Register(&probes.Probe{
		Name:          "http-redirect",
		Area:          "hsts",
		Rules:         []string{ruleHSTSOverHTTP, ruleHTTPRedirect},
		NoVerifiedTLS: true, // talks to the plain-HTTP listener
		Run:           runHTTPRedirect,
	})
}

const stsHeader = "Strict-Transport-Security"

// runHSTS judges the STS header of the target URL's answer and of a random
// unknown path's (HSTS must be on every HTTPS response, error pages too).
func runHSTS(ctx context.Context, t *probes.Target) []report.Check {
	all := []string{ruleHSTSMissing, ruleHSTSDuplicate, ruleHSTSMalformed, ruleHSTSShortMaxAge, ruleHSTSNoSubdomain}
	if t.URL.Scheme != "https" {
		return probes.NoTLS(t, all...) // no HTTPS response here can carry HSTS; AP207 checks the redirect
	}
	main, err := t.Get(ctx, t.URL.String())
	if main == nil {
		return errorAll(t, fmt.Errorf("GET %s: %s", t.URL, probes.DescribeError(err)), all...)
	}
	var out []report.Check
	values := main.Header.Values(stsHeader)
	ev := probes.Evidence("request", requestLabel(main), "status", itoa(main.StatusCode), "header", strings.Join(values, " | "))

	// AP201: present, on the URL and on an error page.
	missing := []string{}
	if len(values) == 0 {
		missing = append(missing, requestLabel(main))
	}
	notFound, err := t.Get(ctx, "/authcheck-"+probes.RandomHex(6))
	if notFound != nil {
		ev["errorPage"] = requestLabel(notFound) + " → " + itoa(notFound.StatusCode)
		if len(notFound.Header.Values(stsHeader)) == 0 {
			missing = append(missing, requestLabel(notFound)+" ("+itoa(notFound.StatusCode)+")")
		}
	} else {
		ev["errorPage"] = "not checked: " + probes.DescribeError(err)
	}
	if len(missing) > 0 {
		out = append(out, t.Fail(ruleHSTSMissing, "no Strict-Transport-Security header on "+strings.Join(missing, " and "), ev))
	} else {
		out = append(out, t.Pass(ruleHSTSMissing, "Strict-Transport-Security is present", ev))
	}
	if len(values) == 0 {
		return append(out, probes.SkipAll(t, "no Strict-Transport-Security header to judge (AP201)", ruleHSTSDuplicate, ruleHSTSMalformed, ruleHSTSShortMaxAge, ruleHSTSNoSubdomain)...)
	}

	// AP202: exactly one header; RFC 6797 §8.1 makes browsers use the first.
	if len(values) > 1 {
		out = append(out, t.Fail(ruleHSTSDuplicate, fmt.Sprintf("%d Strict-Transport-Security headers; browsers honour only the first (%q)", len(values), values[0]), ev))
	} else {
		out = append(out, t.Pass(ruleHSTSDuplicate, "exactly one Strict-Transport-Security header", ev))
	}

	// AP203: syntax of the header browsers use.
	policy, perr := ParseSTS(values[0])
	if perr != nil {
		out = append(out, t.Fail(ruleHSTSMalformed, fmt.Sprintf("Strict-Transport-Security %q is malformed, so browsers ignore it: %v", values[0], perr), ev))
		return append(out, probes.SkipAll(t, "the header does not parse (AP203), and browsers ignore it", ruleHSTSShortMaxAge, ruleHSTSNoSubdomain)...)
	}
	msg := "well-formed: " + policy.String()
	if len(policy.Unknown) > 0 {
		msg += " (browsers ignore the unknown directives)"
	}
	out = append(out, t.Pass(ruleHSTSMalformed, msg, ev))

	// AP204: max-age.
	minMaxAge := t.Thresholds.HSTSMinMaxAgeOrDefault()
	ev = cloneEvidence(ev, "maxAge", strconv.FormatInt(policy.MaxAge, 10), "minMaxAge", strconv.FormatInt(minMaxAge, 10))
	switch {
	case policy.MaxAge == 0:
		out = append(out, t.Fail(ruleHSTSShortMaxAge, "max-age=0 tells browsers to delete the HSTS policy for this host", ev))
	case policy.MaxAge < minMaxAge:
		out = append(out, t.Fail(ruleHSTSShortMaxAge, fmt.Sprintf("max-age=%d is shorter than %d s", policy.MaxAge, minMaxAge), ev))
	default:
		out = append(out, t.Pass(ruleHSTSShortMaxAge, fmt.Sprintf("max-age=%d (at least %d)", policy.MaxAge, minMaxAge), ev))
	}

	// AP205: includeSubDomains.
	if policy.IncludeSubDomains {
		out = append(out, t.Pass(ruleHSTSNoSubdomain, "includeSubDomains is set", ev))
	} else {
		out = append(out, t.Fail(ruleHSTSNoSubdomain, "includeSubDomains is missing", ev))
	}
	return out
}

func cloneEvidence(ev map[string]string, kv ...string) map[string]string {
	out := make(map[string]string, len(ev)+len(kv)/2)
	for k, v := range ev {
		out[k] = v
	}
	for k, v := range probes.Evidence(kv...) {
		out[k] = v
	}
	return out
}

// maxPlainRedirects bounds how many plain-HTTP redirects on the same host
// runHTTPRedirect follows (http://h/ → http://h/index → https://h/index).
const maxPlainRedirects = 5

// plainURL returns the plain-HTTP URL that should redirect: the target URL
// itself when it is http://, else the same host and path on the target's
// plain-HTTP port.
func plainURL(t *probes.Target) *url.URL {
	u := *t.URL
	if u.Scheme == "http" {
		return &u
	}
	port := t.HTTPPort
	if port == 0 {
		port = 80
	}
	u.Scheme = "http"
	u.Host = net.JoinHostPort(t.URL.Hostname(), strconv.Itoa(port))
	return &u
}

// runHTTPRedirect checks the plain-HTTP listener: it must redirect to
// https:// on the same host (AP207) and must not send STS (AP206).
func runHTTPRedirect(ctx context.Context, t *probes.Target) []report.Check {
	start := plainURL(t)
	cur := start
	var (
		resp *probes.Response
		err  error
		hops []string
		sts  []string
	)
	for hop := 0; ; hop++ {
		resp, err = t.Get(ctx, cur.String())
		if resp == nil {
			if hop == 0 && isDialError(err) {
				reason := fmt.Sprintf("no plain-HTTP listener to test at %s (%s)", cur.Host, probes.DescribeError(err))
				if t.URL.Scheme == "https" {
					reason += "; give the port with --http-port when it is not 80"
				}
				return probes.SkipAll(t, reason, ruleHSTSOverHTTP, ruleHTTPRedirect)
			}
			return errorAll(t, fmt.Errorf("GET %s: %s", cur, probes.DescribeError(err)), ruleHSTSOverHTTP, ruleHTTPRedirect)
		}
		hops = append(hops, fmt.Sprintf("%s → %d", cur, resp.StatusCode))
		if v := resp.Header.Values(stsHeader); len(v) > 0 {
			sts = append(sts, cur.String()+": "+strings.Join(v, " | "))
		}
		loc := resp.Header.Get("Location")
		if resp.StatusCode/100 != 3 || loc == "" || hop == maxPlainRedirects {
			break
		}
		next, perr := cur.Parse(loc)
		if perr != nil || next.Scheme != "http" || !strings.EqualFold(next.Host, cur.Host) {
			break // judged below
		}
		cur = next
	}
	ev := probes.Evidence("chain", strings.Join(hops, "; "))
	var out []report.Check
	if len(sts) > 0 {
		out = append(out, t.Fail(ruleHSTSOverHTTP, "Strict-Transport-Security is sent over plain HTTP: "+strings.Join(sts, "; "), cloneEvidence(ev, "sts", strings.Join(sts, "; "))))
	} else {
		out = append(out, t.Pass(ruleHSTSOverHTTP, "no Strict-Transport-Security over plain HTTP", ev))
	}
	return append(out, judgeRedirect(t, cur, resp, ev))
}

// judgeRedirect decides AP207 from the last plain-HTTP answer.
func judgeRedirect(t *probes.Target, from *url.URL, resp *probes.Response, ev map[string]string) report.Check {
	code := resp.StatusCode
	loc := resp.Header.Get("Location")
	switch {
	case code/100 == 2:
		return t.Fail(ruleHTTPRedirect, fmt.Sprintf("plain HTTP serves content: GET %s answered %d instead of redirecting to HTTPS", from, code), ev)
	case code/100 == 3 && loc == "":
		return t.Fail(ruleHTTPRedirect, fmt.Sprintf("GET %s answered %d without a Location", from, code), ev)
	case code/100 == 3:
		to, err := from.Parse(loc)
		if err != nil {
			return t.Fail(ruleHTTPRedirect, fmt.Sprintf("GET %s redirects to an unparsable Location %q", from, loc), ev)
		}
		ev = cloneEvidence(ev, "location", to.String())
		switch {
		case to.Scheme != "https":
			return t.Fail(ruleHTTPRedirect, fmt.Sprintf("GET %s redirects to %s, not to HTTPS", from, to.Redacted()), ev)
		case !strings.EqualFold(to.Hostname(), t.URL.Hostname()):
			return t.Fail(ruleHTTPRedirect, fmt.Sprintf("GET %s redirects to another host (%s): redirect to https://%s first so browsers learn HSTS for it", from, to.Host, t.URL.Hostname()), ev)
		}
		msg := fmt.Sprintf("plain HTTP redirects to %s (%d)", to.Redacted(), code)
		if code != 301 && code != 308 {
			msg += "; a permanent redirect (301/308) lets browsers and caches remember it"
		}
		return t.Pass(ruleHTTPRedirect, msg, ev)
	default:
		return t.Warn(ruleHTTPRedirect, fmt.Sprintf("plain HTTP answers %d instead of redirecting to HTTPS: nothing is served, but users who type the name get an error", code), ev)
	}
}
