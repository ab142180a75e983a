package lifecycle

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"

	"github.com/authcheck/authcheck/probes"
)

// Header handling when comparing the answers for an unknown and a known
// account. A header is compared unless it is:
//   - volatile by nature (dates, request and trace IDs, timings);
//   - a rate-limit counter (RateLimit, X-RateLimit-Remaining/Reset): the
//     remaining budget legitimately differs by key, and a per-account
//     counter that only exists for real accounts would show up in the
//     status (429) or the policy header, which are compared;
//   - Content-Length: it is a function of the body, which is compared after
//     the volatile parts are masked; comparing it as well would only
//     report bodies whose volatile parts (a request ID) differ in length;
//   - different between two answers to the same input (observed volatile).
//
// Set-Cookie is compared by cookie name and attributes, never by value.
var volatileHeaders = map[string]bool{
	"Date": true, "Expires": true, "Last-Modified": true, "Age": true, "Etag": true,
	"Content-Length": true, "X-Request-Id": true, "Request-Id": true, "X-Correlation-Id": true,
	"X-Trace-Id": true, "Traceparent": true, "Tracestate": true, "Server-Timing": true,
	"X-Runtime": true, "X-Response-Time": true, "Cf-Ray": true, "X-Amzn-Trace-Id": true,
	"X-Amz-Cf-Id": true, "Ratelimit": true, "X-Ratelimit-Remaining": true, "X-Ratelimit-Reset": true,
	"Retry-After": true, "Set-Cookie": true, "Keep-Alive": true, "Connection": true,
}

// answerDiff compares the answers to two inputs (a: unknown account, b:
// known account), each sent once or twice. Parts that differ between two
// answers to the same input are volatile and ignored. It returns the
// differences and what it ignored.
func answerDiff(a, b []*probes.Response, echoes []string) (diffs, ignored []string) {
	if a[0].StatusCode != b[0].StatusCode {
		diffs = append(diffs, fmt.Sprintf("status %d vs %d", a[0].StatusCode, b[0].StatusCode))
	}
	// Headers.
	observed := map[string]bool{}
	for _, group := range [][]*probes.Response{a, b} {
		for _, r := range group[1:] {
			for name := range unionKeys(group[0].Header, r.Header) {
				if strings.Join(group[0].Header.Values(name), "\n") != strings.Join(r.Header.Values(name), "\n") {
					observed[name] = true
				}
			}
		}
	}
	for name := range unionKeys(a[0].Header, b[0].Header) {
		if volatileHeaders[name] {
			continue
		}
		va, vb := strings.Join(a[0].Header.Values(name), ", "), strings.Join(b[0].Header.Values(name), ", ")
		if va == vb {
			continue
		}
		if observed[name] {
			ignored = append(ignored, name+" (changes between identical requests)")
			continue
		}
		diffs = append(diffs, fmt.Sprintf("header %s: %q vs %q", name, probes.Truncate(va, 80), probes.Truncate(vb, 80)))
	}
	if ca, cb := cookieShapes(a[0]), cookieShapes(b[0]); ca != cb {
		diffs = append(diffs, fmt.Sprintf("Set-Cookie (names and attributes): %q vs %q", probes.Truncate(ca, 100), probes.Truncate(cb, 100)))
	}
	// Bodies.
	bodyA, bodyB := maskBody(a[0].Body, echoes), maskBody(b[0].Body, echoes)
	if d, ign := bodyDiff(bodyA, bodyB, maskedAll(a[1:], echoes), maskedAll(b[1:], echoes)); d != "" {
		diffs = append(diffs, d)
	} else {
		ignored = append(ignored, ign...)
	}
	sort.Strings(diffs)
	sort.Strings(ignored)
	return diffs, ignored
}

func unionKeys(a, b http.Header) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[http.CanonicalHeaderKey(k)] = true
	}
	for k := range b {
		out[http.CanonicalHeaderKey(k)] = true
	}
	return out
}

// cookieShapes lists the Set-Cookie headers without their values or
// expiry times.
func cookieShapes(r *probes.Response) string {
	var shapes []string
	for _, c := range r.Cookies() {
		deleted := c.MaxAge < 0
		shapes = append(shapes, fmt.Sprintf("%s(deleted=%t,path=%s,domain=%s,secure=%t,httponly=%t,samesite=%d)",
			c.Name, deleted, c.Path, c.Domain, c.Secure, c.HttpOnly, c.SameSite))
	}
	sort.Strings(shapes)
	return strings.Join(shapes, "; ")
}

// volatileText matches values that change on every answer: UUIDs, long
// hex or base64 runs (request IDs, nonces), timestamps and long numbers.
var volatileText = regexp.MustCompile(`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\d{4}-\d\d-\d\dT[0-9:.]+(?:Z|[+-]\d\d:?\d\d)?|[A-Za-z0-9_\-]{24,}|\d{6,}`)

// maskBody replaces the submitted account names (a body may echo the input
// without revealing anything) and volatile values with placeholders.
func maskBody(b []byte, echoes []string) []byte {
	s := string(b)
	for _, e := range echoes {
		if e == "" {
			continue
		}
		for _, form := range []string{e, url.QueryEscape(e), jsonEscaped(e)} {
			s = strings.ReplaceAll(s, form, "<account>")
		}
	}
	return volatileText.ReplaceAll([]byte(s), []byte("<volatile>"))
}

func jsonEscaped(s string) string {
	b, _ := json.Marshal(s)
	return string(b[1 : len(b)-1])
}

func maskedAll(rs []*probes.Response, echoes []string) [][]byte {
	var out [][]byte
	for _, r := range rs {
		out = append(out, maskBody(r.Body, echoes))
	}
	return out
}

// bodyDiff compares two masked bodies. JSON bodies are compared field by
// field, ignoring fields that differ between repeats of the same input
// (againA, againB); other bodies must be equal after masking.
func bodyDiff(a, b []byte, againA, againB [][]byte) (diff string, ignored []string) {
	fa, okA := flattenJSON(a)
	fb, okB := flattenJSON(b)
	if !okA || !okB {
		if bytes.Equal(a, b) {
			return "", nil
		}
		return fmt.Sprintf("body %q vs %q", probes.Truncate(string(a), 100), probes.Truncate(string(b), 100)), nil
	}
	volatile := map[string]bool{}
	for _, rep := range []struct {
		base  map[string]string
		again [][]byte
	}{{fa, againA}, {fb, againB}} {
		for _, raw := range rep.again {
			f, ok := flattenJSON(raw)
			if !ok {
				continue
			}
			for k := range unionStrings(rep.base, f) {
				if rep.base[k] != f[k] {
					volatile[k] = true
				}
			}
		}
	}
	var diffs []string
	for k := range unionStrings(fa, fb) {
		if fa[k] == fb[k] {
			continue
		}
		if volatile[k] {
			ignored = append(ignored, "body field "+k+" (changes between identical requests)")
			continue
		}
		diffs = append(diffs, fmt.Sprintf("%s: %s vs %s", k, probes.Truncate(orMissing(fa, k), 60), probes.Truncate(orMissing(fb, k), 60)))
	}
	sort.Strings(diffs)
	if len(diffs) > 0 {
		return "body fields " + strings.Join(diffs, "; "), nil
	}
	return "", ignored
}

func orMissing(m map[string]string, k string) string {
	if v, ok := m[k]; ok {
		return v
	}
	return "(missing)"
}

func unionStrings(a, b map[string]string) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

// flattenJSON maps each leaf of a JSON document to its path ("error",
// "errors.0.code") and encoded value.
func flattenJSON(b []byte) (map[string]string, bool) {
	var v any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, false
	}
	out := map[string]string{}
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch x := v.(type) {
		case map[string]any:
			if len(x) == 0 {
				out[prefix] = "{}"
			}
			for k, e := range x {
				walk(joinPath(prefix, k), e)
			}
		case []any:
			if len(x) == 0 {
				out[prefix] = "[]"
			}
			for i, e := range x {
				walk(joinPath(prefix, fmt.Sprint(i)), e)
			}
		default:
			enc, _ := json.Marshal(x)
			out[prefix] = string(enc)
		}
	}
	walk("", v)
	return out, true
}

func joinPath(prefix, k string) string {
	if prefix == "" {
		return k
	}
	return prefix + "." + k
}
