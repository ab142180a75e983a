package tlscheck

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"syscall"
	"time"

	"github.com/authcheck/authcheck/probes"
)

var (
	// errClosed: the server closed the connection without a byte of
	// answer, which is how many servers refuse a hello they dislike.
	errClosed = errors.New("connection closed without an answer")
	// errSilent: not a byte came back before the deadline.
	errSilent = errors.New("timed out: no answer")
)

// exchange sends one hello on a fresh connection and reads the first
// message of the answer. Reads are bounded by maxAnswerBytes and by the
// connection's deadline (Target.Timeout from the dial); cancelling ctx
// ends them at once.
func exchange(ctx context.Context, t *probes.Target, hello []byte) (answer, error) {
	conn, err := t.DialTCP(ctx)
	if err != nil {
		return answer{}, fmt.Errorf("connect to %s: %w", t.Host(), err)
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Unix(1, 0)) })
	defer stop()

	if _, err := conn.Write(hello); err != nil {
		if ctx.Err() == nil && isClosed(err) {
			return answer{}, errClosed
		}
		return answer{}, fmt.Errorf("sending the hello: %w", err)
	}
	buf := make([]byte, 0, 2048)
	for {
		if len(buf) == cap(buf) {
			if len(buf) >= maxAnswerBytes {
				return answer{}, fmt.Errorf("%w: no complete first message in %d bytes", errMalformed, len(buf))
			}
			buf = slices.Grow(buf, min(cap(buf), maxAnswerBytes-len(buf)))
		}
		n, rerr := conn.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if n > 0 {
			a, perr := parseServerHello(buf)
			if perr == nil {
				return a, nil
			}
			if !errors.Is(perr, errShortAnswer) {
				return answer{}, perr
			}
		}
		if rerr == nil {
			continue
		}
		var ne net.Error
		timeout := errors.As(rerr, &ne) && ne.Timeout()
		switch {
		case ctx.Err() != nil:
			return answer{}, fmt.Errorf("probe stopped: %w", ctx.Err())
		case timeout && len(buf) == 0:
			return answer{}, fmt.Errorf("%w within %s", errSilent, opTimeout(t))
		case timeout:
			return answer{}, fmt.Errorf("timed out: the answer stalled after %d bytes, before a complete ServerHello or alert (limit %s)", len(buf), opTimeout(t))
		case isClosed(rerr) && len(buf) == 0:
			return answer{}, errClosed
		case isClosed(rerr):
			return answer{}, fmt.Errorf("connection closed after %d bytes, in the middle of the server's first message", len(buf))
		default:
			return answer{}, fmt.Errorf("reading the answer: %w", rerr)
		}
	}
}

func isClosed(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE)
}

// outcome is the verdict on one hello.
type outcome struct {
	offered  uint16 // highest version offered
	answer   answer
	accepted bool
	// answered: the server replied in TLS or SSLv2 (ServerHello, alert,
	// SSLv2 message), so it speaks the protocol even when it refused.
	answered bool
	refusal  string // why not accepted, when decided
	err      error  // undecided: network failure, timeout, not TLS
}

// describe is the outcome as one evidence value.
func (o outcome) describe() string {
	switch {
	case o.err != nil:
		return "error: " + o.err.Error()
	case o.accepted && o.answer.kind == answerSSLv2ServerHello:
		return fmt.Sprintf("accepted (SSLv2 SERVER-HELLO with %d cipher specs)", o.answer.sslv2CipherSpecs)
	case o.accepted && o.answer.helloRetry:
		return "accepted (HelloRetryRequest)"
	case o.accepted:
		return "accepted (" + suiteName(o.answer.suite) + ")"
	default:
		return "refused (" + o.refusal + ")"
	}
}

// tryHello sends a hello for spec and judges the answer. With exact, only
// a ServerHello for spec.version is acceptance; otherwise any version from
// SSLv3 up to it is (the server picked its best below our maximum).
func tryHello(ctx context.Context, t *probes.Target, spec helloSpec, exact bool) outcome {
	var hello []byte
	if spec.version == versionSSL2 {
		hello = buildSSLv2ClientHello()
	} else {
		hello = buildClientHello(spec)
	}
	a, err := exchange(ctx, t, hello)
	return judge(spec, exact, a, err)
}

func judge(spec helloSpec, exact bool, a answer, err error) outcome {
	o := outcome{offered: spec.version, answer: a}
	switch {
	case errors.Is(err, errClosed):
		o.refusal = err.Error()
	case err != nil:
		o.err = err
	case a.kind == answerAlert:
		o.answered = true
		o.refusal = "alert " + alertName(a.alertDesc)
	case a.kind == answerSSLv2Error:
		o.answered = true
		o.refusal = fmt.Sprintf("SSLv2 ERROR %d", a.sslv2Error)
	case a.kind == answerSSLv2ServerHello && spec.version != versionSSL2:
		o.err = fmt.Errorf("%w: an SSLv2 SERVER-HELLO in reply to a %s hello", errMalformed, versionName(spec.version))
	case a.kind == answerSSLv2ServerHello:
		o.answered, o.accepted = true, true
	case spec.version == versionSSL2:
		// The server read our SSLv2 hello as a compatible TLS hello.
		o.answered = true
		o.refusal = "answered with a " + versionName(a.version) + " ServerHello"
	case a.version == spec.version || !exact && a.version < spec.version && a.version >= versionSSL3:
		o.answered = true
		if !a.helloRetry && !slices.Contains(spec.suites, a.suite) {
			o.err = fmt.Errorf("the server chose %s, which the hello did not offer", suiteName(a.suite))
			break
		}
		o.accepted = true
	default:
		o.answered = true
		o.refusal = "the server chose " + versionName(a.version)
	}
	return o
}

// inParallel runs f for 0..n-1 concurrently. A panic in one call becomes
// an error outcome for that index instead of taking the process down
// (the framework recovers only the probe's own goroutine).
func inParallel[R any](n int, f func(i int) R, failed func(err error) R) []R {
	out := make([]R, n)
	done := make(chan struct{}, n)
	for i := range n {
		go func() {
			defer func() { done <- struct{}{} }()
			defer func() {
				if r := recover(); r != nil {
					out[i] = failed(fmt.Errorf("internal error: %v", r))
				}
			}()
			out[i] = f(i)
		}()
	}
	for range n {
		<-done
	}
	return out
}

// opTimeout is the per-operation limit DialTCP puts on a connection.
func opTimeout(t *probes.Target) time.Duration {
	if t.Timeout > 0 {
		return t.Timeout
	}
	return probes.DefaultTimeout
}

// serverName is the name for SNI and host-name verification.
func serverName(t *probes.Target) string { return t.TLSConfig().ServerName }
