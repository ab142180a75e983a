// Package cli implements authcheck's command line: argument parsing, the
// commands, exit codes and where output goes. cmd/authcheck is a thin main
// around Main so that the command line can be tested in-process.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/authcheck/authcheck/analyzers/all"
)

// Exit codes (docs/design.md). Scripts depend on them. When several apply, the
// highest wins: a partial run (3) is not a verdict, even with failures (1).
const (
	ExitOK       = 0 // nothing at or above --fail-on
	ExitFindings = 1 // findings or failed checks at or above --fail-on
	ExitUsage    = 2 // usage or configuration error
	ExitInternal = 3 // internal error, packages that fail to load, unreachable target, a check that could not run
)

type command struct {
	name    string
	summary string
	run     func(args []string, env *env) int
}

// env is what a command may touch: its streams.
type env struct {
	stdout, stderr io.Writer
}

func (e *env) errorf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "authcheck: "+format+"\n", args...)
}

var commands []command

func init() {
	commands = []command{
		{"scan", "static analysis of Go packages (default ./...)", runScan},
		{"probe", "live checks against a running service", runProbe},
		{"audit", "scan + probe, graded against the checklist", runAudit},
		{"report", "merge the JSON reports of --shard runs into one", runReportCmd},
		{"reference", "run the bundled reference auth server", runReference},
		{"checklist", "print the production auth checklist and the rules that verify each item", runChecklist},
		{"rules", "list every rule", runRules},
		{"explain", "explain one rule: what, why, how to fix, references", runExplain},
		{"version", "print the version", runVersion},
	}
}

// Main runs the command line and returns the exit code.
func Main(args []string, stdout, stderr io.Writer) (code int) {
	e := &env{stdout: stdout, stderr: stderr}
	defer func() {
		// A panic is a bug in authcheck; report it as one line and the
		// internal-error exit code instead of a stack trace.
		if r := recover(); r != nil {
			e.errorf("internal error: %v (please report this with the command you ran)", r)
			if os.Getenv("AUTHCHECK_DEBUG") != "" {
				fmt.Fprintf(stderr, "%s\n", debug.Stack())
			}
			code = ExitInternal
		}
	}()
	if len(args) == 0 {
		usage(stderr)
		return ExitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 2 {
			e.errorf("help: want one topic, e.g. `authcheck help scan`")
			return ExitUsage
		}
		if len(args) > 1 {
			if code, ok := analyzerHelp(args[1], e); ok {
				return code
			}
			for _, c := range commands {
				if c.name == args[1] {
					return c.run([]string{"--help"}, e)
				}
			}
			e.errorf("help: unknown command or analyzer %q; run `authcheck help`", args[1])
			return ExitUsage
		}
		usage(stdout)
		return ExitOK
	case "-version", "--version":
		name = "version"
	}
	for _, c := range commands {
		if c.name == name {
			return c.run(args[1:], e)
		}
	}
	e.errorf("unknown command %q; run `authcheck help`", name)
	return ExitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `authcheck tells whether a Go service's authentication is ready for production, and proves it.

Usage:
  authcheck <command> [flags] [arguments]

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Examples:
  authcheck scan ./...                         find weak password hashing, non-constant-time
                                               secret comparison, unsafe JWT checks, credentials in URLs
  authcheck scan --format sarif --out authcheck.sarif ./...
  authcheck probe --profile profile.yaml https://staging.example.com/
  authcheck audit --reference                  audit the bundled reference server and its code
  authcheck explain AC101
  go vet -vettool=$(command -v authcheck) ./...

Exit codes (the highest that applies wins): 0 nothing at or above --fail-on,
1 findings at or above it, 2 usage or configuration error, 3 internal error,
packages that fail to load, a target that cannot be reached, or a selected
check that could not run (probe and audit; --allow-errors accepts those).

Run 'authcheck help <command>' for a command's flags, and
'authcheck help <analyzer>' for an analyzer's settings. Analyzers:
`)
	var names []string
	for _, a := range all.Analyzers() {
		names = append(names, a.Name)
	}
	fmt.Fprintf(w, "  %s\n", strings.Join(names, ", "))
}

// flagSet makes a FlagSet whose usage prints a synopsis and the flags with
// "--" spelling. Go's flag package accepts -flag and --flag alike.
func flagSet(e *env, name, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		w := e.stdout
		fmt.Fprintf(w, "Usage: %s\n\n%s\n", strings.TrimSpace("authcheck "+name+" "+synopsis), strings.TrimSpace(about))
		var lines []string
		fs.VisitAll(func(f *flag.Flag) {
			typ, help := flag.UnquoteUsage(f)
			l := "  --" + f.Name
			if typ != "" {
				l += " " + typ
			}
			l = fmt.Sprintf("%-28s %s", l, help)
			if f.DefValue != "" && f.DefValue != "false" {
				l += fmt.Sprintf(" (default %s)", f.DefValue)
			}
			lines = append(lines, l)
		})
		if len(lines) > 0 {
			sort.Strings(lines)
			fmt.Fprintf(w, "\nFlags:\n%s\n", strings.Join(lines, "\n"))
		}
	}
	return fs
}

// parseInterleaved parses flags that may come before or after positional
// arguments ("authcheck scan ./... --format json"). It returns the
// positional arguments, and -1 or an exit code when parsing ended the run
// (help, or a usage error already reported).
func parseInterleaved(fs *flag.FlagSet, args []string, e *env) ([]string, int) {
	var positional []string
	// The flag package itself calls Usage on -h and on a bad flag; the help
	// is printed here instead, once, on stdout for -h and not at all after
	// a bad flag (whose one-line error goes to stderr).
	usage := fs.Usage
	for {
		fs.Usage = func() {}
		err := fs.Parse(args)
		fs.Usage = usage
		if err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.Usage()
				return nil, ExitOK
			}
			e.errorf("%s: %v (run `authcheck %s --help`)", fs.Name(), err, fs.Name())
			return nil, ExitUsage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, -1
		}
		if rest[0] == "--" {
			return append(positional, rest[1:]...), -1
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// version returns the module version baked in by `go install`, or "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

func runVersion(args []string, e *env) int {
	fs := flagSet(e, "version", "", "Print authcheck's version (the module version `go install` baked in, or devel).")
	rest, code := parseInterleaved(fs, args, e)
	if code >= 0 {
		return code
	}
	if len(rest) > 0 {
		e.errorf("version: takes no arguments")
		return ExitUsage
	}
	fmt.Fprintf(e.stdout, "authcheck %s\n", version())
	return ExitOK
}
