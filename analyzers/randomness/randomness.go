package randomness

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/authcheck/authcheck/analyzers/internal/apimatch"
	"github.com/authcheck/authcheck/analyzers/internal/secretname"
)

// Rule IDs reported by this analyzer (catalogue entries in rules/ac8xx.go).
const (
	ruleWeakRandom  = "AC801"
	ruleShortRandom = "AC802"
	ruleHardcoded   = "AC803"
)

const (
	pkgMathRand   = "math/rand"
	pkgMathRandV2 = "math/rand/v2"
	pkgCryptoRand = "crypto/rand"
)

// maxRounds bounds the propagation: each round follows values one more
// step through assignments, parameters and results.
const maxRounds = 4

// maxDepth bounds literal resolution through variables.
const maxDepth = 4

// minBytes is the smallest crypto/rand read accepted for a secret.
const minBytes = 16

var Analyzer = &analysis.Analyzer{
	Name:     "randomness",
	Doc:      Doc,
	URL:      "https://pkg.go.dev/github.com/authcheck/authcheck/analyzers/randomness",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	if pass.TypesInfo == nil || pass.Pkg == nil || helperPackage(pass.Pkg.Name()) {
		return nil, nil
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:     pass,
		info:     pass.TypesInfo,
		root:     insp.Root(),
		reported: map[token.Pos]bool{},
	}
	if apimatch.ImportsAny(pass.Pkg, pkgMathRand, pkgMathRandV2, pkgCryptoRand) {
		c.checkRandomness()
	}
	c.checkHardcoded()
	return nil, nil
}

// helperPackage reports whether a package name says it holds test
// helpers or fakes, whose tokens protect nothing.
func helperPackage(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, "test") || strings.HasSuffix(n, "tests") || strings.Contains(n, "testutil") || strings.Contains(n, "testing") ||
		strings.Contains(n, "mock") || strings.Contains(n, "fake") || strings.Contains(n, "faux") ||
		strings.Contains(n, "stub") || strings.Contains(n, "dummy") || n == "fixtures" || n == "examples"
}

type checker struct {
	pass     *analysis.Pass
	info     *types.Info
	root     inspector.Cursor
	reported map[token.Pos]bool

	assigned map[types.Object][]ast.Expr
	params   map[types.Object]bool
}

func (c *checker) report(pos, end token.Pos, rule, msg string) {
	if c.reported[pos] {
		return
	}
	c.reported[pos] = true
	c.pass.Report(analysis.Diagnostic{Pos: pos, End: end, Category: rule, Message: msg})
}

func (c *checker) where(pos token.Pos) string {
	p := c.pass.Fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

func (c *checker) callee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	return fn
}

// objectOf returns the variable or field an expression denotes.
func (c *checker) objectOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := c.info.ObjectOf(e).(*types.Var); ok {
			return v
		}
	case *ast.SelectorExpr:
		if v, ok := c.info.ObjectOf(e.Sel).(*types.Var); ok {
			return v
		}
	case *ast.StarExpr:
		return c.objectOf(e.X)
	}
	return nil
}

// exprName is the name an expression is known by: x, s.f → f, a call's
// function name.
func exprName(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.StarExpr:
		return exprName(e.X)
	case *ast.IndexExpr:
		return exprName(e.X)
	case *ast.CallExpr:
		return exprName(e.Fun)
	}
	return ""
}

// isParam reports whether obj is a parameter of a function in this package.
func (c *checker) isParam(obj types.Object) bool {
	if c.params == nil {
		c.params = map[types.Object]bool{}
		for cur := range c.root.Preorder((*ast.FuncType)(nil)) {
			ft := cur.Node().(*ast.FuncType)
			if ft.Params == nil {
				continue
			}
			for _, f := range ft.Params.List {
				for _, n := range f.Names {
					if o := c.info.Defs[n]; o != nil {
						c.params[o] = true
					}
				}
			}
		}
	}
	return c.params[obj]
}

// assignments returns every expression assigned in this package to a
// variable or field (nil entries stand for values the analyzer cannot
// see: one result of a multi-value call, a range variable).
func (c *checker) assignments(obj types.Object) []ast.Expr {
	if c.assigned == nil {
		c.assigned = map[types.Object][]ast.Expr{}
		record := func(lhs, rhs ast.Expr) {
			if o := c.objectOf(lhs); o != nil {
				c.assigned[o] = append(c.assigned[o], rhs)
			}
		}
		for cur := range c.root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.KeyValueExpr)(nil), (*ast.RangeStmt)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
							record(n.Lhs[i], n.Rhs[i])
						} else {
							record(n.Lhs[i], nil)
						}
					}
				} else {
					for _, l := range n.Lhs {
						record(l, nil)
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						record(n.Names[i], n.Values[i])
					}
				} else if len(n.Values) > 0 {
					for _, nm := range n.Names {
						record(nm, nil)
					}
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok {
					if v, ok := c.info.ObjectOf(id).(*types.Var); ok && v.IsField() {
						c.assigned[v] = append(c.assigned[v], n.Value)
					}
				}
			case *ast.RangeStmt:
				if n.Key != nil {
					record(n.Key, nil)
				}
				if n.Value != nil {
					record(n.Value, nil)
				}
			}
		}
	}
	return c.assigned[obj]
}

// secretKind classifies a name as a kind of secret ("" if it is none).
func secretKind(name string) string {
	if name == "" || name == "_" {
		return ""
	}
	ws := secretname.Words(name)
	j := strings.Join(ws, "")
	for _, w := range ws {
		switch w {
		case "request", "trace", "correlation", "span", "idempotency", "etag", "cache", "jitter", "backoff",
			"delay", "sleep", "retry", "sample", "sampling", "shuffle", "color", "colour", "avatar", "fake", "mock",
			"dummy", "example", "test", "demo", "placeholder", "display", "name", "filename", "file", "path":
			return ""
		}
	}
	switch {
	case strings.Contains(j, "salt"):
		return "salt"
	case secretname.IsPassword(name):
		return "password"
	case !secretname.IsSecret(name):
		return ""
	case strings.Contains(j, "otp") || strings.Contains(j, "pin") && hasWord(ws, "pin") ||
		strings.Contains(j, "verificationcode") || strings.Contains(j, "authcode") || strings.Contains(j, "resetcode"):
		return "one-time code"
	case strings.Contains(j, "nonce"):
		return "nonce"
	case strings.Contains(j, "csrf") || strings.Contains(j, "xsrf"):
		return "CSRF token"
	case strings.Contains(j, "session") || hasWord(ws, "sid"):
		return "session ID"
	case strings.Contains(j, "apikey") || strings.Contains(j, "accesskey"):
		return "API key"
	case strings.Contains(j, "reset"):
		return "reset token"
	case strings.Contains(j, "token") || strings.Contains(j, "secret") || strings.Contains(j, "credential"):
		return "token"
	}
	return ""
}

func hasWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// shortByDesign reports secrets whose length is fixed by their protocol
// (6-digit codes, 12-byte AEAD nonces): AC802 does not apply to them.
func shortByDesign(kind string) bool {
	return kind == "one-time code" || kind == "nonce"
}

func splitWords(name string) []string { return secretname.Words(name) }
