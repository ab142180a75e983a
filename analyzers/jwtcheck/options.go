package jwtcheck

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// checkAlgorithmPinned reports golang-jwt verifying parses that neither
// pin the accepted algorithms nor check token.Method in the keyfunc
// (AC302).
func (c *checker) checkAlgorithmPinned(sites []*parseSite) {
	for _, s := range sites {
		if !isGolangJWT(s.lib) || s.kind != parseVerified || s.keyfunc == nil {
			continue
		}
		if !s.opts.known || s.opts.validMethods {
			continue
		}
		kfs, ok := c.resolveKeyfunc(s.keyfunc, 0)
		if !ok || len(kfs) == 0 {
			continue
		}
		// Report when some candidate keyfunc is seen not to check, and no
		// candidate hands the token to code the analyzer cannot see.
		unchecked, unknown := false, false
		for _, kf := range kfs {
			switch c.checksMethod(kf, 0) {
			case methodUnchecked:
				unchecked = true
			case methodUnknown:
				unknown = true
			}
		}
		if !unchecked || unknown {
			continue
		}
		option := "jwt.WithValidMethods([]string{\"EdDSA\"})"
		where := "pass " + option
		if s.viaParser {
			where = "build the parser with jwt.NewParser(" + option + ")"
		}
		if s.lib == libJWTv3 {
			where = "set jwt.Parser{ValidMethods: []string{\"RS256\"}}"
		}
		if strings.HasPrefix(s.name, "request.") && !s.viaParser {
			where = "pass request.WithParser(jwt.NewParser(" + option + "))"
		}
		c.report(ruleAlgorithmNotPinned, s.call.Fun, fmt.Sprintf(
			"%s accepts whatever algorithm the token names and the keyfunc never checks token.Method: %s, or reject unexpected methods in the keyfunc with a type assertion on token.Method",
			s.name, where))
	}
}

// checkClaimsOptions reports golang-jwt v5 verification that does not
// require issuer, audience and expiry (AC305–AC307), and claim validation
// switched off in any golang-jwt generation (AC307).
func (c *checker) checkClaimsOptions(sites []*parseSite, origins []*parserOrigin) {
	for _, s := range sites {
		if !isGolangJWT(s.lib) || s.kind != parseVerified || s.viaParser || !s.opts.known {
			continue
		}
		opts := s.opts
		if v, ok := c.validatorOptions(s.call); !ok {
			continue
		} else {
			opts.merge(v)
		}
		c.reportClaimsOptions(s.call, s.lib, s.name, opts)
	}
	for _, o := range origins {
		if !o.opts.known {
			continue
		}
		// A parser used only to peek at tokens (ParseUnverified for kid
		// lookup) validates nothing by design.
		if o.unverifiedUses > 0 && o.verifyingUses == 0 {
			continue
		}
		name := "jwt.Parser"
		call, ok := o.node.(*ast.CallExpr)
		if ok && describe(callee(c.info, call)).name == "NewParser" {
			name = "jwt.NewParser"
		} else if o.opts.noClaimsValidation == nil {
			continue // new(jwt.Parser) or a literal: only SkipClaimsValidation is reported
		}
		c.reportClaimsOptions(call, o.lib, name, o.opts)
	}
}

// validatorOptions returns the options of the golang-jwt v5
// jwt.NewValidator calls in the function around call (its keyfunc
// included): a validator applied to the claims there validates them as
// parser options would. It returns false when some validator's options
// cannot be read.
func (c *checker) validatorOptions(call *ast.CallExpr) (options, bool) {
	out := options{known: true}
	body, _ := c.enclosingFunc(call)
	if body == nil {
		return out, true
	}
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		v, isCall := n.(*ast.CallExpr)
		if !isCall {
			return true
		}
		if d := describe(callee(c.info, v)); d.lib == libJWTv5 && d.recv == "" && d.name == "NewValidator" {
			o := c.optionsOf(v.Args, v.Ellipsis.IsValid(), 0)
			if !o.known {
				ok = false
			}
			o.known = true
			out.merge(o)
		}
		return true
	})
	return out, ok
}

// reportClaimsOptions reports what a set of parser options leaves
// unvalidated. call is nil for a Parser literal.
func (c *checker) reportClaimsOptions(call *ast.CallExpr, lib library, name string, opts options) {
	if opts.noClaimsValidation != nil {
		c.report(ruleNoExpiryRequired, opts.noClaimsValidation,
			"claim validation is switched off (WithoutClaimsValidation / SkipClaimsValidation), so expired and not-yet-valid tokens are accepted: remove it, and in v5 pass jwt.WithExpirationRequired(), jwt.WithIssuer(...) and jwt.WithAudience(...)")
		return
	}
	if lib != libJWTv5 || call == nil {
		return // v3/v4 cannot require iss, aud or exp declaratively
	}
	if !opts.issuer {
		c.report(ruleNoIssuer, call.Fun, name+" does not validate the issuer, so tokens from any issuer that shares the key are accepted: pass jwt.WithIssuer(\"https://auth.example.com\")")
	}
	if !opts.audience {
		c.report(ruleNoAudience, call.Fun, name+" does not validate the audience, so tokens minted for another service are accepted: pass jwt.WithAudience(\"your-api\")")
	}
	if !opts.expirationRequired {
		var fixes []analysis.SuggestedFix
		if fix, ok := c.appendOptionFix(call, "WithExpirationRequired"); ok {
			fixes = append(fixes, fix)
		}
		c.report(ruleNoExpiryRequired, call.Fun, name+" accepts tokens without an exp claim (v5 checks exp only when present), so such tokens never expire: pass jwt.WithExpirationRequired()", fixes...)
	}
}

// appendOptionFix builds the edit that appends jwt.<option>() to the
// arguments of call, qualified the way the file imports golang-jwt v5.
func (c *checker) appendOptionFix(call *ast.CallExpr, option string) (analysis.SuggestedFix, bool) {
	if call.Ellipsis.IsValid() || describe(callee(c.info, call)).lib != libJWTv5 {
		return analysis.SuggestedFix{}, false // spread options, or request.ParseFromRequest
	}
	qual, ok := c.qualifier(call)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	text := qual + "." + option + "()"
	pos := call.Rparen
	if n := len(call.Args); n > 0 {
		// Insert after the last argument rather than before ")": that
		// keeps a trailing comma on a multi-line call valid.
		pos = call.Args[n-1].End()
		text = ", " + text
	}
	return analysis.SuggestedFix{
		Message:   "Append jwt." + option + "()",
		TextEdits: []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte(text)}},
	}, true
}

// qualifier returns the name that the call's own function is qualified
// with (jwt in jwt.NewParser), which is also how the file names the
// package of the option to add.
func (c *checker) qualifier(call *ast.CallExpr) (string, bool) {
	sel, ok := stripParens(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return "", false
	}
	if _, ok := c.info.Uses[id].(*types.PkgName); !ok {
		return "", false
	}
	return id.Name, true
}
