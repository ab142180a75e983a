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
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/authcheck/authcheck/internal/suppress"
)

// Flags of the vet tool that are not analyzer flags. They are registered
// on flag.CommandLine, so go vet lists and forwards them.
var (
	scanMode     = flag.Bool("authcheck.scan", false, "machine mode for `authcheck scan`: keep suppressed diagnostics (marked) and leave rule IDs out of messages")
	includeTests = flag.Bool("authcheck.tests", false, "report findings in _test.go files too")
)

// SuppressedMark separates a rule ID from suppression data in a
// diagnostic's Category in scan mode: "AC201" + SuppressedMark + reason.
const SuppressedMark = "|suppressed|"

// Wrap returns copies of the analyzers whose diagnostics pass through
// authcheck's policy: findings in _test.go files are dropped unless
// -authcheck.tests is set, and findings covered by an //authcheck:ignore
// directive are dropped (go vet) or marked (scan mode). Under plain go vet
// the rule ID is appended to each message so that users can suppress it.
func Wrap(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		w := *a
		run := a.Run
		w.Run = func(pass *analysis.Pass) (any, error) {
			report := pass.Report
			indexes := newFileIndexes(pass)
			pass.Report = func(d analysis.Diagnostic) {
				filter(pass.Fset, indexes, report, d)
			}
			return run(pass)
		}
		out[i] = &w
	}
	return out
}

func filter(fset *token.FileSet, indexes *fileIndexes, report func(analysis.Diagnostic), d analysis.Diagnostic) {
	pos := fset.Position(d.Pos)
	if !*includeTests && strings.HasSuffix(pos.Filename, "_test.go") {
		return
	}
	rule := d.Category
	if dir, ok := indexes.get(pos.Filename).Match(rule, pos.Line); ok {
		if !*scanMode {
			return
		}
		d.Category = rule + SuppressedMark + dir.Justification
	}
	if !*scanMode && strings.HasPrefix(rule, "AC") {
		d.Message += " (" + rule + ")"
	}
	report(d)
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
