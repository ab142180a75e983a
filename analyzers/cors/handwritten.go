package cors

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/authcheck/authcheck/analyzers/internal/apimatch"
)

const (
	headerAllowOrigin      = "Access-Control-Allow-Origin"
	headerAllowCredentials = "Access-Control-Allow-Credentials"
)

// headerWrite is one response-header write found in the code.
type headerWrite struct {
	cur   inspector.Cursor
	name  string
	value ast.Expr // the value written ([]string{v} for map assignments is unwrapped)
}

// headerWrites returns the response-header writes under root:
// w.Header().Set/Add(name, v), w.Header()[name] = []string{v}, gin's
// c.Header(name, v) and echo's c.Response().Header().Set(name, v).
func (c *checker) headerWrites(root inspector.Cursor) []headerWrite {
	var out []headerWrite
	for cur := range root.Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			fn := c.callee(n)
			if len(n.Args) != 2 {
				continue
			}
			if !isMethod(fn, pkgHTTP, "Header", "Set", "Add") && !isMethod(fn, pkgGin, "Context", "Header") {
				continue
			}
			if name, ok := c.stringConst(n.Args[0]); ok {
				out = append(out, headerWrite{cur, name, n.Args[1]})
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, lhs := range n.Lhs {
				idx, ok := ast.Unparen(lhs).(*ast.IndexExpr)
				if !ok || !isNamed(c.info.TypeOf(idx.X), pkgHTTP, "Header") {
					continue
				}
				name, ok := c.stringConst(idx.Index)
				if !ok {
					continue
				}
				v := n.Rhs[i]
				if lit, ok := ast.Unparen(v).(*ast.CompositeLit); ok && len(lit.Elts) == 1 {
					v = lit.Elts[0]
				}
				out = append(out, headerWrite{cur, name, v})
			}
		}
	}
	return out
}

// checkHandwritten finds middleware that writes the request's Origin into
// Access-Control-Allow-Origin without checking it against an allowlist
// first (AC701/AC702), and that allows "null" by writing it (AC703).
func (c *checker) checkHandwritten() {
	if !apimatch.ImportsAny(c.pass.Pkg, pkgHTTP, pkgGin, pkgEcho) {
		return
	}
	for _, hw := range c.headerWrites(c.root) {
		if !strings.EqualFold(hw.name, headerAllowOrigin) {
			continue
		}
		if v, ok := c.stringConst(hw.value); ok {
			if strings.EqualFold(strings.TrimSpace(v), "null") {
				c.report(ruleNullOrigin, hw.value,
					"Access-Control-Allow-Origin: null lets sandboxed iframes and data: URLs of any site read the response; answer only origins from an exact allowlist")
			}
			continue
		}
		originVar, direct := c.reflectedOrigin(hw.value)
		if !direct {
			continue
		}
		if c.guarded(hw.cur, originVar, hw.value) {
			continue
		}
		creds := no
		if c.setsCredentials(hw.cur) {
			creds = yes
		}
		if creds == yes {
			c.report(ruleAnyOriginCredentials, hw.value,
				"the request's Origin is copied into Access-Control-Allow-Origin without an allowlist check, and Access-Control-Allow-Credentials is true: any site can read authenticated responses; answer only origins found in an exact allowlist (a map or slices.Contains), with Vary: Origin")
		} else {
			c.report(ruleAnyOrigin, hw.value,
				"the request's Origin is copied into Access-Control-Allow-Origin without an allowlist check (no credentials, so no cookies are sent): for a public API send \"*\" instead; otherwise answer only origins found in an exact allowlist")
		}
	}
}

// reflectedOrigin reports whether v is the request's Origin header itself:
// the read, or a local variable every assignment of which is the read (or
// the read trimmed or lower-cased). It returns the variable, if any.
func (c *checker) reflectedOrigin(v ast.Expr) (types.Object, bool) {
	v = ast.Unparen(v)
	if c.isOriginRead(v) || c.isOriginIndex(v) {
		return nil, true
	}
	id, ok := v.(*ast.Ident)
	if !ok {
		return nil, false
	}
	obj, ok := c.info.ObjectOf(id).(*types.Var)
	if !ok || obj.Pkg() != c.pass.Pkg || obj.Parent() == nil || obj.Parent() == c.pass.Pkg.Scope() {
		return nil, false
	}
	vals := c.valuesOf(obj)
	if len(vals) == 0 {
		return nil, false
	}
	for _, val := range vals {
		if val == nil || !c.isOriginReadish(val) {
			return nil, false
		}
	}
	return obj, true
}

// isOriginIndex reports whether e is r.Header["Origin"].
func (c *checker) isOriginIndex(e ast.Expr) bool {
	idx, ok := ast.Unparen(e).(*ast.IndexExpr)
	if !ok || !isNamed(c.info.TypeOf(idx.X), pkgHTTP, "Header") {
		return false
	}
	name, ok := c.stringConst(idx.Index)
	return ok && strings.EqualFold(name, "Origin")
}

func (c *checker) isOriginReadish(e ast.Expr) bool {
	e = ast.Unparen(e)
	if c.isOriginRead(e) || c.isOriginIndex(e) {
		return true
	}
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) >= 1 {
		if apimatch.IsFunc(c.callee(call), pkgStrings, "TrimSpace", "ToLower", "TrimSuffix") {
			return c.isOriginReadish(call.Args[0])
		}
	}
	return false
}

// guarded reports whether the header write at cur only runs after the
// origin was checked: inside an if/switch whose condition looks at the
// origin (other than comparing it with "" or "null", or taking its
// length), or after such an if that returns.
func (c *checker) guarded(cur inspector.Cursor, originVar types.Object, value ast.Expr) bool {
	prev := cur
	for anc := range cur.Enclosing() {
		switch n := anc.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if prev.Node() != n.Init && prev.Node() != n.Cond {
				if c.checksOrigin(n.Init, originVar, value) || c.checksOrigin(n.Cond, originVar, value) {
					return true
				}
			}
		case *ast.SwitchStmt:
			if c.checksOrigin(n.Init, originVar, value) || c.checksOrigin(n.Tag, originVar, value) {
				return true
			}
		case *ast.CaseClause:
			for _, e := range n.List {
				if c.checksOrigin(e, originVar, value) {
					return true
				}
			}
		case *ast.BlockStmt:
			// An earlier "if !allowed(origin) { return }" in this block.
			for _, st := range n.List {
				if st.Pos() >= prev.Node().Pos() {
					break
				}
				ifs, ok := st.(*ast.IfStmt)
				if !ok || !terminates(ifs.Body) {
					continue
				}
				if c.checksOrigin(ifs.Init, originVar, value) || c.checksOrigin(ifs.Cond, originVar, value) {
					return true
				}
			}
		}
		prev = anc
	}
	return false
}

// terminates reports whether a block ends by leaving the function or loop.
func terminates(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	switch last := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return last.Tok == token.CONTINUE || last.Tok == token.BREAK || last.Tok == token.GOTO
	case *ast.ExprStmt:
		if call, ok := last.X.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// checksOrigin reports whether node looks at the origin in a way that can
// decide whether it is allowed: any use of the origin variable (or of the
// Origin read, or of a variable computed from it) other than comparisons
// with "" or "null" and len().
func (c *checker) checksOrigin(node ast.Node, originVar types.Object, value ast.Expr) bool {
	if node == nil {
		return false
	}
	found := false
	var visit func(n ast.Node, depth int)
	visit = func(n ast.Node, depth int) {
		ast.Inspect(n, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.AssignStmt:
				// origin := r.Header.Get("Origin") reads, it does not check.
				for _, r := range n.Rhs {
					if !c.isOriginReadish(r) {
						return true
					}
				}
				return false
			case *ast.BinaryExpr:
				if (n.Op == token.EQL || n.Op == token.NEQ) && (c.isTrivialOriginCompare(n.X, n.Y) || c.isTrivialOriginCompare(n.Y, n.X)) {
					return false
				}
			case *ast.CallExpr:
				if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "len" {
					return false
				}
				if c.isOriginRead(n) || c.isOriginIndex(n) {
					found = true
					return false
				}
			case *ast.IndexExpr:
				if c.isOriginIndex(n) {
					found = true
					return false
				}
			case *ast.Ident:
				obj := c.info.Uses[n]
				if obj == nil {
					return true
				}
				if originVar != nil && obj == originVar {
					found = true
					return false
				}
				// allowed := isAllowed(origin); if !allowed {…}
				if v, ok := obj.(*types.Var); ok && depth < 2 && v.Pkg() == c.pass.Pkg && !v.IsField() {
					for _, val := range c.valuesOf(v) {
						if val == nil || val == value {
							continue
						}
						visit(val, depth+1)
						// allowed = true inside "if o == origin": the flag
						// records an origin check.
						vc, ok := c.root.FindNode(val)
						if !ok {
							continue
						}
						for anc := range vc.Enclosing((*ast.IfStmt)(nil), (*ast.SwitchStmt)(nil)) {
							switch a := anc.Node().(type) {
							case *ast.IfStmt:
								if a.Init != nil {
									visit(a.Init, depth+1)
								}
								visit(a.Cond, depth+1)
							case *ast.SwitchStmt:
								if a.Init != nil {
									visit(a.Init, depth+1)
								}
								if a.Tag != nil {
									visit(a.Tag, depth+1)
								}
							}
						}
					}
				}
			}
			return true
		})
	}
	visit(node, 0)
	return found
}

// isTrivialOriginCompare reports origin == "" / origin != "null"-style
// comparisons, which test presence, not permission.
func (c *checker) isTrivialOriginCompare(x, y ast.Expr) bool {
	s, ok := c.stringConst(y)
	if !ok {
		return false
	}
	s = strings.TrimSpace(strings.ToLower(s))
	return s == "" || s == "null" || s == "*"
}

// setsCredentials reports whether the outermost function around cur also
// sets Access-Control-Allow-Credentials: true.
func (c *checker) setsCredentials(cur inspector.Cursor) bool {
	var outer inspector.Cursor
	found := false
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		outer, found = fc, true
	}
	if !found {
		return false
	}
	for _, hw := range c.headerWrites(outer) {
		if !strings.EqualFold(hw.name, headerAllowCredentials) {
			continue
		}
		if v, ok := c.stringConst(hw.value); ok && strings.EqualFold(strings.TrimSpace(v), "true") {
			return true
		}
	}
	return false
}
