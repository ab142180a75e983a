// Package engine runs authcheck's analyzers. The scan command drives `go
// vet -vettool=<authcheck>`, so that loading, type-checking, facts and
// per-package caching are the go command's, and the same binary answers
// the vet-tool protocol with the wrapped analyzers (Wrap) when go vet calls
// it back.
package engine

import (
	"flag"
	"go/ast"
	"go/token"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/authcheck/authcheck/internal/config"
	"github.com/authcheck/authcheck/internal/suppress"
)

// Flags of the vet tool that are not analyzer flags. They are registered
// on flag.CommandLine, so go vet lists and forwards them.
var (
	scanMode     = flag.Bool("authcheck.scan", false, "machine mode for `authcheck scan`: keep suppressed diagnostics (marked) and leave rule IDs out of messages")
	includeTests = flag.Bool("authcheck.tests", false, "report findings in _test.go files too")
	disableRules = flag.String("authcheck.disable", "", "comma-separated rule IDs whose findings are dropped")
	excludeRoot  = flag.String("authcheck.root", "", "module root that -authcheck.exclude globs are relative to")
	excludeGlobs = flag.String("authcheck.exclude", "", "comma-separated module-relative globs of files whose findings are dropped")
	honorNosec   = flag.Bool("authcheck.honor-nosec", false, "accept gosec's #nosec annotations as suppressions of the authcheck rules they map to (see docs/suppressing.md)")
)

// SuppressedMark separates a rule ID from suppression data in a
// diagnostic's Category in scan mode: "AC201" + SuppressedMark + reason.
const SuppressedMark = "|suppressed|"

// Policy decides which diagnostics of the wrapped analyzers are reported.
type Policy struct {
	Tests    bool            // keep findings in _test.go files
	Disabled map[string]bool // rule IDs whose findings are dropped
	// Exclude drops findings in files whose path relative to ExcludeRoot
	// matches one of the globs (config.MatchGlob syntax).
	ExcludeRoot string
	Exclude     []string
	// HonorNosec accepts gosec's "#nosec G401 -- reason" annotations as
	// suppressions of the authcheck rules the gosec rules map to.
	HonorNosec bool
	// MarkSuppressed keeps findings covered by //authcheck:ignore, with
	// SuppressedMark and the justification appended to the Category, for
	// drivers that report suppressions (scan). Otherwise they are dropped.
	MarkSuppressed bool
	// AppendRuleID adds " (AC101)" to messages, for drivers that do not
	// show the Category (go vet, golangci-lint): the ID is what users
	// suppress or disable.
	AppendRuleID bool
}

// flagPolicy is the policy of the vet-tool mode, from the -authcheck.*
// flags, read when a package is analyzed (after go vet's flags are parsed).
func flagPolicy() Policy {
	p := Policy{Tests: *includeTests, MarkSuppressed: *scanMode, AppendRuleID: !*scanMode, HonorNosec: *honorNosec,
		ExcludeRoot: *excludeRoot, Disabled: map[string]bool{}}
	for _, id := range strings.Split(*disableRules, ",") {
		if id = strings.TrimSpace(id); id != "" {
			p.Disabled[strings.ToUpper(id)] = true
		}
	}
	for _, g := range strings.Split(*excludeGlobs, ",") {
		if g = strings.TrimSpace(g); g != "" {
			p.Exclude = append(p.Exclude, g)
		}
	}
	return p
}

// Wrap returns copies of the analyzers whose diagnostics pass through the
// vet-tool mode's policy: findings in _test.go files are dropped unless
// -authcheck.tests is set, and findings covered by an //authcheck:ignore
// directive are dropped (go vet) or marked (-authcheck.scan). Under plain
// go vet the rule ID is appended to each message.
func Wrap(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	return WrapWith(analyzers, flagPolicy)
}

// WrapWith returns copies of the analyzers whose diagnostics pass through
// the policy that policy returns when each package is analyzed. The copies
// share the originals' flags, facts and requirements; only Run differs.
func WrapWith(analyzers []*analysis.Analyzer, policy func() Policy) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		w := *a
		run := a.Run
		w.Run = func(pass *analysis.Pass) (any, error) {
			p := policy()
			report := pass.Report
			indexes := newFileIndexes(pass)
			pass.Report = func(d analysis.Diagnostic) {
				if d, ok := p.filter(pass.Fset, indexes, d); ok {
					report(d)
				}
			}
			return run(pass)
		}
		out[i] = &w
	}
	return out
}

func (p Policy) filter(fset *token.FileSet, indexes *fileIndexes, d analysis.Diagnostic) (analysis.Diagnostic, bool) {
	rule := d.Category
	if p.Disabled[rule] {
		return d, false
	}
	pos := fset.Position(d.Pos)
	if !p.Tests && strings.HasSuffix(pos.Filename, "_test.go") {
		return d, false
	}
	if p.excluded(pos.Filename) {
		return d, false
	}
	if dir, ok := indexes.get(pos.Filename).MatchWith(rule, pos.Line, p.HonorNosec); ok {
		if !p.MarkSuppressed {
			return d, false
		}
		d.Category = rule + SuppressedMark + justification(dir)
	}
	if p.AppendRuleID && strings.HasPrefix(rule, "AC") {
		d.Message += " (" + rule + ")"
	}
	return d, true
}

func (p Policy) excluded(filename string) bool {
	if len(p.Exclude) == 0 || p.ExcludeRoot == "" {
		return false
	}
	rel, err := filepath.Rel(p.ExcludeRoot, filename)
	if err != nil || strings.HasPrefix(rel, "..") {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range p.Exclude {
		if config.MatchGlob(g, rel) {
			return true
		}
	}
	return false
}

// justification is the reason a report shows for a suppression; for a
// #nosec it names the gosec rules, since the reason was written for them.
func justification(d suppress.Directive) string {
	if d.Kind != suppress.Nosec {
		return d.Justification
	}
	j := "gosec #nosec " + strings.Join(d.Rules, ",")
	if d.Justification != "" {
		j += ": " + d.Justification
	}
	return j
}

// fileIndexes builds suppression indexes lazily, once per file.
type fileIndexes struct {
	mu    sync.Mutex
	pass  *analysis.Pass
	files map[string]*ast.File
	built map[string]*suppress.Index
}

func newFileIndexes(pass *analysis.Pass) *fileIndexes {
	fi := &fileIndexes{pass: pass, files: map[string]*ast.File{}, built: map[string]*suppress.Index{}}
	for _, f := range pass.Files {
		fi.files[pass.Fset.Position(f.Pos()).Filename] = f
	}
	return fi
}

func (fi *fileIndexes) get(filename string) *suppress.Index {
	fi.mu.Lock()
	defer fi.mu.Unlock()
	if idx, ok := fi.built[filename]; ok {
		return idx
	}
	var idx *suppress.Index
	if f, ok := fi.files[filename]; ok {
		idx = suppress.FileIndex(fi.pass.Fset, f, nil)
	}
	fi.built[filename] = idx
	return idx
}

// IsVetInvocation reports whether the arguments are go vet's calls to a vet
// tool: -V=full (version), -flags (flag description), or a trailing unit
// configuration file "….cfg".
func IsVetInvocation(args []string) bool {
	if len(args) == 0 {
		return false
	}
	for _, a := range args {
		if a == "-V=full" || a == "-flags" || a == "--flags" || a == "-V" {
			return true
		}
	}
	return strings.HasSuffix(args[len(args)-1], ".cfg")
}
