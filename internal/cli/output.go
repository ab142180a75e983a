package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

// outputFlags are the flags every reporting command shares (docs/design.md).
type outputFlags struct {
	format         string
	out            string
	failOn         string
	color          string
	baseline       string
	writeBaseline  string
	showSuppressed bool
	verbose        bool
	also           alsoFlag
	loadedBaseline *report.Baseline // --baseline, read by prepareBaseline
	// configFailOn is failOn from .authcheck.yml; --fail-on wins over it.
	configFailOn string
}

func (o *outputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&o.format, "format", "text", "output `format`: text, json, sarif, markdown or html (a self-contained page to sign off)")
	fs.StringVar(&o.out, "out", "", "write the report to `FILE` instead of standard output")
	fs.StringVar(&o.failOn, "fail-on", "", "exit 1 when anything at or above this `severity` is found: info, low, medium, high, critical or never (default medium, or failOn in .authcheck.yml)")
	fs.StringVar(&o.color, "color", "auto", "colour text output: auto, always or never (NO_COLOR is honoured)")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings whose fingerprint is not in baseline `FILE`")
	fs.StringVar(&o.writeBaseline, "write-baseline", "", "write the current findings' fingerprints to `FILE` and exit 0")
	fs.BoolVar(&o.showSuppressed, "show-suppressed", false, "list suppressed findings in text and Markdown output")
	fs.BoolVar(&o.verbose, "verbose", false, "text output: list every check on its own line (default: grouped by outcome, one line per cause)")
	fs.Var(&o.also, "also", "also write the report as `FORMAT=FILE` (repeatable), e.g. --also sarif=authcheck.sarif --also markdown=summary.md")
}

// validate checks flag values before any work starts.
func (o *outputFlags) validate() error {
	switch strings.ToLower(o.format) {
	case "text", "json", "sarif", "markdown", "md", "html":
	default:
		return fmt.Errorf("--format %q: want text, json, sarif, markdown or html", o.format)
	}
	switch o.color {
	case "auto", "always", "never":
	default:
		return fmt.Errorf("--color %q: want auto, always or never", o.color)
	}
	if o.failOn != "" {
		if _, _, err := report.ParseFailOn(o.failOn); err != nil {
			return fmt.Errorf("--fail-on: %v", err)
		}
	}
	return nil
}

// gate returns the --fail-on threshold: the flag, else the config's
// failOn, else medium.
func (o *outputFlags) gate() (threshold rules.Severity, never bool) {
	v := o.failOn
	if v == "" {
		v = o.configFailOn
	}
	if v == "" {
		v = "medium"
	}
	threshold, never, _ = report.ParseFailOn(v) // validated by validate and config.Parse
	return threshold, never
}

// useColor decides colour for text written to stdout.
func (o *outputFlags) useColor() bool {
	switch {
	case o.color == "always":
		return true
	case o.color == "never", o.out != "", os.Getenv("NO_COLOR") != "", os.Getenv("TERM") == "dumb":
		return false
	}
	return isTerminal(os.Stdout)
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// sourceLocation is where SARIF paths are rooted (see sourceRoots).
type sourceLocation struct{ base, prefix string }

func locate(dir, moduleRoot string) sourceLocation {
	b, p := sourceRoots(dir, moduleRoot)
	return sourceLocation{b, p}
}

// emit renders the report where --out says and returns the gate's exit
// code (ExitOK or ExitFindings), or ExitInternal when writing failed.
func (o *outputFlags) emit(r *report.Report, command string, roots sourceLocation, e *env) int {
	r.Tool = report.Tool{Name: report.ToolName, Version: version()}
	r.SchemaVersion = report.SchemaVersion
	r.Summarize()
	var buf bytes.Buffer
	opts := report.RenderOptions{Color: o.useColor(), ShowSuppressed: o.showSuppressed, Verbose: o.verbose, Command: command, BaseDir: roots.base, SourcePrefix: roots.prefix,
		Date: time.Now().UTC().Format("2006-01-02 15:04 UTC")}
	if err := report.Render(&buf, r, o.format, opts); err != nil {
		e.errorf("%v", err)
		return ExitInternal
	}
	if o.out != "" {
		if err := os.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
			e.errorf("writing report: %v", err)
			return ExitInternal
		}
		fmt.Fprintf(e.stderr, "authcheck: report written to %s (%s)\n", o.out, summaryText(r))
	} else if _, err := e.stdout.Write(buf.Bytes()); err != nil {
		return ExitInternal
	}
	if c := o.writeAlso(r, opts, e); c != ExitOK {
		return c
	}
	threshold, never := o.gate()
	if !never && r.Fails(threshold) {
		return ExitFindings
	}
	return ExitOK
}

func summaryText(r *report.Report) string {
	s := fmt.Sprintf("%d findings", r.Summary.Findings)
	if r.Summary.Suppressed > 0 {
		s += fmt.Sprintf(", %d suppressed", r.Summary.Suppressed)
	}
	if len(r.Checks) > 0 {
		s += fmt.Sprintf(", %d checks failed", r.Summary.ChecksFailed)
	}
	return s
}

// prepareBaseline reads --baseline before any work starts, so that a bad
// baseline (unreadable, not a baseline, another command's) stops the run
// with exit 2 before a target is probed.
func (o *outputFlags) prepareBaseline(command string, e *env) int {
	if o.writeBaseline != "" && o.baseline != "" {
		e.errorf("--baseline and --write-baseline exclude each other")
		return ExitUsage
	}
	if o.baseline == "" {
		return ExitOK
	}
	f, err := os.Open(o.baseline)
	if err != nil {
		e.errorf("--baseline: %v", err)
		return ExitUsage
	}
	defer f.Close()
	b, err := report.ReadBaseline(f)
	if err != nil {
		e.errorf("--baseline %s: %v", o.baseline, err)
		return ExitUsage
	}
	if by := b.WrittenBy(); by != command {
		e.errorf("--baseline %s: written by `authcheck %s`, but this is `authcheck %s`; write one with `authcheck %s --write-baseline FILE`", o.baseline, by, command, command)
		return ExitUsage
	}
	o.loadedBaseline = &b
	return ExitOK
}

// applyBaseline drops findings and failed checks present in --baseline,
// or writes --write-baseline. done reports that the command should stop
// (written, or a bad baseline). A baseline written by another command is
// a usage error: a scan baseline holds no probe fingerprints, and would
// hide nothing while seeming to work.
func (o *outputFlags) applyBaseline(r *report.Report, command string, e *env) (done bool, code int) {
	if o.writeBaseline != "" {
		var buf bytes.Buffer
		if err := report.WriteBaselineOf(&buf, command, r); err != nil {
			e.errorf("--write-baseline: %v", err)
			return true, ExitInternal
		}
		if err := os.WriteFile(o.writeBaseline, buf.Bytes(), 0o644); err != nil {
			e.errorf("--write-baseline: %v", err)
			return true, ExitUsage
		}
		n, m := 0, 0
		for _, f := range r.Findings {
			if !f.Suppressed {
				n++
			}
		}
		for _, c := range r.Checks {
			if c.Status == report.StatusFail || c.Status == report.StatusWarn {
				m++
			}
		}
		what := fmt.Sprintf("%d finding fingerprints", n)
		if command != "scan" {
			what += fmt.Sprintf(" and %d check fingerprints", m)
		}
		fmt.Fprintf(e.stderr, "authcheck: wrote %s to %s\n", what, o.writeBaseline)
		return true, ExitOK
	}
	if o.baseline == "" {
		return false, 0
	}
	b := o.loadedBaseline
	if b == nil {
		if code := o.prepareBaseline(command, e); code != ExitOK {
			return true, code
		}
		b = o.loadedBaseline
	}
	kept, n := b.Filter(r.Findings)
	r.Findings = kept
	checks, m := b.FilterChecks(r.Checks)
	r.Checks = checks
	if n > 0 {
		fmt.Fprintf(e.stderr, "authcheck: %d findings are in the baseline and not reported\n", n)
	}
	if m > 0 {
		fmt.Fprintf(e.stderr, "authcheck: %d failed checks are in the baseline and not reported\n", m)
	}
	return false, 0
}
