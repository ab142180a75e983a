package pwhash

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer checks password hashing algorithms and parameters.
var Analyzer = &analysis.Analyzer{
	Name:      "pwhash",
	Doc:       Doc,
	URL:       "https://pkg.go.dev/github.com/authcheck/authcheck/analyzers/pwhash",
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(hashedParams)},
}

// callSite is a call and the declared function it appears in (nil at
// package level).
type callSite struct {
	call *ast.CallExpr
	fn   *ast.FuncDecl
}

// checker holds one package's pass and indexes.
type checker struct {
	pass   *analysis.Pass
	values *values
	calls  []callSite
	byFunc map[*ast.FuncDecl][]callSite
	lits   []*ast.CompositeLit
	slices map[*ast.FuncDecl][]*ast.SliceExpr

	traces       map[ast.Expr]*trace
	decls        map[*types.Func]*ast.FuncDecl // this package's declared functions
	stores       map[*ast.FuncDecl][]store     // writes to named variables and fields, per function
	kanonHelpers map[*types.Func]bool          // memo of onlyKAnonymityCallers
	passwordUses map[*types.Var]string         // variables passed as a password to a KDF, and which
	randomFilled map[*types.Var]bool           // variables filled by crypto/rand
	local        map[*types.Func]*hashedParams // facts of this package's functions
	prehashed    map[*ast.FuncDecl]*trace      // what flows into KDFs, per function
	reported     map[ast.Expr]bool
}

func run(pass *analysis.Pass) (any, error) {
	if pass.Pkg == nil || pass.TypesInfo == nil || isHashLibrary(pass.Pkg.Path()) {
		return nil, nil
	}
	if !relevant(pass) {
		return nil, nil // fast path: no hash, KDF or fact-carrying helper in sight
	}
	insp, ok := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if !ok {
		return nil, nil
	}
	c := &checker{
		pass:         pass,
		values:       newValues(pass.TypesInfo),
		byFunc:       map[*ast.FuncDecl][]callSite{},
		slices:       map[*ast.FuncDecl][]*ast.SliceExpr{},
		traces:       map[ast.Expr]*trace{},
		decls:        map[*types.Func]*ast.FuncDecl{},
		stores:       map[*ast.FuncDecl][]store{},
		kanonHelpers: map[*types.Func]bool{},
		local:        map[*types.Func]*hashedParams{},
		prehashed:    map[*ast.FuncDecl]*trace{},
		reported:     map[ast.Expr]bool{},
	}
	filter := []ast.Node{
		(*ast.FuncDecl)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
		(*ast.RangeStmt)(nil), (*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil),
		(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.SliceExpr)(nil),
	}
	insp.WithStack(filter, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		c.values.add(n)
		switch n := n.(type) {
		case *ast.FuncDecl:
			if fn := c.funcObj(n); fn != nil {
				c.decls[fn] = n
			}
		case *ast.AssignStmt:
			c.addStores(n, enclosingFunc(stack))
		case *ast.CallExpr:
			cs := callSite{n, enclosingFunc(stack)}
			c.calls = append(c.calls, cs)
			c.byFunc[cs.fn] = append(c.byFunc[cs.fn], cs)
		case *ast.CompositeLit:
			c.lits = append(c.lits, n)
			c.addFieldStores(n, enclosingFunc(stack))
		case *ast.SliceExpr:
			fd := enclosingFunc(stack)
			c.slices[fd] = append(c.slices[fd], n)
		}
		return true
	})

	c.computeFacts()
	c.reportFastHashes()
	c.checkKDFs()
	return nil, nil
}

// relevant reports whether the package can contain anything to report: it
// imports a hash or KDF package, or some dependency has functions that
// hash their parameters.
func relevant(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if watchedImports[imp.Path()] {
			return true
		}
	}
	return len(pass.AllObjectFacts()) > 0
}

func enclosingFunc(stack []ast.Node) *ast.FuncDecl {
	for _, n := range stack {
		if fd, ok := n.(*ast.FuncDecl); ok {
			return fd
		}
	}
	return nil
}

// trace returns (and caches) what flows into e.
func (c *checker) trace(e ast.Expr) *trace {
	if t, ok := c.traces[e]; ok {
		return t
	}
	t := c.values.trace(e)
	c.traces[e] = t
	return t
}

// funcObj returns the declared function of fd, or nil.
func (c *checker) funcObj(fd *ast.FuncDecl) *types.Func {
	if fd == nil {
		return nil
	}
	fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	return fn
}

// funcName renders fn for messages, qualified by its package when it is
// not the current one.
func (c *checker) funcName(fn *types.Func) string {
	name := apiOf(fn).name
	if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}
