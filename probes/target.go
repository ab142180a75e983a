package probes

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

// Defaults for Options.
const (
	DefaultTimeout      = 5 * time.Second
	DefaultMaxBody      = 1 << 20 // 1 MiB read from any response body
	DefaultMaxHeader    = 64 << 10
	DefaultPerHostConns = 4
	DefaultProbeTimeout = 60 * time.Second
)

// Options configure a Target.
type Options struct {
	URL          string
	Profile      *profile.Profile // nil without --profile
	CAFile       string           // extra roots (PEM); overrides the profile's
	ServerName   string
	Timeout      time.Duration // per network operation (dial, handshake, headers, body)
	ProbeTimeout time.Duration // whole probe
	MaxBody      int64
	PerHostConns int           // concurrent connections to the target
	Delay        time.Duration // pause before each request, for throttling targets
}

// Target is a service under test plus the limits every probe obeys.
type Target struct {
	URL         *url.URL
	Profile     *profile.Profile
	Roots       *x509.CertPool // nil: system roots
	ServerName  string
	Timeout     time.Duration
	MaxBody     int64
	Delay       time.Duration
	Concurrency int

	probeTimeout time.Duration
	conns        chan struct{} // per-host connection cap
	transport    *http.Transport
}

// NewTarget validates the options and builds a Target.
func NewTarget(o Options) (*Target, error) {
	raw := o.URL
	if raw == "" && o.Profile != nil {
		raw = o.Profile.BaseURL
	}
	if raw == "" {
		return nil, errors.New("no target URL (give one, or a profile with baseURL)")
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, fmt.Errorf("target %q is not an http(s) URL", raw)
	}
	if u.Path == "" {
		u.Path = "/"
	}
	t := &Target{
		URL:          u,
		Profile:      o.Profile,
		ServerName:   o.ServerName,
		Timeout:      cmpOr(o.Timeout, DefaultTimeout),
		MaxBody:      cmpOr(o.MaxBody, DefaultMaxBody),
		Delay:        o.Delay,
		Concurrency:  cmpOr(o.PerHostConns, DefaultPerHostConns),
		probeTimeout: cmpOr(o.ProbeTimeout, DefaultProbeTimeout),
	}
	if t.ServerName == "" && o.Profile != nil {
		t.ServerName = o.Profile.ServerName
	}
	caFile := o.CAFile
	if caFile == "" && o.Profile != nil {
		caFile = o.Profile.CAPath()
	}
	if caFile != "" {
		pem, err := os.ReadFile(caFile)
		if err != nil {
			return nil, fmt.Errorf("CA file: %w", err)
		}
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("CA file %s: no PEM certificates in it", caFile)
		}
		t.Roots = pool
	}
	t.conns = make(chan struct{}, t.Concurrency)
	dialer := &net.Dialer{Timeout: t.Timeout}
	t.transport = &http.Transport{
		DialContext:            t.limitDial(dialer.DialContext),
		TLSClientConfig:        t.TLSConfig(),
		TLSHandshakeTimeout:    t.Timeout,
		ResponseHeaderTimeout:  t.Timeout,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: DefaultMaxHeader,
		MaxIdleConnsPerHost:    t.Concurrency,
		MaxConnsPerHost:        t.Concurrency,
		IdleConnTimeout:        30 * time.Second,
		DisableCompression:     true, // a gzip bomb must not get past MaxBody
		ForceAttemptHTTP2:      false,
	}
	return t, nil
}

func cmpOr[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

// ProbeTimeout bounds one probe's whole run.
func (t *Target) ProbeTimeout() time.Duration { return t.probeTimeout }

// Host returns host:port of the target, with the scheme's default port.
func (t *Target) Host() string {
	if t.URL.Port() != "" {
		return t.URL.Host
	}
	if t.URL.Scheme == "https" {
		return net.JoinHostPort(t.URL.Hostname(), "443")
	}
	return net.JoinHostPort(t.URL.Hostname(), "80")
}

// TLSConfig returns a client config that verifies the target as a browser
// would (system roots or the CA file, the target's host name).
func (t *Target) TLSConfig() *tls.Config {
	name := t.ServerName
	if name == "" {
		name = t.URL.Hostname()
	}
	return &tls.Config{RootCAs: t.Roots, ServerName: name, MinVersion: tls.VersionTLS12}
}

// limitDial wraps a dial function with the per-host connection cap and
// sets a deadline-bearing connection.
func (t *Target) limitDial(dial func(ctx context.Context, network, addr string) (net.Conn, error)) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		select {
		case t.conns <- struct{}{}:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		c, err := dial(ctx, network, addr)
		if err != nil {
			<-t.conns
			return nil, err
		}
		return &cappedConn{Conn: c, release: func() { <-t.conns }}, nil
	}
}

type cappedConn struct {
	net.Conn
	release func()
	closed  bool
}

func (c *cappedConn) Close() error {
	if !c.closed {
		c.closed = true
		c.release()
	}
	return c.Conn.Close()
}

// DialTCP opens a raw TCP connection to the target (for hand-built TLS
// hellos), counted against the per-host cap. Its deadline is t.Timeout
// from now; callers may extend it.
func (t *Target) DialTCP(ctx context.Context) (net.Conn, error) {
	t.pause(ctx)
	d := &net.Dialer{Timeout: t.Timeout}
	c, err := t.limitDial(d.DialContext)(ctx, "tcp", t.Host())
	if err != nil {
		return nil, err
	}
	_ = c.SetDeadline(time.Now().Add(t.Timeout))
	return c, nil
}

func (t *Target) pause(ctx context.Context) {
	if t.Delay <= 0 {
		return
	}
	select {
	case <-time.After(t.Delay):
	case <-ctx.Done():
	}
}

// Response is an HTTP response with its body read, up to MaxBody bytes.
type Response struct {
	StatusCode int
	Header     http.Header
	Body       []byte
	Truncated  bool // the body was longer than MaxBody
	Request    *http.Request
	TLS        *tls.ConnectionState
}

// Cookies parses the response's Set-Cookie headers.
func (r *Response) Cookies() []*http.Cookie {
	return (&http.Response{Header: r.Header}).Cookies()
}

// Client returns an HTTP client that does not follow redirects (probes
// inspect them) and obeys the target's limits.
func (t *Target) Client() *http.Client {
	return &http.Client{
		Transport: t.transport,
		Timeout:   2 * t.Timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}

// NewRequest builds a request for a path relative to the target URL (or an
// absolute URL).
func (t *Target) NewRequest(ctx context.Context, method, ref string, body []byte) (*http.Request, error) {
	u, err := t.URL.Parse(ref)
	if err != nil {
		return nil, err
	}
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), rd)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "authcheck-probe/1")
	return req, nil
}

// Do sends req and reads at most MaxBody bytes of the answer.
func (t *Target) Do(req *http.Request) (*Response, error) {
	t.pause(req.Context())
	resp, err := t.Client().Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, t.MaxBody+1))
	out := &Response{StatusCode: resp.StatusCode, Header: resp.Header, Request: req, TLS: resp.TLS}
	if int64(len(body)) > t.MaxBody {
		body = body[:t.MaxBody]
		out.Truncated = true
	}
	out.Body = body
	if err != nil {
		return out, fmt.Errorf("reading body: %w", err)
	}
	return out, nil
}

// Get is Do for a GET of ref.
func (t *Target) Get(ctx context.Context, ref string) (*Response, error) {
	req, err := t.NewRequest(ctx, http.MethodGet, ref, nil)
	if err != nil {
		return nil, err
	}
	return t.Do(req)
}

// Result makes a check result for rule on this target, with the checklist
// item and severity from the rule catalogue.
func (t *Target) Result(rule, status, message string, evidence map[string]string) report.Check {
	c := report.Check{Rule: rule, Status: status, Target: t.URL.String(), Message: message, Evidence: evidence}
	if r, ok := rules.Lookup(rule); ok {
		c.Checklist = r.Checklist
		c.Severity = r.Severity
	}
	return c
}

// Pass, Fail, Warn, Skip and Error are Result for each status.
func (t *Target) Pass(rule, msg string, ev map[string]string) report.Check {
	return t.Result(rule, report.StatusPass, msg, ev)
}

// Fail reports a failed check.
func (t *Target) Fail(rule, msg string, ev map[string]string) report.Check {
	return t.Result(rule, report.StatusFail, msg, ev)
}

// Warn reports a check that passed with a reservation.
func (t *Target) Warn(rule, msg string, ev map[string]string) report.Check {
	c := t.Result(rule, report.StatusWarn, msg, ev)
	c.Severity = min(c.Severity, rules.Low)
	return c
}

// Skip reports a check that did not run, with the reason.
func (t *Target) Skip(rule, reason string) report.Check {
	return t.Result(rule, report.StatusSkip, reason, nil)
}

// Error reports a check that could not decide, with the cause.
func (t *Target) Error(rule string, err error) report.Check {
	return t.Result(rule, report.StatusError, describeNetError(err), nil)
}

// describeNetError turns transport errors into one clear sentence.
func describeNetError(err error) string {
	var ne net.Error
	switch {
	case err == nil:
		return "unknown error"
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "timed out: " + err.Error()
	case strings.Contains(err.Error(), "server response headers exceeded"):
		return "response headers too large: " + err.Error()
	default:
		return err.Error()
	}
}

// HasProfile reports whether the target has a profile, as a Needs helper.
func HasProfile(t *Target) string {
	if t.Profile == nil {
		return "needs a profile (--profile FILE) describing the target's auth endpoints"
	}
	return ""
}
