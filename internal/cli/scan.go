package cli

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"github.com/authcheck/authcheck/analyzers/all"
	"github.com/authcheck/authcheck/internal/config"
	"github.com/authcheck/authcheck/internal/engine"
	"github.com/authcheck/authcheck/report"
)

const scanAbout = `Static analysis of Go packages against the production auth checklist:
weak password hashing (AC1xx), non-constant-time secret comparison (AC2xx),
unsafe JWT verification and issuance (AC3xx), credentials in URLs (AC4xx).

Packages are loaded and type-checked by go vet (so results are cached per
package); patterns default to ./... . Findings in _test.go files are left out
unless --tests is given.

Suppress a finding on its line or the line above:
  //authcheck:ignore AC201 -- compared value is a public ETag
  //nolint:authcheck:AC201 // compared value is a public ETag
--honor-nosec also accepts gosec's "#nosec G401 -- reason" for the authcheck
rules the gosec rule maps to (docs/suppressing.md).

--diff prints the analyzers' suggested fixes as a unified diff (exit 1 when
there is one); --fix applies them, then scans again and reports what is left.

Settings come from .authcheck.yml, found upward from the working directory
(see README: disable rules, change severities or thresholds, exclude paths).`

// scanFlags are scan's own flags, shared with audit.
type scanFlags struct {
	config               string
	dir                  string
	tests                bool
	requireJustification bool
	honorNosec           bool
}

func runScan(args []string, e *env) int {
	fs := flagSet(e, "scan", "[flags] [packages]", scanAbout)
	var o outputFlags
	o.register(fs)
	var sf scanFlags
	fs.StringVar(&sf.config, "config", "", "read settings from `FILE` (default: .authcheck.yml found upward from the working directory)")
	fs.StringVar(&sf.dir, "C", "", "scan the module in `DIR` (other paths stay relative to the working directory)")
	fs.BoolVar(&sf.tests, "tests", false, "report findings in _test.go files too")
	fs.BoolVar(&sf.requireJustification, "require-justification", false, "report //authcheck:ignore directives without \"-- reason\" (AC001)")
	fs.BoolVar(&sf.honorNosec, "honor-nosec", false, "accept gosec's #nosec annotations for the authcheck rules they map to (or honorNosec: true in .authcheck.yml)")
	fix := fs.Bool("fix", false, "apply the analyzers' suggested fixes, then report what is left")
	diff := fs.Bool("diff", false, "print the analyzers' suggested fixes as a unified diff instead of a report; exit 1 when there is one")
	patterns, code := parseInterleaved(fs, args, e)
	if code >= 0 {
		return code
	}
	if err := o.validate(); err != nil {
		e.errorf("scan: %v", err)
		return ExitUsage
	}
	if c := o.prepareBaseline("scan", e); c != ExitOK {
		return c
	}
	if *fix && *diff {
		e.errorf("scan: --fix and --diff exclude each other: --diff shows what --fix would change")
		return ExitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if *fix || *diff {
		if c := runFix(ctx, patterns, sf, *diff, e); *diff || c != ExitOK {
			return c
		}
	}
	r, root, code := scanReport(ctx, patterns, sf, &o, e)
	if r == nil {
		return code
	}
	if done, c := o.applyBaseline(r, "scan", e); done {
		return max(c, code)
	}
	return max(o.emit(r, "scan", locate(sf.dir, root), e), code)
}

// runFix applies (or with diff, prints) the suggested fixes.
func runFix(ctx context.Context, patterns []string, sf scanFlags, diff bool, e *env) int {
	opts, code := scanOptions(patterns, sf, e)
	if code != ExitOK {
		return code
	}
	changed, err := engine.Fix(ctx, opts, diff, e.stdout)
	if err != nil {
		e.errorf("%v", err)
		return ExitInternal
	}
	if diff && changed {
		return ExitFindings
	}
	return ExitOK
}

// scanOptions loads the configuration and returns the engine's options
// for it.
func scanOptions(patterns []string, sf scanFlags, e *env) (engine.ScanOptions, int) {
	dir := cmp.Or(sf.dir, ".")
	cfg, err := loadConfig(sf.config, dir)
	if err != nil {
		e.errorf("%v", err)
		return engine.ScanOptions{}, ExitUsage
	}
	exe, err := os.Executable()
	if err != nil {
		e.errorf("cannot find my own executable for go vet: %v", err)
		return engine.ScanOptions{}, ExitInternal
	}
	return engine.ScanOptions{
		Dir: dir, Patterns: patterns, VetTool: exe,
		AnalyzerFlags: cfg.AnalyzerFlags, Tests: sf.tests || cfg.Tests,
		HonorNosec: sf.honorNosec || cfg.HonorNosec,
		Disabled:   cfg.DisabledRules(), Exclude: cfg.Exclude,
	}, ExitOK
}

// scanReport loads the config, runs the scan and applies rule settings.
// It returns the report (nil on fatal errors), the module root and the
// worst exit code so far (load and directive errors).
func scanReport(ctx context.Context, patterns []string, sf scanFlags, o *outputFlags, e *env) (*report.Report, string, int) {
	dir := sf.dir
	if dir == "" {
		dir = "."
	}
	cfg, err := loadConfig(sf.config, dir)
	if err != nil {
		e.errorf("%v", err)
		return nil, "", ExitUsage
	}
	o.configFailOn = cfg.FailOn
	if sf.requireJustification || cfg.RequireJustification {
		cfg.AnalyzerFlags["suppression.require-justification"] = "true"
	}
	exe, err := os.Executable()
	if err != nil {
		e.errorf("cannot find my own executable for go vet: %v", err)
		return nil, "", ExitInternal
	}
	progress := newProgress(e)
	res, err := engine.Scan(ctx, engine.ScanOptions{
		Dir: dir, Patterns: patterns, VetTool: exe,
		AnalyzerFlags: cfg.AnalyzerFlags, Tests: sf.tests || cfg.Tests,
		HonorNosec: sf.honorNosec || cfg.HonorNosec,
		Progress:   progress.update,
	})
	progress.done()
	if err != nil {
		e.errorf("%v", err)
		return nil, "", ExitInternal
	}
	code := ExitOK
	for _, d := range res.DirectiveErrors {
		fmt.Fprintf(e.stderr, "%s\n", d)
		code = ExitUsage
	}
	for _, pe := range res.PackageErrors {
		e.errorf("package %s could not be analyzed: %s", pe.Package, strings.Join(pe.Errors, "; "))
		code = ExitInternal
	}
	r := &report.Report{}
	for _, f := range res.Findings {
		if s, ok := cfg.Rules[f.Rule]; ok {
			if s.Disabled {
				continue
			}
			if s.Severity != 0 {
				f.Severity = s.Severity
			}
		}
		if cfg.Excluded(f.File) {
			continue
		}
		r.Findings = append(r.Findings, f)
	}
	return r, res.ModuleRoot, code
}

// progress shows a one-line counter on stderr when it is a terminal.
type progress struct {
	e      *env
	active bool
	shown  bool
}

func newProgress(e *env) *progress {
	f, ok := e.stderr.(*os.File)
	return &progress{e: e, active: ok && isTerminal(f) && os.Getenv("CI") == ""}
}

func (p *progress) update(packages, findings int) {
	if !p.active {
		return
	}
	p.shown = true
	fmt.Fprintf(p.e.stderr, "\rauthcheck: analyzed %d packages, %d findings so far…", packages, findings)
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.e.stderr, "\r\033[K")
	}
}

// loadConfig reads --config, or .authcheck.yml found upward from dir, or
// returns the defaults when there is none.
func loadConfig(explicit, dir string) (*config.Config, error) {
	p := explicit
	if p == "" {
		p = config.Find(dir)
	}
	if p == "" {
		return &config.Config{Rules: map[string]config.RuleSetting{}, AnalyzerFlags: map[string]string{}}, nil
	}
	return config.Load(p, all.Analyzers())
}
