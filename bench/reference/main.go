// Command reference is a load generator for the authcheck reference server.
// It starts the server in a child process with its production defaults
// (argon2id m=19 MiB t=2, hashing bounded to 2×GOMAXPROCS at once, SQLite
// with synchronous=FULL), then measures:
//
//  1. logins: N concurrent clients (default 500) logging in for a while;
//     throughput, latency percentiles, status codes, and the split into
//     admitted logins (200) and shed ones (503 with Retry-After, which the
//     clients honour unless -honor-retry-after=false);
//  2. a non-hashing endpoint (GET /api/v1/me with an access token, and
//     GET /healthz): latency percentiles;
//
// and the server process's peak resident memory (VmHWM) against the bound
// its configuration promises.
//
//	go run ./bench/reference                    # defaults: 500 logins in flight for 20 s
//	go run ./bench/reference -concurrency 1000 -duration 30s
//
// Each login comes from its own X-Forwarded-For address (the child trusts
// loopback as a proxy) so that the per-IP limit of 5 per 15 minutes, which
// would otherwise stop the benchmark after five requests, does not apply;
// the per-account limit counts only failures, and these logins succeed.
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/password"
)

const childEnv = "AUTHCHECK_BENCH_CHILD"

func main() {
	if dir := os.Getenv(childEnv); dir != "" {
		runChild(dir)
		return
	}
	concurrency := flag.Int("concurrency", 500, "concurrent login clients")
	duration := flag.Duration("duration", 20*time.Second, "login phase length")
	accounts := flag.Int("accounts", 200, "accounts to spread logins over (keep in-flight logins per account under the per-account limit of 10)")
	meConcurrency := flag.Int("me-concurrency", 8, "concurrent clients in the non-hashing phase (a latency measurement: keep it below saturation)")
	meDuration := flag.Duration("me-duration", 10*time.Second, "non-hashing phase length")
	honorRetry := flag.Bool("honor-retry-after", true, "a client refused with 503 waits Retry-After before its next login (as well-behaved clients do); false: it retries at once")
	flag.Parse()
	if err := run(*concurrency, *duration, *accounts, *meConcurrency, *meDuration, *honorRetry); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// runChild runs the server with production defaults, trusting loopback as
// a proxy, and prints "URL CAFILE".
func runChild(dir string) {
	// The dev outbox (loopback only) lets the bench open the confirmation
	// link each registration mails.
	cfg := reference.Config{DataDir: dir, Addr: "127.0.0.1:0", TrustedProxies: []string{"127.0.0.1/32"}, Logger: io.Discard, DevOutbox: true}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(reference.MemoryBudget(cfg)) // as `authcheck reference serve` does, unless GOMEMLIMIT is set
	}
	srv, err := reference.Start(context.Background(), cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(3)
	}
	fmt.Printf("%s %s\n", srv.URL(), srv.CAFile())
	select {}
}

type result struct {
	latency time.Duration
	status  int
}

func run(concurrency int, duration time.Duration, accounts, meConcurrency int, meDuration time.Duration, honorRetry bool) error {
	dir, err := os.MkdirTemp("", "authcheck-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	self, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(), childEnv+"="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		return fmt.Errorf("server did not start: %w", err)
	}
	url, caFile, _ := strings.Cut(strings.TrimSpace(line), " ")
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	client := &http.Client{Timeout: 120 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}, MaxIdleConnsPerHost: concurrency + meConcurrency,
		MaxConnsPerHost: 0}}

	var retryAfter atomic.Value // the Retry-After of the latest 503
	retryAfter.Store("")
	post := func(path string, body any, hdr map[string]string) (int, []byte, error) {
		b, _ := json.Marshal(body)
		req, _ := http.NewRequest("POST", url+path, bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		res, err := client.Do(req)
		if err != nil {
			return 0, nil, err
		}
		defer res.Body.Close()
		rb, _ := io.ReadAll(res.Body)
		if res.StatusCode == http.StatusServiceUnavailable {
			retryAfter.Store(res.Header.Get("Retry-After"))
		}
		return res.StatusCode, rb, nil
	}
	randomIP := func() string {
		return fmt.Sprintf("10.%d.%d.%d", rand.IntN(256), rand.IntN(256), 1+rand.IntN(254))
	}
	// confirm opens the confirmation link mailed to addr (dev outbox).
	confirm := func(addr string) error {
		res, err := client.Get(url + "/dev/outbox?to=" + addr)
		if err != nil {
			return err
		}
		var box struct {
			Latest struct {
				Token string `json:"token"`
			} `json:"latest"`
		}
		err = json.NewDecoder(res.Body).Decode(&box)
		res.Body.Close()
		if err != nil || box.Latest.Token == "" {
			return fmt.Errorf("no confirmation mail for %s: %v", addr, err)
		}
		// From its own address: confirmations are limited per client network.
		st, body, err := post("/api/v1/auth/confirm-email", map[string]string{"token": box.Latest.Token}, map[string]string{"X-Forwarded-For": randomIP()})
		if err != nil || st != 200 {
			return fmt.Errorf("confirm %s: %d %s %v", addr, st, body, err)
		}
		return nil
	}

	hashSlots := 2 * runtime.GOMAXPROCS(0) // the child's default (same machine, same GOMAXPROCS)
	bound := int64(hashSlots) * int64(password.DefaultParams.MemoryKiB) * 1024
	limit := fmt.Sprintf("%d MiB", reference.MemoryBudget(reference.Config{})>>20)
	if v := os.Getenv("GOMEMLIMIT"); v != "" {
		limit = v + " (GOMEMLIMIT)"
	}
	fmt.Printf("server: %s (pid %d), argon2id m=%d KiB t=%d, %d hashing slots => hashing memory bound %d MiB, soft memory limit %s\n",
		url, cmd.Process.Pid, password.DefaultParams.MemoryKiB, password.DefaultParams.Time, hashSlots, bound>>20, limit)
	baseline := readRSS(cmd.Process.Pid, "VmRSS")

	fmt.Printf("registering %d accounts...\n", accounts)
	pw := func(i int) string { return fmt.Sprintf("benchmark passphrase number %d", i) }
	email := func(i int) string { return fmt.Sprintf("bench%d@example.org", i) }
	for i := range accounts {
		st, body, err := post("/api/v1/auth/register", map[string]string{"email": email(i), "password": pw(i)}, map[string]string{"X-Forwarded-For": randomIP()})
		if err != nil || st != 202 {
			return fmt.Errorf("register: %d %s %v", st, body, err)
		}
		if err := confirm(email(i)); err != nil {
			return err
		}
	}

	// Peak memory sampler (VmHWM is the kernel's own high-water mark; the
	// sampler also records the RSS curve's maximum during the login phase).
	var peakRSS atomic.Int64
	stopSampling := make(chan struct{})
	go func() {
		for {
			select {
			case <-stopSampling:
				return
			case <-time.After(20 * time.Millisecond):
				if v := readRSS(cmd.Process.Pid, "VmRSS"); v > peakRSS.Load() {
					peakRSS.Store(v)
				}
			}
		}
	}()

	// Open every client's connection first (TLS handshakes), so that the
	// login phase measures logins, not a storm of handshakes.
	var warm sync.WaitGroup
	for range concurrency {
		warm.Go(func() {
			if r, err := client.Get(url + "/healthz"); err == nil {
				_, _ = io.Copy(io.Discard, r.Body)
				r.Body.Close()
			}
		})
	}
	warm.Wait()

	fmt.Printf("phase 1: %d concurrent logins for %v...\n", concurrency, duration)
	var mu sync.Mutex
	var results []result
	var transportErrors atomic.Int64
	deadline := time.Now().Add(duration)
	start := time.Now()
	var wg sync.WaitGroup
	for w := range concurrency {
		wg.Go(func() {
			for i := w; time.Now().Before(deadline); i += concurrency {
				a := i % accounts
				t0 := time.Now()
				st, _, err := post("/api/v1/auth/login", map[string]string{"email": email(a), "password": pw(a)}, map[string]string{"X-Forwarded-For": randomIP()})
				if err != nil {
					transportErrors.Add(1)
					continue
				}
				mu.Lock()
				results = append(results, result{time.Since(t0), st})
				mu.Unlock()
				if st == http.StatusServiceUnavailable && honorRetry {
					ra, err := strconv.Atoi(retryAfter.Load().(string))
					if err != nil || ra < 1 {
						ra = 1
					}
					// Jitter spreads the retries of clients refused together;
					// no client waits past the end of the phase.
					wait := time.Duration(ra)*time.Second + rand.N(time.Second)
					time.Sleep(min(wait, time.Until(deadline)))
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(stopSampling)
	report("login", results, elapsed, transportErrors.Load())
	reportShedding(results, elapsed)

	// Phase 2: an endpoint that does no hashing.
	st, body, err := post("/api/v1/auth/login", map[string]string{"email": email(0), "password": pw(0)}, map[string]string{"X-Forwarded-For": randomIP()})
	if err != nil || st != 200 {
		return fmt.Errorf("login for phase 2: %d %v", st, err)
	}
	var tok struct{ AccessToken string }
	_ = json.Unmarshal(body, &tok)
	for _, path := range []string{"/api/v1/me", "/healthz"} {
		fmt.Printf("phase 2: GET %s, %d concurrent clients for %v...\n", path, meConcurrency, meDuration)
		var res []result
		var errs atomic.Int64
		deadline := time.Now().Add(meDuration)
		start := time.Now()
		var wg sync.WaitGroup
		for range meConcurrency {
			wg.Go(func() {
				for time.Now().Before(deadline) {
					req, _ := http.NewRequest("GET", url+path, nil)
					req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
					t0 := time.Now()
					r, err := client.Do(req)
					if err != nil {
						errs.Add(1)
						continue
					}
					_, _ = io.Copy(io.Discard, r.Body)
					r.Body.Close()
					mu.Lock()
					res = append(res, result{time.Since(t0), r.StatusCode})
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		report("GET "+path, res, time.Since(start), errs.Load())
	}

	hwm := readRSS(cmd.Process.Pid, "VmHWM")
	fmt.Printf("memory: baseline RSS %.1f MiB, peak RSS sampled during logins %.1f MiB, VmHWM %.1f MiB; hashing bound %d MiB, soft limit %s\n",
		mib(baseline), mib(peakRSS.Load()), mib(hwm), bound>>20, limit)
	return nil
}

// reportShedding splits the logins into admitted (200) and shed (503):
// throughput and latency of the admitted ones, the share shed and how
// fast a shed login was told.
func reportShedding(rs []result, elapsed time.Duration) {
	var admitted, shed []time.Duration
	for _, r := range rs {
		switch r.status {
		case http.StatusOK:
			admitted = append(admitted, r.latency)
		case http.StatusServiceUnavailable:
			shed = append(shed, r.latency)
		}
	}
	pct := func(lat []time.Duration, p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		slices.Sort(lat)
		return lat[min(len(lat)-1, int(p*float64(len(lat))))].Round(time.Microsecond)
	}
	rate := 0.0
	if len(rs) > 0 {
		rate = 100 * float64(len(shed)) / float64(len(rs))
	}
	fmt.Printf("login admitted: %d = %.1f logins/s; admitted latency p50 %v p99 %v\n",
		len(admitted), float64(len(admitted))/elapsed.Seconds(), pct(admitted, 0.50), pct(admitted, 0.99))
	fmt.Printf("login shed: %d of %d = %.1f%% (503 with Retry-After); shed latency p50 %v p99 %v\n",
		len(shed), len(rs), rate, pct(shed, 0.50), pct(shed, 0.99))
}

func mib(kb int64) float64 { return float64(kb) / 1024 }

// readRSS reads a field (in kB) of /proc/PID/status.
func readRSS(pid int, field string) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

func report(name string, rs []result, elapsed time.Duration, transportErrors int64) {
	if len(rs) == 0 {
		fmt.Printf("%s: no responses (%d transport errors)\n", name, transportErrors)
		return
	}
	lat := make([]time.Duration, len(rs))
	codes := map[int]int{}
	fivexx := 0
	for i, r := range rs {
		lat[i] = r.latency
		codes[r.status]++
		if r.status >= 500 {
			fivexx++
		}
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	fmt.Printf("%s: %d requests in %.1fs = %.1f/s; latency p50 %v p90 %v p99 %v max %v; status %v; 5xx %d; transport errors %d\n",
		name, len(rs), elapsed.Seconds(), float64(len(rs))/elapsed.Seconds(),
		pct(0.50).Round(time.Microsecond), pct(0.90).Round(time.Microsecond), pct(0.99).Round(time.Microsecond),
		lat[len(lat)-1].Round(time.Microsecond), codes, fivexx, transportErrors)
}
