package lifecycle

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// ruleResetLinkOrigin is the reset-link-origin probe's rule.
const ruleResetLinkOrigin = "AP751"

func init() {
	probes.Register(&probes.Probe{
		Name:  "reset-link-origin",
		Area:  "reset",
		Rules: []string{ruleResetLinkOrigin},
		Needs: func(t *probes.Target) string {
			return needs(t, "resetRequest", "outbox")
		},
		Run: runResetLinkOrigin,
	})
}

// poisoning is one way a request names another host.
type poisoning struct {
	name string
	edit func(*http.Request)
}

// poisonings are the headers frameworks read the request's host from.
var poisonings = []poisoning{
	{"Host: " + evilHost, func(r *http.Request) { r.Host = evilHost }},
	{"X-Forwarded-Host: " + evilHost, func(r *http.Request) { r.Header.Set("X-Forwarded-Host", evilHost) }},
	{"Forwarded: host=" + evilHost, func(r *http.Request) { r.Header.Set("Forwarded", "host="+evilHost+";proto=https") }},
	{"X-Host: " + evilHost, func(r *http.Request) { r.Header.Set("X-Host", evilHost) }},
	{"X-Forwarded-Server: " + evilHost, func(r *http.Request) { r.Header.Set("X-Forwarded-Server", evilHost) }},
}

// ResetMailWait bounds how long the reset-link probe waits for a mail to
// reach the outbox after each request.
var ResetMailWait = 2 * time.Second

// runResetLinkOrigin requests a reset normally (the control: its link's
// origin is the service's own), then once per poisoning header, each from
// its own client, and reads every new mail's link from the outbox: none
// may point anywhere but the control's origin.
func runResetLinkOrigin(ctx context.Context, t *probes.Target) []report.Check {
	l, err := acquire(ctx, t)
	if err != nil {
		return outcome(t, err, ruleResetLinkOrigin)
	}
	defer l.release()
	addr := accountEmail(l.acct)
	control, status, err := requestResetLink(ctx, t, addr, nil)
	if err != nil {
		return []report.Check{t.Error(ruleResetLinkOrigin, err)}
	}
	if control == nil {
		return []report.Check{t.Error(ruleResetLinkOrigin, fmt.Errorf("a plain reset request for %s (answered %d) put no mail in the outbox within %s", addr, status, ResetMailWait))}
	}
	if control.link == "" {
		return []report.Check{t.Skip(ruleResetLinkOrigin, "the reset mail carries no link (outbox response.link, or a URL in the body), only a token: nothing to poison")}
	}
	own, err := linkOrigin(control.link)
	if err != nil {
		return []report.Check{t.Error(ruleResetLinkOrigin, fmt.Errorf("the control reset link %q: %v", probes.Truncate(control.link, 80), err))}
	}
	ev := probes.Evidence("account", l.how, "controlOrigin", own, "targetOrigin", t.Origin())
	var poisoned, clean, unjudged []string
	for _, p := range poisonings {
		m, status, err := requestResetLink(ctx, t, addr, p.edit)
		switch {
		case err != nil:
			if ctx.Err() != nil {
				return []report.Check{t.Error(ruleResetLinkOrigin, err)}
			}
			unjudged = append(unjudged, p.name+": "+err.Error())
		case m == nil && status == http.StatusTooManyRequests:
			unjudged = append(unjudged, p.name+": throttled (429)")
		case m == nil:
			clean = append(clean, fmt.Sprintf("%s: %d, no mail", p.name, status))
		case m.link == "":
			clean = append(clean, p.name+": a mail without a link")
		default:
			got, err := linkOrigin(m.link)
			if err != nil || got != own || strings.Contains(strings.ToLower(m.link), evilHost) {
				poisoned = append(poisoned, fmt.Sprintf("%s → %s", p.name, probes.Truncate(redactToken(m.link, m.token), 100)))
			} else {
				clean = append(clean, p.name+": "+got)
			}
		}
	}
	ev["poisoned"], ev["clean"], ev["notJudged"] = strings.Join(poisoned, "; "), strings.Join(clean, "; "), strings.Join(unjudged, "; ")
	if ev["poisoned"] == "" {
		delete(ev, "poisoned")
	}
	if ev["notJudged"] == "" {
		delete(ev, "notJudged")
	}
	switch {
	case len(poisoned) > 0:
		return []report.Check{t.Fail(ruleResetLinkOrigin, fmt.Sprintf("the reset mail links to the host the request named (%s); a plain request links to %s", strings.Join(poisoned, "; "), own), ev)}
	case len(clean) == 0:
		return []report.Check{t.Error(ruleResetLinkOrigin, fmt.Errorf("no poisoned reset request could be judged: %s", strings.Join(unjudged, "; ")))}
	}
	msg := fmt.Sprintf("reset links point at %s whatever Host, X-Forwarded-Host, Forwarded, X-Host or X-Forwarded-Server say (%d of %d requests judged)", own, len(clean), len(poisonings))
	return []report.Check{t.Pass(ruleResetLinkOrigin, msg, ev)}
}

// linkOrigin is scheme://host[:port] of an absolute http(s) link.
func linkOrigin(link string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return "", err
	}
	if (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return "", fmt.Errorf("not an absolute http(s) URL")
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), nil
}

// redactToken shortens the token inside a link for messages and evidence.
func redactToken(link, token string) string {
	if len(token) >= 8 {
		return strings.ReplaceAll(link, token, token[:4]+"…")
	}
	return link
}

// linkMail is a mail's link and token.
type linkMail struct{ link, token string }

// requestResetLink sends a reset request for addr from a client of its
// own, edited by edit, and returns the new mail it caused (nil when none
// arrived within ResetMailWait) and the request's status.
func requestResetLink(ctx context.Context, t *probes.Target, addr string, edit func(*http.Request)) (*linkMail, int, error) {
	before, _, err := outboxLinks(ctx, t, addr)
	if err != nil {
		return nil, 0, err
	}
	ep := t.Profile.Endpoints.ResetRequest
	fields := map[string]any{"email": addr}
	if mentions(ep, "username") {
		fields["username"] = addr
	}
	resp, err := newClient(t).call(ctx, ep, fields, nil, nil, edit)
	if err != nil {
		return nil, 0, fmt.Errorf("reset request: %s", probes.DescribeError(err))
	}
	if resp.StatusCode/100 != 2 {
		return nil, resp.StatusCode, nil
	}
	deadline := time.Now().Add(ResetMailWait)
	for {
		n, newest, err := outboxLinks(ctx, t, addr)
		if err != nil {
			return nil, resp.StatusCode, err
		}
		if n > before && newest != nil {
			return newest, resp.StatusCode, nil
		}
		if time.Now().After(deadline) {
			return nil, resp.StatusCode, nil
		}
		if err := sleep(ctx, 100*time.Millisecond); err != nil {
			return nil, resp.StatusCode, err
		}
	}
}

// outboxLinks counts the outbox's mails for addr that carry a token and
// returns the newest one's link: the message's link field, else the first
// URL in its body that holds the token.
func outboxLinks(ctx context.Context, t *probes.Target, addr string) (int, *linkMail, error) {
	ep := t.Profile.Outbox
	_, list, err := fetchOutbox(ctx, t, addr)
	if err != nil {
		return 0, nil, err
	}
	if list == nil {
		return 0, nil, fmt.Errorf("the outbox answer has no list of messages at %q (profile outbox.response.messages)", ep.ResponseKey("messages"))
	}
	count := 0
	var newest *linkMail
	for _, item := range list {
		msg, ok := item.(map[string]any)
		if !ok || !addressedTo(msg, addr) {
			continue
		}
		m := mailOf(msg)
		if m.token == "" {
			continue
		}
		count++
		newest = &linkMail{token: m.token, link: mailLink(msg, m.token)}
	}
	return count, newest, nil
}

// mailLink is a message's link field, else the first URL of its body
// that holds token.
func mailLink(msg map[string]any, token string) string {
	for _, k := range []string{"link", "Link", "url", "resetLink"} {
		if s, ok := msg[k].(string); ok && s != "" {
			return s
		}
	}
	for _, k := range []string{"body", "Body", "text", "html"} {
		s, _ := msg[k].(string)
		for _, u := range urlPattern.FindAllString(s, -1) {
			if strings.Contains(u, token) {
				return u
			}
		}
	}
	return ""
}
