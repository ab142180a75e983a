package pgtest

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Cluster is a PostgreSQL cluster of the test's own, started with
// .ci/start-postgres in a temporary directory on a free loopback port, so
// that the test may kill it (SIGKILL, as a crash) without disturbing the
// shared test server. It is skipped without the PostgreSQL binaries,
// except in CI.
type Cluster struct {
	URL    string
	t      testing.TB
	script string
	env    []string
	dir    string
}

// StartCluster initialises and starts a cluster; it is stopped and
// removed when the test ends.
func StartCluster(t testing.TB) *Cluster {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	script := filepath.Join(filepath.Dir(file), "..", "..", "..", ".ci", "start-postgres")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	// Not t.TempDir: its 0700 parent keeps out the postgres user that
	// the script runs the server as when the test runs as root.
	dir, err := os.MkdirTemp("", "authcheck-pgcluster-")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	c := &Cluster{t: t, script: script, dir: dir,
		env: append(os.Environ(), "AUTHCHECK_PG_DIR="+filepath.Join(dir, "pg"), "AUTHCHECK_PG_PORT="+strconv.Itoa(port))}
	t.Cleanup(func() {
		_ = c.run("stop")
		_ = os.RemoveAll(dir)
	})
	out, err := c.output()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("start a PostgreSQL cluster: %v", err)
		}
		t.Skipf("cannot start a PostgreSQL cluster of the test's own (%v); install the Debian package postgresql", err)
	}
	c.URL = out
	return c
}

func (c *Cluster) output(args ...string) (string, error) {
	cmd := exec.Command(c.script, args...)
	cmd.Env = c.env
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("%v: %s", err, strings.TrimSpace(errOut.String()))
	}
	return strings.TrimSpace(out.String()), nil
}

func (c *Cluster) run(args ...string) error {
	_, err := c.output(args...)
	return err
}

// Start starts the cluster again (after Kill: crash recovery from the
// write-ahead log).
func (c *Cluster) Start() {
	c.t.Helper()
	if _, err := c.output(); err != nil {
		c.t.Fatalf("restart the PostgreSQL cluster: %v", err)
	}
}

// Kill sends SIGKILL to the postmaster and every server process it
// started: a crash, with no shutdown checkpoint.
func (c *Cluster) Kill() {
	c.t.Helper()
	pidFile := filepath.Join(c.dir, "pg", "data", "postmaster.pid")
	b, err := os.ReadFile(pidFile)
	if err != nil {
		c.t.Fatal(err)
	}
	first, _, _ := strings.Cut(string(b), "\n")
	pm, err := strconv.Atoi(strings.TrimSpace(first))
	if err != nil {
		c.t.Fatalf("%s: %v", pidFile, err)
	}
	children := childrenOf(pm)
	_ = syscall.Kill(pm, syscall.SIGKILL)
	for _, pid := range children {
		_ = syscall.Kill(pid, syscall.SIGKILL)
	}
	// Wait until they are gone, so that the restart finds no survivor.
	for _, pid := range append(children, pm) {
		for syscall.Kill(pid, 0) == nil && !zombie(pid) {
			time.Sleep(10 * time.Millisecond)
		}
	}
	// The lock files name the dead postmaster. Where nothing reaps
	// orphans promptly (a container's init), its zombie would pass for a
	// running server, and the restart would refuse to start: remove them,
	// as an operator would after checking that the process is gone.
	_ = os.Remove(pidFile)
	socks, _ := filepath.Glob(filepath.Join(c.dir, "pg", ".s.PGSQL.*.lock"))
	for _, f := range socks {
		_ = os.Remove(f)
	}
}

// childrenOf lists the processes whose parent is pid (from /proc).
func childrenOf(pid int) []int {
	entries, _ := os.ReadDir("/proc")
	var out []int
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid …; comm may hold spaces: parse after ')'.
		i := bytes.LastIndexByte(stat, ')')
		if i < 0 {
			continue
		}
		f := strings.Fields(string(stat[i+1:]))
		if len(f) > 1 && f[1] == strconv.Itoa(pid) {
			out = append(out, p)
		}
	}
	return out
}

func zombie(pid int) bool {
	stat, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return true
	}
	i := bytes.LastIndexByte(stat, ')')
	f := strings.Fields(string(stat[i+1:]))
	return len(f) > 0 && f[0] == "Z"
}
