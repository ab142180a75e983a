package cookies

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

// Rule IDs reported by this analyzer (catalogue entries in rules/ac5xx.go).
const (
	ruleNoHttpOnly   = "AC501"
	ruleNoSecure     = "AC502"
	ruleSameSiteNone = "AC503"
	ruleSameSiteLax  = "AC504"
	ruleCSRFNoSecure = "AC505"
	ruleFixation     = "AC506"
)

// Import paths of the APIs the analyzer understands.
const (
	pkgHTTP     = "net/http"
	pkgGin      = "github.com/gin-gonic/gin"
	pkgEcho     = "github.com/labstack/echo/v4"
	pkgEchoV3   = "github.com/labstack/echo"
	pkgSessions = "github.com/gorilla/sessions"
	pkgSCS      = "github.com/alexedwards/scs/v2"
	pkgCSRF     = "github.com/gorilla/csrf"
	pkgFmt      = "fmt"
	pkgTime     = "time"
)

// APIs lists the import paths whose use gives the rules something to
// check (rules.Rule.APIs).
var APIs = []string{pkgHTTP, pkgGin, pkgEcho, pkgEchoV3, pkgSessions, pkgSCS, pkgCSRF}

var Analyzer = &analysis.Analyzer{
	Name:     "cookies",
	Doc:      Doc,
	URL:      "https://pkg.go.dev/github.com/authcheck/authcheck/analyzers/cookies",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	if pass.TypesInfo == nil || pass.Pkg == nil {
		return nil, nil
	}
	// Fast path: every way of setting a cookie the analyzer knows goes
	// through one of these packages (an http.Cookie literal needs
	// net/http in the file that writes it).
	if !apimatch.ImportsAny(pass.Pkg, APIs...) {
		return nil, nil
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:     pass,
		info:     pass.TypesInfo,
		root:     insp.Root(),
		reported: make(map[string]bool),
	}
	c.indexAssignments()

	for cur := range c.root.Preorder((*ast.CompositeLit)(nil), (*ast.CallExpr)(nil), (*ast.ValueSpec)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.ValueSpec:
			c.checkVarDecl(cur, n)
		case *ast.CompositeLit:
			c.checkLiteral(cur, n)
		case *ast.CallExpr:
			c.checkCall(cur, n)
		}
	}
	return nil, nil
}

// checker holds one package's state.
type checker struct {
	pass     *analysis.Pass
	info     *types.Info
	root     inspector.Cursor
	reported map[string]bool

	// fieldSets maps a variable to the assignments made to its fields
	// (v.Secure = true), keyed by field name.
	fieldSets map[types.Object]map[string][]ast.Expr
	// configSets collects assignments to the cookie settings of a
	// library object anywhere in the package, keyed by the owning type
	// ("sessions.Options", "scs.SessionCookie") and field name:
	// store.Options.HttpOnly = true, sm.Cookie.Secure = cfg.Secure.
	configSets map[string]map[string][]ast.Expr
	// replaced records owners whose whole settings struct is assigned
	// (store.Options = &sessions.Options{…}, sm.Cookie = scs.SessionCookie{…}):
	// the literal is judged instead of the library defaults.
	replaced map[string]bool
	// sameSiteCalls holds gin c.SetSameSite calls, by enclosing function.
	sameSiteCalls     map[ast.Node][]*ast.CallExpr
	sameSiteElsewhere bool
}

// --- attribute model ---

// flag is the state of a boolean cookie attribute.
type flag int

const (
	flagUnset   flag = iota // not set: the zero value or the library's default
	flagFalse               // set to the constant false
	flagTrue                // set to the constant true
	flagRuntime             // computed at run time: not judged
)

// sameSite is the state of the SameSite attribute.
type sameSite int

const (
	ssUnset sameSite = iota // not sent (http.SameSiteDefaultMode or zero)
	ssNone
	ssLax
	ssStrict
	ssRuntime
)

func (s sameSite) String() string {
	switch s {
	case ssNone:
		return "SameSite=None"
	case ssLax:
		return "SameSite=Lax"
	case ssStrict:
		return "SameSite=Strict"
	}
	return "no SameSite"
}

// cookie is what the analyzer knows about one cookie at its creation.
type cookie struct {
	pos, end token.Pos
	what     string // how it is described in messages: `http.Cookie "session"`
	name     string // constant name, or ""
	value    ast.Expr
	kind     cookieKind

	httpOnly, secure flag
	sameSite         sameSite
	deletion         bool

	// Field names as written in the source (the message names them).
	httpOnlyField, secureField, sameSiteField string
	// literal to fix, if the cookie is an http.Cookie literal, and the
	// variable holding it.
	fixLit *ast.CompositeLit
	obj    types.Object
}

type cookieKind int

const (
	kindUnknown cookieKind = iota // classify by name and value
	kindSession                   // a session cookie by construction (gorilla/sessions, scs)
	kindCSRF                      // a CSRF cookie by construction
)

// judge reports the cookie's missing attributes.
func (c *checker) judge(ck *cookie) {
	if ck.deletion {
		return
	}
	class := ck.kind
	if class == kindUnknown {
		class = c.classify(ck.name, ck.value)
	}
	var diags []analysis.Diagnostic
	add := func(rule, msg string) {
		diags = append(diags, analysis.Diagnostic{Pos: ck.pos, End: ck.end, Category: rule, Message: msg})
	}
	switch class {
	case kindSession:
		if ck.httpOnly == flagUnset || ck.httpOnly == flagFalse {
			add(ruleNoHttpOnly, fmt.Sprintf("%s is not HttpOnly (%s): scripts on the page can read the session; set %s to true",
				ck.what, state(ck.httpOnly, ck.httpOnlyField), ck.httpOnlyField))
		}
		if ck.secure == flagUnset || ck.secure == flagFalse {
			add(ruleNoSecure, fmt.Sprintf("%s is not Secure (%s): it is sent over plain HTTP; set %s to true",
				ck.what, state(ck.secure, ck.secureField), ck.secureField))
		}
		switch ck.sameSite {
		case ssUnset, ssNone:
			add(ruleSameSiteNone, fmt.Sprintf("%s has %s: browsers attach it to cross-site requests; set %s to http.SameSiteStrictMode",
				ck.what, ck.sameSite, ck.sameSiteField))
		case ssLax:
			add(ruleSameSiteLax, fmt.Sprintf("%s has SameSite=Lax: top-level cross-site navigations still carry it; set %s to http.SameSiteStrictMode",
				ck.what, ck.sameSiteField))
		}
	case kindCSRF:
		if ck.secure == flagUnset || ck.secure == flagFalse {
			add(ruleCSRFNoSecure, fmt.Sprintf("CSRF %s is not Secure (%s): an attacker on the network can read or plant the token; set %s to true",
				ck.what, state(ck.secure, ck.secureField), ck.secureField))
		}
	default:
		return
	}
	if len(diags) > 0 && ck.fixLit != nil {
		if fix, ok := c.literalFix(ck, class); ok {
			diags[0].SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	}
	for _, d := range diags {
		key := fmt.Sprintf("%d/%s", d.Pos, d.Category)
		if c.reported[key] {
			continue
		}
		c.reported[key] = true
		c.pass.Report(d)
	}
}

func state(f flag, field string) string {
	if f == flagFalse {
		return field + " is false"
	}
	return field + " is not set"
}

// --- expression helpers ---

func (c *checker) callee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	return fn
}

// isMethod reports whether fn is a method named name of a type (or
// interface) declared in pkgPath.
func isMethod(fn *types.Func, pkgPath string, names ...string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() == nil {
		return false
	}
	for _, n := range names {
		if fn.Name() == n {
			return true
		}
	}
	return false
}

// isNamed reports whether t (or what it points to) is pkgPath.name.
func isNamed(t types.Type, pkgPath, name string) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == pkgPath && obj.Name() == name
}

func (c *checker) typeOf(e ast.Expr) types.Type {
	if tv, ok := c.info.Types[e]; ok {
		return tv.Type
	}
	return nil
}

// constValue returns e's constant value, or nil.
func (c *checker) constValue(e ast.Expr) constant.Value {
	if tv, ok := c.info.Types[e]; ok {
		return tv.Value
	}
	return nil
}

func (c *checker) constString(e ast.Expr) (string, bool) {
	if v := c.constValue(e); v != nil && v.Kind() == constant.String {
		return constant.StringVal(v), true
	}
	return "", false
}

// boolFlag reads a boolean attribute's value.
func (c *checker) boolFlag(e ast.Expr) flag {
	if e == nil {
		return flagUnset
	}
	if v := c.constValue(e); v != nil && v.Kind() == constant.Bool {
		if constant.BoolVal(v) {
			return flagTrue
		}
		return flagFalse
	}
	return flagRuntime
}

// sameSiteOf reads an http.SameSite (or gorilla/csrf SameSiteMode) value.
func (c *checker) sameSiteOf(e ast.Expr) sameSite {
	if e == nil {
		return ssUnset
	}
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if obj, ok := c.info.Uses[sel.Sel].(*types.Const); ok && obj.Pkg() != nil {
			switch obj.Name() {
			case "SameSiteDefaultMode":
				return ssUnset
			case "SameSiteLaxMode":
				return ssLax
			case "SameSiteStrictMode":
				return ssStrict
			case "SameSiteNoneMode":
				return ssNone
			}
		}
	}
	if v := c.constValue(e); v != nil {
		if n, ok := constant.Int64Val(v); ok {
			switch n { // net/http: Default=1, Lax=2, Strict=3, None=4; 0 is unset
			case 0, 1:
				return ssUnset
			case 2:
				return ssLax
			case 3:
				return ssStrict
			case 4:
				return ssNone
			}
		}
	}
	return ssRuntime
}

// negativeInt reports whether e is a constant integer below zero.
func (c *checker) negativeInt(e ast.Expr) bool {
	if v := c.constValue(e); v != nil && v.Kind() == constant.Int {
		return constant.Sign(v) < 0
	}
	return false
}

// emptyString reports whether e is the constant "".
func (c *checker) emptyString(e ast.Expr) bool {
	s, ok := c.constString(e)
	return ok && s == ""
}

// pastTime reports whether e is an expiry in the past: time.Unix(0, 0),
// time.Time{}, time.Now().Add(-d), or a variable named like an epoch.
func (c *checker) pastTime(e ast.Expr) bool {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.CompositeLit:
		return isNamed(c.typeOf(x), pkgTime, "Time") && len(x.Elts) == 0
	case *ast.CallExpr:
		fn := c.callee(x)
		if apimatch.IsFunc(fn, pkgTime, "Unix", "UnixMilli") && len(x.Args) > 0 {
			if v := c.constValue(x.Args[0]); v != nil && constant.Sign(v) <= 0 {
				return true
			}
			if v := c.constValue(x.Args[0]); v != nil && v.Kind() == constant.Int {
				if n, ok := constant.Int64Val(v); ok && n < 1e9 {
					return true
				}
			}
		}
		if isMethod(fn, pkgTime, "Add", "AddDate") && len(x.Args) > 0 {
			if u, ok := ast.Unparen(x.Args[0]).(*ast.UnaryExpr); ok && u.Op == token.SUB {
				return true
			}
			if c.negativeInt(x.Args[0]) {
				return true
			}
		}
	case *ast.Ident, *ast.SelectorExpr:
		name := strings.ToLower(exprName(e))
		return strings.Contains(name, "epoch") || strings.Contains(name, "past") || strings.Contains(name, "expired")
	}
	return false
}

// exprName returns the last identifier of e (x, a.b.x, f() → f).
func exprName(e ast.Expr) string {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		return x.Sel.Name
	case *ast.CallExpr:
		return exprName(x.Fun)
	case *ast.StarExpr:
		return exprName(x.X)
	case *ast.IndexExpr:
		return exprName(x.X)
	}
	return ""
}

// enclosingFunc returns the body-owning node (FuncDecl or FuncLit) around cur.
func enclosingFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	for p := cur.Parent(); p.Node() != nil; p = p.Parent() {
		switch p.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return p, true
		}
	}
	return inspector.Cursor{}, false
}

func funcBody(n ast.Node) *ast.BlockStmt {
	switch f := n.(type) {
	case *ast.FuncDecl:
		return f.Body
	case *ast.FuncLit:
		return f.Body
	}
	return nil
}
