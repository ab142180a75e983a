package urlcreds

import (
	"fmt"
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

// Rule IDs reported by this analyzer (catalogue entries in rules/ac4xx.go).
const (
	ruleCredentialInURL     = "AC401"
	ruleCredentialFromQuery = "AC402"
	ruleOneTimeLink         = "AC403"
	ruleFormInPostHandler   = "AC404"
	ruleLogoutToken         = "AC405"
)

// Import paths of the APIs the analyzer understands.
const (
	pkgURL       = "net/url"
	pkgHTTP      = "net/http"
	pkgHTTPTest  = "net/http/httptest"
	pkgFmt       = "fmt"
	pkgGin       = "github.com/gin-gonic/gin"
	pkgEcho      = "github.com/labstack/echo/v4"
	pkgEchoV3    = "github.com/labstack/echo"
	pkgGorillaWS = "github.com/gorilla/websocket"
)

var Analyzer = &analysis.Analyzer{
	Name:     "urlcreds",
	Doc:      Doc,
	URL:      "https://pkg.go.dev/github.com/authcheck/authcheck/analyzers/urlcreds",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

// oneTimeMode says how one-time links (password reset, e-mail
// verification, magic links, invitations) are reported.
type oneTimeMode string

const (
	oneTimeInfo   oneTimeMode = "info"   // AC403, severity info, with the conditions that make it acceptable
	oneTimeFlag   oneTimeMode = "flag"   // like any other credential: AC401 / AC402
	oneTimeIgnore oneTimeMode = "ignore" // not reported
)

func (m *oneTimeMode) String() string { return string(*m) }

func (m *oneTimeMode) Set(s string) error {
	switch v := oneTimeMode(strings.ToLower(strings.TrimSpace(s))); v {
	case oneTimeInfo, oneTimeFlag, oneTimeIgnore:
		*m = v
		return nil
	}
	return fmt.Errorf("invalid value %q: want info, flag or ignore", s)
}

var oneTimeLinks = oneTimeInfo

func init() {
	Analyzer.Flags.Var(&oneTimeLinks, "one-time-links",
		"one-time links (password reset, e-mail verification, magic links, invitations) carrying a token in the URL: "+
			"info reports them as AC403 (info), flag reports them like other credentials (AC401/AC402), ignore drops them")
}

func run(pass *analysis.Pass) (any, error) {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if pass.TypesInfo == nil || pass.Pkg == nil {
		return nil, nil
	}
	c := &checker{
		pass:     pass,
		info:     pass.TypesInfo,
		root:     insp.Root(),
		mode:     oneTimeLinks,
		reported: make(map[token.Pos]bool),
	}

	// Fast path. url.Values, request URLs and form reads need net/url,
	// net/http or a web framework in the import list; fmt.Sprintf needs
	// fmt. A URL built with + needs no import at all (the literal
	// "?access_token=" is the evidence), so that check runs everywhere: it
	// only looks at string concatenations, which is cheap.
	web := apimatch.ImportsAny(pass.Pkg, pkgURL, pkgHTTP, pkgGin, pkgEcho, pkgEchoV3)
	formatting := apimatch.ImportsAny(pass.Pkg, pkgFmt)
	jwtRequest := apimatch.ImportsAny(pass.Pkg, jwtRequestPkgs...)

	filter := []ast.Node{(*ast.BinaryExpr)(nil)}
	if formatting || web {
		filter = append(filter, (*ast.CallExpr)(nil))
	}
	if web || jwtRequest {
		filter = append(filter, (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.IndexExpr)(nil))
	}
	if jwtRequest {
		filter = append(filter, (*ast.SelectorExpr)(nil))
	}
	for cur := range c.root.Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			c.checkConcatenation(cur, n)
		case *ast.CallExpr:
			fn := c.callee(n)
			if fn == nil {
				continue // builtins, conversions, calls of function values
			}
			if formatting {
				c.checkFormatted(cur, n, fn)
			}
			if web {
				c.checkValuesInsert(cur, n, fn)
				c.checkQueryRead(cur, n, fn)
			}
		case *ast.CompositeLit:
			c.checkValuesLiteral(cur, n)
			if jwtRequest {
				c.checkArgumentExtractor(n)
			}
		case *ast.SelectorExpr:
			c.checkOAuth2Extractor(n)
		case *ast.AssignStmt:
			c.checkValuesIndexAssign(cur, n)
		case *ast.IndexExpr:
			c.checkQueryIndex(cur, n)
		}
	}
	return nil, nil
}

// checker holds one package's state: lazily built indexes of identifier
// uses, local definitions and parameters, shared by the rules.
type checker struct {
	pass     *analysis.Pass
	info     *types.Info
	root     inspector.Cursor
	mode     oneTimeMode
	reported map[token.Pos]bool

	uses   map[types.Object][]inspector.Cursor // identifier uses per object
	defs   map[types.Object][]ast.Expr         // values assigned to local url.Values / *url.URL variables
	params map[types.Object]paramSite          // function parameter → its function and position
	wsFunc map[ast.Node]bool                   // function body → does it upgrade to a WebSocket?
}

type paramSite struct {
	fn    *types.Func
	index int
}

// --- type and callee helpers ---

func (c *checker) callee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	return fn
}

// isMethod reports whether fn is a method of pkgPath.typeName (value or
// pointer receiver, concrete type or interface) named one of names.
func isMethod(fn *types.Func, pkgPath, typeName string, names ...string) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || !isNamed(sig.Recv().Type(), pkgPath, typeName) {
		return false
	}
	for _, n := range names {
		if fn.Name() == n {
			return true
		}
	}
	return false
}

// isNamed reports whether t, or what it points to, is the named type
// pkgPath.name.
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

func (c *checker) isURLValues(e ast.Expr) bool {
	return isNamed(c.info.TypeOf(e), pkgURL, "Values")
}

func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// stringConst returns the value of a constant string expression (literal,
// named constant or constant concatenation).
func (c *checker) stringConst(e ast.Expr) (string, bool) {
	tv, ok := c.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

func (c *checker) isConst(e ast.Expr) bool {
	tv, ok := c.info.Types[e]
	return ok && tv.Value != nil
}

// fieldOf returns the struct field a selector or composite-literal key
// names, if it is pkgPath's field with one of names.
func (c *checker) isField(id *ast.Ident, pkgPath string, names ...string) bool {
	v, ok := c.info.ObjectOf(id).(*types.Var)
	if !ok || !v.IsField() || v.Pkg() == nil || v.Pkg().Path() != pkgPath {
		return false
	}
	for _, n := range names {
		if v.Name() == n {
			return true
		}
	}
	return false
}

// objectOf returns the variable an expression denotes: a local, a
// parameter, a package variable or a struct field (x.f).
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
	}
	return nil
}

// --- lazily built indexes ---

// usesOf returns the cursors of the identifiers that refer to obj.
func (c *checker) usesOf(obj types.Object) []inspector.Cursor {
	if c.uses == nil {
		c.uses = make(map[types.Object][]inspector.Cursor)
		for cur := range c.root.Preorder((*ast.Ident)(nil)) {
			if o := c.info.Uses[cur.Node().(*ast.Ident)]; o != nil {
				c.uses[o] = append(c.uses[o], cur)
			}
		}
	}
	return c.uses[obj]
}

// valueCursor turns the use of an object into the expression that yields
// its value: the identifier itself, or x.f for a field f.
func valueCursor(use inspector.Cursor) inspector.Cursor {
	if sel, ok := use.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == use.Node() {
		return use.Parent()
	}
	return use
}

// defsOf returns the expressions assigned to a url.Values or *url.URL
// variable (q := r.URL.Query(), u := r.URL, q, err := url.ParseQuery(…)).
func (c *checker) defsOf(obj types.Object) []ast.Expr {
	if c.defs == nil {
		c.defs = make(map[types.Object][]ast.Expr)
		record := func(lhs, rhs ast.Expr) {
			id, ok := lhs.(*ast.Ident)
			if !ok {
				return
			}
			o := c.info.ObjectOf(id)
			if o == nil {
				return
			}
			if t := o.Type(); isNamed(t, pkgURL, "Values") || isNamed(t, pkgURL, "URL") {
				c.defs[o] = append(c.defs[o], rhs)
			}
		}
		for cur := range c.root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.AssignStmt:
				if n.Tok != token.DEFINE && n.Tok != token.ASSIGN {
					continue
				}
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						record(n.Lhs[i], n.Rhs[i])
					}
				} else if len(n.Rhs) == 1 && len(n.Lhs) > 0 {
					record(n.Lhs[0], n.Rhs[0]) // q, err := url.ParseQuery(…): q is the first result
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						record(n.Names[i], n.Values[i])
					}
				} else if len(n.Values) == 1 && len(n.Names) > 0 {
					record(n.Names[0], n.Values[0])
				}
			}
		}
	}
	return c.defs[obj]
}

// paramOf reports whether obj is a parameter of a function declared in
// this package, and which one.
func (c *checker) paramOf(obj types.Object) (paramSite, bool) {
	if c.params == nil {
		c.params = make(map[types.Object]paramSite)
		for cur := range c.root.Preorder((*ast.FuncDecl)(nil)) {
			decl := cur.Node().(*ast.FuncDecl)
			fn, ok := c.info.Defs[decl.Name].(*types.Func)
			if !ok || decl.Type.Params == nil {
				continue
			}
			i := 0
			for _, field := range decl.Type.Params.List {
				if len(field.Names) == 0 {
					i++
					continue
				}
				for _, name := range field.Names {
					if o := c.info.Defs[name]; o != nil {
						c.params[o] = paramSite{fn: fn, index: i}
					}
					i++
				}
			}
		}
	}
	site, ok := c.params[obj]
	return site, ok
}

// localParam returns the parameter of a function declared in this package
// that receives argument idx of call (nil for variadic or foreign callees).
func (c *checker) localParam(call *ast.CallExpr, idx int) types.Object {
	fn := c.callee(call)
	if fn == nil || fn.Pkg() != c.pass.Pkg {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || idx >= sig.Params().Len() || (sig.Variadic() && idx >= sig.Params().Len()-1) {
		return nil
	}
	return sig.Params().At(idx)
}

// --- function context ---

// contextNames returns the names that describe the code around cur: the
// enclosing function and its receiver type, and for a function literal the
// variable it is assigned to and the constant strings (routes) of the call
// it is passed to, as in mux.HandleFunc("/reset", func(…){…}).
func (c *checker) contextNames(cur inspector.Cursor) []string {
	var names []string
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch fn := fc.Node().(type) {
		case *ast.FuncDecl:
			names = append(names, fn.Name.Name)
			if fn.Recv != nil && len(fn.Recv.List) > 0 {
				if named := receiverTypeName(fn.Recv.List[0].Type); named != "" {
					names = append(names, named)
				}
			}
			return names
		case *ast.FuncLit:
			switch p := fc.Parent().Node().(type) {
			case *ast.CallExpr:
				for _, arg := range p.Args {
					if s, ok := c.stringConst(arg); ok {
						names = append(names, s)
					}
				}
			case *ast.AssignStmt:
				if _, i := fc.ParentEdge(); i >= 0 && i < len(p.Lhs) && len(p.Lhs) == len(p.Rhs) {
					if id, ok := p.Lhs[i].(*ast.Ident); ok {
						names = append(names, id.Name)
					}
				}
			}
		}
	}
	return names
}

func receiverTypeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return receiverTypeName(e.X)
	case *ast.IndexExpr:
		return receiverTypeName(e.X)
	case *ast.IndexListExpr:
		return receiverTypeName(e.X)
	case *ast.Ident:
		return e.Name
	}
	return ""
}

// exprName returns the name an expression is known by: x for x, f for
// s.f, the method or function name for a call.
func exprName(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.CallExpr:
		// url.QueryEscape(tok), tok.String(): the credential is the argument
		// or the receiver, not the helper.
		if len(e.Args) == 1 {
			if n := exprName(e.Args[0]); n != "" {
				return n
			}
		}
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
			return exprName(sel.X)
		}
	case *ast.StarExpr:
		return exprName(e.X)
	}
	return ""
}

// upgradesWebSocket reports whether the function enclosing cur calls into
// a WebSocket library (gorilla's Upgrader.Upgrade, nhooyr/coder Accept, …):
// its handshake is a GET whose URL is the only place a browser can put a
// token, which changes the advice.
func (c *checker) upgradesWebSocket(cur inspector.Cursor) bool {
	var body inspector.Cursor
	found := false
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body, found = fc, true
		break
	}
	if !found {
		return false
	}
	if c.wsFunc == nil {
		c.wsFunc = make(map[ast.Node]bool)
	}
	if v, ok := c.wsFunc[body.Node()]; ok {
		return v
	}
	ws := false
	for cc := range body.Preorder((*ast.CallExpr)(nil)) {
		if fn := c.callee(cc.Node().(*ast.CallExpr)); fn != nil && fn.Pkg() != nil && isWebSocketPkg(fn.Pkg().Path()) {
			ws = true
			break
		}
	}
	c.wsFunc[body.Node()] = ws
	return ws
}

func isWebSocketPkg(path string) bool {
	return strings.HasSuffix(path, "/websocket") || path == "nhooyr.io/websocket"
}

// report emits a diagnostic once per position.
func (c *checker) report(d analysis.Diagnostic) {
	if c.reported[d.Pos] {
		return
	}
	c.reported[d.Pos] = true
	c.pass.Report(d)
}
