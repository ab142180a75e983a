package main

import (
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// These tests run the binary against real loopback listeners that cannot
// be checked (issue 9 §1): every case must end in a verdict that is not
// green, with the root cause named once.

// rawServer accepts TCP connections on loopback and hands each to handle.
// Connections are closed at the end of the test.
func rawServer(t *testing.T, handle func(net.Conn)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu    sync.Mutex
		conns []net.Conn
		wg    sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				handle(c)
			}()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	return ln.Addr().String()
}

// fast keeps every probe run short: each network operation gives up
// after 300ms.
var fast = []string{"--timeout", "300ms", "--probe-timeout", "10s"}

func probeArgs(extra ...string) []string {
	return append(append([]string{"probe"}, fast...), extra...)
}

func stderrLines(s string) []string {
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// assertCouldNotRun checks exit 3, one stderr line naming cause, and the
// checks that could not run grouped into one line of the text report.
func assertCouldNotRun(t *testing.T, r result, command string, cause *regexp.Regexp) {
	t.Helper()
	if r.code != 3 {
		t.Errorf("exit %d, want 3\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	lines := stderrLines(r.stderr)
	want := regexp.MustCompile(`^` + command + `: \d+ checks could not run: ` + cause.String())
	if len(lines) != 1 || !want.MatchString(lines[0]) {
		t.Errorf("stderr should be one line matching %q, got:\n%s", want, r.stderr)
	}
	if n := strings.Count(r.stdout, "\n  E "); n != 1 {
		t.Errorf("want the checks that could not run grouped into one line, got %d lines:\n%s", n, r.stdout)
	}
	if !strings.Contains(r.stdout, "  - skipped (needs a profile") {
		t.Errorf("skipped checks are not grouped by reason:\n%s", r.stdout)
	}
	if strings.Count(r.stdout, "127.0.0.1") != 1 {
		t.Errorf("the target should be printed once, as a header:\n%s", r.stdout)
	}
}

func TestProbePlainHTTPOnHTTPSURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	url := "https://" + srv.Listener.Addr().String() + "/"
	r := run(t, t.TempDir(), probeArgs(url)...)
	assertCouldNotRun(t, r, "probe", regexp.MustCompile(`the target does not speak TLS \(first bytes 48 54 54 50`))

	// The same target in an audit, even with --fail-on info.
	a := run(t, t.TempDir(), append([]string{"audit", "--no-scan", "--fail-on", "info", "--target", url}, fast...)...)
	if a.code != 3 || !strings.Contains(a.stderr, "audit: ") || !strings.Contains(a.stderr, "checks could not run: the target does not speak TLS") {
		t.Errorf("audit of a plain-HTTP target: exit %d, stderr %q", a.code, a.stderr)
	}
	if !strings.Contains(a.stdout, "Not ready for release") {
		t.Errorf("audit text should end with the readiness verdict:\n%s", a.stdout)
	}

	// --allow-errors accepts it; so does probes.allowErrors in the config.
	if r := run(t, t.TempDir(), probeArgs("--allow-errors", url)...); r.code != 0 || strings.Contains(r.stderr, "could not run") {
		t.Errorf("--allow-errors: exit %d, stderr %q", r.code, r.stderr)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".authcheck.yml"), []byte("version: 1\nprobes: {allowErrors: true}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(t, dir, probeArgs(url)...); r.code != 0 {
		t.Errorf("probes.allowErrors: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestProbeGarbage(t *testing.T) {
	addr := rawServer(t, func(c net.Conn) {
		_, _ = c.Write([]byte("\x00\x01garbage, not TLS\r\n"))
		_, _ = io.Copy(io.Discard, c)
	})
	r := run(t, t.TempDir(), probeArgs("https://"+addr+"/")...)
	assertCouldNotRun(t, r, "probe", regexp.MustCompile(`the target does not speak TLS \(first bytes 00 01 67 61\)`))
}

func TestProbeSilent(t *testing.T) {
	addr := rawServer(t, func(c net.Conn) { _, _ = io.Copy(io.Discard, c) })
	r := run(t, t.TempDir(), probeArgs("https://"+addr+"/")...)
	assertCouldNotRun(t, r, "probe", regexp.MustCompile(`the target accepts TCP connections but completes no TLS handshake within 300ms`))
}

func TestProbeTLSHandshakeStalls(t *testing.T) {
	// Reads the ClientHello, starts a handshake record and never finishes it.
	addr := rawServer(t, func(c net.Conn) {
		buf := make([]byte, 512)
		if _, err := c.Read(buf); err != nil {
			return
		}
		_, _ = c.Write([]byte{0x16, 0x03, 0x03, 0x00, 0x50, 0x02})
		_, _ = io.Copy(io.Discard, c)
	})
	r := run(t, t.TempDir(), probeArgs("https://"+addr+"/")...)
	assertCouldNotRun(t, r, "probe", regexp.MustCompile(`the target accepts TCP connections but completes no TLS handshake`))
}

func TestProbeUntrustedCertificate(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the TLS probes' refused hellos
	srv.StartTLS()
	defer srv.Close()
	r := run(t, t.TempDir(), probeArgs("--only", "tls,hsts,cors,access", srv.URL+"/")...)
	// AP105 fails (high): a verdict, not an inability to run.
	if r.code != 1 {
		t.Errorf("exit %d, want 1\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if strings.Contains(r.stderr, "could not run") {
		t.Errorf("a certificate that does not verify is AP105's failure, not checks that could not run:\n%s", r.stderr)
	}
	if !regexp.MustCompile(`(?m)^  ✗ AP105 \[high\] .*not trusted.*\n(      .*\n)*      error: x509: certificate signed by unknown authority\n`).MatchString(r.stdout) {
		t.Errorf("AP105 should fail once with the x509 reason:\n%s", r.stdout)
	}
	if n := strings.Count(r.stdout, "x509"); n != 1 {
		t.Errorf("the x509 reason appears %d times, want once:\n%s", n, r.stdout)
	}
	blocked := regexp.MustCompile(`(?m)^  - skipped \(blocked by AP105[^\n]*\): AP201–AP205, AP401–AP403, AP601–AP603\n`)
	if !blocked.MatchString(r.stdout) || strings.Count(r.stdout, "blocked by AP105") != 1 {
		t.Errorf("the checks that need a verified connection should be one 'blocked by AP105' line:\n%s", r.stdout)
	}

	// --insecure runs them over the unverified connection; AP105 still fails.
	in := run(t, t.TempDir(), probeArgs("--insecure", "--only", "tls,hsts,cors,access", srv.URL+"/")...)
	if in.code != 1 || strings.Contains(in.stdout, "blocked by") || !strings.Contains(in.stdout, "✗ AP105") {
		t.Errorf("--insecure: exit %d\n%s", in.code, in.stdout)
	}
	if !regexp.MustCompile(`(?m)^  ✗ AP201 \[medium\] no Strict-Transport-Security`).MatchString(in.stdout) {
		t.Errorf("--insecure: the HSTS check should have run (and failed):\n%s", in.stdout)
	}
}

func TestProbeHTTPURLFailsTransport(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	r := run(t, t.TempDir(), probeArgs(srv.URL+"/")...)
	if r.code != 1 {
		t.Errorf("exit %d, want 1 (transport checks fail)\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "  ✗ AP101–AP109, AP201–AP205 [high] no TLS at this address") {
		t.Errorf("the transport checks should fail, grouped, with 'no TLS at this address':\n%s", r.stdout)
	}
	if strings.Contains(r.stdout, "plain HTTP") && strings.Contains(r.stdout, "skipped (target is plain HTTP") {
		t.Errorf("transport checks skipped instead of failing:\n%s", r.stdout)
	}
	// --verbose lists every check on its own line.
	v := run(t, t.TempDir(), probeArgs("--verbose", srv.URL+"/")...)
	if n := strings.Count(v.stdout, "no TLS at this address"); n != 14 {
		t.Errorf("--verbose: %d lines with the reason, want 14:\n%s", n, v.stdout)
	}
}

func TestProbeBadInput(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"probe", "--format", "yaml", "https://127.0.0.1:1/"}, `--format "yaml"`},
		{[]string{"probe", "--baseline", filepath.Join(dir, "missing.json"), "https://127.0.0.1:1/"}, "--baseline"},
		{[]string{"audit", "--baseline", filepath.Join(dir, "missing.json")}, "--baseline"},
		{[]string{"probe", "--allow-errors", "--fail-on", "never", "https://127.0.0.1:1/"}, "--allow-errors"},
		{[]string{"audit", "--allow-errors", "--fail-on", "never", "--target", "https://127.0.0.1:1/"}, "--allow-errors"},
	} {
		r := run(t, dir, tc.args...)
		if r.code != 2 || len(stderrLines(r.stderr)) != 1 || !strings.Contains(r.stderr, tc.want) || r.stdout != "" {
			t.Errorf("authcheck %q: exit %d, stdout %q, stderr %q; want exit 2 and one line naming %s", tc.args, r.code, r.stdout, r.stderr, tc.want)
		}
	}
}
