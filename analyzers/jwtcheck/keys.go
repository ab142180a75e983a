package jwtcheck

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
)

// checkKeys reports signing and verification keys written in the source
// (AC309).
func (c *checker) checkKeys(sites []*parseSite) {
	c.insp.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)}, func(n ast.Node) {
		switch x := n.(type) {
		case *ast.CallExpr:
			c.checkKeyArgument(x)
		case *ast.CompositeLit:
			if isLibraryType(c.info.TypeOf(x), "SigningKey", func(l library) bool { return l == libJose }) {
				for _, elt := range x.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Key" {
							c.checkKey(kv.Value, "the key in go-jose SigningKey.Key")
						}
					}
				}
			}
		case *ast.FuncLit:
			if c.isKeyfuncType(c.info.TypeOf(x)) {
				c.checkReturnedKeys(x.Body)
			}
		case *ast.FuncDecl:
			if fn, ok := c.info.Defs[x.Name].(*types.Func); ok && c.isKeyfuncType(fn.Type()) {
				c.checkReturnedKeys(x.Body)
			}
		}
	})
	// Keyfuncs built by helpers (a method returning a func literal) are
	// shaped like Keyfunc too and were covered above; keyfuncs of parse
	// calls are followed once more in case they are conversions.
	for _, s := range sites {
		if s.keyfunc == nil {
			continue
		}
		if kfs, ok := c.resolveKeyfunc(s.keyfunc, 0); ok {
			for _, kf := range kfs {
				c.checkReturnedKeys(kf.body)
			}
		}
	}
}

// isKeyfuncType reports whether t is func(*jwt.Token) (any, error) for a
// golang-jwt Token.
func (c *checker) isKeyfuncType(t types.Type) bool {
	sig, ok := t.(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	return isTokenType(sig.Params().At(0).Type()) && isErrorType(sig.Results().At(1).Type())
}

func (c *checker) checkReturnedKeys(body *ast.BlockStmt) {
	for _, r := range returnedValues(body) {
		c.checkKey(r, "the key returned by the keyfunc")
	}
}

// checkKeyArgument looks at calls that take a key.
func (c *checker) checkKeyArgument(call *ast.CallExpr) {
	d := describe(callee(c.info, call))
	switch {
	case isGolangJWT(d.lib) && d.recv == "Token" && d.name == "SignedString" && len(call.Args) == 1:
		c.checkKey(call.Args[0], "the key passed to SignedString")
	case d.lib == libJWX && d.recv == "" && d.name == "WithKey" && len(call.Args) >= 2:
		c.checkKey(call.Args[1], "the key passed to jwt.WithKey")
	case d.lib == libJose && d.recv == "JSONWebToken" && d.name == "Claims" && len(call.Args) >= 1:
		c.checkKey(call.Args[0], "the key passed to JSONWebToken.Claims")
	case d.lib == libJWK && d.recv == "" && (d.name == "FromRaw" || d.name == "Import") && len(call.Args) == 1:
		c.checkKey(call.Args[0], "the key passed to jwk."+d.name)
	}
}

// checkKey reports key when it is written in the source.
func (c *checker) checkKey(key ast.Expr, where string) {
	origin, ok := c.literalKey(key, 0)
	if !ok {
		return
	}
	c.report(ruleHardcodedKey, key, fmt.Sprintf(
		"%s %s, so anyone with the source can forge or read tokens and it cannot be rotated without a release: load it from a secret store or the environment (e.g. os.Getenv) at start-up",
		where, origin))
}

// literalKey reports whether key is written in the source, and how:
// directly, through a constant, or through a variable or field whose only
// assignment is such a value. Private keys parsed from literal PEM text
// count too.
func (c *checker) literalKey(key ast.Expr, depth int) (string, bool) {
	if depth > maxDepth || key == nil {
		return "", false
	}
	key = stripParens(key)
	if obj := objectOf(c.info, key); obj != nil && isGolangJWT(libraryOf(obj)) {
		return "", false // UnsafeAllowNoneSignatureType: AC301's business
	}
	if tv, ok := c.info.Types[key]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		if constant.StringVal(tv.Value) == "" {
			return "", false // an empty placeholder is a configuration error, not a secret
		}
		if id := identName(key); id != "" {
			return "is the constant " + id, true
		}
		return "is a string literal", true
	}
	switch x := key.(type) {
	case *ast.CallExpr:
		if tv, ok := c.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.literalKey(x.Args[0], depth+1) // []byte("..."), []byte(secret)
		}
		d := describe(callee(c.info, x))
		if isGolangJWT(d.lib) && (d.name == "ParseRSAPrivateKeyFromPEM" || d.name == "ParseECPrivateKeyFromPEM" ||
			d.name == "ParseEdPrivateKeyFromPEM" || d.name == "ParseRSAPrivateKeyFromPEMWithPassword") && len(x.Args) >= 1 {
			if how, ok := c.literalKey(x.Args[0], depth+1); ok {
				return "is a private key parsed from PEM text that " + how, true
			}
		}
	case *ast.CompositeLit:
		if !isByteSlice(c.info.TypeOf(x)) || len(x.Elts) == 0 {
			return "", false
		}
		for _, el := range x.Elts {
			if tv, ok := c.info.Types[el]; !ok || tv.Value == nil {
				return "", false
			}
		}
		return "is a byte slice literal", true
	case *ast.Ident, *ast.SelectorExpr:
		v, ok := objectOf(c.info, x).(*types.Var)
		if !ok {
			return "", false
		}
		val, ok := c.single(v)
		if !ok {
			return "", false
		}
		if how, ok := c.literalKey(val, depth+1); ok {
			pos := c.pass.Fset.Position(val.Pos())
			kind := "variable"
			if v.IsField() {
				kind = "field"
			}
			return fmt.Sprintf("comes from %s %s, which %s (line %d)", kind, v.Name(), how, pos.Line), true
		}
	}
	return "", false
}

func identName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		return x.Sel.Name
	}
	return ""
}

func isByteSlice(t types.Type) bool {
	if t == nil {
		return false
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && (b.Kind() == types.Byte || b.Kind() == types.Uint8)
}
