package reference_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/audit"
	"github.com/authcheck/authcheck/reference/cli"
	"github.com/authcheck/authcheck/reference/clock"
	"github.com/authcheck/authcheck/reference/mail"
	"github.com/authcheck/authcheck/reference/password"
)

// fastArgon2 keeps tests fast on 2 cores. Only Config can lower the
// parameters; the default is the real OWASP line (checked in
// TestDefaultConfigUsesRealArgon2).
var fastArgon2 = password.Params{MemoryKiB: 64, Time: 1, Threads: 1}

// relaxedLimits let functional tests log in freely; rate-limit tests set
// the checklist's values.
var relaxedLimits = reference.Limits{LoginPerIP: 10000, LoginPerAccount: 10000, ResetPerAddress: 10000,
	ResetConfirmPerIP: 10000, RegisterPerIP: 10000}

// syncBuffer collects log output from concurrent requests.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type env struct {
	t      *testing.T
	srv    *reference.Server
	cfg    reference.Config
	clock  *clock.Fake
	logs   *syncBuffer
	mu     sync.Mutex
	alerts []audit.Alert
	pool   *x509.CertPool
}

// testConfig is a fast, relaxed configuration on a free loopback port.
func testConfig(t *testing.T, dataDir string) reference.Config {
	cfg := reference.Config{
		DataDir: dataDir, Addr: "127.0.0.1:0", Argon2: fastArgon2, Limits: relaxedLimits,
		DevOutbox: true,
	}
	testStore(t, &cfg)
	return cfg
}

// start runs a server; mutate adjusts the test configuration.
func start(t *testing.T, mutate func(*reference.Config)) *env {
	t.Helper()
	e := &env{t: t, clock: clock.NewFake(time.Now()), logs: &syncBuffer{}}
	cfg := testConfig(t, t.TempDir())
	cfg.Clock = e.clock
	cfg.Logger = e.logs
	cfg.Alert = func(a audit.Alert) {
		e.mu.Lock()
		e.alerts = append(e.alerts, a)
		e.mu.Unlock()
	}
	if mutate != nil {
		mutate(&cfg)
	}
	e.cfg = cfg
	e.boot()
	return e
}

func (e *env) boot() {
	e.t.Helper()
	srv, err := reference.Start(context.Background(), e.cfg)
	if err != nil {
		e.t.Fatalf("Start: %v", err)
	}
	e.srv = srv
	e.t.Cleanup(func() { srv.Close() })
	if e.cfg.DatabaseURL != "" {
		// Helpers and command-line tools given only --data find the store.
		postgresOf.Store(e.cfg.DataDir, e.cfg.DatabaseURL)
		e.t.Setenv(cli.DatabaseEnv, e.cfg.DatabaseURL)
	}
	if srv.CAFile() != "" {
		pem, err := os.ReadFile(srv.CAFile())
		if err != nil {
			e.t.Fatal(err)
		}
		e.pool = x509.NewCertPool()
		e.pool.AppendCertsFromPEM(pem)
	}
}

// restart closes the server and starts it again on the same data.
func (e *env) restart() {
	e.t.Helper()
	if err := e.srv.Close(); err != nil {
		e.t.Fatalf("Close: %v", err)
	}
	e.cfg.Addr = "127.0.0.1:0"
	e.boot()
}

func (e *env) alertKinds() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []string
	for _, a := range e.alerts {
		out = append(out, a.Kind)
	}
	return out
}

func (e *env) tlsConfig() *tls.Config {
	return &tls.Config{RootCAs: e.pool, MinVersion: tls.VersionTLS12}
}

// client is an HTTP client that keeps the session cookie and, when set, a
// bearer credential, and sends a fixed client IP via X-Forwarded-For when
// the server trusts loopback as a proxy.
type client struct {
	e       *env
	hc      *http.Client
	cookie  string
	bearer  string
	headers map[string]string
	// password is the one the client logged in with (for re-authentication).
	password string
}

func (e *env) client() *client {
	tr := &http.Transport{TLSClientConfig: e.tlsConfig(), MaxIdleConnsPerHost: 100}
	e.t.Cleanup(tr.CloseIdleConnections)
	return &client{e: e, hc: &http.Client{Transport: tr, Timeout: 60 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}, headers: map[string]string{}}
}

type resp struct {
	status int
	header http.Header
	body   []byte
}

func (r *resp) json(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.body, &m); err != nil {
		t.Fatalf("response is not a JSON object: %v: %s", err, r.body)
	}
	return m
}

func (r *resp) str(t *testing.T, key string) string {
	t.Helper()
	v, _ := r.json(t)[key].(string)
	return v
}

func (r *resp) cookie(name string) *http.Cookie {
	for _, line := range r.header.Values("Set-Cookie") {
		c, err := http.ParseSetCookie(line)
		if err == nil && c.Name == name {
			return c
		}
	}
	return nil
}

// do sends a request. body: nil, string/[]byte (sent raw), or a value sent
// as JSON. hdr is "Name: value" pairs. A transport error fails the test.
func (c *client) do(method, path string, body any, hdr ...string) *resp {
	c.e.t.Helper()
	r, err := c.try(method, path, body, hdr...)
	if err != nil {
		c.e.t.Fatalf("%s %s: %v", method, path, err)
	}
	return r
}

// try is do for goroutines other than the test's: it returns transport
// errors instead of failing the test.
func (c *client) try(method, path string, body any, hdr ...string) (*resp, error) {
	var rd io.Reader
	isJSON := false
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			return nil, err
		}
		rd, isJSON = bytes.NewReader(j), true
	}
	req, err := http.NewRequest(method, c.e.srv.URL()+path, rd)
	if err != nil {
		return nil, err
	}
	if isJSON || (body != nil && !hasHeader(hdr, "Content-Type")) {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.cookie != "" {
		req.Header.Set("Cookie", reference.SessionCookie+"="+c.cookie)
	}
	if c.bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.bearer)
	}
	for k, v := range c.headers {
		req.Header.Set(k, v)
	}
	for _, h := range hdr {
		k, v, _ := strings.Cut(h, ":")
		if strings.TrimSpace(v) == "" {
			req.Header.Del(k)
		} else {
			req.Header.Set(k, strings.TrimSpace(v))
		}
	}
	res, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, err
	}
	out := &resp{status: res.StatusCode, header: res.Header, body: b}
	if sc := out.cookie(reference.SessionCookie); sc != nil {
		if sc.MaxAge < 0 {
			c.cookie = ""
		} else {
			c.cookie = sc.Value
		}
	}
	return out, nil
}

func hasHeader(hdr []string, name string) bool {
	for _, h := range hdr {
		if k, _, _ := strings.Cut(h, ":"); strings.EqualFold(k, name) {
			return true
		}
	}
	return false
}

func expect(t *testing.T, r *resp, status int, what string) {
	t.Helper()
	if r.status != status {
		t.Fatalf("%s: status %d, want %d: %s", what, r.status, status, r.body)
	}
}

// register creates an account through the API and verifies its address
// with the link mailed to it.
func (e *env) register(email, pw string) {
	e.t.Helper()
	e.registerUnverified(email, pw)
	e.confirmEmail(e.lastMail(email).Token)
}

// registerUnverified creates an account and leaves the verification mail
// unopened.
func (e *env) registerUnverified(email, pw string) {
	e.t.Helper()
	r := e.client().do("POST", "/api/v1/auth/register", map[string]string{"email": email, "password": pw})
	expect(e.t, r, http.StatusAccepted, "register "+email)
}

// confirmEmail opens a verification or e-mail change link.
func (e *env) confirmEmail(token string) *resp {
	e.t.Helper()
	r := e.client().do("POST", "/api/v1/auth/confirm-email", map[string]string{"token": token})
	expect(e.t, r, http.StatusOK, "confirm e-mail")
	return r
}

// setRole promotes or demotes an account with the one-off command.
func (e *env) setRole(email, role string) {
	e.t.Helper()
	if err := reference.SetRole(context.Background(), e.cfg, email, role); err != nil {
		e.t.Fatalf("SetRole %s %s: %v", email, role, err)
	}
}

// login returns a client holding the session cookie, and the token pair.
func (e *env) login(email, pw string) (*client, string, string) {
	e.t.Helper()
	c := e.client()
	r := c.do("POST", "/api/v1/auth/login", map[string]string{"email": email, "password": pw})
	expect(e.t, r, http.StatusOK, "login "+email)
	c.password = pw
	return c, r.str(e.t, "accessToken"), r.str(e.t, "refreshToken")
}

// user registers and logs in a fresh account.
func (e *env) user(name string) (c *client, email, pw, access, refresh string) {
	e.t.Helper()
	email = name + "@example.org"
	pw = "a passphrase for " + name + " that is long"
	e.register(email, pw)
	c, access, refresh = e.login(email, pw)
	return c, email, pw, access, refresh
}

func (e *env) bearer(token string) *client {
	c := e.client()
	c.bearer = token
	return c
}

func (e *env) mails(to string) []mail.Message { return e.srv.Outbox().Messages(to) }

func (e *env) lastMail(to string) mail.Message {
	e.t.Helper()
	m := e.mails(to)
	if len(m) == 0 {
		e.t.Fatalf("no mail to %s", to)
	}
	return m[len(m)-1]
}

func fmtStatus(rs []*resp) string {
	var b strings.Builder
	for _, r := range rs {
		if r == nil {
			b.WriteString("error ")
			continue
		}
		fmt.Fprintf(&b, "%d ", r.status)
	}
	return b.String()
}

// parallel sends n requests at once from one client and returns the
// responses; transport errors fail the test.
func parallel(t *testing.T, n int, send func(i int) (*resp, error)) []*resp {
	t.Helper()
	out := make([]*resp, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { out[i], errs[i] = send(i) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("request %d of %d: %v (responses: %s)", i, n, err, fmtStatus(out))
		}
	}
	return out
}
