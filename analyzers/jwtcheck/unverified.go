package jwtcheck

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

// checkUnverified reports unverified parses whose claims are used as
// identity (AC303). See Doc for the heuristic.
func (c *checker) checkUnverified(sites []*parseSite) {
	verifying := map[*ast.CallExpr]*parseSite{}
	for _, s := range sites {
		if s.kind == parseVerified {
			verifying[s.call] = s
		}
	}
	for _, s := range sites {
		if s.kind != parseUnverified {
			continue
		}
		body, _ := c.enclosingFunc(s.call)
		if body == nil {
			continue
		}
		t := c.newTaint(body, s.call.End(), verifying, 0)
		t.use(s.call)
		for _, arg := range s.claims {
			if v, ok := objectOf(c.info, stripAddr(arg)).(*types.Var); ok {
				t.objs[v] = true
				t.roots[v] = true
			}
		}
		t.run()
		sk := t.reportable()
		if sk == nil || c.mintedHere(s, 0) {
			continue
		}
		c.report(ruleUnverifiedClaims, s.call.Fun, fmt.Sprintf(
			"%s does not verify the signature, yet its claims %s (line %d): verify the token (%s) and take identity only from verified claims; unverified parsing is only for reading kid or iss to choose the key",
			s.name, sk.reason, c.line(sk.node.Pos()), verifyingAPI(s.lib)))
	}
}

// reportable returns the earliest sink that is not part of choosing the
// key for a verification that follows: when unverified values reach the
// key of a verifying parse, reading the subject and passing looked-up
// values on (a client, its key set) is key selection; when the unverified
// claims are themselves verified later in the function (a wrapper that
// fills them for the keyfunc, then verifies), uses before that point are
// the wrapper's plumbing.
func (t *taint) reportable() *sink {
	var best *sink
	for i := range t.sinks {
		sk := &t.sinks[i]
		if t.selectsKey && (sk.kind == sinkSubject || sk.viaCall) {
			continue
		}
		if t.reverified.IsValid() && sk.node.Pos() < t.reverified {
			continue
		}
		if best == nil || sk.node.Pos() < best.node.Pos() {
			best = sk
		}
	}
	return best
}

// mintedHere reports whether the token an unverified parse decodes was
// signed in the same package moments before: decoding a token one has just
// minted (to read back its claims) trusts nothing from a client.
func (c *checker) mintedHere(s *parseSite, depth int) bool {
	var src ast.Expr
	switch {
	case s.lib == libJose:
		src = receiverOf(s.call)
	case len(s.call.Args) > 0:
		src = s.call.Args[0]
	}
	return c.signedValue(src, depth)
}

func (c *checker) signedValue(e ast.Expr, depth int) bool {
	if e == nil || depth > maxDepth {
		return false
	}
	e = stripParens(e)
	switch x := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		v, ok := objectOf(c.info, x).(*types.Var)
		if !ok || v.IsField() {
			return false
		}
		val, ok := c.single(v)
		return ok && c.signedValue(val, depth+1)
	case *ast.CallExpr:
		if tv, ok := c.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.signedValue(x.Args[0], depth+1) // []byte(signed), string(signed)
		}
		fn := callee(c.info, x)
		if fn == nil {
			return false
		}
		lib := libraryOf(fn)
		switch fn.Name() {
		case "SignedString", "Serialize", "CompactSerialize", "FullSerialize", "Sign":
			return lib != libNone || strings.HasPrefix(pkgPath(fn), "github.com/lestrrat-go/jwx/")
		case "ParseSigned", "ParseSignedCompact", "ParseString", "Parse", "ParseInsecure":
			if lib != libNone && len(x.Args) > 0 {
				return c.signedValue(x.Args[0], depth+1)
			}
		}
	}
	return false
}

func pkgPath(obj types.Object) string {
	if obj == nil || obj.Pkg() == nil {
		return ""
	}
	return obj.Pkg().Path()
}

// verifyingAPI names the call that verifies tokens in lib.
func verifyingAPI(lib library) string {
	switch lib {
	case libJWX:
		return "jwt.Parse with jwt.WithKey or jwt.WithKeySet"
	case libJose:
		return "JSONWebToken.Claims with the verification key"
	}
	return "jwt.ParseWithClaims with a keyfunc and jwt.WithValidMethods"
}

// sinkKind says how unverified claims were used as identity.
type sinkKind int

const (
	sinkReturn sinkKind = iota + 1
	sinkStored
	sinkSubject
)

type sink struct {
	kind   sinkKind
	node   ast.Node
	reason string
	// viaCall is set when the value reached the sink through the result
	// of a call (a record looked up by an unverified ID).
	viaCall bool
}

// taint follows unverified token and claims values through one function
// body. Uses before `after` are ignored, and so are uses of a variable
// after it is re-filled by a verifying parse.
type taint struct {
	c         *checker
	body      *ast.BlockStmt
	after     token.Pos
	verifying map[*ast.CallExpr]*parseSite
	depth     int

	objs     map[types.Object]bool
	subjects map[types.Object]bool // tainted variables holding the subject
	derived  map[types.Object]bool // tainted variables holding a call's result
	cleansed map[types.Object]token.Pos
	visited  map[ast.Node]bool
	sinks    []sink
	returned bool // some sink is a return statement

	// selectsKey is set when a tainted value reaches the key (not the
	// claims) of a verifying parse: the unverified values choose the key.
	selectsKey bool
	// reverified is the end of a verifying parse that re-decodes the
	// unverified claims variable itself.
	reverified token.Pos
	// roots are the variables the unverified parse filled.
	roots map[types.Object]bool
}

func (c *checker) newTaint(body *ast.BlockStmt, after token.Pos, verifying map[*ast.CallExpr]*parseSite, depth int) *taint {
	return &taint{
		c: c, body: body, after: after, verifying: verifying, depth: depth,
		objs:     map[types.Object]bool{},
		subjects: map[types.Object]bool{},
		derived:  map[types.Object]bool{},
		roots:    map[types.Object]bool{},
		cleansed: map[types.Object]token.Pos{},
		visited:  map[ast.Node]bool{},
	}
}

// run propagates taint until no new variable is reached.
func (t *taint) run() {
	for changed := true; changed; {
		changed = false
		ast.Inspect(t.body, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok || id.Pos() < t.after || t.visited[id] {
				return true
			}
			obj := t.c.info.Uses[id]
			if obj == nil || !t.objs[obj] {
				return true
			}
			if at, ok := t.cleansed[obj]; ok && id.Pos() > at {
				return true
			}
			t.visited[id] = true
			before := len(t.objs)
			t.use(id)
			if len(t.objs) != before {
				changed = true
			}
			return true
		})
	}
}

func (t *taint) found(kind sinkKind, node ast.Node, reason string, viaCall bool) {
	if kind == sinkReturn {
		t.returned = true
	}
	t.sinks = append(t.sinks, sink{kind: kind, node: node, reason: reason, viaCall: viaCall})
}

// earliest returns the first sink in source order, or nil.
func (t *taint) earliest() *sink {
	var best *sink
	for i := range t.sinks {
		if best == nil || t.sinks[i].node.Pos() < best.node.Pos() {
			best = &t.sinks[i]
		}
	}
	return best
}

// Members of tokens and claims that select a key or bound the token's
// validity rather than name a principal.
var benignMembers = map[string]bool{
	"Header": true, "Method": true, "Raw": true, "Signature": true, "Valid": true,
	"Issuer": true, "Audience": true, "ExpiresAt": true, "NotBefore": true, "IssuedAt": true,
	"ID": true, "Id": true, "Expiry": true, "Headers": true,
	"GetIssuer": true, "GetAudience": true, "GetExpirationTime": true, "GetNotBefore": true,
	"GetIssuedAt": true, "Expiration": true, "JwtID": true, "KeyID": true,
	"VerifyIssuer": true, "VerifyAudience": true, "VerifyExpiresAt": true,
}

var benignKeys = map[string]bool{
	"kid": true, "alg": true, "typ": true, "iss": true, "aud": true, "exp": true,
	"nbf": true, "iat": true, "jti": true, "jku": true, "x5t": true,
}

// use classifies one use of a tainted value, walking up from it until it
// is dropped, reaches a sink, or taints another variable.
func (t *taint) use(n ast.Node) {
	info, parent := t.c.info, t.c.parent
	cur := n
	subject, viaCall := false, false
	if id, ok := n.(*ast.Ident); ok {
		obj := info.Uses[id]
		subject, viaCall = t.subjects[obj], t.derived[obj]
	}
	if t.c.inVerifyingKeyfunc(n) {
		// Inside a keyfunc the claims are read to choose the key; nothing
		// it does makes them an identity.
		return
	}
	for {
		switch p := parent[cur].(type) {
		case *ast.BinaryExpr:
			if isEmptyCheck(info, p, cur) {
				return // only checked for being present
			}
			cur = p
		case *ast.ParenExpr, *ast.StarExpr, *ast.UnaryExpr, *ast.TypeAssertExpr:
			cur = p
		case *ast.SelectorExpr:
			if p.X != cur {
				return
			}
			name := p.Sel.Name
			if benignMembers[name] {
				return
			}
			if name == "Subject" || name == "GetSubject" {
				subject = true
			}
			cur = p
			if call, ok := parent[p].(*ast.CallExpr); ok && call.Fun == p {
				if name == "Get" && len(call.Args) > 0 { // jwx Token.Get("sub")
					key := constString(info, call.Args[0])
					if benignKeys[key] {
						return
					}
					subject = subject || key == "sub"
				}
				cur = call
			}
		case *ast.IndexExpr:
			if p.X == cur {
				key := constString(info, p.Index)
				if benignKeys[key] {
					return
				}
				subject = subject || key == "sub"
			}
			cur = p
		case *ast.CallExpr:
			if p.Fun == cur {
				return
			}
			arg, ok := cur.(ast.Expr)
			if !ok {
				return
			}
			next, stop := t.callUse(p, arg, viaCall)
			if stop {
				return
			}
			if next == ast.Node(p) {
				if tv, ok := info.Types[p.Fun]; !ok || !tv.IsType() {
					viaCall = true
				}
			}
			cur = next
		case *ast.KeyValueExpr:
			if p.Value != cur {
				return
			}
			lit, ok := parent[p].(*ast.CompositeLit)
			if !ok {
				return
			}
			if _, isStruct := underlyingStruct(info.TypeOf(lit)); isStruct {
				if isOptionLiteral(info.TypeOf(lit)) {
					return // go-jose jwt.Expected{…}: values to validate against
				}
				t.found(sinkStored, p, fmt.Sprintf("are stored in field %s", exprString(p.Key)), viaCall)
				return
			}
			cur = lit
		case *ast.CompositeLit:
			if _, isStruct := underlyingStruct(info.TypeOf(p)); isStruct {
				if isOptionLiteral(info.TypeOf(p)) {
					return
				}
				t.found(sinkStored, p, "are stored in a struct", viaCall)
				return
			}
			cur = p
		case *ast.AssignStmt:
			t.assign(p, cur, subject, viaCall)
			return
		case *ast.ValueSpec:
			for _, name := range p.Names {
				t.taintIdent(name, subject, viaCall)
			}
			return
		case *ast.ReturnStmt:
			// A keyfunc returns a key, not an identity: choosing the key
			// from unverified claims (kid, tenant) is what they are for.
			if !t.c.inKeyfunc(p) {
				t.found(sinkReturn, p, "are returned", viaCall)
			}
			return
		case *ast.RangeStmt:
			if p.X == cur {
				if p.Key != nil {
					t.taintIdent(p.Key, subject, viaCall)
				}
				if p.Value != nil {
					t.taintIdent(p.Value, subject, viaCall)
				}
			}
			return
		default:
			if subject {
				t.found(sinkSubject, cur, "provide the subject (sub) the code acts on", viaCall)
			}
			return
		}
	}
}

// inKeyfunc reports whether the innermost function around n is shaped
// like a golang-jwt Keyfunc.
func (c *checker) inKeyfunc(n ast.Node) bool {
	for p := c.parent[n]; p != nil; p = c.parent[p] {
		switch f := p.(type) {
		case *ast.FuncLit:
			return c.isKeyfuncType(c.info.TypeOf(f))
		case *ast.FuncDecl:
			obj := c.info.Defs[f.Name]
			return obj != nil && c.isKeyfuncType(obj.Type())
		}
	}
	return false
}

// callUse handles a tainted value passed as an argument. It returns the
// node to continue from (the call, whose result is then tainted) or stop.
func (t *taint) callUse(call *ast.CallExpr, arg ast.Expr, viaCall bool) (ast.Node, bool) {
	info := t.c.info
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return call, false // conversion
	}
	if isPrintCall(info, call) {
		return nil, true
	}
	if id, ok := stripParens(call.Fun).(*ast.Ident); ok {
		if _, builtin := info.Uses[id].(*types.Builtin); builtin {
			return nil, true // len(claims.Audience) and the like
		}
	}
	fn := callee(info, call)
	if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "context" && fn.Name() == "WithValue" {
		if len(call.Args) == 3 && call.Args[2] == arg {
			t.found(sinkStored, call, "are stored in a context value", viaCall)
		}
		return nil, true
	}
	if s := t.verifying[call]; s != nil {
		// Passed as the claims of a verifying parse: from here on the
		// variable holds verified claims.
		isClaims := false
		for _, cl := range s.claims {
			if cl == arg {
				isClaims = true
				if v := objectOf(info, stripAddr(arg)); v != nil {
					t.cleansed[v] = call.End()
					if t.roots[v] && call.End() > t.reverified {
						t.reverified = call.End()
					}
				}
			}
		}
		if !isClaims {
			t.selectsKey = true
		}
		return nil, true
	}
	if decl := t.c.declOfCall(call); decl != nil {
		param := paramFor(info, decl, call, arg)
		if param == nil || t.depth >= maxDepth {
			return nil, true
		}
		inner := t.c.newTaint(decl.Body, decl.Body.Pos(), t.verifying, t.depth+1)
		inner.objs[param] = true
		inner.run()
		if inner.selectsKey {
			t.selectsKey = true
		}
		if sk := inner.earliest(); sk != nil && sk.kind != sinkReturn {
			t.found(sk.kind, call, fmt.Sprintf("%s in %s", sk.reason, decl.Name.Name), viaCall || sk.viaCall)
			return nil, true
		}
		if inner.returned {
			return call, false
		}
		return nil, true
	}
	// Code outside the package: a whole token handed over is most likely
	// inspected for its header (a JWKS lookup); claims values handed over
	// come back as data about the principal (a user looked up by ID).
	if isTokenType(info.TypeOf(arg)) {
		return nil, true
	}
	if fn != nil && choosesVerifier(fn.Name()) {
		// The tenant or issuer picks the provider, verifier or key set
		// that then verifies the token: key selection.
		t.selectsKey = true
	}
	return call, false
}

// paramFor returns the parameter of decl that receives arg in call.
func paramFor(info *types.Info, decl *ast.FuncDecl, call *ast.CallExpr, arg ast.Expr) types.Object {
	idx := -1
	for i, a := range call.Args {
		if a == arg {
			idx = i
		}
	}
	if idx < 0 || decl.Type.Params == nil {
		return nil
	}
	i := 0
	for _, field := range decl.Type.Params.List {
		if len(field.Names) == 0 {
			if i == idx {
				return nil
			}
			i++
			continue
		}
		for _, name := range field.Names {
			if i == idx {
				return info.Defs[name]
			}
			i++
		}
	}
	return nil
}

// assign handles a tainted value on the right of an assignment.
func (t *taint) assign(as *ast.AssignStmt, rhs ast.Node, subject, viaCall bool) {
	idx := -1
	for i, r := range as.Rhs {
		if r == rhs {
			idx = i
		}
	}
	if idx < 0 {
		// The value is being overwritten: later uses hold something else.
		if obj := objectOf(t.c.info, stripParens(rhs.(ast.Expr))); obj != nil {
			t.cleansed[obj] = as.End()
		}
		return
	}
	targets := as.Lhs
	if len(as.Lhs) == len(as.Rhs) {
		targets = as.Lhs[idx : idx+1]
	}
	for _, lhs := range targets {
		switch l := stripParens(lhs).(type) {
		case *ast.Ident:
			t.taintIdent(l, subject, viaCall)
		case *ast.SelectorExpr:
			if sel := t.c.info.Selections[l]; sel != nil && sel.Kind() == types.FieldVal {
				t.found(sinkStored, as, "are stored in field "+l.Sel.Name, viaCall)
			}
		case *ast.IndexExpr:
			t.found(sinkStored, as, "are stored in a map", viaCall)
		}
	}
}

// taintIdent marks the variable an identifier declares or names, unless it
// holds an error (errors of an unverified parse are not claims).
func (t *taint) taintIdent(e ast.Expr, subject, viaCall bool) {
	id, ok := e.(*ast.Ident)
	if !ok || id.Name == "_" {
		return
	}
	obj := t.c.info.Defs[id]
	if obj == nil {
		obj = t.c.info.Uses[id]
	}
	v, ok := obj.(*types.Var)
	if !ok || isErrorType(v.Type()) {
		return
	}
	t.objs[v] = true
	if subject {
		t.subjects[v] = true
	}
	if viaCall {
		t.derived[v] = true
	}
	delete(t.cleansed, v)
}

// isEmptyCheck reports whether bin compares operand with "", nil or 0: a
// presence check, not a use of the value.
func isEmptyCheck(info *types.Info, bin *ast.BinaryExpr, operand ast.Node) bool {
	if bin.Op != token.EQL && bin.Op != token.NEQ {
		return false
	}
	other := bin.Y
	if bin.Y == operand {
		other = bin.X
	}
	if isNil(other) {
		return true
	}
	tv, ok := info.Types[other]
	if !ok || tv.Value == nil {
		return false
	}
	switch tv.Value.Kind() {
	case constant.String:
		return constant.StringVal(tv.Value) == ""
	case constant.Int:
		v, ok := constant.Int64Val(tv.Value)
		return ok && v == 0
	}
	return false
}

// isOptionLiteral reports whether t is a library type that holds values to
// validate against (go-jose jwt.Expected), not a principal.
func isOptionLiteral(t types.Type) bool {
	return isLibraryType(t, "Expected", func(l library) bool { return l == libJose })
}

// inVerifyingKeyfunc reports whether n lies inside a function literal
// shaped like a golang-jwt Keyfunc.
func (c *checker) inVerifyingKeyfunc(n ast.Node) bool {
	for p := c.parent[n]; p != nil; p = c.parent[p] {
		if f, ok := p.(*ast.FuncLit); ok && c.isKeyfuncType(c.info.TypeOf(f)) {
			return true
		}
	}
	return false
}

// exprString renders a short expression (a field key) for messages.
func exprString(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.BasicLit:
		return x.Value
	}
	return "of a literal"
}

// choosesVerifier reports whether a function's name says it builds or
// looks up what verifies tokens: an OIDC provider, a verifier, a key set.
func choosesVerifier(name string) bool {
	words := splitWords(name)
	for i, w := range words {
		switch w {
		case "provider", "verifier", "jwks", "jwk", "keyset", "keyfunc":
			return true
		case "key", "keys":
			if i+1 < len(words) && words[i+1] == "set" || i > 0 && (words[i-1] == "public" || words[i-1] == "verification") {
				return true
			}
		}
	}
	return false
}
