package lifecycle

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// ruleDevEndpoints is the rule of the dev-endpoints probe.
const ruleDevEndpoints = "AP605"

func init() {
	probes.Register(&probes.Probe{
		Name:  "dev-endpoints",
		Area:  "access",
		Rules: []string{ruleDevEndpoints},
		Run:   runDevEndpoints,
	})
}

// devPath is a well-known development or debugging path and what its
// answer looks like when it is the real thing (so that a catch-all page
// that answers 200 to every path is not taken for it).
type devPath struct {
	path string
	what string
	// looks reports whether a 200 answer is the endpoint itself; nil:
	// any answer that differs from the target's catch-all page.
	looks func(*probes.Response) bool
}

var (
	envLine    = regexp.MustCompile(`(?m)^[A-Z][A-Z0-9_]*=`)
	pprofIndex = regexp.MustCompile(`(?i)goroutine|heap|profile`)
	jsonish    = func(r *probes.Response) bool {
		b := bytes.TrimSpace(r.Body)
		return len(b) > 0 && (b[0] == '{' || b[0] == '[')
	}
	metricLabels = regexp.MustCompile(`(?i)\b(e_?mail|user_?name|user_?id|login|session(_?id)?|token|password|passwd|secret|api_?key)="[^"]+"|="[^"@\s]+@[^"@\s]+\.[a-z]{2,}"`)
)

// DevPaths are the paths the dev-endpoints probe asks for, without
// credentials.
var DevPaths = []devPath{
	{"/debug/pprof/", "Go pprof index (heap, goroutine stacks, CPU profiles)", func(r *probes.Response) bool { return pprofIndex.Match(r.Body) }},
	{"/debug/pprof/cmdline", "Go pprof command line", nil},
	{"/debug/vars", "Go expvar (memstats, command line)", func(r *probes.Response) bool {
		return jsonish(r) && (bytes.Contains(r.Body, []byte(`"memstats"`)) || bytes.Contains(r.Body, []byte(`"cmdline"`)))
	}},
	{"/debug/requests", "golang.org/x/net/trace requests", nil},
	{"/debug/events", "golang.org/x/net/trace events", nil},
	{"/dev", "development routes", nil},
	{"/dev/", "development routes", nil},
	{"/dev/outbox", "development outbox (reset and verification links)", nil},
	{"/dev/mail", "development mailbox", nil},
	{"/dev/emails", "development mailbox", nil},
	{"/dev/clock", "development clock", nil},
	{"/dev/login", "development login", nil},
	{"/dev/token", "development token minting", nil},
	{"/.env", "environment file", func(r *probes.Response) bool { return envLine.Match(r.Body) }},
	{"/.git/config", "git repository metadata", func(r *probes.Response) bool { return bytes.Contains(r.Body, []byte("[core]")) }},
	{"/actuator", "Spring Boot actuator index", jsonish},
	{"/actuator/env", "Spring Boot actuator environment", jsonish},
	{"/actuator/configprops", "Spring Boot actuator configuration", jsonish},
	{"/actuator/heapdump", "Spring Boot actuator heap dump", func(r *probes.Response) bool { return !utf8.Valid(r.Body) || len(r.Body) > 1024 }},
	{"/actuator/mappings", "Spring Boot actuator routes", jsonish},
	{"/actuator/loggers", "Spring Boot actuator loggers (writable)", jsonish},
	{"/metrics", "metrics carrying user or credential data", func(r *probes.Response) bool { return metricLabels.Match(r.Body) }},
}

// runDevEndpoints asks for each of DevPaths without credentials. A 200
// that is the endpoint itself (not the target's catch-all page) fails,
// unless the profile declares the path as a development hook (outbox,
// clock): those are expected in a test setup and reported as a pass on a
// loopback target and a warning elsewhere, with the reason.
func runDevEndpoints(ctx context.Context, t *probes.Target) []report.Check {
	c := newClient(t)
	get := func(path string) (*probes.Response, error) {
		req, err := t.NewRequest(ctx, http.MethodGet, path, nil)
		if err != nil {
			return nil, err
		}
		return c.do(req)
	}
	// A path no target has: if it answers 200, its body is the catch-all.
	control, err := get("/authcheck-" + probes.RandomHex(6))
	if err != nil {
		return []report.Check{t.Error(ruleDevEndpoints, fmt.Errorf("GET of a random path: %s", probes.DescribeError(err)))}
	}
	catchAll := control.StatusCode == http.StatusOK
	declared := declaredHooks(t)
	e := map[string]string{}
	var exposed, hooks []string
	for _, d := range DevPaths {
		r, err := get(d.path)
		if err != nil {
			return []report.Check{t.Error(ruleDevEndpoints, fmt.Errorf("GET %s: %s", d.path, probes.DescribeError(err)))}
		}
		if r.StatusCode != http.StatusOK {
			continue
		}
		if catchAll && bytes.Equal(r.Body, control.Body) {
			continue
		}
		if d.looks != nil && !d.looks(r) {
			if d.path == "/metrics" {
				e[d.path] = "200, no user or credential data in its labels"
			}
			continue
		}
		e[d.path] = "200: " + firstBytes(r.Body)
		if hook, ok := declared[d.path]; ok {
			hooks = append(hooks, d.path+" ("+hook+")")
		} else {
			exposed = append(exposed, d.path+" ("+d.what+")")
		}
	}
	e["paths"] = fmt.Sprint(len(DevPaths))
	if catchAll {
		e["catchAll"] = "the target answers 200 to unknown paths; only answers that differ from it were judged"
	}
	switch {
	case len(exposed) > 0:
		return []report.Check{t.Fail(ruleDevEndpoints, "development endpoints answer 200 without credentials: "+strings.Join(exposed, ", "), e)}
	case len(hooks) > 0 && loopbackTarget(t):
		return []report.Check{t.Pass(ruleDevEndpoints, "only the development hooks the profile declares answer without credentials ("+strings.Join(hooks, ", ")+"), on a loopback address: a test setup; they must be off in production", e)}
	case len(hooks) > 0:
		return []report.Check{t.Warn(ruleDevEndpoints, "the development hooks the profile declares answer without credentials on a non-loopback address ("+strings.Join(hooks, ", ")+"): anyone who reaches it reads reset links or moves the clock; serve them on loopback only, and never in production", e)}
	}
	return []report.Check{t.Pass(ruleDevEndpoints, fmt.Sprintf("none of %d well-known development and debugging paths answers 200 without credentials", len(DevPaths)), e)}
}

// declaredHooks maps the paths of the profile's development hooks to
// their profile keys.
func declaredHooks(t *probes.Target) map[string]string {
	out := map[string]string{}
	if t.Profile == nil {
		return out
	}
	if t.Profile.Outbox != nil {
		out[t.Profile.Outbox.Path] = "profile outbox"
	}
	if t.Profile.Clock != nil {
		out[t.Profile.Clock.Path] = "profile clock"
	}
	return out
}

// loopbackTarget reports whether the target's host is a loopback address
// (or localhost).
func loopbackTarget(t *probes.Target) bool {
	h := t.URL.Hostname()
	if strings.EqualFold(h, "localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// firstBytes shows the start of a body for evidence: at most 60
// characters, control characters and invalid UTF-8 replaced.
func firstBytes(b []byte) string {
	if len(b) > 240 {
		b = b[:240]
	}
	s := strings.Map(func(r rune) rune {
		switch {
		case r == utf8.RuneError:
			return '.'
		case r < 0x20 || r == 0x7f:
			return ' '
		}
		return r
	}, string(b))
	s = redactValues(spaces.ReplaceAllString(s, " "))
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:60]) + "…"
	}
	return s
}

var (
	assignedValue = regexp.MustCompile(`([A-Za-z0-9_.-]=)[^\s&;,]+`)
	secretJSON    = regexp.MustCompile(`(?i)("[^"]*(pass|secret|token|key|credential)[^"]*"\s*:\s*)"[^"]*"`)
)

// redactValues blanks the values of NAME=value pairs and of JSON fields
// whose names suggest a secret, so that evidence shows what leaked
// without repeating it.
func redactValues(s string) string {
	s = assignedValue.ReplaceAllString(s, "$1…")
	return secretJSON.ReplaceAllString(s, `$1"…"`)
}
