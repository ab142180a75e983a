package jwtcheck

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
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
			}
		}
		t.run()
		if t.sink == nil {
			continue
		}
		c.report(ruleUnverifiedClaims, s.call.Fun, fmt.Sprintf(
			"%s does not verify the signature, yet its claims %s (line %d): verify the token (%s) and take identity only from verified claims; unverified parsing is only for reading kid or iss to choose the key",
			s.name, t.sink.reason, c.line(t.sink.node.Pos()), verifyingAPI(s.lib)))
	}
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
	cleansed map[types.Object]token.Pos
	visited  map[ast.Node]bool
	sink     *sink // the earliest sink found
	returned bool  // some sink is a return statement
}

func (c *checker) newTaint(body *ast.BlockStmt, after token.Pos, verifying map[*ast.CallExpr]*parseSite, depth int) *taint {
	return &taint{
		c: c, body: body, after: after, verifying: verifying, depth: depth,
		objs:     map[types.Object]bool{},
		subjects: map[types.Object]bool{},
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

func (t *taint) found(kind sinkKind, node ast.Node, reason string) {
	if kind == sinkReturn {
		t.returned = true
	}
	if t.sink == nil || node.Pos() < t.sink.node.Pos() {
		t.sink = &sink{kind: kind, node: node, reason: reason}
	}
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
	subject := false
	if id, ok := n.(*ast.Ident); ok {
		subject = t.subjects[info.Uses[id]]
	}
	for {
		switch p := parent[cur].(type) {
		case *ast.ParenExpr, *ast.StarExpr, *ast.UnaryExpr, *ast.TypeAssertExpr, *ast.BinaryExpr:
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
			next, stop := t.callUse(p, arg)
			if stop {
				return
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
				t.found(sinkStored, p, fmt.Sprintf("are stored in field %s", exprString(p.Key)))
				return
			}
			cur = lit
		case *ast.CompositeLit:
			if _, isStruct := underlyingStruct(info.TypeOf(p)); isStruct {
				t.found(sinkStored, p, "are stored in a struct")
				return
			}
			cur = p
		case *ast.AssignStmt:
			t.assign(p, cur, subject)
			return
		case *ast.ValueSpec:
			for _, name := range p.Names {
				t.taintIdent(name, subject)
			}
			return
		case *ast.ReturnStmt:
			// A keyfunc returns a key, not an identity: choosing the key
			// from unverified claims (kid, tenant) is what they are for.
			if !t.c.inKeyfunc(p) {
				t.found(sinkReturn, p, "are returned")
			}
			return
		case *ast.RangeStmt:
			if p.X == cur {
				if p.Key != nil {
					t.taintIdent(p.Key, subject)
				}
				if p.Value != nil {
					t.taintIdent(p.Value, subject)
				}
			}
			return
		default:
			if subject {
				t.found(sinkSubject, cur, "provide the subject (sub) the code acts on")
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
func (t *taint) callUse(call *ast.CallExpr, arg ast.Expr) (ast.Node, bool) {
	info := t.c.info
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return call, false // conversion
	}
	if isPrintCall(info, call) {
		return nil, true
	}
	fn := callee(info, call)
	if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "context" && fn.Name() == "WithValue" {
		if len(call.Args) == 3 && call.Args[2] == arg {
			t.found(sinkStored, call, "are stored in a context value")
		}
		return nil, true
	}
	if s := t.verifying[call]; s != nil {
		// Passed as the claims of a verifying parse: from here on the
		// variable holds verified claims.
		for _, cl := range s.claims {
			if cl == arg {
				if v := objectOf(info, stripAddr(arg)); v != nil {
					t.cleansed[v] = call.End()
				}
			}
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
		if inner.sink != nil && inner.sink.kind != sinkReturn {
			t.found(inner.sink.kind, call, fmt.Sprintf("%s in %s", inner.sink.reason, decl.Name.Name))
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
func (t *taint) assign(as *ast.AssignStmt, rhs ast.Node, subject bool) {
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
			t.taintIdent(l, subject)
		case *ast.SelectorExpr:
			if sel := t.c.info.Selections[l]; sel != nil && sel.Kind() == types.FieldVal {
				t.found(sinkStored, as, "are stored in field "+l.Sel.Name)
			}
		case *ast.IndexExpr:
			t.found(sinkStored, as, "are stored in a map")
		}
	}
}

// taintIdent marks the variable an identifier declares or names, unless it
// holds an error (errors of an unverified parse are not claims).
func (t *taint) taintIdent(e ast.Expr, subject bool) {
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
	delete(t.cleansed, v)
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
