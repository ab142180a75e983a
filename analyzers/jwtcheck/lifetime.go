package jwtcheck

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"time"
	"unicode"
)

// checkLifetimes reports access tokens issued with a constant lifetime
// above maxAccessLifetime (AC308).
func (c *checker) checkLifetimes() {
	c.insp.Preorder([]ast.Node{(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node) {
		for _, exp := range c.expirySites(n) {
			d, ok := c.lifetime(exp, 0)
			if !ok || d <= maxAccessLifetime {
				continue
			}
			if c.mentionsRefresh(exp) {
				continue
			}
			if purpose := c.notAccessToken(c.namesAround(exp)); purpose != "" {
				continue // an OAuth state, a client assertion, a magic link…: not an access token
			}
			c.report(ruleLongAccessToken, exp, fmt.Sprintf(
				"access token lifetime is %s, longer than %s: issue access tokens for at most %s and keep long sessions on revocable, rotating refresh tokens (refresh-token issuance is recognised by the word \"refresh\" in its names)",
				formatDuration(d), formatDuration(maxAccessLifetime), formatDuration(maxAccessLifetime)))
		}
	})
}

// accessWords mark a token used as an access credential (sent as a
// bearer token, kept as a session, returned as access_token): the lifetime
// rule applies whatever else its names say.
var accessWords = map[string]bool{"access": true, "bearer": true, "session": true}

// notAccessWords name JWTs that are not access tokens. Each maps to the
// purpose reported in messages.
var notAccessWords = map[string]string{
	"state":        "an OAuth state value",
	"handshake":    "a handshake token",
	"assertion":    "a client assertion",
	"magic":        "a magic-link token",
	"verification": "a verification token",
	"verify":       "a verification token",
	"confirm":      "a confirmation token",
	"confirmation": "a confirmation token",
	"invite":       "an invitation token",
	"invitation":   "an invitation token",
	"reset":        "a password-reset token",
	"mock":         "a test provider's token",
	"fake":         "a test provider's token",
	"dummy":        "a test provider's token",
	"stub":         "a test provider's token",
}

// notAccessToken returns the purpose of a JWT whose names (functions,
// variables, fields, claims keys and strings around its expiry) say it is
// not an access token, or "" when nothing says so or something marks it as
// an access credential.
func (c *checker) notAccessToken(names []string) string {
	purpose := ""
	for _, n := range names {
		words := splitWords(n)
		for i, w := range words {
			if accessWords[w] {
				return ""
			}
			if p, ok := notAccessWords[w]; ok && purpose == "" {
				purpose = p
			}
			if i+1 < len(words) {
				switch w + " " + words[i+1] {
				case "client secret":
					if purpose == "" {
						purpose = "a client secret (client assertion)"
					}
				case "id token":
					if purpose == "" {
						purpose = "an ID token"
					}
				}
			}
		}
	}
	return purpose
}

// splitWords splits an identifier or string into lower-case words at
// case changes, digits and punctuation: "newOAuthStateJWT" gives new, o,
// auth, state, jwt; "id_token" gives id, token.
func splitWords(s string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsUpper(r):
			// A new word starts at an upper-case letter that follows a
			// lower-case one, or that begins a word after an acronym.
			if len(cur) > 0 && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])) {
				flush()
			}
			cur = append(cur, r)
		case unicode.IsLetter(r):
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return words
}

// expirySites returns the expressions node sets a token's expiry to.
func (c *checker) expirySites(n ast.Node) []ast.Expr {
	var out []ast.Expr
	switch x := n.(type) {
	case *ast.CompositeLit:
		t := c.info.TypeOf(x)
		claimsStruct := isLibraryType(t, "RegisteredClaims", isGolangJWT) || isLibraryType(t, "StandardClaims", isGolangJWT)
		joseClaims := isLibraryType(t, "Claims", func(l library) bool { return l == libJose })
		mapClaims := isLibraryType(t, "MapClaims", isGolangJWT)
		for _, elt := range x.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, _ := kv.Key.(*ast.Ident)
			switch {
			case claimsStruct && key != nil && key.Name == "ExpiresAt",
				joseClaims && key != nil && key.Name == "Expiry",
				mapClaims && constString(c.info, kv.Key) == "exp":
				out = append(out, kv.Value)
			}
		}
	case *ast.AssignStmt:
		if len(x.Lhs) != len(x.Rhs) {
			return nil
		}
		for i, lhs := range x.Lhs {
			switch l := stripParens(lhs).(type) {
			case *ast.SelectorExpr:
				field, ok := c.info.Uses[l.Sel].(*types.Var)
				if ok && field.IsField() && (isGolangJWT(libraryOf(field)) && field.Name() == "ExpiresAt" ||
					libraryOf(field) == libJose && field.Name() == "Expiry") {
					out = append(out, x.Rhs[i])
				}
			case *ast.IndexExpr:
				if isLibraryType(c.info.TypeOf(l.X), "MapClaims", isGolangJWT) && constString(c.info, l.Index) == "exp" {
					out = append(out, x.Rhs[i])
				}
			}
		}
	case *ast.CallExpr:
		d := describe(callee(c.info, x))
		switch {
		case d.lib == libJWX && d.recv == "Builder" && d.name == "Expiration" && len(x.Args) == 1:
			out = append(out, x.Args[0])
		case d.lib == libJWX && (d.recv == "Builder" && d.name == "Claim" || d.name == "Set") && len(x.Args) == 2 &&
			constString(c.info, x.Args[0]) == "exp":
			out = append(out, x.Args[1])
		}
	}
	return out
}

// lifetime evaluates an expiry expression to the lifetime it grants, when
// it is "now plus a constant".
func (c *checker) lifetime(e ast.Expr, depth int) (time.Duration, bool) {
	if depth > maxDepth {
		return 0, false
	}
	e = stripParens(e)
	switch x := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		if v, ok := objectOf(c.info, x).(*types.Var); ok && !v.IsField() {
			if val, ok := c.single(v); ok {
				return c.lifetime(val, depth+1)
			}
		}
	case *ast.BinaryExpr: // now.Unix() + 3600
		if x.Op != token.ADD {
			return 0, false
		}
		for _, pair := range [][2]ast.Expr{{x.X, x.Y}, {x.Y, x.X}} {
			if !c.isNowUnix(pair[0], depth) {
				continue
			}
			if secs, ok := c.seconds(pair[1], depth); ok {
				return time.Duration(secs) * time.Second, true
			}
		}
	case *ast.CallExpr:
		if tv, ok := c.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.lifetime(x.Args[0], depth+1) // int64(...), time.Time(...)
		}
		fn := callee(c.info, x)
		if fn == nil {
			return 0, false
		}
		switch {
		case fn.Name() == "NewNumericDate" && len(x.Args) == 1 && (isGolangJWT(libraryOf(fn)) || libraryOf(fn) == libJose):
			return c.lifetime(x.Args[0], depth+1)
		case isTimeMethod(fn, "Unix") || isTimeMethod(fn, "UTC") || isTimeMethod(fn, "Truncate") || isTimeMethod(fn, "Round"):
			return c.lifetime(receiverOf(x), depth+1)
		case isTimeMethod(fn, "Add") && len(x.Args) == 1:
			if !c.isNow(receiverOf(x), depth) {
				return 0, false
			}
			return c.duration(x.Args[0], depth)
		case isTimeMethod(fn, "AddDate") && len(x.Args) == 3:
			if !c.isNow(receiverOf(x), depth) {
				return 0, false
			}
			var ymd [3]int64
			for i, a := range x.Args {
				v, ok := constInt(c.info, a)
				if !ok {
					return 0, false
				}
				ymd[i] = v
			}
			days := ymd[0]*365 + ymd[1]*30 + ymd[2]
			return time.Duration(days) * 24 * time.Hour, true
		}
	}
	return 0, false
}

// isNow reports whether e is the current time: time.Now(), any Now() or
// now() returning a time.Time (a clock), a variable assigned one, or a
// time.Time variable or parameter named now.
func (c *checker) isNow(e ast.Expr, depth int) bool {
	if e == nil || depth > maxDepth {
		return false
	}
	e = stripParens(e)
	switch x := e.(type) {
	case *ast.CallExpr:
		fn := callee(c.info, x)
		if fn != nil && strings.EqualFold(fn.Name(), "now") && isTimeType(c.info.TypeOf(x)) {
			return true
		}
		if fn != nil && (isTimeMethod(fn, "UTC") || isTimeMethod(fn, "Truncate") || isTimeMethod(fn, "Round") || isTimeMethod(fn, "Local")) {
			return c.isNow(receiverOf(x), depth+1)
		}
		if fn == nil && isTimeType(c.info.TypeOf(x)) {
			// A clock function value such as s.now().
			if id := calleeName(x); strings.EqualFold(id, "now") {
				return true
			}
		}
	case *ast.Ident, *ast.SelectorExpr:
		v, ok := objectOf(c.info, x).(*types.Var)
		if !ok || !isTimeType(v.Type()) {
			return false
		}
		if val, ok := c.single(v); ok {
			return c.isNow(val, depth+1)
		}
		words := strings.ToLower(v.Name())
		return words == "now" || strings.HasSuffix(words, "now") || words == "issuedat" || words == "iat"
	}
	return false
}

// calleeName returns the name of the function or method value a call
// invokes, as written.
func calleeName(call *ast.CallExpr) string {
	switch f := stripParens(call.Fun).(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	}
	return ""
}

// isNowUnix reports whether e is now.Unix().
func (c *checker) isNowUnix(e ast.Expr, depth int) bool {
	e = stripParens(e)
	if v, ok := objectOf(c.info, e).(*types.Var); ok && !v.IsField() && depth < maxDepth {
		if val, ok := c.single(v); ok {
			return c.isNowUnix(val, depth+1)
		}
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := callee(c.info, call)
	return fn != nil && isTimeMethod(fn, "Unix") && c.isNow(receiverOf(call), depth+1)
}

// duration evaluates a time.Duration expression that is a constant or a
// variable assigned exactly one constant.
func (c *checker) duration(e ast.Expr, depth int) (time.Duration, bool) {
	if depth > maxDepth {
		return 0, false
	}
	e = stripParens(e)
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil {
		if v, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
			return time.Duration(v), true
		}
		return 0, false
	}
	if v, ok := objectOf(c.info, e).(*types.Var); ok && !v.IsField() {
		if val, ok := c.single(v); ok {
			return c.duration(val, depth+1)
		}
	}
	return 0, false
}

// seconds evaluates a number of seconds added to a Unix time: a constant,
// or d.Seconds() of a constant duration.
func (c *checker) seconds(e ast.Expr, depth int) (int64, bool) {
	e = stripParens(e)
	if v, ok := constInt(c.info, e); ok {
		return v, true
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if tv, ok := c.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			return c.seconds(call.Args[0], depth+1)
		}
		if fn := callee(c.info, call); fn != nil && fn.Name() == "Seconds" && fn.Pkg() != nil && fn.Pkg().Path() == "time" {
			if d, ok := c.duration(receiverOf(call), depth+1); ok {
				return int64(d / time.Second), true
			}
		}
	}
	if v, ok := objectOf(c.info, e).(*types.Var); ok && !v.IsField() && depth < maxDepth {
		if val, ok := c.single(v); ok {
			return c.seconds(val, depth+1)
		}
	}
	return 0, false
}

func constInt(info *types.Info, e ast.Expr) (int64, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	return constant.Int64Val(constant.ToInt(tv.Value))
}

func isTimeType(t types.Type) bool {
	if t == nil {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Time"
}

func isTimeMethod(fn *types.Func, name string) bool {
	if fn.Name() != name || fn.Pkg() == nil || fn.Pkg().Path() != "time" {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Recv() != nil && namedTypeName(sig.Recv().Type()) == "Time"
}

// mentionsRefresh reports whether the expiry at e belongs to a refresh
// token: "refresh" in the enclosing function's name, the claims type, the
// fields and variables the claims are stored in (or later signed into),
// the names in the expiry expression, or a string in the claims literal.
func (c *checker) mentionsRefresh(e ast.Expr) bool {
	names := c.namesAround(e)
	for _, n := range names {
		if strings.Contains(strings.ToLower(n), "refresh") {
			return true
		}
	}
	return false
}

func (c *checker) namesAround(e ast.Expr) []string {
	var names []string
	add := func(n ast.Node) {
		if n == nil {
			return
		}
		ast.Inspect(n, func(m ast.Node) bool {
			switch x := m.(type) {
			case *ast.Ident:
				names = append(names, x.Name)
				if obj := c.info.Uses[x]; obj != nil {
					if v, ok := obj.(*types.Var); ok {
						if val, ok := c.single(v); ok {
							ast.Inspect(val, func(k ast.Node) bool {
								if id, ok := k.(*ast.Ident); ok {
									names = append(names, id.Name)
								}
								return true
							})
						}
					}
				}
			case *ast.BasicLit:
				names = append(names, x.Value)
			case *ast.FuncLit:
				return false
			}
			return true
		})
	}
	add(e)
	names = append(names, c.enclosingFuncName(e))

	// Walk up to the statement, collecting composite literal types, keys,
	// strings of the outermost literal and the names it is stored in.
	var top ast.Node = e
	for p := c.parent[e]; p != nil; p = c.parent[p] {
		switch x := p.(type) {
		case *ast.CompositeLit:
			if t := c.info.TypeOf(x); t != nil {
				names = append(names, namedTypeName(t))
			}
			top = x
		case *ast.KeyValueExpr:
			if id, ok := x.Key.(*ast.Ident); ok {
				names = append(names, id.Name)
			}
		case *ast.CallExpr:
			names = append(names, calleeName(x))
			top = x
			continue
		case *ast.AssignStmt, *ast.ValueSpec, *ast.ReturnStmt, *ast.ExprStmt:
			add(top)
			switch s := x.(type) {
			case *ast.AssignStmt:
				for _, l := range s.Lhs {
					add(l)
				}
				names = append(names, c.namesOfUses(s.Lhs)...)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					names = append(names, n.Name)
				}
				var lhs []ast.Expr
				for _, n := range s.Names {
					lhs = append(lhs, n)
				}
				names = append(names, c.namesOfUses(lhs)...)
			}
			return names
		}
		if _, isStmt := p.(ast.Stmt); isStmt {
			break
		}
	}
	add(top)
	return names
}

// namesOfUses returns, for variables assigned in a statement, the names of
// what they later flow into in the same function: the variables a token
// signed from them is stored in, and the functions they are passed to.
// The variables so reached are followed once more, so the use of the
// signed token shows too: the cookie it is set as (with the cookie's
// name), the response field it is returned in.
func (c *checker) namesOfUses(lhs []ast.Expr) []string {
	return c.namesOfUsesDepth(lhs, 0)
}

func (c *checker) namesOfUsesDepth(lhs []ast.Expr, depth int) []string {
	var names []string
	for _, l := range lhs {
		id, ok := stripParens(l).(*ast.Ident)
		if !ok {
			continue
		}
		obj := c.info.Defs[id]
		if obj == nil {
			obj = c.info.Uses[id]
		}
		if obj == nil {
			continue
		}
		body, _ := c.enclosingFunc(id)
		if body == nil {
			continue
		}
		var next []ast.Expr
		ast.Inspect(body, func(n ast.Node) bool {
			use, ok := n.(*ast.Ident)
			if !ok || use.Pos() <= id.Pos() || c.info.Uses[use] != obj {
				return true
			}
			if as, ok := c.parent[use].(*ast.AssignStmt); ok && depth > 0 {
				for _, l := range as.Lhs {
					if l == ast.Expr(use) {
						return true // overwritten here, not used
					}
				}
			}
			for p := c.parent[use]; p != nil; p = c.parent[p] {
				if call, ok := p.(*ast.CallExpr); ok {
					names = append(names, calleeName(call))
				}
				if as, ok := p.(*ast.AssignStmt); ok {
					for _, l := range as.Lhs {
						if lid, ok := stripParens(l).(*ast.Ident); ok {
							names = append(names, lid.Name)
							if t := c.info.TypeOf(lid); t != nil && !isErrorType(t) {
								next = append(next, lid)
							}
						} else if sel, ok := stripParens(l).(*ast.SelectorExpr); ok {
							names = append(names, sel.Sel.Name)
						}
					}
				}
				if kv, ok := p.(*ast.KeyValueExpr); ok {
					if kid, ok := kv.Key.(*ast.Ident); ok {
						names = append(names, kid.Name)
					}
				}
				if lit, ok := p.(*ast.CompositeLit); ok && depth > 0 {
					names = append(names, c.cookieNames(lit)...)
				}
				if _, isStmt := p.(ast.Stmt); isStmt {
					break
				}
			}
			return true
		})
		if depth < 1 {
			names = append(names, c.namesOfUsesDepth(next, depth+1)...)
		}
	}
	return names
}

// cookieNames returns the type name of a literal a signed token is put in
// and, for an http.Cookie, the cookie's name: a token set as the
// "session" cookie is an access credential, one set as "oauth_state" is
// not.
func (c *checker) cookieNames(lit *ast.CompositeLit) []string {
	t := c.info.TypeOf(lit)
	out := []string{namedTypeName(t)}
	if namedTypeName(t) != "Cookie" {
		return out
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok && key.Name == "Name" {
				if s := constString(c.info, kv.Value); s != "" {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// formatDuration prints 24h0m0s as 24h and 15m0s as 15m.
func formatDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
