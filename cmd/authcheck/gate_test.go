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
	blocked := regexp.MustCompile(`(?m)^  - skipped \(blocked by AP105[^\n]*\): AP201–AP205, AP401–AP403, AP601–AP603, AP605\n`)
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

func auditVerdicts(t *testing.T, r result) map[string]string {
	t.Helper()
	rep := decodeReport(t, r.stdout)
	v := map[string]string{}
	for _, e := range rep.Checklist {
		v[e.ID] = e.Status
	}
	return v
}

// staticItems are checklist items verified only by static rules today.
var staticItems = []string{"passwords.hashing", "tokens.signing-keys", "tokens.constant-time-compare"}

func TestAuditEmptyModuleVerifiesNothing(t *testing.T) {
	dir := writeModule(t, map[string]string{})
	r := run(t, dir, "audit", "--format", "json")
	v := auditVerdicts(t, r)
	for id, st := range v {
		if strings.HasPrefix(st, "pass") {
			t.Errorf("empty module: %s = %q; nothing was verified", id, st)
		}
	}
	for _, id := range staticItems {
		if v[id] != "n/a" {
			t.Errorf("empty module: %s = %q, want n/a", id, v[id])
		}
	}
	// Outside a module it is an error, not an empty module.
	if out := run(t, t.TempDir(), "audit"); out.code != 3 || !strings.Contains(out.stderr, "not inside a Go module") {
		t.Errorf("audit outside a module: exit %d, stderr %q", out.code, out.stderr)
	}
	txt := run(t, dir, "audit")
	last := stderrLines(txt.stdout)
	if len(last) == 0 || !strings.HasPrefix(last[len(last)-1], "Not ready for release: ") || !strings.Contains(last[len(last)-1], "manual items still need a reviewer's sign-off") {
		t.Errorf("text audit should end with the readiness verdict and the manual count:\n%s", txt.stdout)
	}
}

func TestAuditNotesAndNA(t *testing.T) {
	// The only finding is AC403 (info): a one-time reset link in a URL.
	dir := writeModule(t, map[string]string{"mail/mail.go": `package mail

import (
	"fmt"
	"net/url"
)

// ResetLink is mailed to the user.
func ResetLink(base, token string) string {
	return fmt.Sprintf("%s/reset-password?token=%s", base, url.QueryEscape(token))
}
`})
	r := run(t, dir, "audit", "--format", "json")
	v := auditVerdicts(t, r)
	if v["tokens.not-in-urls"] != "pass with notes" {
		t.Errorf("tokens.not-in-urls = %q, want pass with notes", v["tokens.not-in-urls"])
	}
	if v["tokens.constant-time-compare"] != "pass" {
		t.Errorf("tokens.constant-time-compare = %q, want pass (applies to any code)", v["tokens.constant-time-compare"])
	}
	if v["passwords.hashing"] != "n/a" || v["tokens.signing-keys"] != "n/a" {
		t.Errorf("no hashing or JWT code: passwords.hashing = %q, tokens.signing-keys = %q, want n/a", v["passwords.hashing"], v["tokens.signing-keys"])
	}
	for _, f := range []string{"markdown", "html", "text"} {
		out := run(t, dir, "audit", "--format", f)
		if !strings.Contains(out.stdout, "pass with notes") || !strings.Contains(out.stdout, "AC403") {
			t.Errorf("--format %s does not show the pass with notes and its note", f)
		}
	}
	txt := run(t, dir, "audit")
	if !strings.Contains(txt.stdout, "no code here imports") {
		t.Errorf("n/a should say why:\n%s", txt.stdout)
	}
}

// TestHelpPrintsOnce: every command's help prints once, on stdout, by
// each way of asking; a bad flag prints one line on stderr and no help.
func TestHelpPrintsOnce(t *testing.T) {
	dir := t.TempDir()
	for _, cmd := range []string{"scan", "probe", "audit", "checklist", "rules", "explain", "version"} {
		for _, args := range [][]string{{"help", cmd}, {cmd, "--help"}, {cmd, "-h"}} {
			r := run(t, dir, args...)
			if r.code != 0 || strings.Count(r.stdout, "Usage: authcheck "+cmd) != 1 || r.stderr != "" {
				t.Errorf("authcheck %q: exit %d, %d usages on stdout, stderr %q", args, r.code, strings.Count(r.stdout, "Usage:"), r.stderr)
			}
			if strings.Contains(r.stdout, "Flags:\n\n") || strings.HasSuffix(r.stdout, "Flags:\n") {
				t.Errorf("authcheck %q: empty Flags: heading:\n%s", args, r.stdout)
			}
		}
		bad := run(t, dir, cmd, "--no-such-flag")
		if bad.code != 2 || bad.stdout != "" || len(stderrLines(bad.stderr)) != 1 {
			t.Errorf("authcheck %s --no-such-flag: exit %d, stdout %q, stderr %q", cmd, bad.code, bad.stdout, bad.stderr)
		}
	}
	for _, args := range [][]string{{"reference", "serve", "-h"}, {"reference", "serve", "--help"}, {"reference", "lock-account", "-h"}} {
		r := run(t, dir, args...)
		if r.code != 0 || strings.Count(r.stdout+r.stderr, "Usage:") != 1 {
			t.Errorf("authcheck %q: exit %d, %d usages", args, r.code, strings.Count(r.stdout+r.stderr, "Usage:"))
		}
	}
	if r := run(t, dir, "help"); r.code != 0 || strings.Count(r.stdout, "Usage:") != 1 {
		t.Errorf("authcheck help: exit %d\n%s", r.code, r.stdout)
	}
}

// TestAnalyzerSettings: the documented way to list an analyzer's settings
// works, and the config error points at it.
func TestAnalyzerSettings(t *testing.T) {
	r := run(t, t.TempDir(), "help", "pwhash")
	if r.code != 0 || !strings.Contains(r.stdout, "bcrypt-min-cost") || !strings.Contains(r.stdout, "analyzers.pwhash") {
		t.Errorf("authcheck help pwhash: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	dir := writeModule(t, map[string]string{".authcheck.yml": "version: 1\nanalyzers:\n  pwhash:\n    bcrypt-min-kost: \"12\"\n"})
	c := run(t, dir, "scan")
	if c.code != 2 || !strings.Contains(c.stderr, "authcheck help pwhash") {
		t.Errorf("unknown analyzer setting: exit %d, stderr %q", c.code, c.stderr)
	}
	readme, err := os.ReadFile(repoPath(t, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(readme), "vettool=$(command -v authcheck) help") || !strings.Contains(string(readme), "authcheck help pwhash") {
		t.Errorf("README should point at `authcheck help pwhash`")
	}
}

func TestRulesJSONIsCamelCase(t *testing.T) {
	r := run(t, t.TempDir(), "rules", "--format", "json")
	var rs []map[string]any
	mustUnmarshal(t, r.stdout, &rs)
	if len(rs) == 0 {
		t.Fatal("no rules")
	}
	for k := range rs[0] {
		if k == "" || strings.ToLower(k[:1]) != k[:1] {
			t.Errorf("rules --format json key %q is not camelCase", k)
		}
	}
	if _, ok := rs[0]["id"]; !ok {
		t.Errorf("rules --format json lacks \"id\": %v", rs[0])
	}
}
