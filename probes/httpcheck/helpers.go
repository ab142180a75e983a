package httpcheck

import (
	"errors"
	"net"
	"net/http"
	"strconv"
	"strings"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// headerTokens splits a comma-separated list header (Vary, …) over all its
// lines into lower-case, trimmed elements.
func headerTokens(h http.Header, name string) []string {
	var out []string
	for _, line := range h.Values(name) {
		for _, part := range strings.Split(line, ",") {
			if part = strings.ToLower(strings.TrimSpace(part)); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// isDialError reports whether err happened while connecting, before any
// byte of HTTP was exchanged: nothing listens there, or a firewall drops.
func isDialError(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) && op.Op == "dial"
}

// errorAll reports err for every rule.
func errorAll(t *probes.Target, err error, ids ...string) []report.Check {
	out := make([]report.Check, 0, len(ids))
	for _, id := range ids {
		out = append(out, t.Error(id, err))
	}
	return out
}

// requestLabel is "METHOD path" of a response's request, for messages.
func requestLabel(r *probes.Response) string {
	if r == nil || r.Request == nil {
		return ""
	}
	return r.Request.Method + " " + r.Request.URL.RequestURI()
}

func itoa(n int) string { return strconv.Itoa(n) }

// hostPortSuffix is ":port" when the target URL names a port, else "".
func hostPortSuffix(t *probes.Target) string {
	if p := t.URL.Port(); p != "" {
		return ":" + p
	}
	return ""
}
