package jwtcheck

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// keyfunc is the body of a resolved golang-jwt Keyfunc together with its
// token parameter.
type keyfunc struct {
	body  *ast.BlockStmt
	token types.Object // the *jwt.Token parameter; nil when unnamed
}

// resolveKeyfunc finds the function bodies a keyfunc expression can stand
// for: a function literal, a function or method declared in this package,
// a variable or field assigned only such values, a conversion to
// jwt.Keyfunc, or a call of an in-package function that returns one. It
// returns false when any candidate lies outside the package (a JWKS
// client, a function parameter): the caller must not guess then.
func (ix *index) resolveKeyfunc(e ast.Expr, depth int) ([]keyfunc, bool) {
	if depth > maxDepth || e == nil {
		return nil, false
	}
	e = stripParens(e)
	switch x := e.(type) {
	case *ast.FuncLit:
		return []keyfunc{ix.keyfuncOf(x.Type, x.Body)}, true
	case *ast.Ident, *ast.SelectorExpr:
		switch obj := objectOf(ix.info, x).(type) {
		case *types.Func:
			decl := ix.decls[obj]
			if decl == nil {
				return nil, false
			}
			return []keyfunc{ix.keyfuncOf(decl.Type, decl.Body)}, true
		case *types.Var:
			vals, ok := ix.values(obj)
			if !ok {
				return nil, false
			}
			var out []keyfunc
			for _, v := range vals {
				kfs, ok := ix.resolveKeyfunc(v, depth+1)
				if !ok {
					return nil, false
				}
				out = append(out, kfs...)
			}
			return out, true
		}
	case *ast.CallExpr:
		if tv, ok := ix.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return ix.resolveKeyfunc(x.Args[0], depth+1) // jwt.Keyfunc(f)
		}
		decl := ix.declOfCall(x)
		if decl == nil {
			return nil, false
		}
		var out []keyfunc
		for _, r := range returnedValues(decl.Body) {
			kfs, ok := ix.resolveKeyfunc(r, depth+1)
			if !ok {
				return nil, false
			}
			out = append(out, kfs...)
		}
		return out, len(out) > 0
	}
	return nil, false
}

func (ix *index) keyfuncOf(ft *ast.FuncType, body *ast.BlockStmt) keyfunc {
	kf := keyfunc{body: body}
	if ft != nil && ft.Params != nil && len(ft.Params.List) > 0 && len(ft.Params.List[0].Names) > 0 {
		kf.token = ix.info.Defs[ft.Params.List[0].Names[0]]
	}
	return kf
}

// methodCheck is what a keyfunc does about the token's algorithm.
type methodCheck int

const (
	methodUnchecked methodCheck = iota
	methodChecked
	methodUnknown // the token is handed to code the analyzer cannot see
)

// checksMethod reports whether a keyfunc looks at the algorithm the token
// names before returning a key: a type assertion or type switch on
// token.Method, a comparison of token.Method, token.Method.Alg() or
// token.Header["alg"], or any other non-logging use of those values. Being
// lenient here keeps the high-severity rule free of false positives.
func (ix *index) checksMethod(kf keyfunc, depth int) methodCheck {
	if kf.body == nil || depth > maxDepth {
		return methodUnknown
	}
	result := methodUnchecked
	ast.Inspect(kf.body, func(n ast.Node) bool {
		if result == methodChecked {
			return false
		}
		switch x := n.(type) {
		case *ast.SelectorExpr:
			if x.Sel.Name == "Method" && isTokenType(ix.info.TypeOf(x.X)) && ix.algorithmValueUsed(x) {
				result = methodChecked
			}
			if x.Sel.Name == "Header" && isTokenType(ix.info.TypeOf(x.X)) {
				if idx, ok := ix.parent[x].(*ast.IndexExpr); ok && idx.X == x && constString(ix.info, idx.Index) == "alg" && ix.algorithmValueUsed(idx) {
					result = methodChecked
				}
			}
		case *ast.CallExpr:
			if isPrintCall(ix.info, x) {
				return false
			}
			for _, arg := range x.Args {
				if !isTokenType(ix.info.TypeOf(arg)) {
					continue
				}
				// The token goes to another function: follow it when it is
				// declared here, otherwise assume it may check the method.
				decl := ix.declOfCall(x)
				if decl == nil {
					if result == methodUnchecked {
						result = methodUnknown
					}
					continue
				}
				inner := ix.keyfuncOf(decl.Type, decl.Body)
				switch ix.checksMethod(inner, depth+1) {
				case methodChecked:
					result = methodChecked
				case methodUnknown:
					if result == methodUnchecked {
						result = methodUnknown
					}
				}
			}
		}
		return true
	})
	return result
}

// algorithmValueUsed reports whether the value e (token.Method or
// token.Header["alg"]) takes part in a decision rather than only being
// logged: it is asserted, compared, switched on, stored or passed on.
func (ix *index) algorithmValueUsed(e ast.Expr) bool {
	cur := ast.Node(e)
	for {
		p := ix.parent[cur]
		switch x := p.(type) {
		case *ast.ParenExpr:
			cur = x
			continue
		case *ast.SelectorExpr: // token.Method.Alg
			if call, ok := ix.parent[x].(*ast.CallExpr); ok && call.Fun == x {
				cur = call
				continue
			}
			return false
		case *ast.CallExpr:
			return !isPrintCall(ix.info, x)
		case *ast.TypeAssertExpr, *ast.BinaryExpr, *ast.SwitchStmt, *ast.AssignStmt,
			*ast.ValueSpec, *ast.IndexExpr, *ast.CaseClause, *ast.KeyValueExpr:
			return true
		}
		return false
	}
}

// constString returns the value of a constant string expression, or "".
func constString(info *types.Info, e ast.Expr) string {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	return constant.StringVal(tv.Value)
}

// isComparisonOperand reports whether e is compared (==, !=, a switch tag
// or a case value): code that compares with "none" is rejecting it.
func (ix *index) isComparisonOperand(e ast.Node) bool {
	switch p := ix.parent[e].(type) {
	case *ast.ParenExpr:
		return ix.isComparisonOperand(p)
	case *ast.BinaryExpr:
		return p.Op == token.EQL || p.Op == token.NEQ
	case *ast.CaseClause:
		return true
	case *ast.SwitchStmt:
		return p.Tag == e
	}
	return false
}
