package cli

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// DefaultMaxConns is the --max-conns default: connections open at once
// across all targets of a --targets run.
const DefaultMaxConns = 32

// fleetTarget is one line of a --targets file.
type fleetTarget struct {
	url         string // normalised: the form checks name (path "/" when empty)
	profilePath string // as written, "" without one
	profile     *profile.Profile
	line        int
}

// readTargets parses a --targets file: one "URL" or "URL PROFILE" per line,
// blank lines and lines starting with # ignored. A profile path is relative
// to the file's directory. Every error names the file and line.
func readTargets(path string) ([]fleetTarget, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("targets file: %v", err)
	}
	var out []fleetTarget
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := fmt.Sprintf("%s:%d", path, n)
		fields := strings.Fields(line)
		if len(fields) > 2 {
			return nil, fmt.Errorf("%s: want \"URL\" or \"URL PROFILE\", got %d fields", where, len(fields))
		}
		u, err := url.Parse(fields[0])
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.Hostname() == "" {
			return nil, fmt.Errorf("%s: %q is not an http(s) URL with a host", where, fields[0])
		}
		if p := u.Port(); p != "" {
			if v, err := strconv.Atoi(p); err != nil || v < 1 || v > 65535 {
				return nil, fmt.Errorf("%s: %q: port %s out of range", where, fields[0], p)
			}
		}
		if u.Path == "" {
			u.Path = "/"
		}
		t := fleetTarget{url: u.String(), line: n}
		if first, dup := seen[t.url]; dup {
			return nil, fmt.Errorf("%s: duplicate target %s (first on line %d)", where, t.url, first)
		}
		seen[t.url] = n
		if len(fields) == 2 {
			t.profilePath = fields[1]
			p := fields[1]
			if !filepath.IsAbs(p) {
				p = filepath.Join(filepath.Dir(path), p)
			}
			prof, err := profile.Load(p)
			if err != nil {
				return nil, fmt.Errorf("%s: profile %s: %v", where, fields[1], oneLine(err.Error()))
			}
			t.profile = prof
		}
		out = append(out, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no targets in it", path)
	}
	return out, nil
}

// parseShard parses --shard "I/N": shard I (1-based) of N.
func parseShard(s string) (i, n int, err error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(strings.TrimSpace(a))
	n, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return 0, 0, fmt.Errorf("--shard %q: want I/N with 1 <= I <= N (e.g. 1/4)", s)
	}
	return i, n, nil
}

// shardOf returns shard i of n: the targets sorted by URL, every n-th
// starting at the (i-1)-th. The split depends only on the set of URLs, so
// every machine of a CI matrix computes the same partition.
func shardOf(ts []fleetTarget, i, n int) []fleetTarget {
	sorted := slices.Clone(ts)
	slices.SortStableFunc(sorted, func(a, b fleetTarget) int { return cmp.Compare(a.url, b.url) })
	var out []fleetTarget
	for k, t := range sorted {
		if k%n == i-1 {
			out = append(out, t)
		}
	}
	return out
}

// fleetReport probes every target of pf.targets (or its shard)
// concurrently: targets that share a host:port run one after another (so
// --conns is a per-host cap), and at most --max-conns connections are open
// across all of them (so max-conns/conns hosts at a time).
func fleetReport(ctx context.Context, pf *probeFlags, o *outputFlags, e *env, command string) (*report.Report, int) {
	cfg, err := loadConfig(pf.config, cmp.Or(pf.dir, "."))
	if err != nil {
		e.errorf("%v", err)
		return nil, ExitUsage
	}
	if o.configFailOn == "" {
		o.configFailOn = cfg.FailOn
	}
	pf.allowErrors = pf.allowErrors || cfg.Probes.AllowErrors
	if err := checkAllowErrors(o, pf); err != nil {
		e.errorf("%v", err)
		return nil, ExitUsage
	}
	if pf.profile != "" || pf.httpPort != 0 || pf.serverName != "" {
		e.errorf("%s: --targets names each target's profile; drop --profile, --http-port and --server-name", command)
		return nil, ExitUsage
	}
	if pf.maxConns < 1 || pf.conns < 1 {
		e.errorf("%s: --max-conns and --conns must be at least 1", command)
		return nil, ExitUsage
	}
	targets, err := readTargets(pf.targets)
	if err != nil {
		e.errorf("%s: %v", command, err)
		return nil, ExitUsage
	}
	if pf.shard != "" {
		i, n, err := parseShard(pf.shard)
		if err != nil {
			e.errorf("%s: %v", command, err)
			return nil, ExitUsage
		}
		targets = shardOf(targets, i, n)
		fmt.Fprintf(e.stderr, "authcheck: shard %d/%d: %d targets\n", i, n, len(targets))
	}
	all := probes.All()
	sel := probes.Selection{Only: splitList(pf.only), Skip: splitList(pf.skip)}
	if err := sel.Validate(all); err != nil {
		e.errorf("%s: %v", command, err)
		return nil, ExitUsage
	}
	selected := sel.Select(all)
	perHost := min(pf.conns, pf.maxConns)
	th := pf.thresholds(cfg)

	// Build every target first, so a bad one is a usage error before any
	// traffic; group them by host:port.
	type job struct {
		ft fleetTarget
		t  *probes.Target
	}
	groups := map[string][]job{}
	var hosts []string
	for _, ft := range targets {
		httpPort := 0
		if ft.profile != nil {
			httpPort = ft.profile.HTTPPort
		}
		t, err := probes.NewTarget(probes.Options{
			URL: ft.url, Profile: ft.profile, CAFile: pf.ca, HTTPPort: httpPort,
			Timeout: pf.timeout, ProbeTimeout: pf.probeTimeout, Delay: pf.delay, PerHostConns: perHost,
			Insecure: pf.insecure, Thresholds: th,
		})
		if err != nil {
			e.errorf("%s: %s:%d: %v", command, pf.targets, ft.line, err)
			return nil, ExitUsage
		}
		h := t.Host()
		if _, ok := groups[h]; !ok {
			hosts = append(hosts, h)
		}
		groups[h] = append(groups[h], job{ft, t})
	}

	workers := max(1, pf.maxConns/perHost)
	var (
		mu      sync.Mutex
		checks  []report.Check
		results []report.TargetResult
		done    int
		causes  = map[string]string{} // target → why nothing could run
	)
	prog := newProgress(e)
	hostCh := make(chan string)
	var wg sync.WaitGroup
	for range min(workers, max(1, len(hosts))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for h := range hostCh {
				for _, j := range groups[h] {
					diag := probes.Diagnose(ctx, j.t)
					j.t.SetDiagnosis(diag)
					cs := probes.Run(ctx, j.t, selected, nil)
					j.t.CloseIdleConnections()
					mu.Lock()
					checks = append(checks, cs...)
					results = append(results, report.TargetResult{URL: j.t.URL.String(), Profile: j.ft.profilePath})
					if diag.Unreachable != "" {
						causes[j.t.URL.String()] = diag.Unreachable
					}
					done++
					if prog.active {
						prog.shown = true
						fmt.Fprintf(e.stderr, "\rauthcheck: %s %d/%d targets…\033[K", command, done, len(targets))
					}
					mu.Unlock()
				}
			}
		}()
	}
	for _, h := range hosts {
		hostCh <- h
	}
	close(hostCh)
	wg.Wait()
	prog.done()
	report.AssignCheckFingerprints(checks)
	r := &report.Report{Checks: checks, Targets: report.RollUp(results, checks)}
	pf.rootCause = fleetCause(r.Targets, causes)
	return r, ExitOK
}

// fleetCause names the targets whose checks could not all run, for the
// exit-3 line.
func fleetCause(targets []report.TargetResult, causes map[string]string) string {
	var bad []string
	for _, t := range targets {
		if t.Errored == 0 && t.Verdict != report.StatusError {
			continue
		}
		s := t.URL
		if c := causes[t.URL]; c != "" {
			s += " (" + oneLine(c) + ")"
		}
		bad = append(bad, s)
	}
	if len(bad) == 0 {
		return ""
	}
	const show = 3
	msg := fmt.Sprintf("%d of %d targets: %s", len(bad), len(targets), strings.Join(bad[:min(len(bad), show)], "; "))
	if len(bad) > show {
		msg += fmt.Sprintf("; and %d more (see the report)", len(bad)-show)
	}
	return msg
}
