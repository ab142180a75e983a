package jwtcheck

import (
	"go/ast"
	"go/types"
	"strings"
)

// parseKind tells verifying parses from unverified ones.
type parseKind int

const (
	parseVerified   parseKind = iota // golang-jwt Parse/ParseWithClaims, jwx Parse with keys, go-jose Claims
	parseUnverified                  // ParseUnverified, jwx WithVerify(false)/ParseInsecure, go-jose Unsafe…
)

// parseSite is one call that turns a token string into claims.
type parseSite struct {
	call *ast.CallExpr
	lib  library
	kind parseKind
	name string // how messages name the call, e.g. "jwt.ParseWithClaims"

	keyfunc ast.Expr   // golang-jwt: the Keyfunc argument
	claims  []ast.Expr // arguments the claims are decoded into
	// errIndex is the result index of the error (-1: none); tokenIndex the
	// index of the token result (-1: none).
	errIndex, tokenIndex int

	// Options: for package-level golang-jwt calls, those passed to the
	// call; for Parser methods, those of every place the parser may have
	// been built (origins), when all of them are known.
	opts         options
	origins      []*parserOrigin
	originsKnown bool
	// viaParser is set when the options come from a Parser value, given
	// by parserExpr (a method receiver, or request.WithParser's argument).
	viaParser  bool
	parserExpr ast.Expr
}

// options is what a set of golang-jwt parser options configures. known is
// false when some option could not be identified (a variable, a helper
// call, a spread slice): rules about missing options stay silent then.
type options struct {
	known              bool
	validMethods       bool
	issuer             bool
	audience           bool
	expirationRequired bool
	noClaimsValidation ast.Expr // the WithoutClaimsValidation option or SkipClaimsValidation field
	noneAlgorithms     []ast.Expr
}

// parserOrigin is a place where a golang-jwt Parser is built: a NewParser
// call, a Parser composite literal, or new(jwt.Parser).
type parserOrigin struct {
	node ast.Expr
	lib  library
	opts options

	verifyingUses, unverifiedUses int
}

// collectParses finds every parse call in the package and every parser
// origin, and links Parser method calls to the origins of their receiver.
func (ix *index) collectParses() ([]*parseSite, []*parserOrigin) {
	var sites []*parseSite
	var origins []*parserOrigin
	originOf := map[ast.Expr]*parserOrigin{}

	ix.insp.Preorder([]ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}, func(n ast.Node) {
		switch x := n.(type) {
		case *ast.CallExpr:
			if o := ix.originFromCall(x); o != nil {
				originOf[x] = o
				origins = append(origins, o)
			}
		case *ast.CompositeLit:
			if t := ix.info.TypeOf(x); isLibraryType(t, "Parser", isGolangJWT) {
				o := &parserOrigin{node: x, lib: libraryOf(typeObj(t)), opts: ix.parserLiteralOptions(x)}
				originOf[x] = o
				origins = append(origins, o)
			}
		}
	})

	ix.insp.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		site := ix.parseSiteOf(n.(*ast.CallExpr))
		if site == nil {
			return
		}
		if site.viaParser {
			site.origins, site.originsKnown = ix.resolveOrigins(site.parserExpr, originOf, 0)
			for _, o := range site.origins {
				if site.kind == parseVerified {
					o.verifyingUses++
				} else {
					o.unverifiedUses++
				}
			}
			site.opts = combineOrigins(site.origins, site.originsKnown)
		}
		sites = append(sites, site)
	})
	return sites, origins
}

func typeObj(t types.Type) types.Object {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj()
	}
	return nil
}

// originFromCall recognises jwt.NewParser(...) and new(jwt.Parser).
func (ix *index) originFromCall(call *ast.CallExpr) *parserOrigin {
	if d := describe(callee(ix.info, call)); isGolangJWT(d.lib) && d.recv == "" && d.name == "NewParser" {
		return &parserOrigin{node: call, lib: d.lib, opts: ix.optionsOf(call.Args, call.Ellipsis.IsValid(), 0)}
	}
	if id, ok := stripParens(call.Fun).(*ast.Ident); ok && id.Name == "new" && len(call.Args) == 1 {
		if _, isBuiltin := ix.info.Uses[id].(*types.Builtin); isBuiltin {
			if t := ix.info.TypeOf(call.Args[0]); isLibraryType(t, "Parser", isGolangJWT) {
				return &parserOrigin{node: call, lib: libraryOf(typeObj(t)), opts: options{known: true}}
			}
		}
	}
	return nil
}

// receiverOf returns the receiver expression of a method call.
func receiverOf(call *ast.CallExpr) ast.Expr {
	if sel, ok := stripParens(call.Fun).(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

// parseSiteOf recognises a parse call of any supported library.
func (ix *index) parseSiteOf(call *ast.CallExpr) *parseSite {
	fn := callee(ix.info, call)
	if fn != nil && isRequestPackage(fn) && isGolangJWT(libraryOf(fn)) {
		return ix.requestParseSite(call, fn)
	}
	d := describe(fn)
	if d.lib == libNone {
		return nil
	}
	site := &parseSite{call: call, lib: d.lib, errIndex: -1, tokenIndex: -1}
	arg := func(i int) ast.Expr {
		if i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	switch {
	case isGolangJWT(d.lib) && d.recv == "" && (d.name == "Parse" || d.name == "ParseWithClaims"):
		site.name = "jwt." + d.name
		site.errIndex, site.tokenIndex = 1, 0
		if d.name == "Parse" {
			site.keyfunc = arg(1)
		} else {
			site.claims = []ast.Expr{arg(1)}
			site.keyfunc = arg(2)
		}
		first := 2
		if d.name == "ParseWithClaims" {
			first = 3
		}
		if d.lib == libJWTv3 {
			site.opts = options{known: true}
		} else if len(call.Args) >= first {
			site.opts = ix.optionsOf(call.Args[first:], call.Ellipsis.IsValid(), 0)
		} else {
			site.opts = options{known: true}
		}
	case isGolangJWT(d.lib) && d.recv == "Parser" && (d.name == "Parse" || d.name == "ParseWithClaims"):
		site.name = "jwt.Parser." + d.name
		site.viaParser, site.parserExpr = true, receiverOf(call)
		site.errIndex, site.tokenIndex = 1, 0
		if d.name == "Parse" {
			site.keyfunc = arg(1)
		} else {
			site.claims = []ast.Expr{arg(1)}
			site.keyfunc = arg(2)
		}
	case isGolangJWT(d.lib) && d.recv == "Parser" && d.name == "ParseUnverified":
		site.name = "jwt.Parser.ParseUnverified"
		site.kind = parseUnverified
		site.viaParser, site.parserExpr = true, receiverOf(call)
		site.errIndex, site.tokenIndex = 2, 0
		site.claims = []ast.Expr{arg(1)}
	case d.lib == libJWX && d.recv == "" && d.name == "ParseInsecure":
		site.name = "jwt.ParseInsecure"
		site.kind = parseUnverified
		site.errIndex, site.tokenIndex = 1, 0
	case d.lib == libJWX && d.recv == "" && (d.name == "Parse" || d.name == "ParseString" || d.name == "ParseReader"):
		site.name = "jwt." + d.name
		site.errIndex, site.tokenIndex = 1, 0
		if ix.jwxVerifyDisabled(call.Args) {
			site.kind = parseUnverified
			site.name += " with jwt.WithVerify(false)"
		}
	case d.lib == libJose && d.recv == "JSONWebToken" && d.name == "Claims":
		site.name = "JSONWebToken.Claims"
		site.errIndex = 0
		if len(call.Args) > 1 {
			site.claims = call.Args[1:]
		}
	case d.lib == libJose && d.recv == "JSONWebToken" && d.name == "UnsafeClaimsWithoutVerification":
		site.name = "JSONWebToken.UnsafeClaimsWithoutVerification"
		site.kind = parseUnverified
		site.errIndex = 0
		site.claims = call.Args
	case d.lib == libJose && d.recv == "JSONWebSignature" && d.name == "UnsafePayloadWithoutVerification":
		site.name = "JSONWebSignature.UnsafePayloadWithoutVerification"
		site.kind = parseUnverified
		site.tokenIndex = 0
	default:
		return nil
	}
	return site
}

// requestParseSite recognises golang-jwt's request.ParseFromRequest and
// ParseFromRequestWithClaims, which parse with the parser given by
// request.WithParser, or with a zero Parser (no options) when there is none.
func (ix *index) requestParseSite(call *ast.CallExpr, fn *types.Func) *parseSite {
	site := &parseSite{call: call, lib: libraryOf(fn), name: "request." + fn.Name(), errIndex: 1, tokenIndex: 0}
	arg := func(i int) ast.Expr {
		if i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	site.opts = options{known: true}
	switch fn.Name() {
	case "ParseFromRequestWithClaims":
		site.claims = []ast.Expr{arg(2)}
		site.keyfunc = arg(3)
	case "ParseFromRequest":
		site.keyfunc = arg(2)
		if call.Ellipsis.IsValid() {
			site.opts = options{}
			break
		}
		for i := 3; i < len(call.Args); i++ {
			opt, ok := stripParens(call.Args[i]).(*ast.CallExpr)
			optFn := (*types.Func)(nil)
			if ok {
				optFn = callee(ix.info, opt)
			}
			if optFn == nil || !isRequestPackage(optFn) || len(opt.Args) != 1 {
				site.opts = options{} // an option the analyzer cannot read
				continue
			}
			switch optFn.Name() {
			case "WithClaims":
				site.claims = append(site.claims, opt.Args[0])
			case "WithParser":
				site.viaParser, site.parserExpr = true, opt.Args[0]
			}
		}
	default:
		return nil
	}
	return site
}

// jwxVerifyDisabled reports whether jwx parse options contain
// jwt.WithVerify(false).
func (ix *index) jwxVerifyDisabled(args []ast.Expr) bool {
	for _, a := range args {
		call, ok := stripParens(a).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			continue
		}
		if d := describe(callee(ix.info, call)); d.lib == libJWX && d.name == "WithVerify" {
			if tv, ok := ix.info.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.String() == "false" {
				return true
			}
		}
	}
	return false
}

// optionsOf reads golang-jwt ParserOption arguments. spread is true when
// the last argument is a slice passed with "...".
func (ix *index) optionsOf(args []ast.Expr, spread bool, depth int) options {
	opts := options{known: true}
	if depth > maxDepth {
		return options{}
	}
	for i, a := range args {
		if spread && i == len(args)-1 {
			elems, ok := ix.sliceElements(a, depth)
			if !ok {
				opts.known = false
				continue
			}
			opts.merge(ix.optionsOf(elems, false, depth+1))
			continue
		}
		opts.merge(ix.optionOf(a, depth))
	}
	return opts
}

// sliceElements resolves a []ParserOption expression to its elements: a
// composite literal, or a variable assigned exactly one.
func (ix *index) sliceElements(e ast.Expr, depth int) ([]ast.Expr, bool) {
	switch x := stripParens(e).(type) {
	case *ast.CompositeLit:
		return x.Elts, true
	case *ast.Ident, *ast.SelectorExpr:
		if v, ok := objectOf(ix.info, x).(*types.Var); ok && depth < maxDepth {
			if val, ok := ix.single(v); ok {
				return ix.sliceElements(val, depth+1)
			}
		}
	}
	return nil, false
}

func (o *options) merge(other options) {
	o.known = o.known && other.known
	o.validMethods = o.validMethods || other.validMethods
	o.issuer = o.issuer || other.issuer
	o.audience = o.audience || other.audience
	o.expirationRequired = o.expirationRequired || other.expirationRequired
	if o.noClaimsValidation == nil {
		o.noClaimsValidation = other.noClaimsValidation
	}
	o.noneAlgorithms = append(o.noneAlgorithms, other.noneAlgorithms...)
}

// optionOf reads one ParserOption expression.
func (ix *index) optionOf(e ast.Expr, depth int) options {
	e = stripParens(e)
	if v, ok := objectOf(ix.info, e).(*types.Var); ok {
		if val, ok := ix.single(v); ok && depth < maxDepth {
			return ix.optionOf(val, depth+1)
		}
		return options{}
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return options{}
	}
	d := describe(callee(ix.info, call))
	if !isGolangJWT(d.lib) || d.recv != "" {
		return options{}
	}
	opts := options{known: true}
	switch d.name {
	case "WithValidMethods":
		opts.validMethods = true
		if len(call.Args) == 1 {
			opts.noneAlgorithms = ix.noneStrings(call.Args[0], depth)
		}
	case "WithIssuer":
		opts.issuer = true
	case "WithAudience", "WithAllAudiences":
		opts.audience = true
	case "WithExpirationRequired":
		opts.expirationRequired = true
	case "WithoutClaimsValidation":
		opts.noClaimsValidation = call
	case "WithJSONNumber", "WithLeeway", "WithTimeFunc", "WithIssuedAt", "WithNotBeforeRequired",
		"WithSubject", "WithPaddingAllowed", "WithStrictDecoding":
	default:
		return options{}
	}
	return opts
}

// noneStrings returns the elements of a valid-methods list that name the
// "none" algorithm.
func (ix *index) noneStrings(e ast.Expr, depth int) []ast.Expr {
	elems, ok := ix.sliceElements(e, depth)
	if !ok {
		return nil
	}
	// jwt.SigningMethodNone.Alg() in the list is reported where
	// SigningMethodNone is referenced; here only the string remains.
	var out []ast.Expr
	for _, el := range elems {
		if strings.EqualFold(constString(ix.info, el), "none") {
			out = append(out, el)
		}
	}
	return out
}

// parserLiteralOptions reads the exported fields of a v3/v4 Parser literal.
func (ix *index) parserLiteralOptions(lit *ast.CompositeLit) options {
	opts := options{known: true}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		switch key.Name {
		case "ValidMethods":
			if id, ok := stripParens(kv.Value).(*ast.Ident); ok && id.Name == "nil" {
				continue
			}
			opts.validMethods = true
			opts.noneAlgorithms = append(opts.noneAlgorithms, ix.noneStrings(kv.Value, 0)...)
		case "SkipClaimsValidation":
			if tv, ok := ix.info.Types[kv.Value]; ok && tv.Value != nil && tv.Value.String() == "true" {
				opts.noClaimsValidation = kv
			}
		}
	}
	return opts
}

// resolveOrigins finds where the parser a method is called on was built.
// It returns false when some assignment of the receiver cannot be traced
// to a NewParser call or Parser literal in this package.
func (ix *index) resolveOrigins(e ast.Expr, originOf map[ast.Expr]*parserOrigin, depth int) ([]*parserOrigin, bool) {
	if e == nil || depth > maxDepth {
		return nil, false
	}
	e = stripAddr(e)
	if o, ok := originOf[e]; ok {
		return []*parserOrigin{o}, true
	}
	switch x := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		v, ok := objectOf(ix.info, x).(*types.Var)
		if !ok {
			return nil, false
		}
		vals, ok := ix.values(v)
		if !ok {
			return nil, false
		}
		var out []*parserOrigin
		for _, val := range vals {
			os, ok := ix.resolveOrigins(val, originOf, depth+1)
			if !ok {
				return nil, false
			}
			out = append(out, os...)
		}
		return out, true
	case *ast.CallExpr:
		decl := ix.declOfCall(x)
		if decl == nil {
			return nil, false
		}
		var out []*parserOrigin
		for _, r := range returnedValues(decl.Body) {
			os, ok := ix.resolveOrigins(r, originOf, depth+1)
			if !ok {
				return nil, false
			}
			out = append(out, os...)
		}
		return out, len(out) > 0
	}
	return nil, false
}

// combineOrigins returns the options every origin is guaranteed to have.
func combineOrigins(origins []*parserOrigin, known bool) options {
	if !known || len(origins) == 0 {
		return options{}
	}
	all := options{known: true, validMethods: true, issuer: true, audience: true, expirationRequired: true}
	for _, o := range origins {
		all.known = all.known && o.opts.known
		all.validMethods = all.validMethods && o.opts.validMethods
		all.issuer = all.issuer && o.opts.issuer
		all.audience = all.audience && o.opts.audience
		all.expirationRequired = all.expirationRequired && o.opts.expirationRequired
	}
	return all
}
