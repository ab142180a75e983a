package probes

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/authcheck/authcheck/report"
)

// CertRule is the rule whose failure (a certificate that does not verify)
// blocks the checks that need a verified connection.
const CertRule = "AP105"

// Diagnosis is what one connection to the target tells before the probes
// run: whether anything there can be checked at all, and whether the
// certificate verifies. It lets a run report one root cause once instead
// of the same transport error under every check.
type Diagnosis struct {
	// Unreachable is the root cause that keeps every check from running
	// ("the target does not speak TLS (first bytes 48 54 54 50)"), or ""
	// when the target answers.
	Unreachable string
	// CertProblem is why the certificate does not verify (the x509
	// reason), or "".
	CertProblem string
}

// SetDiagnosis makes Run use d: with d.Unreachable no probe runs and every
// check that could otherwise run reports d.Unreachable as its error; with
// d.CertProblem (and not Insecure), probes that need a verified connection
// report their checks as blocked by AP105.
func (t *Target) SetDiagnosis(d Diagnosis) { t.diag = &d }

// Diagnose opens one connection to the target and classifies what it
// finds. For an https:// target it runs a TLS handshake (verifying the
// certificate by hand afterwards, so that a certificate problem does not
// hide whether HTTP works) and sends one GET over it; for an http://
// target one GET. Each step is bounded by the target's Timeout.
//
// Only causes that no probe can get past are Unreachable: an answer that
// is not TLS (or not HTTP), and silence. A handshake the server refuses
// (an alert, a closed connection) is left to the TLS probes, which judge
// exactly that (a server that speaks only TLS 1.0 fails AP102).
func Diagnose(ctx context.Context, t *Target) Diagnosis {
	if t.URL.Scheme != "https" {
		return Diagnosis{Unreachable: diagnoseHTTP(ctx, t)}
	}
	conn, err := t.DialTCP(ctx)
	if err != nil {
		return Diagnosis{Unreachable: "cannot connect: " + describeNetError(err)}
	}
	defer conn.Close()
	cfg := t.TLSConfig()
	name := cfg.ServerName
	//authcheck:ignore AC603 -- the diagnosis verifies the chain itself right after the handshake, so that it can tell a bad certificate from a dead target
	cfg.InsecureSkipVerify = true // verified below, so that HTTP can be tried either way
	hctx, cancel := context.WithTimeout(ctx, t.timeout())
	defer cancel()
	tc := tls.Client(conn, cfg)
	if err := tc.HandshakeContext(hctx); err != nil {
		var rh tls.RecordHeaderError
		switch {
		case errors.As(err, &rh):
			return Diagnosis{Unreachable: notTLS(rh.RecordHeader[:])}
		case isTimeout(err):
			return Diagnosis{Unreachable: fmt.Sprintf("the target accepts TCP connections but completes no TLS handshake within %s", t.timeout())}
		}
		return Diagnosis{}
	}
	var d Diagnosis
	cs := tc.ConnectionState()
	if len(cs.PeerCertificates) == 0 {
		d.CertProblem = "the server sent no certificate"
	} else {
		inter := x509.NewCertPool()
		for _, c := range cs.PeerCertificates[1:] {
			inter.AddCert(c)
		}
		if _, err := cs.PeerCertificates[0].Verify(x509.VerifyOptions{Roots: t.Roots, DNSName: name, Intermediates: inter}); err != nil {
			d.CertProblem = err.Error()
		}
	}
	if why := liveHTTP(tc, t); why != "" {
		d.Unreachable = "the TLS handshake succeeds but " + why
	}
	return d
}

// liveHTTP sends one GET of the target URL over conn and returns "" when
// an HTTP response comes back, else why not.
func liveHTTP(conn net.Conn, t *Target) string {
	_ = conn.SetDeadline(time.Now().Add(t.timeout()))
	req := fmt.Sprintf("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: authcheck-probe/1\r\nConnection: close\r\n\r\n", t.URL.RequestURI(), t.URL.Host)
	if _, err := io.WriteString(conn, req); err != nil {
		return "the target does not take an HTTP request: " + describeNetError(err)
	}
	br := bufio.NewReader(conn)
	peek, err := br.Peek(4)
	switch {
	case err != nil && len(peek) == 0 && isTimeout(err):
		return fmt.Sprintf("the target sends no HTTP answer within %s", t.timeout())
	case err != nil && len(peek) == 0 && errors.Is(err, io.EOF):
		return "the target closes the connection without an HTTP answer"
	case err != nil && len(peek) == 0:
		return "the target sends no HTTP answer: " + err.Error()
	case !strings.HasPrefix("HTTP", string(peek)):
		return fmt.Sprintf("the target does not answer HTTP (first bytes % x)", peek)
	}
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		if isTimeout(err) {
			return fmt.Sprintf("the target does not complete an HTTP answer within %s", t.timeout())
		}
		return "the target's answer is not valid HTTP: " + err.Error()
	}
	resp.Body.Close()
	return ""
}

// diagnoseHTTP checks that a plain-HTTP target answers HTTP.
func diagnoseHTTP(ctx context.Context, t *Target) string {
	conn, err := t.DialTCP(ctx)
	if err != nil {
		return "cannot connect: " + describeNetError(err)
	}
	defer conn.Close()
	why := liveHTTP(conn, t)
	if strings.Contains(why, "first bytes 15 03") || strings.Contains(why, "first bytes 16 03") {
		why += ": it looks like a TLS server; use an https:// URL"
	}
	return why
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}

// notTLS describes a first record header that is not TLS.
func notTLS(header []byte) string {
	if len(header) > 4 {
		header = header[:4]
	}
	printable := true
	for _, c := range header {
		printable = printable && c >= 0x20 && c < 0x7f
	}
	msg := fmt.Sprintf("the target does not speak TLS (first bytes % x", header)
	if printable {
		msg += fmt.Sprintf(", %q", header)
	}
	msg += ")"
	if printable && (string(header) == "HTTP" || header[0] == '<') {
		msg += ": it answers plain HTTP; use an http:// URL, or the port that serves TLS"
	}
	return msg
}

// NoTLSReason is the message of the transport checks on an http:// target.
const NoTLSReason = "no TLS at this address: the target URL is plain http://, so nothing sent to it is encrypted"

// NoTLS fails each of ids on a plain-HTTP target with NoTLSReason.
func NoTLS(t *Target, ids ...string) []report.Check {
	out := make([]report.Check, 0, len(ids))
	for _, id := range ids {
		out = append(out, t.Fail(id, NoTLSReason, Evidence("url", t.URL.String())))
	}
	return out
}

// BlockedPrefix starts the skip reason of checks blocked by AP105.
const BlockedPrefix = "blocked by " + CertRule

// blocked returns the results of p under the diagnosis, and false when p
// should run. certReported says whether AP105 is among the selected checks:
// when it is not, blocked checks are errors naming the certificate problem,
// since nothing else in the report would.
func (t *Target) blocked(p *Probe, certReported bool) ([]report.Check, bool) {
	d := t.diag
	if d == nil || (d.Unreachable == "" && (d.CertProblem == "" || t.Insecure || p.NoVerifiedTLS)) {
		return nil, false
	}
	if p.Needs != nil {
		if why := p.Needs(t); why != "" {
			return SkipAll(t, why, p.Rules...), true
		}
	}
	out := make([]report.Check, 0, len(p.Rules))
	for _, id := range p.Rules {
		switch {
		case d.Unreachable != "":
			out = append(out, t.Result(id, report.StatusError, d.Unreachable, nil))
		case certReported:
			out = append(out, t.Skip(id, BlockedPrefix+": the certificate does not verify; --insecure runs these checks over an unverified connection"))
		default:
			out = append(out, t.Result(id, report.StatusError, "the certificate does not verify: "+d.CertProblem+" (--insecure runs this check over an unverified connection)", nil))
		}
	}
	return out, true
}
