package urlcreds

// Which HTTP methods reach a read: a credential read with FormValue in a
// handler that only accepts POST is AC404 (low), not AC402 (high).

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// methodReach says what is known about the HTTP methods that reach a read.
type methodReach int

const (
	reachUnknown  methodReach = iota // no route or method check found
	reachPostOnly                    // only POST, PUT, PATCH or DELETE
	reachGet                         // GET (or any method) reaches it
)

// bodyMethods are the methods whose requests carry a form body.
var bodyMethods = map[string]bool{"POST": true, "PUT": true, "PATCH": true, "DELETE": true}

// reach decides which methods reach cur: a method check around the read
// in its function, else the routes the function is registered on.
func (c *checker) reach(cur inspector.Cursor) methodReach {
	var fc inspector.Cursor
	found := false
	for f := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fc, found = f, true
		break
	}
	if !found {
		return reachUnknown
	}
	if r := c.guardedReach(cur, fc); r != reachUnknown {
		return r
	}
	return c.routeReach(fc)
}

// guardedReach looks for a method check in the function around cur:
// if r.Method != http.MethodPost { …; return } before the read, or the read
// inside if r.Method == "POST" { … } or case http.MethodPost:.
func (c *checker) guardedReach(cur, fc inspector.Cursor) methodReach {
	// Enclosing if and case clauses, up to the function.
	for p := cur.Parent(); p.Node() != fc.Node(); p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.IfStmt:
			if m, eq, ok := c.methodTest(n.Cond); ok && eq && cursorWithin(cur, n.Body) {
				return reachOf([]string{m})
			}
		case *ast.CaseClause:
			sw, ok := p.Parent().Parent().Node().(*ast.SwitchStmt)
			if !ok || sw.Tag == nil || !c.isRequestMethod(sw.Tag) || len(n.List) == 0 {
				continue
			}
			var ms []string
			for _, e := range n.List {
				s, ok := c.stringConst(e)
				if !ok {
					return reachUnknown
				}
				ms = append(ms, strings.ToUpper(s))
			}
			return reachOf(ms)
		}
	}
	// An early return for every method but one, before the read.
	var body *ast.BlockStmt
	switch f := fc.Node().(type) {
	case *ast.FuncDecl:
		body = f.Body
	case *ast.FuncLit:
		body = f.Body
	}
	if body == nil {
		return reachUnknown
	}
	for _, stmt := range body.List {
		if stmt.Pos() > cur.Node().Pos() {
			break
		}
		ifs, ok := stmt.(*ast.IfStmt)
		if !ok || !endsInReturn(ifs.Body) {
			continue
		}
		// if r.Method != http.MethodPost || v == nil { return }
		for _, d := range disjuncts(ifs.Cond) {
			if m, eq, ok := c.methodTest(d); ok && !eq {
				return reachOf([]string{m})
			}
		}
	}
	return reachUnknown
}

func cursorWithin(cur inspector.Cursor, n ast.Node) bool {
	return n != nil && cur.Node().Pos() >= n.Pos() && cur.Node().End() <= n.End()
}

func endsInReturn(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}

// methodTest matches r.Method == "POST" (eq) and r.Method != http.MethodPost.
func (c *checker) methodTest(cond ast.Expr) (method string, eq, ok bool) {
	bin, isBin := ast.Unparen(cond).(*ast.BinaryExpr)
	if !isBin || (bin.Op != token.EQL && bin.Op != token.NEQ) {
		return "", false, false
	}
	x, y := bin.X, bin.Y
	if !c.isRequestMethod(x) {
		x, y = y, x
	}
	if !c.isRequestMethod(x) {
		return "", false, false
	}
	s, isConst := c.stringConst(y)
	if !isConst {
		return "", false, false
	}
	return strings.ToUpper(s), bin.Op == token.EQL, true
}

// isRequestMethod matches r.Method of an *http.Request (also
// c.Request.Method in gin).
func (c *checker) isRequestMethod(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Method" && c.isField(sel.Sel, pkgHTTP, "Method")
}

func reachOf(methods []string) methodReach {
	for _, m := range methods {
		if !bodyMethods[m] {
			return reachGet
		}
	}
	if len(methods) == 0 {
		return reachUnknown
	}
	return reachPostOnly
}

// routeReach finds the routes the handler fc is registered on in this
// package: mux.HandleFunc("POST /login", h), r.Post("/login", h),
// router.POST("/login", h), r.HandleFunc("/login", h).Methods("POST"),
// also through wrappers (http.HandlerFunc(h), withAuth(h)).
func (c *checker) routeReach(fc inspector.Cursor) methodReach {
	var refs []inspector.Cursor
	switch f := fc.Node().(type) {
	case *ast.FuncLit:
		refs = append(refs, fc)
	case *ast.FuncDecl:
		obj := c.info.Defs[f.Name]
		if obj == nil {
			return reachUnknown
		}
		for _, use := range c.usesOf(obj) {
			refs = append(refs, valueCursor(use))
		}
	}
	var methods []string
	for _, ref := range refs {
		cur := ref
		for range 4 { // through up to three wrapper calls
			call, ok := cur.Parent().Node().(*ast.CallExpr)
			if !ok || cur.Node() == call.Fun {
				break
			}
			if ms, ok := c.routeMethods(cur.Parent(), call); ok {
				methods = append(methods, ms...)
				break
			}
			cur = cur.Parent()
		}
	}
	return reachOf(methods)
}

// routeMethods returns the methods a route registration accepts, or
// ok=false when call registers no route.
func (c *checker) routeMethods(cur inspector.Cursor, call *ast.CallExpr) ([]string, bool) {
	fn := c.callee(call)
	if fn == nil {
		return nil, false
	}
	name := strings.ToUpper(fn.Name())
	switch name {
	case "GET", "HEAD", "OPTIONS", "ANY", "ALL":
		return []string{"GET"}, true
	case "POST", "PUT", "PATCH", "DELETE":
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
			return []string{name}, true
		}
		return nil, false
	case "HANDLE", "HANDLEFUNC", "METHODFUNC", "METHOD":
	default:
		return nil, false
	}
	if len(call.Args) < 2 {
		return nil, false
	}
	// chi's r.Method("POST", "/x", h) and r.MethodFunc("POST", "/x", h).
	if name == "METHOD" || name == "METHODFUNC" {
		if m, ok := c.stringConst(call.Args[0]); ok {
			return []string{strings.ToUpper(m)}, true
		}
		return []string{"GET"}, true
	}
	pattern, ok := c.stringConst(call.Args[0])
	if !ok {
		return []string{"GET"}, true
	}
	// Go 1.22 patterns: "POST /login", "POST example.com/login".
	if m, _, found := strings.Cut(pattern, " "); found && strings.ToUpper(m) == m && m != "" && !strings.Contains(m, "/") {
		return []string{m}, true
	}
	// gorilla/mux: r.HandleFunc("/login", h).Methods("POST").
	if sel, ok := cur.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel.Name == "Methods" {
		if mc, ok := cur.Parent().Parent().Node().(*ast.CallExpr); ok && mc.Fun == sel {
			var ms []string
			for _, a := range mc.Args {
				m, ok := c.stringConst(a)
				if !ok {
					return []string{"GET"}, true
				}
				ms = append(ms, strings.ToUpper(m))
			}
			if len(ms) > 0 {
				return ms, true
			}
		}
	}
	return []string{"GET"}, true // every method
}

// disjuncts splits a || b || c into its operands.
func disjuncts(e ast.Expr) []ast.Expr {
	if bin, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && bin.Op == token.LOR {
		return append(disjuncts(bin.X), disjuncts(bin.Y)...)
	}
	return []ast.Expr{e}
}
