package reference_test

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/authcheck/authcheck/reference/internal/pgtest"
)

// child is a server process started from the test binary.
type child struct {
	cmd    *exec.Cmd
	stdout *bufio.Reader
	url    string
	http   *http.Client
}

func startChild(t *testing.T, mode, dataDir string, cliArgs ...string) *child {
	t.Helper()
	return startChildEnv(t, mode, dataDir, nil, cliArgs...)
}

// startChildEnv is startChild with extra environment variables.
func startChildEnv(t *testing.T, mode, dataDir string, env []string, cliArgs ...string) *child {
	t.Helper()
	args := []string{"-test.run=^$"}
	if len(cliArgs) > 0 {
		args = append(append(args, "--"), cliArgs...)
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(append(os.Environ(), childModeEnv+"="+mode, childDataEnv+"="+dataDir), env...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	return &child{cmd: cmd, stdout: bufio.NewReader(out)}
}

func (c *child) readLine(t *testing.T) string {
	t.Helper()
	type result struct {
		line string
		err  error
	}
	ch := make(chan result, 1)
	go func() {
		l, err := c.stdout.ReadString('\n')
		ch <- result{strings.TrimSpace(l), err}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			t.Fatalf("child output: %v", r.err)
		}
		return r.line
	case <-time.After(60 * time.Second):
		t.Fatal("child did not start")
	}
	return ""
}

func (c *child) trust(t *testing.T, caFile string) {
	t.Helper()
	pem, err := os.ReadFile(caFile)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	c.http = &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}, MaxIdleConnsPerHost: 16}}
}

// post sends JSON and returns the status and decoded body; status 0 means
// the request failed (e.g. the server died).
func (c *child) send(method, path, cookie string, body any) (int, map[string]any, string) {
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(method, c.url+path, bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	if cookie != "" {
		req.Header.Set("Cookie", "__Host-acr_session="+cookie)
	}
	res, err := c.http.Do(req)
	if err != nil {
		return 0, nil, ""
	}
	defer res.Body.Close()
	var m map[string]any
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return 0, nil, "" // cut off mid-body: not acknowledged
	}
	_ = json.Unmarshal(raw, &m)
	newCookie := ""
	for _, sc := range res.Cookies() {
		if sc.Name == "__Host-acr_session" {
			newCookie = sc.Value
		}
	}
	return res.StatusCode, m, newCookie
}

// startServerChild starts a server on dataDir and, when dbURL is set, on
// that Postgres database.
func startServerChild(t *testing.T, dataDir string, dbURL ...string) *child {
	var env []string
	if len(dbURL) > 0 && dbURL[0] != "" {
		env = []string{childDBEnv + "=" + dbURL[0]}
	}
	c := startChildEnv(t, "server", dataDir, env)
	url, ca, _ := strings.Cut(c.readLine(t), " ")
	c.url = url
	c.trust(t, ca)
	return c
}

// TestCrashSafety kills the server process (SIGKILL) in the middle of
// registrations and password changes, restarts it on the same data, and
// checks that every acknowledged write survived: on SQLite (the file) and
// on Postgres (the server process dies; Postgres keeps what it
// acknowledged). The figures go to bench/reference/README.md.
//
// In "postgres-crash" Postgres is killed too (SIGKILL to every process of
// a cluster of the test's own, just before the server), and restarts
// through crash recovery. Neither variant loses the page cache, so this
// shows that acknowledged writes were committed, not that the disk
// honours fsync; that is the database's setting (fsync=on,
// synchronous_commit=on here; synchronous=FULL for SQLite).
func TestCrashSafety(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { crashSafety(t, "", nil) })
	t.Run("postgres", func(t *testing.T) { crashSafety(t, pgtest.URL(t), nil) })
	t.Run("postgres-crash", func(t *testing.T) {
		cl := pgtest.StartCluster(t)
		crashSafety(t, cl.URL, cl)
	})
}

func crashSafety(t *testing.T, dbURL string, cluster *pgtest.Cluster) {
	dir := t.TempDir()
	srv := startServerChild(t, dir, dbURL)

	type account struct {
		email     string
		confirmed string   // last acknowledged password
		pending   []string // changes sent but not acknowledged
	}
	var mu sync.Mutex
	var accounts []*account
	var writes atomic.Int64 // acknowledged write requests
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 6 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				a := &account{email: fmt.Sprintf("w%d-%d@example.org", w, i)}
				pw := fmt.Sprintf("initial passphrase %d %d", w, i)
				a.pending = []string{pw}
				mu.Lock()
				accounts = append(accounts, a)
				mu.Unlock()
				st, _, _ := srv.send("POST", "/api/v1/auth/register", "", map[string]string{"email": a.email, "password": pw})
				if st != 202 {
					return // server gone
				}
				writes.Add(1)
				// Verify the address with the link in the dev outbox.
				st, m, _ := srv.send("GET", "/dev/outbox?to="+a.email, "", nil)
				latest, _ := m["latest"].(map[string]any)
				tok, _ := latest["token"].(string)
				if st != 200 || tok == "" {
					return
				}
				if st, _, _ := srv.send("POST", "/api/v1/auth/confirm-email", "", map[string]string{"token": tok}); st != 200 {
					return
				}
				writes.Add(1)
				mu.Lock()
				a.confirmed, a.pending = pw, nil
				mu.Unlock()
				st, _, cookie := srv.send("POST", "/api/v1/auth/login", "", map[string]string{"email": a.email, "password": pw})
				if st != 200 {
					return
				}
				writes.Add(1) // a session
				for j := range 2 {
					next := fmt.Sprintf("changed passphrase %d %d %d", w, i, j)
					mu.Lock()
					a.pending = append(a.pending, next)
					mu.Unlock()
					st, _, nc := srv.send("POST", "/api/v1/me/password", cookie, map[string]string{"currentPassword": a.confirmed, "newPassword": next})
					if st != 200 {
						return
					}
					writes.Add(1)
					mu.Lock()
					a.confirmed, a.pending, cookie = next, nil, nc
					mu.Unlock()
				}
			}
		})
	}
	// Let traffic build up, then kill the process without warning.
	deadline := time.Now().Add(20 * time.Second)
	for {
		mu.Lock()
		n := len(accounts)
		mu.Unlock()
		if n >= 120 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if cluster != nil {
		cluster.Kill()
	}
	if err := srv.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	close(stop)
	wg.Wait()
	_ = srv.cmd.Wait()
	if cluster != nil {
		cluster.Start()
	}

	again := startServerChild(t, dir, dbURL)
	acked, changes, inFlight, lost := 0, 0, 0, 0
	for _, a := range accounts {
		if len(a.pending) > 0 {
			inFlight++
		}
		if a.confirmed == "" {
			continue // registration never acknowledged: may or may not exist
		}
		acked++
		if strings.HasPrefix(a.confirmed, "changed") {
			changes++
		}
		candidates := append([]string{a.confirmed}, a.pending...)
		ok := false
		for _, pw := range candidates {
			if st, _, _ := again.send("POST", "/api/v1/auth/login", "", map[string]string{"email": a.email, "password": pw}); st == 200 {
				ok = true
				break
			}
		}
		if !ok {
			lost++
			t.Errorf("%s: acknowledged state lost (password %q and unacknowledged %q all refused)", a.email, a.confirmed, a.pending)
		}
	}
	if acked < 10 || changes < 5 {
		t.Fatalf("too little traffic before the kill: %d registrations, %d changes acknowledged", acked, changes)
	}
	t.Logf("SIGKILL mid-write: %d acknowledged write requests (%d registrations confirmed, %d of those accounts with a password change), %d accounts with a write in flight; after restart %d acknowledged states lost",
		writes.Load(), acked, changes, inFlight, lost)
}

// TestServeCommand runs `authcheck reference serve` as a process: it prints
// the URL and CA file, serves, and stops cleanly on SIGTERM.
func TestServeCommand(t *testing.T) {
	dir := t.TempDir()
	c := startChild(t, "cli", dir, "serve", "--data", dir, "--addr", "127.0.0.1:0", "--seed-demo", "--dev-outbox")
	var url, ca string
	for url == "" || ca == "" {
		line := c.readLine(t)
		if u, ok := strings.CutPrefix(line, "authcheck reference server listening on "); ok {
			url = u
		}
		if i := strings.Index(line, "): "); strings.HasPrefix(line, "CA file") && i > 0 {
			ca = line[i+3:]
		}
	}
	c.url = url
	c.trust(t, ca)
	if st, m, _ := c.send("GET", "/healthz", "", nil); st != 200 || m["status"] != "ok" {
		t.Fatalf("healthz %d %v", st, m)
	}
	// A seeded demo account works with the real argon2id parameters.
	accounts, err := demoAccountsForTest()
	if err != nil {
		t.Fatal(err)
	}
	if st, _, _ := c.send("POST", "/api/v1/auth/login", "", map[string]string{"email": accounts[0].Username, "password": accounts[0].Password}); st != 200 {
		t.Fatalf("demo login %d", st)
	}
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := c.cmd.Wait(); err != nil {
		t.Fatalf("serve did not exit cleanly on SIGTERM: %v", err)
	}
}
