package jwtcheck

import (
	"go/ast"
	"go/types"
)

// checkNone reports the "none" algorithm (AC301): signing with it,
// accepting it, or listing it as valid. Comparing a token's method with
// jwt.SigningMethodNone is how code rejects it, so comparisons are not
// reported.
func (c *checker) checkNone() {
	c.insp.Preorder([]ast.Node{(*ast.Ident)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node) {
		switch x := n.(type) {
		case *ast.Ident:
			c.checkNoneIdent(x)
		case *ast.CallExpr:
			if d := describe(callee(c.info, x)); d.lib == libJWX && d.recv == "" && d.name == "WithInsecureNoSignature" {
				c.report(ruleNone, x, "jwt.WithInsecureNoSignature() signs tokens with alg \"none\", which anyone can forge: sign with jwt.WithKey and a real algorithm (EdDSA, ES256, RS256 or HS256)")
			}
		}
	})
	for _, origin := range c.originsWithNone() {
		for _, lit := range origin {
			c.report(ruleNone, lit, "\"none\" is listed as a valid signing method, so unsigned tokens verify: list only the algorithm you sign with, e.g. []string{\"EdDSA\"}")
		}
	}
}

func (c *checker) checkNoneIdent(id *ast.Ident) {
	obj := c.info.Uses[id]
	if obj == nil {
		return
	}
	lib := libraryOf(obj)
	var node ast.Node = id
	if sel, ok := c.parent[id].(*ast.SelectorExpr); ok && sel.Sel == id {
		node = sel
	}
	switch {
	case isGolangJWT(lib) && obj.Name() == "SigningMethodNone" && isPackageVar(obj):
		// token.Method == jwt.SigningMethodNone, or comparing the Alg()
		// names: both reject "none".
		operand := node
		if sel, ok := c.parent[node].(*ast.SelectorExpr); ok && sel.X == node {
			if call, ok := c.parent[sel].(*ast.CallExpr); ok && call.Fun == sel {
				operand = call
			}
		}
		if c.isComparisonOperand(operand) {
			return
		}
		c.report(ruleNone, node, "jwt.SigningMethodNone makes unsigned tokens that anyone can forge: sign with a real algorithm and key (EdDSA, ES256, RS256, or HS256 with a secret) and never accept \"none\"")
	case isGolangJWT(lib) && obj.Name() == "UnsafeAllowNoneSignatureType":
		if _, ok := obj.(*types.Const); !ok {
			return
		}
		c.report(ruleNone, node, "jwt.UnsafeAllowNoneSignatureType makes the parser accept unsigned (alg \"none\") tokens: return the real verification key and pin the algorithm with jwt.WithValidMethods")
	case lib == libJWXAlgorithms && obj.Name() == "NoSignature":
		if _, ok := obj.(*types.Const); !ok || c.isComparisonOperand(node) {
			return
		}
		c.report(ruleNone, node, "jwa.NoSignature is the \"none\" algorithm: unsigned tokens can be forged by anyone; use a real signature algorithm (EdDSA, ES256, RS256 or HS256)")
	}
}

// isPackageVar reports whether obj is a package-level variable.
func isPackageVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Pkg() != nil && !v.IsField() && v.Parent() == v.Pkg().Scope()
}

// originsWithNone returns the "none" literals of every valid-methods list
// in the package: in NewParser and package-level Parse options, and in
// Parser{ValidMethods: ...} literals.
func (c *checker) originsWithNone() [][]ast.Expr {
	var out [][]ast.Expr
	c.insp.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node) {
		switch x := n.(type) {
		case *ast.CallExpr:
			if d := describe(callee(c.info, x)); isGolangJWT(d.lib) && d.recv == "" && d.name == "WithValidMethods" && len(x.Args) == 1 {
				out = append(out, c.noneStrings(x.Args[0], 0))
			}
		case *ast.CompositeLit:
			if isLibraryType(c.info.TypeOf(x), "Parser", isGolangJWT) {
				out = append(out, c.parserLiteralOptions(x).noneAlgorithms)
			}
		}
	})
	return out
}
