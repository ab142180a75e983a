package cors

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/authcheck/authcheck/analyzers/internal/apimatch"
)

// Analyzer checks CORS configurations, origin checks and state-changing
// GET routes (rules AC701–AC706).
var Analyzer = &analysis.Analyzer{
	Name:     "cors",
	Doc:      Doc,
	URL:      "https://pkg.go.dev/github.com/authcheck/authcheck/analyzers/cors",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

// Rule IDs, one per default severity; the catalogue is rules/ac7xx.go.
const (
	ruleAnyOriginCredentials = "AC701"
	ruleAnyOrigin            = "AC702"
	ruleNullOrigin           = "AC703"
	ruleBypassableCheck      = "AC704"
	ruleWildcardCredentials  = "AC705"
	ruleStateChangingGET     = "AC706"
	ruleBypassEverything     = "AC707"
)

// Import paths of the APIs the analyzer understands.
const (
	pkgHTTP        = "net/http"
	pkgStrings     = "strings"
	pkgRegexp      = "regexp"
	pkgRSCors      = "github.com/rs/cors"
	pkgChiCors     = "github.com/go-chi/cors"
	pkgChi         = "github.com/go-chi/chi/v5"
	pkgChiV1       = "github.com/go-chi/chi"
	pkgGorillaCORS = "github.com/gorilla/handlers"
	pkgGorillaMux  = "github.com/gorilla/mux"
	pkgGorillaPat  = "github.com/gorilla/pat"
	pkgGin         = "github.com/gin-gonic/gin"
	pkgGinCors     = "github.com/gin-contrib/cors"
	pkgEcho        = "github.com/labstack/echo/v4"
	pkgEchoMW      = "github.com/labstack/echo/v4/middleware"
)

func run(pass *analysis.Pass) (any, error) {
	if pass.Pkg == nil || pass.TypesInfo == nil {
		return nil, nil
	}
	// Fast path: every rule needs an HTTP server API in the import list
	// (handwritten middleware and routes need net/http or a framework; the
	// library configs need the library).
	if !apimatch.ImportsAny(pass.Pkg, pkgHTTP, pkgRSCors, pkgChiCors, pkgChi, pkgChiV1, pkgGorillaCORS, pkgGorillaMux, pkgGorillaPat,
		pkgGin, pkgGinCors, pkgEcho, pkgEchoMW) {
		return nil, nil
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:     pass,
		info:     pass.TypesInfo,
		root:     insp.Root(),
		reported: map[reportKey]bool{},
	}
	c.checkLibraryConfigs()
	c.checkHandwritten()
	c.checkOriginComparisons()
	c.checkRoutes()
	c.checkCrossOriginBypass()
	return nil, nil
}

type reportKey struct {
	pos  token.Pos
	rule string
}

// checker carries one pass's state and lazily built indexes.
type checker struct {
	pass     *analysis.Pass
	info     *types.Info
	root     inspector.Cursor
	reported map[reportKey]bool

	funcDecls map[*types.Func]*ast.FuncDecl // functions declared in this package
	corsCtx   tri                           // does the package deal with CORS at all?
	assigns   map[types.Object][]ast.Expr   // values assigned to each variable (nil = not a single value)
}

func (c *checker) report(rule string, node ast.Node, msg string, fixes ...analysis.SuggestedFix) {
	if node == nil || !node.Pos().IsValid() {
		return
	}
	key := reportKey{node.Pos(), rule}
	if c.reported[key] {
		return
	}
	c.reported[key] = true
	c.pass.Report(analysis.Diagnostic{
		Pos:            node.Pos(),
		End:            node.End(),
		Category:       rule,
		Message:        msg,
		SuggestedFixes: fixes,
	})
}

// --- types and callees ---

func (c *checker) callee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	return fn
}

// isMethod reports whether fn is a method named one of names whose
// receiver is pkgPath's type typeName (or, with typeName "", any type of
// pkgPath).
func isMethod(fn *types.Func, pkgPath, typeName string, names ...string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	if typeName != "" && !isNamed(sig.Recv().Type(), pkgPath, typeName) {
		return false
	}
	return oneOf(fn.Name(), names...)
}

func oneOf(s string, names ...string) bool {
	for _, n := range names {
		if s == n {
			return true
		}
	}
	return false
}

// isNamed reports whether t, or what it points to, is pkgPath.name.
func isNamed(t types.Type, pkgPath, name string) bool {
	if t == nil {
		return false
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj != nil && obj.Name() == name && obj.Pkg() != nil && obj.Pkg().Path() == pkgPath
}

// stringConst returns the value of a constant string expression (literal,
// named constant of any package, constant concatenation).
func (c *checker) stringConst(e ast.Expr) (string, bool) {
	if e == nil {
		return "", false
	}
	tv, ok := c.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// tri is a value known to be true, known to be false, or unknown.
type tri int

const (
	unknown tri = iota
	yes
	no
)

// boolValue returns the value of a boolean expression when it is a
// constant (true, false, a named constant, or a package variable never
// assigned after its constant initializer).
func (c *checker) boolValue(e ast.Expr) tri {
	if e == nil {
		return unknown
	}
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
		if constant.BoolVal(tv.Value) {
			return yes
		}
		return no
	}
	if v := c.singleValue(e); v != nil && v != e {
		return c.boolValue(v)
	}
	return unknown
}

// --- indexes ---

// funcDecl returns the declaration of a function or method of this package.
func (c *checker) funcDecl(fn *types.Func) *ast.FuncDecl {
	if c.funcDecls == nil {
		c.funcDecls = map[*types.Func]*ast.FuncDecl{}
		for cur := range c.root.Preorder((*ast.FuncDecl)(nil)) {
			d := cur.Node().(*ast.FuncDecl)
			if f, ok := c.info.Defs[d.Name].(*types.Func); ok {
				c.funcDecls[f] = d
			}
		}
	}
	return c.funcDecls[fn.Origin()]
}

// valuesOf returns the expressions assigned to a variable of this package
// (its initializer and every plain assignment). A variable also assigned
// from a tuple, by ++, op=, or whose address is taken gets a nil entry in
// the list, meaning "some value we cannot see".
func (c *checker) valuesOf(obj types.Object) []ast.Expr {
	if c.assigns == nil {
		c.assigns = map[types.Object][]ast.Expr{}
		record := func(lhs ast.Expr, rhs ast.Expr) {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok {
				return
			}
			o := c.info.ObjectOf(id)
			if o == nil {
				return
			}
			c.assigns[o] = append(c.assigns[o], rhs)
		}
		for cur := range c.root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.UnaryExpr)(nil), (*ast.RangeStmt)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.AssignStmt:
				switch {
				case (n.Tok == token.DEFINE || n.Tok == token.ASSIGN) && len(n.Lhs) == len(n.Rhs):
					for i := range n.Lhs {
						record(n.Lhs[i], n.Rhs[i])
					}
				case (n.Tok == token.DEFINE || n.Tok == token.ASSIGN) && len(n.Rhs) == 1:
					// u, err := url.Parse(origin); _, ok := allowed[origin]:
					// each result is derived from the one expression.
					for _, l := range n.Lhs {
						record(l, n.Rhs[0])
					}
				default:
					for _, l := range n.Lhs {
						record(l, nil)
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						record(n.Names[i], n.Values[i])
					}
				} else {
					for _, name := range n.Names {
						record(name, nil)
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					record(n.X, nil)
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
	return c.assigns[obj]
}

// singleValue returns the one expression a variable identifier was ever
// given in this package, or nil.
func (c *checker) singleValue(e ast.Expr) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.info.ObjectOf(id).(*types.Var)
	if !ok || v.Pkg() != c.pass.Pkg || v.IsField() {
		return nil
	}
	vals := c.valuesOf(v)
	if len(vals) != 1 || vals[0] == nil {
		return nil
	}
	return vals[0]
}

// strElem is one element of a string list: its value and, when it is
// written in this package, the expression to report at.
type strElem struct {
	value string
	expr  ast.Expr
}

// stringList resolves a []string expression: a composite literal of
// constants, or a variable of this package with one such value. complete
// is false when some element or the whole list is not known.
func (c *checker) stringList(e ast.Expr) (elems []strElem, complete bool) {
	return c.stringListDepth(e, 0)
}

func (c *checker) stringListDepth(e ast.Expr, depth int) ([]strElem, bool) {
	if e == nil || depth > 4 {
		return nil, false
	}
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.CompositeLit:
		complete := true
		var out []strElem
		for _, el := range e.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if s, ok := c.stringConst(el); ok {
				out = append(out, strElem{s, el})
			} else {
				complete = false
			}
		}
		return out, complete
	case *ast.Ident:
		if e.Name == "nil" {
			if _, ok := c.info.ObjectOf(e).(*types.Nil); ok {
				return nil, true
			}
		}
		if v := c.singleValue(e); v != nil {
			return c.stringListDepth(v, depth+1)
		}
	case *ast.CallExpr:
		// append(list, "x", …)
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok && id.Name == "append" && len(e.Args) > 0 {
			if _, ok := c.info.ObjectOf(id).(*types.Builtin); ok {
				out, complete := c.stringListDepth(e.Args[0], depth+1)
				if e.Ellipsis.IsValid() {
					more, ok := c.stringListDepth(e.Args[len(e.Args)-1], depth+1)
					return append(out, more...), complete && ok && len(e.Args) == 2
				}
				for _, a := range e.Args[1:] {
					if s, ok := c.stringConst(a); ok {
						out = append(out, strElem{s, a})
					} else {
						complete = false
					}
				}
				return out, complete
			}
		}
	}
	return nil, false
}

// --- origin-valued expressions ---

// isOriginName reports whether a variable or parameter name says it holds
// an origin ("origin", "reqOrigin", "allowedOrigin"), not an original.
func isOriginName(name string) bool {
	l := strings.ToLower(name)
	return strings.Contains(l, "origin") && !strings.Contains(l, "original")
}

// isOriginRead reports whether e reads the Origin request header:
// r.Header.Get("Origin"), gin's c.GetHeader("Origin"), echo's
// c.Request().Header.Get(echo.HeaderOrigin).
func (c *checker) isOriginRead(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	fn := c.callee(call)
	if !isMethod(fn, pkgHTTP, "Header", "Get") && !isMethod(fn, pkgGin, "Context", "GetHeader") {
		return false
	}
	name, ok := c.stringConst(call.Args[0])
	return ok && strings.EqualFold(name, "Origin")
}

// originValued reports whether e holds the request's origin or a part of
// it: the Origin header read, a string variable named like an origin, a
// variable assigned from such an expression, url.Parse(origin) and its
// Host / Hostname(), strings.ToLower(origin).
func (c *checker) originValued(e ast.Expr) bool {
	return c.originValuedDepth(e, 0)
}

func (c *checker) originValuedDepth(e ast.Expr, depth int) bool {
	if e == nil || depth > 4 {
		return false
	}
	e = ast.Unparen(e)
	if c.isOriginRead(e) {
		return true
	}
	switch e := e.(type) {
	case *ast.Ident:
		obj, ok := c.info.ObjectOf(e).(*types.Var)
		if !ok {
			return false
		}
		if isOriginName(obj.Name()) && !obj.IsField() && c.corsContext() {
			if _, isStr := obj.Type().Underlying().(*types.Basic); isStr || isNamed(obj.Type(), "net/url", "URL") {
				return true
			}
		}
		if obj.Pkg() == c.pass.Pkg {
			for _, v := range c.valuesOf(obj) {
				if v != nil && c.originValuedDepth(v, depth+1) {
					return true
				}
			}
		}
	case *ast.SelectorExpr:
		// u.Host where u was parsed from the origin.
		if isNamed(c.info.TypeOf(e.X), "net/url", "URL") {
			return c.originValuedDepth(e.X, depth+1)
		}
	case *ast.CallExpr:
		fn := c.callee(e)
		switch {
		case apimatch.IsFunc(fn, "net/url", "Parse", "ParseRequestURI") && len(e.Args) == 1:
			return c.originValuedDepth(e.Args[0], depth+1)
		case isMethod(fn, "net/url", "URL", "Hostname", "Host"):
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				return c.originValuedDepth(sel.X, depth+1)
			}
		case apimatch.IsFunc(fn, pkgStrings, "ToLower", "TrimSpace", "TrimSuffix", "TrimPrefix", "TrimRight") && len(e.Args) >= 1:
			return c.originValuedDepth(e.Args[0], depth+1)
		}
	}
	return false
}

// --- function bodies ---

// funcBody returns the body of a function value: a literal, or a function
// or method of this package named by an identifier or selector.
func (c *checker) funcBody(e ast.Expr) (*ast.BlockStmt, *ast.FuncType) {
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.FuncLit:
		return e.Body, e.Type
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := e.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = e.(*ast.Ident)
		}
		switch obj := c.info.ObjectOf(id).(type) {
		case *types.Func:
			if d := c.funcDecl(obj); d != nil && d.Body != nil {
				return d.Body, d.Type
			}
		case *types.Var:
			if v := c.singleValue(id); v != nil {
				if lit, ok := ast.Unparen(v).(*ast.FuncLit); ok {
					return lit.Body, lit.Type
				}
			}
		}
	case *ast.CallExpr:
		// A constructor returning a literal: allowOrigin(cfg) returning
		// func(origin string) bool {…} is not followed: what it returns
		// depends on its arguments.
	}
	return nil, nil
}

// returnsTrueUnconditionally reports whether every return statement of
// body (outside nested function literals) returns the constant true as its
// first result, and there is at least one.
func (c *checker) returnsTrueUnconditionally(body *ast.BlockStmt) bool {
	if body == nil {
		return false
	}
	n := 0
	all := true
	ast.Inspect(body, func(node ast.Node) bool {
		if !all {
			return false
		}
		switch node := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			n++
			if len(node.Results) == 0 || c.boolValue(node.Results[0]) != yes {
				all = false
			}
		}
		return true
	})
	return all && n > 0
}

// corsContext reports whether the package deals with CORS: it imports a
// CORS library, or mentions the Origin or Access-Control-Allow-Origin
// header. Only then is a variable named "origin" taken to hold a request's
// origin (and not, say, a git remote).
func (c *checker) corsContext() bool {
	if c.corsCtx == unknown {
		c.corsCtx = no
		if apimatch.ImportsAny(c.pass.Pkg, pkgRSCors, pkgChiCors, pkgGorillaCORS, pkgGinCors, pkgEchoMW) {
			c.corsCtx = yes
		} else {
			for cur := range c.root.Preorder((*ast.BasicLit)(nil), (*ast.SelectorExpr)(nil)) {
				var s string
				switch n := cur.Node().(type) {
				case *ast.BasicLit:
					if n.Kind != token.STRING {
						continue
					}
					s, _ = c.stringConst(n)
				case *ast.SelectorExpr:
					s, _ = c.stringConst(n) // echo.HeaderOrigin and friends
				}
				if strings.EqualFold(s, "Origin") || strings.EqualFold(s, headerAllowOrigin) {
					c.corsCtx = yes
					break
				}
			}
		}
	}
	return c.corsCtx == yes
}
