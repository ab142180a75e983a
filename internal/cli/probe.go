package cli

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/authcheck/authcheck/internal/config"
	"github.com/authcheck/authcheck/probes"
	_ "github.com/authcheck/authcheck/probes/httpcheck" // registers its probes
	_ "github.com/authcheck/authcheck/probes/lifecycle" // registers its probes
	"github.com/authcheck/authcheck/probes/profile"
	_ "github.com/authcheck/authcheck/probes/tlscheck" // registers its probes
	"github.com/authcheck/authcheck/report"
)

const probeAbout = `Live checks against a running service: TLS versions, ciphers and certificate
(AP1xx), HSTS and redirects (AP2xx), session cookies (AP3xx), CORS and CSRF
(AP4xx), rate limits (AP5xx), default deny and ownership (AP6xx), and more.

Every check reports pass, fail, warn, skip (with the reason) or error (with the
cause). Without --profile only the checks that need nothing but the URL run;
a profile (YAML, see reference/profile.yaml) describes the login, logout,
refresh and other endpoints and the test accounts the probes may use.

Rate-limit probes run last and use up the target's budget for the accounts
the profile marks burnable.

One connection first diagnoses the target. When it does not speak TLS on an
https:// URL, or never answers, no probe runs and every check ends in error
with that cause; when its certificate does not verify, AP105 fails and the
checks that need a verified connection are skipped as blocked by AP105
(--insecure runs them anyway). An http:// URL fails the TLS and HSTS checks:
there is no TLS at that address.

--targets FILE probes many targets at once (one "URL" or "URL PROFILE" per
line): concurrently, at most --conns connections per host and --max-conns
in all, into one report with a roll-up (worst status per target) and a
section per target. --shard I/N takes every N-th target of the sorted list
for a CI matrix; authcheck report merge joins the shards' JSON.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
2 bad usage; 3 the target cannot be reached or a selected check could not
run (status error; after the report is written), unless --allow-errors.`

// probeFlags are probe's own flags, shared with audit.
type probeFlags struct {
	dir          string // -C: where .authcheck.yml and the repository are looked up
	config       string
	profile      string
	ca           string
	serverName   string
	timeout      time.Duration
	probeTimeout time.Duration
	delay        time.Duration
	conns        int
	httpPort     int
	only, skip   string
	insecure     bool
	allowErrors  bool   // --allow-errors or probes.allowErrors in the config
	targets      string // --targets FILE: many targets at once
	shard        string // --shard I/N of the targets
	maxConns     int    // --max-conns across all targets
	tlsProfile   string // --tls-profile (overrides probes.tlsProfile)
	// rootCause is what the pre-run diagnosis found wrong with the target
	// (set by probeReport), for the one-line error summary.
	rootCause string
}

func (p *probeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&p.config, "config", "", "read settings from `FILE` (default: .authcheck.yml found upward from the working directory)")
	fs.StringVar(&p.profile, "profile", "", "probe profile `FILE` (YAML) describing the target's auth endpoints and test accounts")
	fs.StringVar(&p.ca, "ca", "", "trust the CA certificates in PEM `FILE` (for private CAs)")
	fs.StringVar(&p.serverName, "server-name", "", "TLS server `name` to verify, when it differs from the URL's host")
	fs.DurationVar(&p.timeout, "timeout", probes.DefaultTimeout, "timeout of each network operation")
	fs.DurationVar(&p.probeTimeout, "probe-timeout", probes.DefaultProbeTimeout, "timeout of each probe")
	fs.DurationVar(&p.delay, "delay", 0, "pause before each request, for targets that throttle")
	fs.IntVar(&p.httpPort, "http-port", 0, "`port` of the target's plain-HTTP listener, whose redirect to HTTPS is checked (default: the profile's httpPort, else 80)")
	fs.IntVar(&p.conns, "conns", probes.DefaultPerHostConns, "concurrent connections to the target")
	fs.StringVar(&p.only, "only", "", "run only these probes: comma-separated rule IDs, ID prefixes (AP2), areas (tls, cors) or probe names")
	fs.StringVar(&p.skip, "skip", "", "skip these probes (same syntax as --only)")
	fs.StringVar(&p.tlsProfile, "tls-profile", "", "grade TLS against a Mozilla Server Side TLS 5.7 `profile`: mozilla-intermediate, mozilla-modern or custom (default: custom, or probes.tlsProfile in .authcheck.yml); non-compliance fails AP110–AP114")
	fs.BoolVar(&p.insecure, "insecure", false, "run the HTTP-level checks even when the certificate does not verify (AP105 still fails)")
	fs.StringVar(&p.targets, "targets", "", "probe every target in `FILE` concurrently: one \"URL\" or \"URL PROFILE\" per line (# comments); one report with a section per target and a roll-up")
	fs.StringVar(&p.shard, "shard", "", "with --targets, probe only shard `I/N` (1-based) of the URL-sorted list, for CI matrices; join the JSON with `authcheck report merge`")
	fs.IntVar(&p.maxConns, "max-conns", DefaultMaxConns, "with --targets, connections open at once across all targets (--conns is the per-host cap)")
	fs.BoolVar(&p.allowErrors, "allow-errors", false, "do not exit 3 when checks could not run (status error); also probes.allowErrors in .authcheck.yml")
}

// errorGate makes a run whose checks could not all run exit 3, after the
// report is written, with one line naming the root cause once: the
// pre-run diagnosis when it found one, else the most frequent error.
func errorGate(r *report.Report, pf *probeFlags, command string, e *env) int {
	n := 0
	byCause := map[string]int{}
	var first string
	for _, c := range r.Checks {
		if c.Status != report.StatusError {
			continue
		}
		n++
		byCause[c.Message]++
		if byCause[c.Message] > byCause[first] {
			first = c.Message
		}
	}
	if n == 0 || pf.allowErrors {
		return ExitOK
	}
	cause := pf.rootCause
	if cause == "" {
		cause = first
		if len(byCause) > 1 {
			cause += fmt.Sprintf(" (and %d other causes; see the report)", len(byCause)-1)
		}
	}
	if n == 1 {
		fmt.Fprintf(e.stderr, "%s: 1 check could not run: %s\n", command, oneLine(cause))
	} else {
		fmt.Fprintf(e.stderr, "%s: %d checks could not run: %s\n", command, n, oneLine(cause))
	}
	return ExitInternal
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// checkAllowErrors rejects --allow-errors with --fail-on never: together
// they turn the gate off entirely, so that no run could ever be red.
func checkAllowErrors(o *outputFlags, pf *probeFlags) error {
	if _, never := o.gate(); never && pf.allowErrors {
		return fmt.Errorf("--allow-errors (or probes.allowErrors) with --fail-on never turns the gate off entirely: no run could ever fail; drop one of them")
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func runProbe(args []string, e *env) int {
	fs := flagSet(e, "probe", "[flags] URL", probeAbout)
	var o outputFlags
	o.register(fs)
	var pf probeFlags
	pf.register(fs)
	fs.StringVar(&pf.dir, "C", "", "look up .authcheck.yml and the repository root (for SARIF) from `DIR`")
	urls, code := parseInterleaved(fs, args, e)
	if code >= 0 {
		return code
	}
	if len(urls) > 1 {
		e.errorf("probe: want one target URL, got %d", len(urls))
		return ExitUsage
	}
	if pf.targets != "" && len(urls) > 0 {
		e.errorf("probe: give a target URL or --targets FILE, not both")
		return ExitUsage
	}
	if pf.shard != "" && pf.targets == "" {
		e.errorf("probe: --shard splits a --targets list; give --targets FILE")
		return ExitUsage
	}
	if err := o.validate(); err != nil {
		e.errorf("probe: %v", err)
		return ExitUsage
	}
	if c := o.prepareBaseline("probe", e); c != ExitOK {
		return c
	}
	target := ""
	if len(urls) == 1 {
		target = urls[0]
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := checkAllowErrors(&o, &pf); err != nil {
		e.errorf("probe: %v", err)
		return ExitUsage
	}
	var r *report.Report
	if pf.targets != "" {
		r, code = fleetReport(ctx, &pf, &o, e, "probe")
	} else {
		r, code = probeReport(ctx, target, &pf, &o, e)
	}
	if r == nil {
		return code
	}
	if done, c := o.applyBaseline(r, "probe", e); done {
		return c
	}
	dir := cmp.Or(pf.dir, ".")
	code = max(o.emit(r, "probe", locate(dir, moduleRootOf(dir)), e), code)
	return max(code, errorGate(r, &pf, "probe", e))
}

// probeReport runs the selected probes and returns their report, or nil
// and an exit code when the run could not start.
func probeReport(ctx context.Context, targetURL string, pf *probeFlags, o *outputFlags, e *env) (*report.Report, int) {
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
	var prof *profile.Profile
	if pf.profile != "" {
		p, err := profile.Load(pf.profile)
		if err != nil {
			e.errorf("%v", err)
			return nil, ExitUsage
		}
		prof = p
	}
	if targetURL == "" && prof == nil {
		e.errorf("probe: give a target URL or --profile with a baseURL (run `authcheck probe --help`)")
		return nil, ExitUsage
	}
	httpPort := pf.httpPort
	if httpPort == 0 && prof != nil {
		httpPort = prof.HTTPPort
	}
	t, err := probes.NewTarget(probes.Options{
		HTTPPort: httpPort,
		URL:      targetURL, Profile: prof, CAFile: pf.ca, ServerName: pf.serverName,
		Timeout: pf.timeout, ProbeTimeout: pf.probeTimeout, Delay: pf.delay, PerHostConns: pf.conns,
		Insecure:   pf.insecure,
		Thresholds: pf.thresholds(cfg),
	})
	if err != nil {
		e.errorf("probe: %v", err)
		return nil, ExitUsage
	}
	all := probes.All()
	sel := probes.Selection{Only: splitList(pf.only), Skip: splitList(pf.skip)}
	if err := sel.Validate(all); err != nil {
		e.errorf("probe: %v", err)
		return nil, ExitUsage
	}
	// Fail fast, with one clear line, when nothing listens there.
	conn, err := (&net.Dialer{Timeout: pf.timeout}).DialContext(ctx, "tcp", t.Host())
	if err != nil {
		e.errorf("probe: cannot reach %s: %v", t.Host(), err)
		return nil, ExitInternal
	}
	conn.Close()
	// One connection tells whether anything can be checked at all and
	// whether the certificate verifies, so that a root cause is reported
	// once rather than under every check.
	diag := probes.Diagnose(ctx, t)
	t.SetDiagnosis(diag)
	pf.rootCause = diag.Unreachable
	prog := newProgress(e)
	checks := probes.Run(ctx, t, sel.Select(all), func(done, total int, name string) {
		if prog.active {
			prog.shown = true
			fmt.Fprintf(e.stderr, "\rauthcheck: probe %d/%d (%s)…\033[K", done, total, name)
		}
	})
	prog.done()
	report.AssignCheckFingerprints(checks)
	return &report.Report{Checks: checks}, ExitOK
}

// thresholds are the probes' lines from the config, with --tls-profile
// taking precedence over probes.tlsProfile.
func (p *probeFlags) thresholds(cfg *config.Config) probes.Thresholds {
	return probes.Thresholds{
		HSTSMinMaxAge:     cfg.Probes.HSTSMinMaxAge,
		CertExpiryWarning: cfg.Probes.CertExpiryWarning,
		TLSProfile:        cmp.Or(p.tlsProfile, cfg.Probes.TLSProfile),
	}
}
