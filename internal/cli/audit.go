package cli

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strings"

	"github.com/authcheck/authcheck/checklist"
	"github.com/authcheck/authcheck/internal/audit"
	"github.com/authcheck/authcheck/report"
)

const auditAbout = `Grade a codebase and a running service against the production auth checklist.

It runs scan on the packages (default ./...) and, with --target or a profile,
probe against the service, then gives every checklist item a verdict:
  pass             every rule that verifies it ran and passed
  pass with notes  it passed, with findings or warnings below --fail-on (noted)
  fail             a finding or a failed check at or above --fail-on, with evidence
  not verified     it has rules, but none ran (e.g. no profile given)
  n/a              its static rules have nothing to check: no scanned code
                   imports the APIs they look at (or there is no Go code)
  manual           no tool can verify it; the note says what a reviewer checks

The text report ends with the readiness verdict and how many manual items
still need a sign-off. A check that could not run makes the audit exit 3
(after the report is written) unless --allow-errors.

--reference starts the bundled reference auth server on a free loopback port
with a fresh data directory, audits it (and, from the authcheck repository,
its code), and stops it: every automated item must pass.`

func runAudit(args []string, e *env) int {
	fs := flagSet(e, "audit", "[flags] [packages]", auditAbout)
	var o outputFlags
	o.register(fs)
	var pf probeFlags
	pf.register(fs)
	var sf scanFlags
	fs.StringVar(&sf.dir, "C", "", "run in `DIR` (the module to scan)")
	fs.BoolVar(&sf.tests, "tests", false, "report findings in _test.go files too")
	fs.BoolVar(&sf.requireJustification, "require-justification", true, "report //authcheck:ignore directives without \"-- reason\" (AC001); on by default in audits, where every waiver is reviewed")
	target := fs.String("target", "", "`URL` of the running service to probe")
	noScan := fs.Bool("no-scan", false, "do not run static analysis")
	useReference := fs.Bool("reference", false, "start the bundled reference server and audit it")
	patterns, code := parseInterleaved(fs, args, e)
	if code >= 0 {
		return code
	}
	sf.config, pf.dir = pf.config, sf.dir
	if *useReference && (*target != "" || pf.profile != "") {
		e.errorf("audit: --reference starts its own target; drop --target and --profile")
		return ExitUsage
	}
	if pf.targets != "" && (*useReference || *target != "") {
		e.errorf("audit: --targets names the services to probe; drop --target and --reference")
		return ExitUsage
	}
	if pf.shard != "" && pf.targets == "" {
		e.errorf("audit: --shard splits a --targets list; give --targets FILE")
		return ExitUsage
	}
	if err := o.validate(); err != nil {
		e.errorf("audit: %v", err)
		return ExitUsage
	}
	if c := o.prepareBaseline("audit", e); c != ExitOK {
		return c
	}
	if err := checkAllowErrors(&o, &pf); err != nil {
		e.errorf("audit: %v", err)
		return ExitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	worst := ExitOK
	if *useReference {
		ref, err := startReference(ctx, e)
		if err != nil {
			e.errorf("audit: starting the reference server: %v", err)
			return ExitInternal
		}
		defer ref.close()
		*target, pf.profile = ref.url, ref.profilePath
		if pf.httpPort == 0 {
			pf.httpPort = ref.httpPort
		}
		if len(patterns) == 0 && !*noScan {
			if inAuthcheckRepo(sf.dir) {
				patterns = []string{"./reference/..."}
			} else {
				*noScan = true
				fmt.Fprintln(e.stderr, "authcheck: not in the authcheck repository, so the reference server's code is not scanned (run from a clone to include it)")
			}
		}
	}

	r := &report.Report{}
	cov := audit.Coverage{DisabledRules: map[string]bool{}}
	if !sf.requireJustification {
		cov.DisabledRules["AC001"] = true
	}
	moduleRoot := ""
	if !*noScan {
		dir := sf.dir
		if dir == "" {
			dir = "."
		}
		n, imps, err := scannedImports(ctx, dir, patterns, sf.tests)
		if err == nil {
			cov.APIsKnown, cov.Packages, cov.Imports = true, n, imps
		}
		if err == nil && n == 0 && inModule(dir) {
			// Nothing to analyze: every static part is n/a, none passes.
			fmt.Fprintln(e.stderr, "authcheck: no Go packages to scan here: the static checklist items are n/a")
			cov.Scanned = true
			if _, err := loadConfig(sf.config, dir); err != nil {
				e.errorf("%v", err)
				return ExitUsage
			}
		} else {
			sr, root, c := scanReport(ctx, patterns, sf, &o, e)
			if sr == nil {
				return c
			}
			worst = max(worst, c)
			r.Findings = sr.Findings
			cov.Scanned = true
			moduleRoot = root
			if err != nil {
				e.errorf("audit: cannot tell which APIs the code uses, so no item is graded n/a: %v", err)
			}
		}
	}
	if pf.targets != "" {
		pr, c := fleetReport(ctx, &pf, &o, e, "audit")
		if pr == nil {
			return max(worst, c)
		}
		r.Checks, r.Targets = pr.Checks, pr.Targets
		cov.Probed = true
	} else if *target != "" || pf.profile != "" {
		pr, c := probeReport(ctx, *target, &pf, &o, e)
		if pr == nil {
			return max(worst, c)
		}
		r.Checks = pr.Checks
		cov.Probed = true
	} else {
		fmt.Fprintln(e.stderr, "authcheck: no --target or --profile: live checklist items will be 'not verified'")
	}
	cl, err := checklist.Load()
	if err != nil {
		e.errorf("%v", err)
		return ExitInternal
	}
	if done, c := o.applyBaseline(r, "audit", e); done {
		return max(worst, c)
	}
	if threshold, never := o.gate(); !never {
		cov.FailOn = threshold
	}
	r.Checklist = audit.Grade(cl, r.Findings, r.Checks, cov)
	dir := cmp.Or(sf.dir, ".")
	if moduleRoot == "" {
		moduleRoot = moduleRootOf(dir)
	}
	worst = max(o.emit(r, "audit", locate(dir, moduleRoot), e), worst)
	return max(worst, errorGate(r, &pf, "audit", e))
}

// inAuthcheckRepo reports whether dir is inside the authcheck module.
func inAuthcheckRepo(dir string) bool {
	cmd := exec.Command("go", "list", "-m")
	if dir != "" {
		cmd.Dir = dir
	}
	out, err := cmd.Output()
	return err == nil && strings.TrimSpace(string(out)) == "github.com/authcheck/authcheck"
}
