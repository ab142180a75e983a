package jwtcheck

import (
	"fmt"
	"go/ast"
	"go/types"
)

// checkOtherClaims reports issuer and audience validation missing outside
// golang-jwt v5 (AC305, AC306): golang-jwt v4 and dgrijalva parses in a
// package that never checks the issuer or audience, jwx jwt.Parse without
// jwt.WithIssuer / jwt.WithAudience, and go-jose JSONWebToken.Claims whose
// claims are never validated against jwt.Expected{Issuer, AnyAudience}.
func (c *checker) checkOtherClaims(sites []*parseSite) {
	var legacy *legacyChecks
	for _, s := range sites {
		if s.kind != parseVerified {
			continue
		}
		switch {
		case s.lib == libJWTv4 || s.lib == libJWTv3:
			if legacy == nil {
				legacy = c.legacyClaimChecks()
			}
			c.checkLegacyClaims(s, legacy)
		case s.lib == libJWX:
			c.checkJWXClaims(s)
		case s.lib == libJose && s.name == "JSONWebToken.Claims":
			c.checkJoseClaims(s)
		}
	}
}

// legacyChecks is what a package does about iss and aud with golang-jwt
// v3/v4, whose parsers cannot require them.
type legacyChecks struct{ issuer, audience bool }

// legacyClaimChecks looks through the package for VerifyIssuer and
// VerifyAudience calls, and for reads of a claims' Issuer or Audience
// (a hand-written comparison in a Valid method). Which parse they belong
// to cannot be told, so any one of them counts for all parses.
func (c *checker) legacyClaimChecks() *legacyChecks {
	lc := &legacyChecks{}
	c.insp.Preorder([]ast.Node{(*ast.SelectorExpr)(nil), (*ast.IndexExpr)(nil)}, func(n ast.Node) {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			if kv, ok := c.parent[x].(*ast.KeyValueExpr); ok && kv.Key == x {
				return
			}
			switch x.Sel.Name {
			case "VerifyIssuer", "Issuer", "GetIssuer":
				lc.issuer = true
			case "VerifyAudience", "Audience", "GetAudience":
				lc.audience = true
			}
		case *ast.IndexExpr:
			switch constString(c.info, x.Index) {
			case "iss":
				lc.issuer = true
			case "aud":
				lc.audience = true
			}
		}
	})
	return lc
}

func (c *checker) checkLegacyClaims(s *parseSite, lc *legacyChecks) {
	if s.keyfunc != nil {
		if _, ok := c.resolveKeyfunc(s.keyfunc, 0); !ok {
			// A keyfunc the analyzer cannot see (a caller's hook, a JWKS
			// client) receives the claims and may check them.
			return
		}
	}
	gen := "golang-jwt v4"
	if s.lib == libJWTv3 {
		gen = "jwt-go (v3 API)"
	}
	if !lc.issuer {
		c.report(ruleNoIssuer, s.call.Fun, fmt.Sprintf(
			"%s (%s) does not validate the issuer and nothing in this package checks it, so tokens from any issuer that shares the key are accepted: after parsing, reject the token unless claims.VerifyIssuer(\"https://auth.example.com\", true), or move to golang-jwt v5 and pass jwt.WithIssuer",
			s.name, gen))
	}
	if !lc.audience {
		c.report(ruleNoAudience, s.call.Fun, fmt.Sprintf(
			"%s (%s) does not validate the audience and nothing in this package checks it, so tokens minted for another service are accepted: after parsing, reject the token unless claims.VerifyAudience(\"your-api\", true), or move to golang-jwt v5 and pass jwt.WithAudience",
			s.name, gen))
	}
}

// jwxOptions is what a jwx parse's options ask for.
type jwxOptions struct {
	known, issuer, audience, noValidate bool
}

func (c *checker) jwxParseOptions(args []ast.Expr, spread bool) jwxOptions {
	o := jwxOptions{known: !spread}
	for _, a := range args {
		calls, ok := c.optionCalls(a, 0)
		if !ok {
			o.known = false
			continue
		}
		for _, call := range calls {
			d := describe(callee(c.info, call))
			if d.lib != libJWX || d.recv != "" {
				o.known = false
				continue
			}
			switch d.name {
			case "WithIssuer":
				o.issuer = true
			case "WithAudience":
				o.audience = true
			case "WithValidate":
				if len(call.Args) == 1 {
					if tv, ok := c.info.Types[call.Args[0]]; !ok || tv.Value == nil || tv.Value.String() != "true" {
						o.noValidate = true
					}
				}
			case "WithVerify", "WithKey", "WithKeySet", "WithAcceptableSkew", "WithClock", "WithContext",
				"WithRequiredClaim", "WithTypedClaim", "WithSubject", "WithClaimValue", "WithMaxDelta",
				"WithMinDelta", "WithToken", "WithHeaderKey", "WithFormKey", "WithCookieKey", "WithVerifyAuto",
				"WithPedantic", "WithJWKSetFetcher", "WithTruncation", "WithResetValidators":
			default:
				o.known = false
			}
		}
	}
	return o
}

// optionCalls resolves an option expression to the calls that build it:
// the call itself, or every value assigned to a variable or field.
func (c *checker) optionCalls(e ast.Expr, depth int) ([]*ast.CallExpr, bool) {
	if depth > maxDepth {
		return nil, false
	}
	switch x := stripParens(e).(type) {
	case *ast.CallExpr:
		return []*ast.CallExpr{x}, true
	case *ast.Ident, *ast.SelectorExpr:
		v, ok := objectOf(c.info, x).(*types.Var)
		if !ok {
			return nil, false
		}
		vals, ok := c.values(v)
		if !ok {
			return nil, false
		}
		var out []*ast.CallExpr
		for _, val := range vals {
			calls, ok := c.optionCalls(val, depth+1)
			if !ok {
				return nil, false
			}
			out = append(out, calls...)
		}
		return out, true
	}
	return nil, false
}

func (c *checker) checkJWXClaims(s *parseSite) {
	if len(s.call.Args) < 2 {
		return // no key: not a verifying parse anyone relies on
	}
	o := c.jwxParseOptions(s.call.Args[1:], s.call.Ellipsis.IsValid())
	if !o.known || o.noValidate || (o.issuer && o.audience) {
		return
	}
	if c.jwxValidatedLater(s) {
		return
	}
	if !o.issuer {
		c.report(ruleNoIssuer, s.call.Fun, s.name+" does not validate the issuer, so tokens from any issuer that shares the key are accepted: pass jwt.WithIssuer(\"https://auth.example.com\")")
	}
	if !o.audience {
		c.report(ruleNoAudience, s.call.Fun, s.name+" does not validate the audience, so tokens minted for another service are accepted: pass jwt.WithAudience(\"your-api\")")
	}
}

// jwxValidatedLater reports whether the function that parses also calls
// jwt.Validate (whose options are then the validation), or hands the
// token to code the analyzer does not follow before returning it.
func (c *checker) jwxValidatedLater(s *parseSite) bool {
	body, _ := c.enclosingFunc(s.call)
	if body == nil {
		return true
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		if d := describe(callee(c.info, call)); d.lib == libJWX && d.recv == "" && d.name == "Validate" {
			found = true
		}
		return true
	})
	return found
}

// checkJoseClaims reports a go-jose JSONWebToken.Claims whose claims are
// never validated with Validate / ValidateWithLeeway and jwt.Expected
// naming the issuer and the audience. Claims that leave the function
// (returned, stored, passed on) may be validated elsewhere and are not
// reported.
func (c *checker) checkJoseClaims(s *parseSite) {
	body, _ := c.enclosingFunc(s.call)
	if body == nil {
		return
	}
	claims := map[types.Object]bool{}
	for _, a := range s.claims {
		if v, ok := objectOf(c.info, stripAddr(a)).(*types.Var); ok && !v.IsField() {
			claims[v] = true
		}
	}
	if len(claims) == 0 {
		return
	}
	var expected []ast.Expr
	escapes, read := false, false
	ast.Inspect(body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || !claims[c.info.Uses[id]] {
			return true
		}
		if !within(id, s.call) {
			read = true
		}
		// Walk up through field selections to the use. Reading a field is
		// not an escape; handing the claims value itself on is.
		var cur ast.Node = id
		for {
			sel, ok := c.parent[cur].(*ast.SelectorExpr)
			if !ok || sel.X != cur {
				break
			}
			if call, ok := c.parent[sel].(*ast.CallExpr); ok && call.Fun == sel {
				if d := describe(callee(c.info, call)); d.lib == libJose && (d.name == "Validate" || d.name == "ValidateWithLeeway") && len(call.Args) >= 1 {
					expected = append(expected, call.Args[0])
				}
				return true
			}
			cur = sel
		}
		if cur != ast.Node(id) {
			return true
		}
		switch p := c.parent[cur].(type) {
		case *ast.UnaryExpr, *ast.StarExpr:
			if call, ok := c.parent[p].(*ast.CallExpr); ok && call == s.call {
				return true
			}
			escapes = true
		case *ast.CallExpr:
			if p != s.call && !isPrintCall(c.info, p) {
				escapes = true
			}
		case *ast.ReturnStmt, *ast.CompositeLit, *ast.KeyValueExpr, *ast.AssignStmt:
			escapes = true
		}
		return true
	})
	if escapes || !read {
		return // validated elsewhere, or only the signature matters (trying keys)
	}
	if len(expected) == 0 {
		msg := "the claims of JSONWebToken.Claims are never validated (go-jose checks only the signature), so expired tokens and tokens from any issuer or for any audience are accepted: call claims.Validate(jwt.Expected{Issuer: \"https://auth.example.com\", AnyAudience: jwt.Audience{\"your-api\"}, Time: time.Now()})"
		c.report(ruleNoIssuer, s.call.Fun, msg)
		c.report(ruleNoAudience, s.call.Fun, msg)
		c.report(ruleNoExpiryRequired, s.call.Fun, msg)
		return
	}
	issuer, audience := false, false
	for _, e := range expected {
		lit, ok := c.expectedLiteral(e, 0)
		if !ok {
			return // built elsewhere: assume it names both
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if key, ok := kv.Key.(*ast.Ident); ok {
				switch key.Name {
				case "Issuer":
					issuer = true
				case "AnyAudience", "Audience":
					audience = true
				}
			}
		}
	}
	if !issuer {
		c.report(ruleNoIssuer, s.call.Fun, "JSONWebToken.Claims is validated with a jwt.Expected that names no Issuer, so tokens from any issuer that shares the key are accepted: set Expected{Issuer: \"https://auth.example.com\"}")
	}
	if !audience {
		c.report(ruleNoAudience, s.call.Fun, "JSONWebToken.Claims is validated with a jwt.Expected that names no audience, so tokens minted for another service are accepted: set Expected{AnyAudience: jwt.Audience{\"your-api\"}}")
	}
}

// expectedLiteral resolves a jwt.Expected argument to its literal.
func (c *checker) expectedLiteral(e ast.Expr, depth int) (*ast.CompositeLit, bool) {
	if depth > maxDepth {
		return nil, false
	}
	switch x := stripAddr(e).(type) {
	case *ast.CompositeLit:
		return x, true
	case *ast.Ident:
		v, ok := objectOf(c.info, x).(*types.Var)
		if !ok {
			return nil, false
		}
		if val, ok := c.single(v); ok {
			return c.expectedLiteral(val, depth+1)
		}
	}
	return nil, false
}

// within reports whether n lies inside outer.
func within(n, outer ast.Node) bool {
	return n.Pos() >= outer.Pos() && n.End() <= outer.End()
}
