package jwtcheck

import (
	"go/ast"
	"go/types"
)

// checkNoExpiry reports JWTs issued with no expiry at all (AC308): the
// claims given to golang-jwt's NewWithClaims, or to a go-jose builder's
// Claims, are a literal (directly or through a local variable assigned
// once) of RegisteredClaims, StandardClaims, MapClaims, go-jose Claims, or
// a struct embedding one of them, and neither the literal nor a later
// assignment in the same function sets the expiry. Claims that are handed
// to other code before signing (which may set exp) are not reported.
func (c *checker) checkNoExpiry() {
	c.insp.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		d := describe(callee(c.info, call))
		var arg ast.Expr
		switch {
		case isGolangJWT(d.lib) && d.recv == "" && d.name == "NewWithClaims" && len(call.Args) == 2:
			arg = call.Args[1]
		case d.lib == libJose && d.recv == "Builder" && d.name == "Claims" && len(call.Args) == 1:
			arg = call.Args[0]
		default:
			return
		}
		lit, v, ok := c.claimsLiteral(arg)
		if !ok || c.literalSetsExpiry(lit) != expiryMissing {
			return
		}
		if v != nil && c.expirySetLater(v, call) {
			return
		}
		names := c.namesAround(lit)
		if purpose := c.notAccessToken(names); purpose == "a test provider's token" {
			return
		}
		c.report(ruleLongAccessToken, lit,
			"a JWT is issued with no exp claim, so it never expires and a stolen copy works forever: set the expiry (ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute)), or \"exp\" in MapClaims)")
	})
}

// claimsLiteral resolves the claims argument of an issuing call to a
// composite literal, directly or through a local variable assigned only
// that literal (returned as v).
func (c *checker) claimsLiteral(e ast.Expr) (*ast.CompositeLit, *types.Var, bool) {
	switch x := stripAddr(e).(type) {
	case *ast.CompositeLit:
		return x, nil, true
	case *ast.Ident:
		v, ok := objectOf(c.info, x).(*types.Var)
		if !ok || v.IsField() || v.Parent() == v.Pkg().Scope() {
			return nil, nil, false
		}
		val, ok := c.single(v)
		if !ok {
			return nil, nil, false
		}
		lit, ok := stripAddr(val).(*ast.CompositeLit)
		return lit, v, ok
	}
	return nil, nil, false
}

type expiryState int

const (
	expiryUnknown expiryState = iota // not a claims type the analyzer knows, or not readable
	expirySet
	expiryMissing
)

// literalSetsExpiry tells whether a claims literal sets the expiry.
func (c *checker) literalSetsExpiry(lit *ast.CompositeLit) expiryState {
	t := c.info.TypeOf(lit)
	switch {
	case isLibraryType(t, "MapClaims", isGolangJWT):
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return expiryUnknown
			}
			key := constString(c.info, kv.Key)
			if key == "" {
				return expiryUnknown // a computed key
			}
			if key == "exp" {
				return expirySet
			}
		}
		return expiryMissing
	case isLibraryType(t, "RegisteredClaims", isGolangJWT), isLibraryType(t, "StandardClaims", isGolangJWT):
		return fieldState(lit, "ExpiresAt")
	case isLibraryType(t, "Claims", func(l library) bool { return l == libJose }):
		return fieldState(lit, "Expiry")
	}
	// A struct embedding one of the library claims types.
	st, ok := underlyingStruct(t)
	if !ok {
		return expiryUnknown
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		ft := f.Type()
		embedsClaims := isLibraryType(ft, "RegisteredClaims", isGolangJWT) || isLibraryType(ft, "StandardClaims", isGolangJWT) ||
			isLibraryType(ft, "Claims", func(l library) bool { return l == libJose })
		if !embedsClaims {
			continue
		}
		if _, isPtr := types.Unalias(ft).(*types.Pointer); isPtr {
			return expiryUnknown
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return expiryUnknown // positional fields
			}
			if key, ok := kv.Key.(*ast.Ident); ok && key.Name == f.Name() {
				inner, ok := stripAddr(kv.Value).(*ast.CompositeLit)
				if !ok {
					return expiryUnknown
				}
				return c.literalSetsExpiry(inner)
			}
		}
		return expiryMissing
	}
	return expiryUnknown
}

func fieldState(lit *ast.CompositeLit, field string) expiryState {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return expiryUnknown
		}
		if key, ok := kv.Key.(*ast.Ident); ok && key.Name == field {
			return expirySet
		}
	}
	return expiryMissing
}

// expirySetLater reports whether the function around call sets the expiry
// of v after its literal (claims.ExpiresAt = …, claims["exp"] = …), or
// hands v to code that might (any call other than the issuing one, or a
// method call on it).
func (c *checker) expirySetLater(v *types.Var, issuing *ast.CallExpr) bool {
	body, _ := c.enclosingFunc(issuing)
	if body == nil {
		return true
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found || c.info.Uses[id] != v {
			return !found
		}
		var cur ast.Node = id
		for {
			switch p := c.parent[cur].(type) {
			case *ast.SelectorExpr:
				if p.Sel.Name == "ExpiresAt" || p.Sel.Name == "Expiry" {
					found = true
					return false
				}
				if call, ok := c.parent[p].(*ast.CallExpr); ok && call.Fun == p {
					found = true // a method that may set it
					return false
				}
				cur = p
				continue
			case *ast.IndexExpr:
				if p.X == cur && constString(c.info, p.Index) == "exp" {
					found = true
					return false
				}
			case *ast.UnaryExpr, *ast.ParenExpr, *ast.StarExpr:
				cur = p
				continue
			case *ast.CallExpr:
				if p != issuing && !isPrintCall(c.info, p) {
					found = true
					return false
				}
			case *ast.AssignStmt:
				for _, r := range p.Rhs {
					if r == cur {
						found = true // copied elsewhere: not followed
						return false
					}
				}
			}
			return true
		}
	})
	return found
}
