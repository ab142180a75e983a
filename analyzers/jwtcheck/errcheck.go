package jwtcheck

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// checkParseErrors reports verifying parses whose token or claims are
// used without the error (or token.Valid) being checked first (AC304).
func (c *checker) checkParseErrors(sites []*parseSite) {
	for _, s := range sites {
		if s.kind != parseVerified || s.errIndex < 0 {
			continue
		}
		c.checkParseError(s)
	}
}

func (c *checker) checkParseError(s *parseSite) {
	var lhs []ast.Expr
	var stmt ast.Stmt
	switch p := c.parent[s.call].(type) {
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 {
			return
		}
		lhs, stmt = p.Lhs, p
	case *ast.ValueSpec:
		if len(p.Values) != 1 {
			return
		}
		for _, n := range p.Names {
			lhs = append(lhs, n)
		}
		decl, ok := c.parent[c.parent[p]].(*ast.DeclStmt)
		if !ok {
			return
		}
		stmt = decl
	case *ast.ExprStmt:
		stmt = p
	default:
		return // returned, passed on, or wrapped: the caller handles the error
	}

	u := usage{c: c}
	discarded := true
	if s.errIndex < len(lhs) {
		if obj := objectOf(c.info, lhs[s.errIndex]); obj != nil {
			u.err = obj
			discarded = false
		}
	}
	if s.tokenIndex >= 0 && s.tokenIndex < len(lhs) {
		u.token = objectOf(c.info, lhs[s.tokenIndex])
	}
	for _, cl := range s.claims {
		if obj, ok := objectOf(c.info, stripAddr(cl)).(*types.Var); ok {
			u.claims = append(u.claims, obj)
		}
	}
	if u.token == nil && len(u.claims) == 0 {
		return // nothing from the parse is used
	}

	var loggedAt ast.Node
	for _, next := range c.following(stmt) {
		if loggedAt == nil && u.err != nil && c.onlyLogsError(next, u.err) {
			// if err != nil { log.Printf(...) } and carry on: the error is
			// read but nothing stops the request.
			loggedAt = next
			continue
		}
		checked, used := u.scan(next)
		if checked {
			return
		}
		if used != nil {
			what := fmt.Sprintf("the error of %s is discarded, but its token or claims are used (line %d)", s.name, c.line(used.Pos()))
			if loggedAt != nil {
				what = fmt.Sprintf("the error of %s is only logged (line %d), and its token or claims are used anyway (line %d)", s.name, c.line(loggedAt.Pos()), c.line(used.Pos()))
			} else if !discarded {
				what = fmt.Sprintf("the token or claims from %s are used (line %d) before err or token.Valid is checked", s.name, c.line(used.Pos()))
			}
			why := "the request must stop when verification fails"
			if isGolangJWT(s.lib) {
				why = "golang-jwt fills them even when verification fails"
			}
			c.report(ruleUncheckedParse, s.call.Fun, fmt.Sprintf(
				"%s; %s: check err != nil (or !token.Valid) and stop before using them", what, why))
			return
		}
	}
}

// onlyLogsError reports whether n is `if err != nil { … }` (no else)
// whose body only prints or logs and then falls through to the code after
// it.
func (c *checker) onlyLogsError(n ast.Node, errObj types.Object) bool {
	ifs, ok := n.(*ast.IfStmt)
	if !ok || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) == 0 {
		return false
	}
	bin, ok := stripParens(ifs.Cond).(*ast.BinaryExpr)
	if !ok || bin.Op != token.NEQ {
		return false
	}
	x, y := stripParens(bin.X), stripParens(bin.Y)
	if isNil(x) {
		x, y = y, x
	}
	if id, ok := x.(*ast.Ident); !ok || !isNil(y) || c.info.Uses[id] != errObj {
		return false
	}
	for _, st := range ifs.Body.List {
		es, ok := st.(*ast.ExprStmt)
		if !ok {
			return false
		}
		call, ok := stripParens(es.X).(*ast.CallExpr)
		if !ok || !isPrintCall(c.info, call) || c.stopsRequest(call) {
			return false
		}
	}
	return true
}

// stopsRequest reports whether a logging call ends the program or the
// goroutine (log.Fatal, log.Panic and their logger-method forms).
func (c *checker) stopsRequest(call *ast.CallExpr) bool {
	fn := callee(c.info, call)
	if fn == nil {
		return false
	}
	name := fn.Name()
	return strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Panic") || name == "Exit"
}

// following returns what runs after stmt: the rest of its block, or for
// the init statement of an if or switch, its condition and branches.
func (c *checker) following(stmt ast.Stmt) []ast.Node {
	switch p := c.parent[stmt].(type) {
	case *ast.IfStmt:
		if p.Init == stmt {
			out := []ast.Node{p.Cond}
			for _, st := range p.Body.List {
				out = append(out, st)
			}
			if p.Else != nil {
				out = append(out, p.Else)
			}
			return out
		}
	case *ast.SwitchStmt:
		if p.Init == stmt {
			out := []ast.Node{}
			if p.Tag != nil {
				out = append(out, p.Tag)
			}
			return append(out, p.Body)
		}
	}
	var list []ast.Stmt
	switch p := c.parent[stmt].(type) {
	case *ast.BlockStmt:
		list = p.List
	case *ast.CaseClause:
		list = p.Body
	case *ast.CommClause:
		list = p.Body
	}
	var out []ast.Node
	for i, st := range list {
		if st == stmt {
			for _, rest := range list[i+1:] {
				out = append(out, rest)
			}
			break
		}
	}
	return out
}

// usage tells checks of a parse result from uses of it.
type usage struct {
	c      *checker
	err    types.Object
	token  types.Object
	claims []types.Object
}

// scan reports whether n reads the error or token.Valid (checked), and
// otherwise the first identifier that uses the token or claims.
func (u usage) scan(n ast.Node) (checked bool, used *ast.Ident) {
	ast.Inspect(n, func(m ast.Node) bool {
		if checked {
			return false
		}
		id, ok := m.(*ast.Ident)
		if !ok {
			return true
		}
		obj := u.c.info.Uses[id]
		if obj == nil {
			return true
		}
		switch {
		case obj == u.err:
			checked = true
		case obj == u.token:
			if sel, ok := u.c.parent[id].(*ast.SelectorExpr); ok && sel.X == id && sel.Sel.Name == "Valid" {
				checked = true
			} else if used == nil && !u.harmless(id, n) {
				used = id
			}
		default:
			for _, cl := range u.claims {
				if obj == cl && used == nil && !u.harmless(id, n) {
					used = id
				}
			}
		}
		return true
	})
	return checked, used
}

// harmless reports whether a use of the token or claims within stmt
// trusts nothing: a nil comparison, or an argument to a print or log call
// (debug output before the error check).
func (u usage) harmless(id *ast.Ident, stmt ast.Node) bool {
	if bin, ok := u.c.parent[id].(*ast.BinaryExpr); ok && (isNil(bin.X) || isNil(bin.Y)) {
		return true
	}
	for p := u.c.parent[id]; p != nil && p != stmt; p = u.c.parent[p] {
		if call, ok := p.(*ast.CallExpr); ok && isPrintCall(u.c.info, call) {
			return true
		}
	}
	return false
}

func isNil(e ast.Expr) bool {
	id, ok := stripParens(e).(*ast.Ident)
	return ok && id.Name == "nil"
}
