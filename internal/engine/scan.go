package engine

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/authcheck/authcheck/analyzers/suppression"
	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

// ScanOptions configure a scan.
type ScanOptions struct {
	Dir      string   // working directory (inside the module to scan)
	Patterns []string // package patterns; default ./...
	VetTool  string   // path of the authcheck binary go vet calls back
	// AnalyzerFlags are passed to the analyzers, e.g. "pwhash.bcrypt-min-cost": "12".
	AnalyzerFlags map[string]string
	Tests         bool // report findings in _test.go files
	// HonorNosec accepts gosec's #nosec annotations (see internal/suppress).
	HonorNosec bool
	// Disabled rules and Exclude globs (module-relative, config.MatchGlob
	// syntax) are applied inside the vet tool too, so that --fix and
	// --diff never touch what the configuration turned off.
	Disabled []string
	Exclude  []string
	// Progress, when set, is called after each package is analyzed.
	Progress func(packages, findings int)
}

// ScanResult is what a scan found.
type ScanResult struct {
	ModuleRoot string
	Findings   []report.Finding
	// PackageErrors are packages that failed to load or type-check; their
	// findings are missing. Other packages' findings are still reported.
	PackageErrors []PackageError
	// DirectiveErrors are malformed //authcheck:ignore directives.
	DirectiveErrors []string
}

// PackageError is one package that could not be analyzed.
type PackageError struct {
	Package string
	Errors  []string
}

func (e PackageError) String() string {
	return e.Package + ": " + strings.Join(e.Errors, "; ")
}

// ErrNoModule is returned when the directory is not inside a Go module.
var ErrNoModule = errors.New("not inside a Go module (no go.mod found in this directory or any parent): run authcheck from your module, or pass -C DIR")

// Scan runs the analyzers over the packages through go vet.
func Scan(ctx context.Context, o ScanOptions) (*ScanResult, error) {
	dir := o.Dir
	if dir == "" {
		dir = "."
	}
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(absDir); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", dir)
	}
	root, err := moduleRoot(ctx, absDir)
	if err != nil {
		return nil, err
	}
	args := vetArgs(o, root, "-json", "-authcheck.scan")
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = absDir
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("running go vet: %w", err)
	}
	res := &ScanResult{ModuleRoot: root}
	decodeErr := decodeVetJSON(stdout, root, res, o.Progress)
	waitErr := cmd.Wait()
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if decodeErr != nil {
		return nil, fmt.Errorf("reading go vet output: %w", decodeErr)
	}
	res.PackageErrors = parseVetStderr(stderr.String())
	if waitErr != nil && len(res.PackageErrors) == 0 {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = waitErr.Error()
		}
		return nil, fmt.Errorf("go vet: %s", firstLines(msg, 5))
	}
	res.Findings = dedupe(res.Findings)
	report.AssignFingerprints(res.Findings, report.SourceLines(root))
	return res, nil
}

// vetArgs returns the go vet command line for the options, with mode
// flags (e.g. -json) after -vettool.
func vetArgs(o ScanOptions, root string, mode ...string) []string {
	patterns := o.Patterns
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	args := append([]string{"vet", "-vettool=" + o.VetTool}, mode...)
	if o.Tests {
		args = append(args, "-authcheck.tests")
	}
	if o.HonorNosec {
		args = append(args, "-authcheck.honor-nosec")
	}
	if len(o.Disabled) > 0 {
		args = append(args, "-authcheck.disable="+strings.Join(o.Disabled, ","))
	}
	if len(o.Exclude) > 0 {
		args = append(args, "-authcheck.root="+root, "-authcheck.exclude="+strings.Join(o.Exclude, ","))
	}
	names := make([]string, 0, len(o.AnalyzerFlags))
	for k := range o.AnalyzerFlags {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		args = append(args, "-"+k+"="+o.AnalyzerFlags[k])
	}
	args = append(args, "--")
	return append(args, patterns...)
}

// Fix applies the first suggested fix of every finding the scan would
// report unsuppressed (go vet -fix), or, with diff, writes the changes as
// a unified diff to w instead. It reports whether there was anything to
// change (always false when applying: go vet does not say).
func Fix(ctx context.Context, o ScanOptions, diff bool, w io.Writer) (changed bool, err error) {
	dir := o.Dir
	if dir == "" {
		dir = "."
	}
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return false, err
	}
	root, err := moduleRoot(ctx, absDir)
	if err != nil {
		return false, err
	}
	mode := []string{"-fix"}
	if diff {
		mode = append(mode, "-diff")
	}
	cmd := exec.CommandContext(ctx, "go", vetArgs(o, root, mode...)...)
	cmd.Dir = absDir
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	runErr := cmd.Run()
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if _, err := w.Write(out.Bytes()); err != nil {
		return false, err
	}
	if runErr != nil {
		// go vet -diff exits 1 when the diff is not empty; anything on
		// stderr is a real error (a package that does not build).
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return false, fmt.Errorf("go vet -fix: %s", firstLines(msg, 5))
		}
		if !diff {
			return false, fmt.Errorf("go vet -fix: %v", runErr)
		}
	}
	return out.Len() > 0, nil
}

func firstLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = append(lines[:n], fmt.Sprintf("… (%d more lines)", len(lines)-n))
	}
	return strings.Join(lines, "\n")
}

func moduleRoot(ctx context.Context, dir string) (string, error) {
	cmd := exec.CommandContext(ctx, "go", "env", "GOMOD")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return "", fmt.Errorf("go env GOMOD: %s", strings.TrimSpace(string(ee.Stderr)))
		}
		return "", fmt.Errorf("cannot run the go command (is Go installed and on PATH?): %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", ErrNoModule
	}
	return filepath.Dir(gomod), nil
}

type jsonDiagnostic struct {
	Category       string `json:"category"`
	Posn           string `json:"posn"`
	End            string `json:"end"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Message string `json:"message"`
		Edits   []struct {
			Filename string `json:"filename"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
			New      string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes"`
}

// decodeVetJSON reads go vet -json output: a stream of JSON objects, one
// per package, mapping package ID to analyzer name to diagnostics or to
// {"error": "..."}.
func decodeVetJSON(r io.Reader, root string, res *ScanResult, progress func(int, int)) error {
	dec := json.NewDecoder(bufio.NewReader(r))
	packages := 0
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		for pkg, byAnalyzer := range tree {
			packages++
			for analyzer, raw := range byAnalyzer {
				var diags []jsonDiagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					var e struct{ Error string }
					if json.Unmarshal(raw, &e) == nil && e.Error != "" {
						res.PackageErrors = append(res.PackageErrors, PackageError{Package: pkg, Errors: []string{analyzer + ": " + e.Error}})
						continue
					}
					return fmt.Errorf("package %s, analyzer %s: %w", pkg, analyzer, err)
				}
				for _, d := range diags {
					addDiagnostic(res, root, d)
				}
			}
		}
		if progress != nil {
			progress(packages, len(res.Findings))
		}
	}
}

func addDiagnostic(res *ScanResult, root string, d jsonDiagnostic) {
	file, line, col := splitPosn(d.Posn)
	_, endLine, endCol := splitPosn(d.End)
	rel := relPath(root, file)
	if d.Category == suppression.CategoryDirective {
		res.DirectiveErrors = append(res.DirectiveErrors, fmt.Sprintf("%s:%d:%d: %s", rel, line, col, d.Message))
		return
	}
	rule, justification, suppressed := strings.Cut(d.Category, SuppressedMark)
	f := report.Finding{
		Rule: rule, Message: d.Message, File: rel, Line: line, Column: col,
		EndLine: endLine, EndColumn: endCol, Suppressed: suppressed, Justification: justification,
	}
	if f.EndLine == 0 {
		f.EndLine, f.EndColumn = f.Line, f.Column
	}
	if r, ok := rules.Lookup(rule); ok {
		f.Checklist, f.Severity = r.Checklist, r.Severity
	} else {
		f.Severity = rules.Medium // an analyzer bug: keep the finding visible
	}
	for _, fx := range d.SuggestedFixes {
		fix := report.Fix{Message: fx.Message}
		for _, e := range fx.Edits {
			fix.Edits = append(fix.Edits, report.Edit{File: relPath(root, e.Filename), Start: e.Start, End: e.End, New: e.New})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	res.Findings = append(res.Findings, f)
}

var posnPattern = regexp.MustCompile(`^(.*):(\d+):(\d+)$`)

func splitPosn(p string) (file string, line, col int) {
	m := posnPattern.FindStringSubmatch(p)
	if m == nil {
		return p, 0, 0
	}
	line, _ = strconv.Atoi(m[2])
	col, _ = strconv.Atoi(m[3])
	return m[1], line, col
}

func relPath(root, file string) string {
	if file == "" {
		return ""
	}
	if rel, err := filepath.Rel(root, file); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(file)
}

// dedupe drops the second copy of findings reported twice: go vet analyzes
// a package's files once on their own and once with the package's tests.
func dedupe(fs []report.Finding) []report.Finding {
	type key struct {
		rule, file string
		line, col  int
		msg        string
	}
	seen := map[key]bool{}
	out := fs[:0]
	for _, f := range fs {
		k := key{f.Rule, f.File, f.Line, f.Column, f.Message}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return a.Rule < b.Rule
	})
	return out
}

// parseVetStderr collects "# package" blocks of go vet's error output.
func parseVetStderr(s string) []PackageError {
	var out []PackageError
	var cur *PackageError
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r")
		switch {
		case strings.HasPrefix(line, "# "):
			out = append(out, PackageError{Package: strings.TrimPrefix(line, "# ")})
			cur = &out[len(out)-1]
		case line == "":
		case cur != nil:
			cur.Errors = append(cur.Errors, strings.TrimPrefix(line, "vet: "))
		}
	}
	// A test variant "p [p.test]" repeats p's errors.
	seen := map[string]bool{}
	uniq := out[:0]
	for _, e := range out {
		k := strings.Join(e.Errors, "\n")
		if seen[k] {
			continue
		}
		seen[k] = true
		uniq = append(uniq, e)
	}
	return uniq
}
