package lifecycle

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptrace"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// client is one simulated user agent. When the profile names a header the
// target trusts for the client address (forwardedHeader), each client
// claims its own address, so that the target's per-IP limits count the
// probes' clients separately instead of throttling the prober.
type client struct {
	t  *probes.Target
	ip string // "" without a forwarded header
}

func newClient(t *probes.Target) *client {
	c := &client{t: t}
	if t.Profile != nil && t.Profile.ForwardedHeader != "" {
		c.ip = randomClientIP()
	}
	return c
}

// randomClientIP returns an address in 198.18.0.0/15, the benchmarking
// range (RFC 2544, RFC 6890): never routed, so it names nobody real in the
// target's logs.
func randomClientIP() string {
	b := make([]byte, 3)
	_, _ = rand.Read(b)
	return fmt.Sprintf("198.%d.%d.%d", 18+int(b[0]&1), b[1], 1+int(b[2])%254)
}

// rotatesIP reports whether clients get their own addresses.
func rotatesIP(t *probes.Target) bool {
	return t.Profile != nil && t.Profile.ForwardedHeader != ""
}

func (c *client) prepare(req *http.Request) {
	if c.ip == "" {
		return
	}
	h := c.t.Profile.ForwardedHeader
	if strings.EqualFold(h, "Forwarded") { // RFC 7239
		req.Header.Set(h, "for="+c.ip)
		return
	}
	req.Header.Set(h, c.ip)
}

// do sends req as this client.
func (c *client) do(req *http.Request) (*probes.Response, error) {
	c.prepare(req)
	return c.t.Do(req)
}

// call sends a request to a profile endpoint as this client; edit, when
// non-nil, changes the request before it is sent.
func (c *client) call(ctx context.Context, ep *profile.Endpoint, fields map[string]any, params map[string]string, as *probes.Session, edit func(*http.Request)) (*probes.Response, error) {
	req, err := c.t.CallRequest(ctx, ep, fields, params, as)
	if err != nil {
		return nil, err
	}
	if edit != nil {
		edit(req)
	}
	return c.do(req)
}

// timedCall is call that also returns the time from the request being
// written to the first byte of the answer: the server's work plus the
// network, without the prober's own time to build the request and read
// the body (on a loaded prober those add noise, not signal).
func (c *client) timedCall(ctx context.Context, ep *profile.Endpoint, fields map[string]any) (*probes.Response, time.Duration, error) {
	var wrote, first time.Time
	trace := &httptrace.ClientTrace{
		WroteRequest:         func(httptrace.WroteRequestInfo) { wrote = time.Now() },
		GotFirstResponseByte: func() { first = time.Now() },
	}
	req, err := c.t.CallRequest(httptrace.WithClientTrace(ctx, trace), ep, fields, nil, nil)
	if err != nil {
		return nil, 0, err
	}
	c.prepare(req)
	start := time.Now()
	resp, err := c.t.Do(req)
	end := time.Now()
	if err != nil {
		return resp, 0, err
	}
	if wrote.IsZero() || first.IsZero() || first.Before(wrote) {
		return resp, end.Sub(start), nil
	}
	return resp, first.Sub(wrote), nil
}

// login logs in through the profile's login endpoint, carrying cookies the
// client held before (fixation checks), and reads the session the way
// probes.Target.Login does.
func (c *client) login(ctx context.Context, acct profile.Account, carry ...*http.Cookie) (*probes.Session, error) {
	ep := c.t.Profile.Endpoints.Login
	req, err := c.t.CallRequest(ctx, ep, map[string]any{"username": acct.Username, "password": acct.Password}, nil, nil)
	if err != nil {
		return nil, err
	}
	for _, ck := range carry {
		req.AddCookie(&http.Cookie{Name: ck.Name, Value: ck.Value})
	}
	resp, err := c.do(req)
	if err != nil {
		return nil, fmt.Errorf("login as %s: %s", acct.Username, probes.DescribeError(err))
	}
	return sessionFrom(ep, acct, resp)
}

// sessionFrom reads the cookies and tokens of a login-like answer.
func sessionFrom(ep *profile.Endpoint, acct profile.Account, resp *probes.Response) (*probes.Session, error) {
	s := &probes.Session{Account: acct, Login: resp, SetCookies: resp.Cookies()}
	now := time.Now()
	for _, ck := range s.SetCookies {
		if ck.MaxAge < 0 || ck.Value == "" || (!ck.Expires.IsZero() && ck.Expires.Before(now)) {
			continue // a deletion
		}
		s.Cookies = append(s.Cookies, ck)
	}
	if resp.StatusCode == http.StatusTooManyRequests {
		return nil, fmt.Errorf("login as %s was throttled (429, Retry-After %q): the target's login limit is spent; %s", acct.Username, resp.Header.Get("Retry-After"), throttleAdvice)
	}
	if resp.StatusCode/100 != 2 && (resp.StatusCode/100 != 3 || len(s.Cookies) == 0) {
		return nil, fmt.Errorf("login as %s answered %d%s", acct.Username, resp.StatusCode, bodyHint(resp))
	}
	s.AccessToken = probes.JSONString(resp.Body, ep.ResponseKey("accessToken"))
	s.RefreshToken = probes.JSONString(resp.Body, ep.ResponseKey("refreshToken"))
	return s, nil
}

// throttleAdvice says how to keep the probes' logins under a target's
// per-IP limit.
const throttleAdvice = "set forwardedHeader in the profile to a header the target trusts for the client address (a staging setup that trusts the prober), so that each simulated client gets its own address, or rerun after the window"

// authVerdict is what an authenticated endpoint made of a credential.
type authVerdict int

const (
	accepted authVerdict = iota + 1 // 2xx
	refused                         // 401, 403, or a redirect (to a login page)
	unclear                         // anything else: throttled, broken, …
)

func (v authVerdict) String() string {
	switch v {
	case accepted:
		return "accepted"
	case refused:
		return "refused"
	}
	return "unclear"
}

func verdictOf(r *probes.Response) authVerdict {
	switch {
	case r.StatusCode/100 == 2:
		return accepted
	case r.StatusCode == http.StatusUnauthorized || r.StatusCode == http.StatusForbidden || r.StatusCode/100 == 3:
		return refused
	}
	return unclear
}

// me calls the profile's authenticated endpoint with the credentials in as
// (nil: none) and says whether they were accepted.
func (c *client) me(ctx context.Context, as *probes.Session, edit func(*http.Request)) (authVerdict, *probes.Response, error) {
	resp, err := c.call(ctx, c.t.Profile.Endpoints.Me, nil, nil, as, edit)
	if err != nil {
		return unclear, nil, err
	}
	return verdictOf(resp), resp, nil
}

// credential is one way a session authenticates: its cookies, or its
// bearer token, tried separately so that each is judged on its own.
type credential struct {
	kind string // "cookie" or "access token"
	as   *probes.Session
}

// credentials splits a session into its cookie and bearer parts.
func credentials(s *probes.Session) []credential {
	var out []credential
	if len(s.Cookies) > 0 {
		out = append(out, credential{"cookie", &probes.Session{Cookies: s.Cookies}})
	}
	if s.AccessToken != "" {
		out = append(out, credential{"access token", &probes.Session{AccessToken: s.AccessToken}})
	}
	return out
}

// bearer authenticates with a token alone.
func bearer(token string) *probes.Session { return &probes.Session{AccessToken: token} }

// mentions reports whether the profile maps a logical field for ep, which
// is how probes decide to send optional fields to targets that refuse
// unknown ones.
func mentions(ep *profile.Endpoint, logical string) bool {
	if ep == nil {
		return false
	}
	_, ok := ep.Fields[logical]
	return ok
}

// skipError is an error that makes a check skip (with its text as the
// reason) rather than error.
type skipError string

func (s skipError) Error() string { return string(s) }

// outcome reports err for every rule: skip for a skipError, error
// otherwise.
func outcome(t *probes.Target, err error, ids ...string) []report.Check {
	var skip skipError
	out := make([]report.Check, 0, len(ids))
	for _, id := range ids {
		if errors.As(err, &skip) {
			out = append(out, t.Skip(id, skip.Error()))
		} else {
			out = append(out, t.Error(id, err))
		}
	}
	return out
}

// requireLogin is the Needs of probes that log in and call me.
func requireLogin(t *probes.Target) string {
	return needs(t, "login", "me")
}

// needs returns why t's profile cannot run a probe that uses the named
// endpoints, or "". "login" also needs an account.
func needs(t *probes.Target, endpoints ...string) string {
	if why := probes.HasProfile(t); why != "" {
		return why
	}
	e := t.Profile.Endpoints
	have := map[string]bool{
		"login": e.Login != nil, "logout": e.Logout != nil, "refresh": e.Refresh != nil, "me": e.Me != nil,
		"register": e.Register != nil, "changePassword": e.ChangePass != nil, "resetRequest": e.ResetRequest != nil,
		"resetConfirm": e.ResetConfirm != nil, "apiKeys": e.APIKeys != nil, "outbox": t.Profile.Outbox != nil,
	}
	var missing []string
	for _, name := range endpoints {
		if !have[name] {
			if name == "outbox" {
				missing = append(missing, "outbox (a development mailbox to read reset links from)")
			} else {
				missing = append(missing, "endpoints."+name)
			}
		}
	}
	if len(missing) > 0 {
		return "the profile describes no " + strings.Join(missing, ", ")
	}
	for _, name := range endpoints {
		if name == "login" {
			if _, ok := probes.LoginAccount(t.Profile); !ok {
				return "the profile lists no account to log in with"
			}
		}
	}
	return ""
}

// otherAccount is a second account for cross-user forgeries, if any.
func otherAccount(p *profile.Profile, not string) (profile.Account, bool) {
	for _, a := range p.Accounts {
		if a.Username != not && !a.Burnable {
			return a, true
		}
	}
	return profile.Account{}, false
}

// lease is an account a probe may change (its password, its sessions).
type lease struct {
	acct      profile.Account
	throwaway bool
	how       string
	release   func()
}

var (
	burnMu    sync.Mutex
	burnLocks = map[string]*sync.Mutex{}
)

// burnLock serialises the probes that change one burnable account.
func burnLock(t *probes.Target, user string) *sync.Mutex {
	burnMu.Lock()
	defer burnMu.Unlock()
	key := fmt.Sprintf("%p %s", t, user)
	m, ok := burnLocks[key]
	if !ok {
		m = &sync.Mutex{}
		burnLocks[key] = m
	}
	return m
}

// throwawayAccount makes up an account no target has seen: an address
// under example.com (RFC 2606, never delivered) and a random password
// that satisfies composition rules, so that targets that have them still
// register it.
func throwawayAccount() profile.Account {
	email := "authcheck-" + probes.RandomHex(6) + "@example.com"
	return profile.Account{Username: email, Email: email, Password: strongPassword()}
}

// strongPassword is random, 30 characters, with upper and lower case,
// digits and a symbol, so no policy refuses it and no breach list has it.
func strongPassword() string {
	return "Ac-" + probes.RandomHex(8) + "-" + randWords(2, 5)
}

// register creates acct through the profile's register endpoint.
func (c *client) register(ctx context.Context, acct profile.Account) (*probes.Response, error) {
	ep := c.t.Profile.Endpoints.Register
	fields := map[string]any{"password": acct.Password}
	if mentions(ep, "username") || !mentions(ep, "email") {
		fields["username"] = acct.Username
	}
	if mentions(ep, "email") {
		fields["email"] = accountEmail(acct)
	}
	return c.call(ctx, ep, fields, nil, nil, nil)
}

func accountEmail(a profile.Account) string {
	if a.Email != "" {
		return a.Email
	}
	return a.Username
}

// registerThrowaway registers a fresh throwaway account.
func registerThrowaway(ctx context.Context, t *probes.Target) (profile.Account, error) {
	acct := throwawayAccount()
	resp, err := newClient(t).register(ctx, acct)
	if err != nil {
		return acct, fmt.Errorf("registering a throwaway account: %s", probes.DescribeError(err))
	}
	if resp.StatusCode/100 != 2 {
		return acct, fmt.Errorf("registering a throwaway account: %s answered %d%s", requestLabel(resp), resp.StatusCode, bodyHint(resp))
	}
	return acct, verifyEmail(ctx, t, accountEmail(acct))
}

// verifyEmail completes a registration the target verifies by mail
// (profile endpoints.verifyEmail): it posts the newest token the outbox
// holds for addr. Without the endpoint there is nothing to do.
func verifyEmail(ctx context.Context, t *probes.Target, addr string) error {
	ep := t.Profile.Endpoints.VerifyEmail
	if ep == nil {
		return nil
	}
	m, err := awaitResetMail(ctx, t, addr, 0)
	if err != nil {
		return fmt.Errorf("verifying a throwaway account: %v", err)
	}
	resp, err := newClient(t).call(ctx, ep, map[string]any{"token": m.token}, nil, nil, nil)
	if err != nil {
		return fmt.Errorf("verifying a throwaway account: %s", probes.DescribeError(err))
	}
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("verifying a throwaway account: %s answered %d%s", requestLabel(resp), resp.StatusCode, bodyHint(resp))
	}
	return nil
}

// acquire returns an account the probe may change: a throwaway one when the
// profile can register accounts, else a burnable one (held exclusively
// until release).
func acquire(ctx context.Context, t *probes.Target) (*lease, error) {
	if t.Profile.Endpoints.Register != nil {
		acct, err := registerThrowaway(ctx, t)
		if err != nil {
			return nil, err
		}
		return &lease{acct: acct, throwaway: true, how: "throwaway account registered through endpoints.register", release: func() {}}, nil
	}
	for _, a := range t.Profile.Accounts {
		if a.Burnable {
			m := burnLock(t, a.Username)
			m.Lock()
			return &lease{acct: a, how: "burnable account " + a.Username + " from the profile", release: m.Unlock}, nil
		}
	}
	return nil, skipError("needs an account it may change: the profile has no endpoints.register for throwaway accounts and no account marked burnable")
}

// restorePassword sets a burnable account's password back after a probe
// changed it to current. It returns a note for the evidence.
func restorePassword(ctx context.Context, t *probes.Target, l *lease, current string) string {
	if l.throwaway || current == l.acct.Password {
		return ""
	}
	ep := t.Profile.Endpoints.ChangePass
	if ep == nil {
		return "could not restore the burnable account's password (no endpoints.changePassword): re-seed it"
	}
	c := newClient(t)
	moved := l.acct
	moved.Password = current
	s, err := c.login(ctx, moved)
	if err == nil {
		var resp *probes.Response
		resp, err = c.call(ctx, ep, map[string]any{"currentPassword": current, "newPassword": l.acct.Password}, nil, s, nil)
		if err == nil && resp.StatusCode/100 != 2 {
			err = fmt.Errorf("answered %d", resp.StatusCode)
		}
	}
	if err != nil {
		return "could not restore the burnable account's password (" + err.Error() + "): re-seed it"
	}
	return "burnable account's password restored"
}

// randWords returns n random lower-case "words" of the given length,
// joined by spaces.
func randWords(n, length int) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	b := make([]byte, n*length)
	_, _ = rand.Read(b)
	var sb strings.Builder
	for i := range n {
		if i > 0 {
			sb.WriteByte(' ')
		}
		for j := range length {
			sb.WriteByte(letters[int(b[i*length+j])%len(letters)])
		}
	}
	return sb.String()
}

// requestLabel is "METHOD path" of a response's request, for messages.
func requestLabel(r *probes.Response) string {
	if r == nil || r.Request == nil {
		return ""
	}
	return r.Request.Method + " " + r.Request.URL.Path
}

var spaces = regexp.MustCompile(`\s+`)

// bodyHint is ": <start of the body>" for messages about unexpected
// answers, or "".
func bodyHint(r *probes.Response) string {
	if r == nil || len(r.Body) == 0 {
		return ""
	}
	s := spaces.ReplaceAllString(strings.TrimSpace(string(r.Body)), " ")
	return ": " + probes.Truncate(s, 120)
}

// noStore reports whether a response forbids caching with no-store.
func noStore(h http.Header) bool {
	for _, line := range h.Values("Cache-Control") {
		for _, d := range strings.Split(line, ",") {
			name, _, _ := strings.Cut(strings.TrimSpace(d), "=")
			if strings.EqualFold(name, "no-store") {
				return true
			}
		}
	}
	return false
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
