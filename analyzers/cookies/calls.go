package cookies

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/authcheck/authcheck/analyzers/internal/apimatch"
)

// checkCall dispatches the calls the analyzer understands.
func (c *checker) checkCall(cur inspector.Cursor, call *ast.CallExpr) {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && len(call.Args) == 1 {
		if b, ok := c.info.Uses[id].(*types.Builtin); ok && b.Name() == "new" &&
			isNamed(c.typeOf(call.Args[0]), pkgHTTP, typeHTTPCookie) {
			c.newCookie(cur, call)
		}
		return
	}
	fn := c.callee(call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	switch fn.Pkg().Path() {
	case pkgHTTP:
		if isMethod(fn, pkgHTTP, "Set", "Add") && len(call.Args) == 2 && isNamed(recvType(fn), pkgHTTP, "Header") {
			if k, ok := c.constString(call.Args[0]); ok && strings.EqualFold(k, "Set-Cookie") {
				c.headerSetCookie(call, call.Args[1])
			}
		}
	case pkgGin:
		switch {
		case isMethod(fn, pkgGin, "SetCookie"):
			c.ginSetCookie(cur, call)
		case isMethod(fn, pkgGin, "Header") && len(call.Args) == 2:
			if k, ok := c.constString(call.Args[0]); ok && strings.EqualFold(k, "Set-Cookie") {
				c.headerSetCookie(call, call.Args[1])
			}
		}
	case pkgSessions:
		if apimatch.IsFunc(fn, pkgSessions, "NewCookieStore", "NewFilesystemStore") {
			c.sessionsStore(cur, call, fn)
		}
	case pkgSCS:
		switch {
		case apimatch.IsFunc(fn, pkgSCS, "New", "NewSession"):
			c.scsNew(cur, call)
		case isMethod(fn, pkgSCS, "Put"):
			c.scsPut(cur, call)
		}
	case pkgCSRF:
		if apimatch.IsFunc(fn, pkgCSRF, "Secure") && len(call.Args) == 1 && c.boolFlag(call.Args[0]) == flagFalse {
			c.report(call.Args[0], ruleCSRFNoSecure,
				"gorilla/csrf is configured with csrf.Secure(false): the CSRF cookie is sent over plain HTTP; "+
					"drop the option (the default is Secure) or set it from the environment for local development only")
		}
	}
}

func recvType(fn *types.Func) types.Type {
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return sig.Recv().Type()
	}
	return nil
}

func (c *checker) report(n ast.Node, rule, msg string) {
	key := fmt.Sprintf("%d/%s", n.Pos(), rule)
	if c.reported[key] {
		return
	}
	c.reported[key] = true
	c.pass.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Category: rule, Message: msg})
}

// indexAssignments records, once per package, the field assignments the
// rules need: v.Secure = …, store.Options.HttpOnly = …,
// sm.Cookie.SameSite = …, and gin SetSameSite calls.
func (c *checker) indexAssignments() {
	c.fieldSets = map[types.Object]map[string][]ast.Expr{}
	c.configSets = map[string]map[string][]ast.Expr{}
	c.replaced = map[string]bool{}
	c.sameSiteCalls = map[ast.Node][]*ast.CallExpr{}
	setters := map[ast.Node]bool{} // functions that set gin cookies
	for cur := range c.root.Preorder((*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			fn := c.callee(n)
			switch {
			case isMethod(fn, pkgGin, "SetSameSite"):
				if f, ok := enclosingFunc(cur); ok {
					c.sameSiteCalls[f.Node()] = append(c.sameSiteCalls[f.Node()], n)
				} else {
					c.sameSiteElsewhere = true
				}
			case isMethod(fn, pkgGin, "SetCookie", "SetCookieData"):
				if f, ok := enclosingFunc(cur); ok {
					setters[f.Node()] = true
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, lhs := range n.Lhs {
				c.indexAssignment(lhs, n.Rhs[i])
			}
		}
	}
	// SetSameSite in a function that sets no cookie is a middleware: it
	// decides the mode for handlers the analyzer cannot connect to it.
	for f := range c.sameSiteCalls {
		if !setters[f] {
			c.sameSiteElsewhere = true
		}
	}
}

func (c *checker) indexAssignment(lhs, rhs ast.Expr) {
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok {
		return
	}
	field := sel.Sel.Name
	// v.Field = rhs on a cookie-describing variable.
	if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
		if obj := c.info.Uses[id]; obj != nil {
			t := obj.Type()
			if isNamed(t, pkgHTTP, typeHTTPCookie) || isNamed(t, pkgSessions, typeSessionsOption) || isNamed(t, pkgSCS, typeSCSCookie) {
				m := c.fieldSets[obj]
				if m == nil {
					m = map[string][]ast.Expr{}
					c.fieldSets[obj] = m
				}
				m[field] = append(m[field], rhs)
			}
		}
	}
	// x.Options = … / x.Cookie = … on a store, session or manager.
	if owner := c.settingsOwner(sel.X); owner != "" && (field == "Options" || field == "Cookie") {
		// A per-session Options (session.Options = …) changes one
		// response; the store's defaults still apply to the others.
		if !isNamed(c.typeOf(sel.X), pkgSessions, "Session") {
			c.replaced[owner] = true
		}
		return
	}
	// x.Options.Field = … / x.Cookie.Field = …
	if inner, ok := ast.Unparen(sel.X).(*ast.SelectorExpr); ok && (inner.Sel.Name == "Options" || inner.Sel.Name == "Cookie") {
		if owner := c.settingsOwner(inner.X); owner != "" {
			m := c.configSets[owner]
			if m == nil {
				m = map[string][]ast.Expr{}
				c.configSets[owner] = m
			}
			m[field] = append(m[field], rhs)
		}
	}
}

// settingsOwner names the library whose cookie settings x holds.
func (c *checker) settingsOwner(x ast.Expr) string {
	t := c.typeOf(x)
	switch {
	case isNamed(t, pkgSessions, "CookieStore"), isNamed(t, pkgSessions, "FilesystemStore"), isNamed(t, pkgSessions, "Session"):
		return pkgSessions
	case isNamed(t, pkgSCS, "SessionManager"):
		return pkgSCS
	}
	return ""
}

// configFlag reads a library setting from the package's assignments,
// falling back to the library default.
func (c *checker) configFlag(owner, field string, def flag) flag {
	rhs := c.configSets[owner][field]
	switch len(rhs) {
	case 0:
		return def
	case 1:
		return c.boolFlag(rhs[0])
	}
	return flagRuntime
}

func (c *checker) configSameSite(owner string, def sameSite) sameSite {
	rhs := c.configSets[owner]["SameSite"]
	switch len(rhs) {
	case 0:
		return def
	case 1:
		return c.sameSiteOf(rhs[0])
	}
	return ssRuntime
}

// --- gorilla/sessions stores ---

func (c *checker) sessionsStore(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	if c.replaced[pkgSessions] {
		return // the package sets Options itself: that literal is judged
	}
	if _, ok := cur.Parent().Node().(*ast.ReturnStmt); ok {
		return // a constructor: the caller may configure the store
	}
	v14 := sessionsV14(c.pass.Fset, fn)
	defSecure, defSameSite := flagUnset, ssUnset
	version := "before v1.4.0"
	if v14 && fn.Name() == "NewCookieStore" {
		defSecure, defSameSite = flagTrue, ssNone
	}
	if v14 {
		version = "v1.4.0 and later"
	}
	ck := &cookie{
		pos: call.Pos(), end: call.End(),
		kind:          kindSession,
		what:          "the session cookie of sessions." + fn.Name() + " (gorilla/sessions " + version + ")",
		httpOnlyField: "store.Options.HttpOnly", secureField: "store.Options.Secure", sameSiteField: "store.Options.SameSite",
		httpOnly: c.configFlag(pkgSessions, "HttpOnly", flagUnset),
		secure:   c.configFlag(pkgSessions, "Secure", defSecure),
		sameSite: c.configSameSite(pkgSessions, defSameSite),
	}
	c.judge(ck)
}

// --- scs ---

func (c *checker) scsNew(cur inspector.Cursor, call *ast.CallExpr) {
	if c.replaced[pkgSCS] {
		return
	}
	if _, ok := cur.Parent().Node().(*ast.ReturnStmt); ok {
		return
	}
	ck := &cookie{
		pos: call.Pos(), end: call.End(),
		kind:          kindSession,
		what:          "the session cookie of scs.New (defaults: HttpOnly, Secure=false, SameSite=Lax)",
		httpOnlyField: "Cookie.HttpOnly", secureField: "Cookie.Secure", sameSiteField: "Cookie.SameSite",
		httpOnly: c.configFlag(pkgSCS, "HttpOnly", flagTrue),
		secure:   c.configFlag(pkgSCS, "Secure", flagUnset),
		sameSite: c.configSameSite(pkgSCS, ssLax),
	}
	c.judge(ck)
}
