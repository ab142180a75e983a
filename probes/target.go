package probes

import (
	"bytes"
	"cmp"
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
	"slices"
	"strings"
	"sync"
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
	// DefaultHSTSMinMaxAge is the shortest HSTS max-age, in seconds, that
	// AP204 accepts: one year, as ASVS 5.0 3.4.1 and the preload list ask
	// (Mozilla's Observatory accepts 15552000, 180 days).
	DefaultHSTSMinMaxAge int64 = 31536000
	// DefaultCertExpiryWarning is how close to expiry a certificate draws
	// AP108.
	DefaultCertExpiryWarning = 30 * 24 * time.Hour
)

// Thresholds are the per-run lines some checks grade against. They travel
// with the target, so that targets probed at the same time may use
// different ones and importers of probes need no global state. Zero fields
// mean the defaults.
type Thresholds struct {
	HSTSMinMaxAge     int64         // AP204, seconds (default DefaultHSTSMinMaxAge)
	CertExpiryWarning time.Duration // AP108 (default DefaultCertExpiryWarning)
	// TLSProfile is the --tls-profile the AP110–AP114 checks grade
	// against: TLSProfileMozillaIntermediate, TLSProfileMozillaModern, or
	// TLSProfileCustom ("" means custom: those checks skip).
	TLSProfile string
}

// TLS profiles (Mozilla Server Side TLS 5.7).
const (
	TLSProfileCustom              = "custom"
	TLSProfileMozillaIntermediate = "mozilla-intermediate"
	TLSProfileMozillaModern       = "mozilla-modern"
)

// TLSProfiles lists the accepted --tls-profile values.
var TLSProfiles = []string{TLSProfileMozillaIntermediate, TLSProfileMozillaModern, TLSProfileCustom}

// CheckTLSProfile returns an error naming the valid values unless name is
// one of them (or empty, which means custom).
func CheckTLSProfile(name string) error {
	if name == "" || slices.Contains(TLSProfiles, name) {
		return nil
	}
	return fmt.Errorf("unknown TLS profile %q (want %s)", name, strings.Join(TLSProfiles, ", "))
}

// TLSProfileOrDefault returns the TLS profile in effect.
func (th Thresholds) TLSProfileOrDefault() string {
	if th.TLSProfile == "" {
		return TLSProfileCustom
	}
	return th.TLSProfile
}

// HSTSMinMaxAgeOrDefault returns the AP204 line in effect.
func (th Thresholds) HSTSMinMaxAgeOrDefault() int64 {
	if th.HSTSMinMaxAge > 0 {
		return th.HSTSMinMaxAge
	}
	return DefaultHSTSMinMaxAge
}

// CertExpiryWarningOrDefault returns the AP108 threshold in effect.
func (th Thresholds) CertExpiryWarningOrDefault() time.Duration {
	if th.CertExpiryWarning > 0 {
		return th.CertExpiryWarning
	}
	return DefaultCertExpiryWarning
}

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
	Delay        time.Duration // minimum spacing between requests, for throttling targets
	// HTTPPort is the port of the target's plain-HTTP listener, probed for
	// the redirect to HTTPS; 0 means 80.
	HTTPPort int
	// Insecure lets HTTP-level probes talk to a target whose certificate
	// does not verify (AP105 still reports it).
	Insecure bool
	// Thresholds for this target's checks (zero: the defaults).
	Thresholds Thresholds
}

// Target is a service under test plus the limits every probe obeys.
//
// The exported fields may be adjusted after NewTarget (tests set Roots to a
// test server's pool) as long as no probe is running: the HTTP transport is
// rebuilt when the fields it depends on change.
type Target struct {
	URL         *url.URL
	Profile     *profile.Profile
	Roots       *x509.CertPool // nil: system roots
	ServerName  string
	Timeout     time.Duration
	MaxBody     int64
	Delay       time.Duration // minimum spacing between requests, across all probes
	Concurrency int
	// HTTPPort is the plain-HTTP port of the target's host (0: 80).
	HTTPPort int
	// Insecure makes the HTTP transport accept a certificate that does not
	// verify, so that HTTP-level checks run anyway. The TLS probes verify
	// the certificate by hand regardless.
	Insecure bool
	// Thresholds are the lines AP204 and AP108 grade against.
	Thresholds Thresholds

	probeTimeout time.Duration
	diag         *Diagnosis // set by SetDiagnosis; nil: Run runs every probe

	ipMu     sync.Mutex // NewClientIP's pool
	ipNext   uint32
	ipSeeded bool

	mu        sync.Mutex
	conns     chan struct{} // per-host connection cap
	transport *http.Transport
	builtFor  transportKey // the settings transport was built with
	nextSlot  time.Time    // earliest start of the next request when Delay > 0
}

// transportKey is what the HTTP transport depends on.
type transportKey struct {
	roots       *x509.CertPool
	serverName  string
	timeout     time.Duration
	concurrency int
	insecure    bool
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
		Timeout:      cmp.Or(o.Timeout, DefaultTimeout),
		MaxBody:      cmp.Or(o.MaxBody, DefaultMaxBody),
		Delay:        o.Delay,
		Concurrency:  cmp.Or(o.PerHostConns, DefaultPerHostConns),
		HTTPPort:     o.HTTPPort,
		Insecure:     o.Insecure,
		Thresholds:   o.Thresholds,
		probeTimeout: cmp.Or(o.ProbeTimeout, DefaultProbeTimeout),
	}
	if o.Thresholds.HSTSMinMaxAge < 0 || o.Thresholds.CertExpiryWarning < 0 {
		return nil, errors.New("thresholds must not be negative")
	}
	if err := CheckTLSProfile(o.Thresholds.TLSProfile); err != nil {
		return nil, err
	}
	if o.HTTPPort < 0 || o.HTTPPort > 65535 {
		return nil, fmt.Errorf("plain-HTTP port %d out of range", o.HTTPPort)
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
	return t, nil
}

// ProbeTimeout bounds one probe's whole run.
func (t *Target) ProbeTimeout() time.Duration { return cmp.Or(t.probeTimeout, DefaultProbeTimeout) }

// The effective limits: a Target built as a struct literal (in tests) gets
// the defaults instead of zero timeouts or an unbuffered connection cap.
func (t *Target) timeout() time.Duration { return cmp.Or(t.Timeout, DefaultTimeout) }
func (t *Target) maxBody() int64         { return cmp.Or(t.MaxBody, DefaultMaxBody) }
func (t *Target) concurrency() int       { return max(1, t.Concurrency) }

// setup returns the HTTP transport and the connection cap for the current
// settings, building them on first use and again after a setting changed.
func (t *Target) setup() (*http.Transport, chan struct{}) {
	t.mu.Lock()
	defer t.mu.Unlock()
	key := transportKey{roots: t.Roots, serverName: t.ServerName, timeout: t.timeout(), concurrency: t.concurrency(), insecure: t.Insecure}
	if t.transport != nil && key == t.builtFor {
		return t.transport, t.conns
	}
	if t.transport != nil {
		t.transport.CloseIdleConnections()
	}
	if t.conns == nil || cap(t.conns) != key.concurrency {
		// Connections still open hold slots of the old channel and give
		// them back there, so replacing it is safe.
		t.conns = make(chan struct{}, key.concurrency)
	}
	tlsCfg := t.TLSConfig()
	//authcheck:ignore AC603 -- only with the user's --insecure, and AP105 still fails on the certificate
	tlsCfg.InsecureSkipVerify = key.insecure // --insecure: AP105 reports the certificate
	tr := &http.Transport{
		TLSClientConfig:        tlsCfg,
		TLSHandshakeTimeout:    key.timeout,
		ResponseHeaderTimeout:  key.timeout,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: DefaultMaxHeader,
		MaxIdleConnsPerHost:    key.concurrency,
		MaxConnsPerHost:        key.concurrency,
		IdleConnTimeout:        30 * time.Second,
		DisableCompression:     true, // a gzip bomb must not get past MaxBody
		ForceAttemptHTTP2:      false,
	}
	dialer := &net.Dialer{Timeout: key.timeout}
	tr.DialContext = limitDial(t.conns, tr.CloseIdleConnections, dialer.DialContext)
	t.transport, t.builtFor = tr, key
	return tr, t.conns
}

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

// limitDial wraps a dial function with the per-host connection cap. Idle
// keep-alive connections hold slots too: when none is free, it asks the
// transport to close its idle ones before waiting for a busy one, so that a
// pool of idle HTTPS connections cannot starve a raw dial or a dial to the
// plain-HTTP port for IdleConnTimeout.
func limitDial(conns chan struct{}, closeIdle func(), dial func(ctx context.Context, network, addr string) (net.Conn, error)) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		select {
		case conns <- struct{}{}:
		default:
			if closeIdle != nil {
				closeIdle()
			}
			select {
			case conns <- struct{}{}:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		c, err := dial(ctx, network, addr)
		if err != nil {
			<-conns
			return nil, err
		}
		return &cappedConn{Conn: c, release: func() { <-conns }}, nil
	}
}

// cappedConn gives its slot back exactly once, however many times and from
// however many goroutines it is closed (the transport's read and write
// loops may both close a failed connection).
type cappedConn struct {
	net.Conn
	release func()
	once    sync.Once
}

func (c *cappedConn) Close() error {
	c.once.Do(c.release)
	return c.Conn.Close()
}

// DialTCP opens a raw TCP connection to the target (for hand-built TLS
// hellos), counted against the per-host cap. Its deadline is t.Timeout
// from now; callers may extend it.
func (t *Target) DialTCP(ctx context.Context) (net.Conn, error) {
	if err := t.pause(ctx); err != nil {
		return nil, err
	}
	tr, conns := t.setup()
	d := &net.Dialer{Timeout: t.timeout()}
	c, err := limitDial(conns, tr.CloseIdleConnections, d.DialContext)(ctx, "tcp", t.Host())
	if err != nil {
		return nil, err
	}
	_ = c.SetDeadline(time.Now().Add(t.timeout()))
	return c, nil
}

// pause spaces requests at least Delay apart across all probes: each caller
// reserves the next free slot and waits for it. It returns ctx's error when
// ctx ends first.
func (t *Target) pause(ctx context.Context) error {
	if t.Delay <= 0 {
		return ctx.Err()
	}
	t.mu.Lock()
	now := time.Now()
	slot := t.nextSlot
	if slot.Before(now) {
		slot = now
	}
	t.nextSlot = slot.Add(t.Delay)
	t.mu.Unlock()
	wait := time.NewTimer(slot.Sub(now))
	defer wait.Stop()
	select {
	case <-wait.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
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

// Cookies returns the response's Set-Cookie headers that parse (see
// SetCookies).
func (r *Response) Cookies() []*http.Cookie {
	cs, _ := r.SetCookies()
	return cs
}

// SetCookies parses every Set-Cookie header line with http.ParseSetCookie,
// in order. Lines that do not parse are returned as errors naming the
// line, rather than dropped: a browser may still store some of them.
// (http.Response.Cookies drops them silently, and returns nothing at all
// past its cookie-count limit.)
func (r *Response) SetCookies() ([]*http.Cookie, []error) {
	var (
		cs   []*http.Cookie
		errs []error
	)
	for _, line := range r.Header.Values("Set-Cookie") {
		c, err := http.ParseSetCookie(line)
		if err != nil {
			errs = append(errs, fmt.Errorf("Set-Cookie %q: %w", Truncate(line, 80), err))
			continue
		}
		cs = append(cs, c)
	}
	return cs, errs
}

// Client returns an HTTP client that does not follow redirects (probes
// inspect them) and obeys the target's limits.
func (t *Target) Client() *http.Client {
	tr, _ := t.setup()
	return &http.Client{
		Transport: tr,
		Timeout:   2 * t.timeout(),
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

// Do sends req and reads at most MaxBody bytes of the answer. The whole
// exchange, body included, ends within twice the target's Timeout.
func (t *Target) Do(req *http.Request) (*Response, error) {
	if err := t.pause(req.Context()); err != nil {
		return nil, err
	}
	resp, err := t.Client().Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	limit := t.maxBody()
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	out := &Response{StatusCode: resp.StatusCode, Header: resp.Header, Request: req, TLS: resp.TLS}
	if int64(len(body)) > limit {
		body = body[:limit]
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

// describeNetError turns transport errors into one clear sentence that
// starts with the cause.
func describeNetError(err error) string {
	var (
		ne      net.Error
		recErr  tls.RecordHeaderError
		unknown x509.UnknownAuthorityError
		badHost x509.HostnameError
		invalid x509.CertificateInvalidError
	)
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	switch {
	case err == nil:
		return "unknown error"
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "timed out: " + msg
	case errors.Is(err, context.Canceled):
		return "cancelled: " + msg
	case strings.Contains(msg, "server response headers exceeded"):
		return "response headers too large: " + msg
	case errors.As(err, &recErr):
		return "not a TLS server (the first bytes are no TLS record): " + msg
	case errors.As(err, &unknown), errors.As(err, &badHost), errors.As(err, &invalid):
		return "certificate not trusted (a private CA is given with --ca or the profile's ca): " + msg
	case strings.Contains(msg, "malformed HTTP"):
		return "not an HTTP response: " + msg
	case strings.Contains(msg, "connection refused"):
		return "connection refused (nothing listens there): " + msg
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), strings.Contains(msg, "connection reset"):
		return "the target closed the connection without a complete answer: " + msg
	default:
		return msg
	}
}

// DescribeError is the one-sentence cause Error reports for err, for
// probes that put a failed request into a message or evidence.
func DescribeError(err error) string { return describeNetError(err) }

// HasProfile reports whether the target has a profile, as a Needs helper.
func HasProfile(t *Target) string {
	if t.Profile == nil {
		return "needs a profile (--profile FILE) describing the target's auth endpoints"
	}
	return ""
}

// CloseIdleConnections closes the target's idle keep-alive connections,
// giving their slots back; a run over many targets calls it when one is
// done.
func (t *Target) CloseIdleConnections() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.transport != nil {
		t.transport.CloseIdleConnections()
	}
}
