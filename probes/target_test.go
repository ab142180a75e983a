package probes

import (
	"bytes"
	"context"
	"encoding/pem"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// hostile is a raw TCP server on loopback that does something rude with
// every connection.
type hostile struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
	wg    sync.WaitGroup
}

func newHostile(t *testing.T, serve func(c net.Conn)) *hostile {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := &hostile{ln: ln}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			h.mu.Lock()
			h.conns = append(h.conns, c)
			h.mu.Unlock()
			h.wg.Add(1)
			go func() {
				defer h.wg.Done()
				defer c.Close()
				serve(c)
			}()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		h.mu.Lock()
		for _, c := range h.conns {
			c.Close()
		}
		h.mu.Unlock()
		h.wg.Wait()
	})
	return h
}

func (h *hostile) addr() string { return h.ln.Addr().String() }

// readRequestHead consumes a request head so that the client is waiting
// for the answer.
func readRequestHead(c net.Conn) {
	buf := make([]byte, 4096)
	var got []byte
	for !bytes.Contains(got, []byte("\r\n\r\n")) {
		n, err := c.Read(buf)
		if err != nil {
			return
		}
		got = append(got, buf[:n]...)
	}
}

// Hostile behaviours.
var (
	neverAnswer      = func(c net.Conn) { _, _ = io.Copy(io.Discard, c) }
	oneBytePerSecond = func(c net.Conn) {
		readRequestHead(c)
		for _, b := range []byte("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") {
			if _, err := c.Write([]byte{b}); err != nil {
				return
			}
			time.Sleep(time.Second)
		}
	}
	tenMegabyteHeader = func(c net.Conn) {
		readRequestHead(c)
		if _, err := io.WriteString(c, "HTTP/1.1 200 OK\r\nX-Big: "); err != nil {
			return
		}
		chunk := bytes.Repeat([]byte("a"), 32<<10)
		for sent := 0; sent < 10<<20; sent += len(chunk) {
			if _, err := c.Write(chunk); err != nil {
				return
			}
		}
		_, _ = io.WriteString(c, "\r\n\r\n")
	}
	hugeBody = func(c net.Conn) {
		readRequestHead(c)
		const size = 50 << 20
		if _, err := io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: "+strconv.Itoa(size)+"\r\n\r\n"); err != nil {
			return
		}
		chunk := bytes.Repeat([]byte("b"), 32<<10)
		for sent := 0; sent < size; sent += len(chunk) {
			if _, err := c.Write(chunk); err != nil {
				return
			}
		}
	}
	garbage = func(c net.Conn) {
		readRequestHead(c)
		_, _ = c.Write([]byte("\x16\x00garbage\xff\xfe not http at all\r\n\r\n"))
	}
	// For TLS targets: accept and say nothing, so the handshake stalls.
	stallHandshake = func(c net.Conn) { _, _ = io.Copy(io.Discard, c) }
	garbageTLS     = func(c net.Conn) { _, _ = c.Write([]byte("SSH-2.0-OpenSSH_9.2\r\n")); _, _ = io.Copy(io.Discard, c) }
)

// within fails the test if f does not return in a generous bound: a hang
// detector, not a timing assertion.
func within(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatalf("%s did not return", what)
	}
}

func shortTarget(t *testing.T, url string) *Target {
	t.Helper()
	tg, err := NewTarget(Options{URL: url, Timeout: 300 * time.Millisecond, ProbeTimeout: 5 * time.Second, MaxBody: 64 << 10})
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// TestHostileTargets: every hostile behaviour ends a request within the
// target's limits with an error that names the cause, and reads stay
// bounded.
func TestHostileTargets(t *testing.T) {
	for _, tc := range []struct {
		name   string
		scheme string
		serve  func(net.Conn)
		cause  string
	}{
		{"never answers", "http", neverAnswer, "timed out"},
		{"one byte per second", "http", oneBytePerSecond, "timed out"},
		{"10 MB header", "http", tenMegabyteHeader, "response headers too large"},
		{"garbage", "http", garbage, "not an HTTP response"},
		{"stalled TLS handshake", "https", stallHandshake, "timed out"},
		{"garbage instead of TLS", "https", garbageTLS, "not a TLS server"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHostile(t, tc.serve)
			tg := shortTarget(t, tc.scheme+"://"+h.addr()+"/")
			if tc.cause != "timed out" {
				// These answer at once: a long timeout keeps a loaded
				// machine from turning their cause into a timeout.
				tg.Timeout = 10 * time.Second
			}
			var (
				resp *Response
				err  error
			)
			within(t, "Get", func() { resp, err = tg.Get(context.Background(), "/") })
			if err == nil {
				t.Fatalf("no error; status %d", resp.StatusCode)
			}
			c := tg.Error("AP201", err)
			if !strings.HasPrefix(c.Message, tc.cause) {
				t.Errorf("cause = %q, want it to start with %q", c.Message, tc.cause)
			}
		})
	}
}

// TestHostileTargetsMemory: a 10 MB header and a 50 MB body cost the prober
// well under a megabyte each beyond MaxBody.
func TestHostileTargetsMemory(t *testing.T) {
	for _, tc := range []struct {
		name  string
		serve func(net.Conn)
	}{
		{"10 MB header", tenMegabyteHeader},
		{"50 MB body", hugeBody},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHostile(t, tc.serve)
			tg := shortTarget(t, "http://"+h.addr()+"/")
			tg.Timeout = 5 * time.Second // room to read the whole body if the bound were missing
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			var resp *Response
			within(t, "Get", func() { resp, _ = tg.Get(context.Background(), "/") })
			runtime.ReadMemStats(&after)
			if grown := after.TotalAlloc - before.TotalAlloc; grown > 8<<20 {
				t.Errorf("allocated %d bytes for one request", grown)
			}
			if resp != nil && (int64(len(resp.Body)) > tg.MaxBody || (len(resp.Body) == int(tg.MaxBody) && !resp.Truncated)) {
				t.Errorf("body %d bytes, truncated %v, MaxBody %d", len(resp.Body), resp.Truncated, tg.MaxBody)
			}
		})
	}
}

// TestRedirectLoopNotFollowed: the client hands redirects to the probe
// instead of following a loop.
func TestRedirectLoopNotFollowed(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, r.URL.Path+"x", http.StatusFound)
	}))
	defer srv.Close()
	tg := shortTarget(t, srv.URL)
	resp, err := tg.Get(context.Background(), "/loop")
	if err != nil || resp.StatusCode != http.StatusFound || resp.Header.Get("Location") != "/loopx" {
		t.Fatalf("resp %+v, err %v", resp, err)
	}
	if hits.Load() != 1 {
		t.Errorf("%d requests for one Get", hits.Load())
	}
}

// TestConnectionCap: concurrent requests never hold more connections than
// PerHostConns. The server counts requests in flight, which is bounded by
// the client's connections (a count of server-side connections would lag
// behind the client's closes).
func TestConnectionCap(t *testing.T) {
	const limit = 2
	var inFlight, peak atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		time.Sleep(5 * time.Millisecond)
		if r.URL.Query().Get("close") != "" {
			w.Header().Set("Connection", "close") // forces fresh dials
		}
	}))
	defer srv.Close()
	tg, err := NewTarget(Options{URL: srv.URL, PerHostConns: limit})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ref := "/"
			if i%2 == 0 {
				ref = "/?close=1"
			}
			if _, err := tg.Get(context.Background(), ref); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if p := peak.Load(); p > limit {
		t.Errorf("%d requests in flight at once, cap %d", p, limit)
	}
}

// TestIdleConnectionsDoNotStarveDials: idle keep-alive connections fill the
// cap; a raw dial must still get a slot promptly instead of waiting for the
// idle timeout (30 s).
func TestIdleConnectionsDoNotStarveDials(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	tg, err := NewTarget(Options{URL: srv.URL, PerHostConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tg.Get(context.Background(), "/"); err != nil { // leaves one idle connection
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, err := tg.DialTCP(ctx)
	if err != nil {
		t.Fatalf("DialTCP with the cap held by an idle connection: %v", err)
	}
	c.Close()
}

func TestCappedConnReleasesOnce(t *testing.T) {
	conns := make(chan struct{}, 2)
	dial := limitDial(conns, nil, func(context.Context, string, string) (net.Conn, error) {
		a, b := net.Pipe()
		b.Close()
		return a, nil
	})
	c1, _ := dial(context.Background(), "tcp", "x")
	c2, _ := dial(context.Background(), "tcp", "x")
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() { defer wg.Done(); c1.Close() }()
	}
	wg.Wait()
	if len(conns) != 1 {
		t.Errorf("after closing one of two connections (8 times), %d slots are held, want 1", len(conns))
	}
	c2.Close()
	c2.Close()
	if len(conns) != 0 {
		t.Errorf("%d slots held after closing both", len(conns))
	}
}

// TestDelaySpacesRequests: with Delay d, n requests (concurrent or not) take
// at least (n-1)·d in total. A lower bound only: it cannot flake on a slow
// machine.
func TestDelaySpacesRequests(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	const delay, n = 40 * time.Millisecond, 5
	tg, err := NewTarget(Options{URL: srv.URL, Delay: delay, PerHostConns: n})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := tg.Get(context.Background(), "/"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if elapsed := time.Since(start); elapsed < (n-1)*delay {
		t.Errorf("%d requests with Delay %s took %s", n, delay, elapsed)
	}
	// A cancelled context ends the wait instead of sending.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := tg.Get(ctx, "/"); err == nil {
		t.Error("Get with a cancelled context succeeded")
	}
}

// TestRootsSetAfterNewTarget: tests (and callers) may set Roots after
// NewTarget; the transport must use them.
func TestRootsSetAfterNewTarget(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the first, refused handshake logs otherwise
	srv.StartTLS()
	defer srv.Close()
	tg := shortTarget(t, srv.URL)
	if _, err := tg.Get(context.Background(), "/"); err == nil {
		t.Fatal("an untrusted test certificate was accepted")
	} else if c := tg.Error("AP101", err); !strings.HasPrefix(c.Message, "certificate not trusted") {
		t.Errorf("cause = %q", c.Message)
	}
	tg.Roots = srv.Client().Transport.(*http.Transport).TLSClientConfig.RootCAs
	resp, err := tg.Get(context.Background(), "/")
	if err != nil {
		t.Fatalf("with Roots set: %v", err)
	}
	if resp.TLS == nil {
		t.Error("Response.TLS not filled")
	}
}

// TestCAFile: Options.CAFile trusts a private CA.
func TestCAFile(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	file := filepath.Join(t.TempDir(), "ca.pem")
	pemBytes := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw})
	if err := os.WriteFile(file, pemBytes, 0o600); err != nil {
		t.Fatal(err)
	}
	tg, err := NewTarget(Options{URL: srv.URL, CAFile: file})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tg.Get(context.Background(), "/"); err != nil {
		t.Errorf("with CAFile: %v", err)
	}
	if _, err := NewTarget(Options{URL: srv.URL, CAFile: filepath.Join(t.TempDir(), "missing.pem")}); err == nil {
		t.Error("a missing CA file was accepted")
	}
}

// TestTargetLiteral: a Target built without NewTarget works with defaults
// rather than hanging on a nil connection cap.
func TestTargetLiteral(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "hi") }))
	defer srv.Close()
	tg, _ := NewTarget(Options{URL: srv.URL})
	lit := &Target{URL: tg.URL}
	var resp *Response
	var err error
	within(t, "Get on a literal Target", func() { resp, err = lit.Get(context.Background(), "/") })
	if err != nil || string(resp.Body) != "hi" {
		t.Errorf("resp %v err %v", resp, err)
	}
	within(t, "DialTCP on a literal Target", func() {
		c, err := lit.DialTCP(context.Background())
		if err != nil {
			t.Error(err)
			return
		}
		c.Close()
	})
}

func TestNewTargetErrors(t *testing.T) {
	for _, o := range []Options{{}, {URL: "ftp://x"}, {URL: "https://"}, {URL: "https://x", HTTPPort: 70000}} {
		if _, err := NewTarget(o); err == nil {
			t.Errorf("NewTarget(%+v): no error", o)
		}
	}
	tg, err := NewTarget(Options{URL: "https://example.test"})
	if err != nil || tg.URL.Path != "/" || tg.Host() != "example.test:443" {
		t.Errorf("NewTarget: %v %v", tg, err)
	}
}

// TestSetCookies: every line is parsed with http.ParseSetCookie; bad lines
// are reported, and there is no silent cut-off at many cookies.
func TestSetCookies(t *testing.T) {
	h := http.Header{}
	h.Add("Set-Cookie", "a=1; HttpOnly; SameSite=Strict")
	h.Add("Set-Cookie", "no equals sign")
	h.Add("Set-Cookie", "b=2; SameSite=bogus")
	r := &Response{Header: h}
	cs, errs := r.SetCookies()
	if len(cs) != 2 || cs[0].Name != "a" || !cs[0].HttpOnly || cs[0].SameSite != http.SameSiteStrictMode || cs[1].SameSite != http.SameSiteDefaultMode {
		t.Errorf("cookies = %+v", cs)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "no equals sign") {
		t.Errorf("errors = %v", errs)
	}
	many := http.Header{}
	for i := range 3500 {
		many.Add("Set-Cookie", "c"+strconv.Itoa(i)+"=v")
	}
	if n := len((&Response{Header: many}).Cookies()); n != 3500 {
		t.Errorf("3500 Set-Cookie lines gave %d cookies", n)
	}
}
