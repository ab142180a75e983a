package cli

import (
	"bytes"
	"net"
	"strings"
	"testing"
)

func TestUsageAndExitCodes(t *testing.T) {
	run := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		code := Main(args, &out, &errOut)
		return code, out.String(), errOut.String()
	}
	if code, out, _ := run("-h"); code != 0 || !strings.Contains(out, "authcheck reference serve") {
		t.Fatalf("-h: %d %q", code, out)
	}
	if code, out, _ := run("serve", "-h"); code != 0 || !strings.Contains(out, "AUTHCHECK_REDIS_URL") || !strings.Contains(out, "-seed-demo") {
		t.Fatalf("serve -h: %d %q", code, out)
	}
	if code, out, _ := run("lock-account", "--help"); code != 0 || !strings.Contains(out, "unlock-account") {
		t.Fatalf("lock-account -h: %d %q", code, out)
	}
	for _, args := range [][]string{{}, {"bogus"}, {"serve", "--nope"}, {"serve", "extra"}, {"serve", "--cert", "c.pem"},
		{"serve", "--breached-dir", "d", "--breached-api", "https://x"}} {
		if code, _, _ := run(args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	// A runtime failure (address in use) is exit 3.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	code, _, errOut := run("serve", "--data", t.TempDir(), "--addr", ln.Addr().String())
	if code != 3 || !strings.Contains(errOut, "listen") {
		t.Fatalf("address in use: %d %q", code, errOut)
	}
	if code, _, _ := run("serve", "--data", t.TempDir(), "--addr", "127.0.0.1:0", "--cors-origin", "*"); code != 3 {
		t.Fatalf("cors * accepted: %d", code)
	}
}

// TestDatabaseSelection: a Postgres URL with a password is refused as a
// flag value (it would show in process listings), and the environment
// and --db cannot both choose.
func TestDatabaseSelection(t *testing.T) {
	run := func(args ...string) (int, string) {
		var out, errOut bytes.Buffer
		code := Main(args, &out, &errOut)
		return code, errOut.String()
	}
	t.Setenv(DatabaseEnv, "")
	if code, errOut := run("serve", "--data", t.TempDir(), "--db", "postgres://u:secret@127.0.0.1:1/db"); code != 2 || !strings.Contains(errOut, DatabaseEnv) || strings.Contains(errOut, "secret") {
		t.Fatalf("--db with a password: %d %q", code, errOut)
	}
	if code, errOut := run("promote", "--data", t.TempDir(), "--db", "postgres://u@127.0.0.1:1/db?password=secret", "a@example.org"); code != 2 || strings.Contains(errOut, "secret") {
		t.Fatalf("--db with a password parameter: %d %q", code, errOut)
	}
	t.Setenv(DatabaseEnv, "postgres://u:secret@127.0.0.1:1/db")
	if code, errOut := run("serve", "--data", t.TempDir(), "--db", "x.db"); code != 2 || !strings.Contains(errOut, "choose one") {
		t.Fatalf("env and --db: %d %q", code, errOut)
	}
	t.Setenv(DatabaseEnv, "mysql://u@h/db")
	if code, _ := run("lock-account", "--data", t.TempDir(), "a@example.org"); code != 2 {
		t.Fatalf("a non-Postgres URL: exit %d", code)
	}
	// The environment's URL may hold a password; failing to connect is a
	// runtime error whose message does not quote it.
	t.Setenv(DatabaseEnv, "postgres://u:secret@127.0.0.1:1/db?connect_timeout=2")
	if code, errOut := run("promote", "--data", t.TempDir(), "a@example.org"); code != 3 || strings.Contains(errOut, "secret") {
		t.Fatalf("unreachable Postgres: %d %q", code, errOut)
	}
}
