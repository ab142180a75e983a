package lifecycle

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the password-reset probe.
const (
	ruleResetReuse    = "AP704"
	ruleResetSessions = "AP705"
	ruleResetExpiry   = "AP706"
	ruleResetWeak     = "AP707"
)

var resetRules = []string{ruleResetReuse, ruleResetSessions, ruleResetExpiry, ruleResetWeak}

// MaxResetLifetime is the checklist's limit for reset tokens.
const MaxResetLifetime = 15 * time.Minute

func init() {
	probes.Register(&probes.Probe{
		Name:  "password-reset",
		Area:  "reset",
		Rules: resetRules,
		Needs: func(t *probes.Target) string {
			return needs(t, "login", "me", "resetRequest", "resetConfirm", "outbox")
		},
		LastIf: hasClock, // may move the target's clock past a token's lifetime
		Order:  clockOrder,
		Run:    runReset,
	})
}

// runReset follows a reset through the target's development outbox: with
// a session B open, request a reset, read the token from the outbox, use
// it (must work), use it again (must be refused), then B must be refused.
// With a clock endpoint, a first token is left unused while the target's
// clock moves past its lifetime and must then be refused; the flow that
// follows shows that a fresh token still works after the clock move.
func runReset(ctx context.Context, t *probes.Target) (out []report.Check) {
	l, err := acquire(ctx, t)
	if err != nil {
		return outcome(t, err, resetRules...)
	}
	defer l.release()
	// acct holds the account's current password: the probe changes it.
	acct := l.acct
	defer func() {
		if note := restorePassword(context.WithoutCancel(ctx), t, l, acct.Password); note != "" {
			for i := range out {
				if out[i].Evidence == nil {
					out[i].Evidence = map[string]string{}
				}
				out[i].Evidence["restore"] = note
			}
		}
	}()
	addr := accountEmail(acct)
	var expiry *report.Check // from the clock, before the flow
	if hasClock(t) {
		res, changed := resetExpiryByClock(ctx, t, addr)
		expiry = &res
		if changed != "" {
			acct.Password = changed
		}
	}
	// failed reports err for ids; a token found to outlive its lifetime
	// stays a failure whatever happens to the flow after it.
	failed := func(err error, ids ...string) []report.Check {
		cs := outcome(t, err, ids...)
		for i := range cs {
			if cs[i].Rule == ruleResetExpiry && expiry != nil && expiry.Status == report.StatusFail {
				cs[i] = *expiry
			}
		}
		return cs
	}
	cb := newClient(t)
	b, err := cb.login(ctx, acct)
	if err != nil {
		return failed(err, resetRules...)
	}
	creds := credentials(b)
	if len(creds) == 0 {
		return failed(fmt.Errorf("the login returned neither a cookie nor an access token"), resetRules...)
	}
	m, err := requestResetMail(ctx, t, addr)
	if err != nil {
		return failed(err, resetRules...)
	}
	out = []report.Check{judgeTokenStrength(t, m.token)}
	flowRules := []string{ruleResetReuse, ruleResetSessions, ruleResetExpiry}
	current := strongPassword()
	first, err := confirmReset(ctx, t, m.token, current)
	if err != nil {
		return append(out, failed(fmt.Errorf("reset confirm: %s", probes.DescribeError(err)), flowRules...)...)
	}
	if first.StatusCode/100 != 2 {
		return append(out, failed(fmt.Errorf("the reset confirm with the token from the outbox answered %d%s", first.StatusCode, bodyHint(first)), flowRules...)...)
	}
	acct.Password = current
	if expiry != nil && expiry.Evidence != nil {
		expiry.Evidence["freshTokenAfterClockMove"] = fmt.Sprintf("accepted (%d)", first.StatusCode)
	}
	secondPassword := strongPassword()
	second, err := confirmReset(ctx, t, m.token, secondPassword)
	switch {
	case err != nil:
		out = append(out, t.Error(ruleResetReuse, fmt.Errorf("second reset confirm: %s", probes.DescribeError(err))))
	case second.StatusCode/100 == 2:
		acct.Password = secondPassword
		out = append(out, t.Fail(ruleResetReuse, "the reset token worked a second time (after it had already set a new password)", probes.Evidence("firstUse", fmt.Sprint(first.StatusCode), "secondUse", fmt.Sprint(second.StatusCode))))
	case second.StatusCode/100 == 4:
		out = append(out, t.Pass(ruleResetReuse, "the reset token works once and is refused on second use", probes.Evidence("firstUse", fmt.Sprint(first.StatusCode), "secondUse", fmt.Sprint(second.StatusCode))))
	default:
		out = append(out, t.Error(ruleResetReuse, fmt.Errorf("the second use of the reset token answered %d; cannot tell%s", second.StatusCode, bodyHint(second))))
	}
	after, err := verdicts(ctx, cb, creds)
	if err != nil {
		out = append(out, t.Error(ruleResetSessions, err))
	} else {
		res := judgeRevoked(t, ruleResetSessions, "a completed password reset", creds, after)
		res.Evidence["account"] = l.how
		if res.Status != report.StatusFail && t.Profile.Endpoints.Refresh != nil && b.RefreshToken != "" {
			if rr := judgeRefreshRevoked(ctx, t, cb, ruleResetSessions, "a completed password reset", b.RefreshToken); rr.Status == report.StatusFail || rr.Status == report.StatusError {
				rr.Evidence = mergeEvidence(res.Evidence, rr.Evidence)
				res = rr
			} else {
				res.Evidence["refreshTokenAfter"] = "refused"
			}
		}
		out = append(out, res)
	}
	if expiry != nil {
		return append(out, *expiry)
	}
	return append(out, judgeResetExpiry(t, m))
}

// requestResetMail requests a reset for addr and reads the new mail from
// the outbox.
func requestResetMail(ctx context.Context, t *probes.Target, addr string) (*resetMail, error) {
	seen, _, err := readResetMails(ctx, t, addr)
	if err != nil {
		return nil, err
	}
	ep := t.Profile.Endpoints.ResetRequest
	fields := map[string]any{"email": addr}
	if mentions(ep, "username") {
		fields["username"] = addr
	}
	req, err := newClient(t).call(ctx, ep, fields, nil, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("reset request: %s", probes.DescribeError(err))
	}
	if req.StatusCode/100 != 2 {
		return nil, fmt.Errorf("the reset request (%s) answered %d%s", requestLabel(req), req.StatusCode, bodyHint(req))
	}
	return awaitResetMail(ctx, t, addr, seen)
}

// confirmReset sets password with a reset token.
func confirmReset(ctx context.Context, t *probes.Target, token, password string) (*probes.Response, error) {
	f := map[string]any{"token": token, "newPassword": password}
	return newClient(t).call(ctx, t.Profile.Endpoints.ResetConfirm, f, map[string]string{"token": token}, nil, nil)
}

// resetExpiryByClock requests a reset, moves the target's clock past the
// token's lifetime (the advertised one when it is shorter than 15
// minutes, else 15 minutes) plus a minute, and uses the token: it must be
// refused. When it is accepted, the account's password is now the one it
// returns. That a fresh token still works after the clock move the caller
// shows with the flow that follows (evidence freshTokenAfterClockMove);
// without it a refusal here means nothing.
func resetExpiryByClock(ctx context.Context, t *probes.Target, addr string) (report.Check, string) {
	m, err := requestResetMail(ctx, t, addr)
	if err != nil {
		return t.Error(ruleResetExpiry, err), ""
	}
	advertised, source := advertisedResetLifetime(t, m)
	limit := MaxResetLifetime
	if advertised > 0 && advertised < limit {
		limit = advertised
	}
	move := limit + time.Minute
	e := probes.Evidence("advertised", durationOrNone(advertised), "source", source, "method", clockMethod(t), "clockMoved", move.String())
	if err := advanceClock(ctx, t, move); err != nil {
		return t.Error(ruleResetExpiry, err), ""
	}
	password := strongPassword()
	r, err := confirmReset(ctx, t, m.token, password)
	if err != nil {
		return t.Error(ruleResetExpiry, fmt.Errorf("reset confirm with the expired token: %s", probes.DescribeError(err))), ""
	}
	e["expiredTokenUse"] = fmt.Sprint(r.StatusCode)
	switch {
	case r.StatusCode/100 == 2:
		return t.Fail(ruleResetExpiry, fmt.Sprintf("a reset token set a new password %s after it was sent (the target's clock moved forward); reset tokens must expire within %s", move, limit), e), password
	case r.StatusCode == http.StatusTooManyRequests || r.StatusCode/100 != 4:
		c := t.Error(ruleResetExpiry, fmt.Errorf("the reset confirm with the expired token answered %d; cannot tell refused from throttled or broken%s", r.StatusCode, bodyHint(r)))
		c.Evidence = e
		return c, ""
	case advertised > MaxResetLifetime+time.Minute:
		return t.Warn(ruleResetExpiry, fmt.Sprintf("the reset token is refused %s after it was sent, but %s advertises %s: the mail should state the real lifetime", move, source, advertised), e), ""
	}
	return t.Pass(ruleResetExpiry, fmt.Sprintf("a reset token is refused once %s have passed on the target's clock (%s plus a minute)", move, limitLabel(limit, advertised)), e), ""
}

func limitLabel(limit, advertised time.Duration) string {
	if advertised > 0 && limit == advertised {
		return "its advertised lifetime " + limit.String()
	}
	return "the checklist's " + limit.String()
}

func mergeEvidence(a, b map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

// resetMail is a reset message read from the outbox.
type resetMail struct {
	token   string
	subject string
	body    string
	expires time.Time // from an expiresAt field, if any
	sent    time.Time // from a sentAt field, if any
}

// readResetMails reads the outbox for addr and returns how many reset
// mails (messages carrying a token) it holds, and the newest.
func readResetMails(ctx context.Context, t *probes.Target, addr string) (int, *resetMail, error) {
	ep := t.Profile.Outbox
	doc, list, err := fetchOutbox(ctx, t, addr)
	if err != nil {
		return 0, nil, err
	}
	if list == nil {
		// No list: only a top-level token (the newest mail), for addr if
		// the outbox honours ?to=.
		tok, _ := jsonPath(doc, ep.ResponseKey("token")).(string)
		if tok == "" {
			if link, _ := jsonPath(doc, ep.ResponseKey("link")).(string); link != "" {
				tok = tokenFromText(link)
			}
		}
		if tok == "" {
			return 0, nil, nil
		}
		return -1, &resetMail{token: tok}, nil
	}
	count := 0
	var newest *resetMail
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
		newest = m
	}
	return count, newest, nil
}

// awaitResetMail polls the outbox until a new reset mail for addr
// arrives (mail may be sent in the background).
func awaitResetMail(ctx context.Context, t *probes.Target, addr string, seen int) (*resetMail, error) {
	deadline := time.Now().Add(3 * time.Second)
	for {
		n, m, err := readResetMails(ctx, t, addr)
		if err != nil {
			return nil, err
		}
		if m != nil && (n > seen || n < 0) {
			return m, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("no reset mail for %s reached the outbox within 3 s (profile outbox.response names where messages and tokens are)", addr)
		}
		if err := sleep(ctx, 150*time.Millisecond); err != nil {
			return nil, err
		}
	}
}

// jsonPath reads a dotted key ("latest.token", "messages") from decoded
// JSON.
func jsonPath(v any, key string) any {
	for _, part := range strings.Split(key, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[part]
	}
	return v
}

func addressedTo(msg map[string]any, addr string) bool {
	for _, k := range []string{"to", "To", "recipient", "email", "address"} {
		switch v := msg[k].(type) {
		case string:
			if strings.EqualFold(strings.TrimSpace(v), addr) || strings.Contains(strings.ToLower(v), strings.ToLower(addr)) {
				return true
			}
		case []any:
			for _, e := range v {
				if s, ok := e.(string); ok && strings.EqualFold(s, addr) {
					return true
				}
			}
		}
	}
	return false
}

func mailOf(msg map[string]any) *resetMail {
	str := func(keys ...string) string {
		for _, k := range keys {
			if s, ok := msg[k].(string); ok && s != "" {
				return s
			}
		}
		return ""
	}
	m := &resetMail{subject: str("subject", "Subject"), body: str("body", "Body", "text", "html")}
	m.token = str("token", "Token", "resetToken", "reset_token")
	if m.token == "" {
		m.token = tokenFromText(str("link", "Link", "url", "resetLink") + " " + m.body)
	}
	if s := str("sentAt", "sent_at", "date"); s != "" {
		if at, err := time.Parse(time.RFC3339, s); err == nil {
			m.sent = at
		}
	}
	if s := str("expiresAt", "expires_at", "expires"); s != "" {
		if at, err := time.Parse(time.RFC3339, s); err == nil {
			m.expires = at
		}
	}
	return m
}

var (
	urlPattern = regexp.MustCompile(`https?://[^\s"'<>]+`)
	tokenNames = []string{"token", "reset_token", "resetToken", "code", "key", "t"}
)

// tokenFromText finds a reset token in the links of a text: a token-named
// parameter in the query or fragment, else a long last path segment.
func tokenFromText(s string) string {
	for _, raw := range urlPattern.FindAllString(s, -1) {
		u, err := url.Parse(raw)
		if err != nil {
			continue
		}
		for _, part := range []string{u.RawQuery, u.Fragment} {
			q, _ := url.ParseQuery(part)
			for _, name := range tokenNames {
				if v := q.Get(name); v != "" {
					return v
				}
			}
		}
		segs := strings.Split(strings.Trim(u.Path, "/"), "/")
		if last := segs[len(segs)-1]; len(last) >= 16 {
			return last
		}
	}
	return ""
}

// tokenBits estimates a token's entropy from its length and the smallest
// common alphabet that contains it. It assumes the characters are random:
// an upper bound for structured tokens.
func tokenBits(tok string) float64 {
	isIn := func(set string) bool {
		for _, r := range tok {
			if !strings.ContainsRune(set, r) {
				return false
			}
		}
		return true
	}
	const (
		digits = "0123456789"
		lower  = "abcdefghijklmnopqrstuvwxyz"
		upper  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	)
	size := 64.0
	switch {
	case isIn(digits):
		size = 10
	case isIn(digits + "abcdef"), isIn(digits + "ABCDEF"):
		size = 16
	case isIn(digits + lower), isIn(digits + upper):
		size = 36
	case isIn(digits + lower + upper):
		size = 62
	}
	return float64(len(tok)) * math.Log2(size)
}

func judgeTokenStrength(t *probes.Target, tok string) report.Check {
	bits := tokenBits(tok)
	e := probes.Evidence("length", strconv.Itoa(len(tok)), "estimatedBits", fmt.Sprintf("%.0f", bits))
	if bits < 128 {
		return t.Fail(ruleResetWeak, fmt.Sprintf("the reset token has about %.0f bits (%d characters); the checklist asks for at least 128", bits, len(tok)), e)
	}
	return t.Pass(ruleResetWeak, fmt.Sprintf("the reset token has about %.0f bits (%d characters; an upper bound, assuming random characters)", bits, len(tok)), e)
}

// advertisedLifetime matches "within 15 minutes", "expires in 1 hour".
var advertisedLifetime = regexp.MustCompile(`(?i)(\d+)\s*(minutes?|mins?|hours?|hrs?|days?)\b`)

// advertisedResetLifetime is the lifetime a reset mail states: its
// expiresAt (from its sentAt, else from the target's time now), or a
// "within 15 minutes" in its body. 0 when it states none.
func advertisedResetLifetime(t *probes.Target, m *resetMail) (time.Duration, string) {
	if !m.expires.IsZero() {
		from := targetNow(t)
		if !m.sent.IsZero() {
			from = m.sent
		}
		return m.expires.Sub(from).Round(time.Minute), "the outbox's expiresAt"
	}
	if g := advertisedLifetime.FindStringSubmatch(m.body); g != nil {
		n, _ := strconv.Atoi(g[1])
		unit := time.Minute
		switch strings.ToLower(g[2][:1]) {
		case "h":
			unit = time.Hour
		case "d":
			unit = 24 * time.Hour
		}
		return time.Duration(n) * unit, fmt.Sprintf("the mail (%q)", g[0])
	}
	return 0, ""
}

// judgeResetExpiry, without a clock endpoint: waiting 15 minutes for a
// token to expire is not possible in a probe run, so the check reads what
// the mail advertises and fails only when that is longer than 15 minutes.
func judgeResetExpiry(t *probes.Target, m *resetMail) report.Check {
	advertised, source := advertisedResetLifetime(t, m)
	e := probes.Evidence("advertised", durationOrNone(advertised), "source", source)
	if advertised > MaxResetLifetime+time.Minute {
		return t.Fail(ruleResetExpiry, fmt.Sprintf("the reset token is advertised to live %s (per %s), longer than 15 minutes", advertised, source), e)
	}
	reason := "enforcement of the 15-minute expiry is not observable: the probe cannot wait that long and the profile names no clock endpoint to move the target's clock forward"
	if advertised > 0 {
		reason = fmt.Sprintf("advertised lifetime %s (per %s) is within 15 minutes; %s", advertised, source, reason)
	}
	return skipWith(t, ruleResetExpiry, reason, e)
}

// fetchOutbox reads the profile's outbox for addr and returns the decoded
// answer and its list of messages (at outbox.response.messages, or the
// answer itself when it is a list); the list is nil when there is none.
func fetchOutbox(ctx context.Context, t *probes.Target, addr string) (any, []any, error) {
	ep := t.Profile.Outbox
	r, err := newClient(t).call(ctx, ep, map[string]any{"to": addr}, nil, nil, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("outbox: %s", probes.DescribeError(err))
	}
	if r.StatusCode/100 != 2 {
		return nil, nil, fmt.Errorf("the outbox (%s) answered %d; is the target in development mode?", requestLabel(r), r.StatusCode)
	}
	var doc any
	dec := json.NewDecoder(bytes.NewReader(r.Body))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return nil, nil, fmt.Errorf("the outbox answer is not JSON: %v", err)
	}
	list, _ := jsonPath(doc, t.Profile.Outbox.ResponseKey("messages")).([]any)
	if arr, ok := doc.([]any); ok && list == nil {
		list = arr
	}
	return doc, list, nil
}
