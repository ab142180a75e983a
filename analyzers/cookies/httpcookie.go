package cookies

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/authcheck/authcheck/analyzers/internal/apimatch"
)

// Cookie-describing types whose literals the analyzer reads.
const (
	typeHTTPCookie     = "Cookie"        // net/http
	typeSessionsOption = "Options"       // gorilla/sessions
	typeSCSCookie      = "SessionCookie" // scs
)

func (c *checker) checkLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	t := c.typeOf(lit)
	switch {
	case isNamed(t, pkgHTTP, typeHTTPCookie):
		holder, obj := c.holder(cur)
		if !c.reachesResponse(cur, holder, obj) {
			return // a request cookie (AddCookie), a jar entry, a template in a struct
		}
		ck := c.fromLiteral(lit, obj)
		ck.fixLit = lit
		c.judge(ck)
	case isNamed(t, pkgSessions, typeSessionsOption):
		_, obj := c.holder(cur)
		ck := c.fromLiteral(lit, obj)
		ck.kind = kindSession
		ck.what = "gorilla/sessions Options"
		c.judge(ck)
	case isNamed(t, pkgSCS, typeSCSCookie):
		_, obj := c.holder(cur)
		ck := c.fromLiteral(lit, obj)
		ck.kind = kindSession
		ck.what = "scs SessionCookie"
		c.judge(ck)
	}
}

// newCookie handles new(http.Cookie), configured by field assignments.
func (c *checker) newCookie(cur inspector.Cursor, call *ast.CallExpr) {
	holder, obj := c.holder(cur)
	if obj == nil || !c.reachesResponse(cur, holder, obj) {
		return
	}
	ck := c.fromLiteral(&ast.CompositeLit{Lbrace: call.Pos(), Rbrace: call.End()}, obj)
	ck.pos, ck.end = call.Pos(), call.End()
	c.judge(ck)
}

// checkVarDecl handles var ck http.Cookie, configured by field
// assignments and sent as &ck.
func (c *checker) checkVarDecl(cur inspector.Cursor, spec *ast.ValueSpec) {
	if len(spec.Values) > 0 || spec.Type == nil || !isNamed(c.typeOf(spec.Type), pkgHTTP, typeHTTPCookie) {
		return
	}
	if _, isPtr := ast.Unparen(spec.Type).(*ast.StarExpr); isPtr {
		return
	}
	for _, name := range spec.Names {
		obj := c.info.Defs[name]
		if obj == nil || !c.reachesResponse(cur, cur, obj) {
			continue
		}
		ck := c.fromLiteral(&ast.CompositeLit{Lbrace: name.Pos(), Rbrace: name.End()}, obj)
		ck.pos, ck.end = name.Pos(), name.End()
		c.judge(ck)
	}
}

// fromLiteral reads a cookie literal's attributes, then the assignments
// made to the variable obj that holds it.
func (c *checker) fromLiteral(lit *ast.CompositeLit, obj types.Object) *cookie {
	ck := &cookie{
		pos: lit.Pos(), end: lit.End(), obj: obj,
		httpOnlyField: "HttpOnly", secureField: "Secure", sameSiteField: "SameSite",
	}
	fields := map[string]ast.Expr{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			fields[id.Name] = kv.Value
		}
	}
	set := map[string]bool{}
	for name, rhs := range c.fieldSets[obj] {
		if len(rhs) == 1 {
			fields[name] = rhs[0]
		} else {
			set[name] = true // assigned more than once: computed
		}
	}
	read := func(name string) flag {
		if set[name] {
			return flagRuntime
		}
		return c.boolFlag(fields[name])
	}
	ck.httpOnly = read("HttpOnly")
	ck.secure = read("Secure")
	if set["SameSite"] {
		ck.sameSite = ssRuntime
	} else {
		ck.sameSite = c.sameSiteOf(fields["SameSite"])
	}
	if e, ok := fields["Name"]; ok {
		if s, ok := c.constString(e); ok {
			ck.name = s
		}
	}
	ck.value = fields["Value"]
	if e, ok := fields["MaxAge"]; ok && c.negativeInt(e) {
		ck.deletion = true
	}
	if e, ok := fields["Value"]; ok && c.emptyString(e) {
		ck.deletion = true
	}
	if e, ok := fields["Expires"]; ok && c.pastTime(e) {
		ck.deletion = true
	}
	if ck.name != "" {
		ck.what = "cookie " + quote(ck.name)
	} else {
		ck.what = "cookie"
	}
	return ck
}

func quote(s string) string { return `"` + s + `"` }

// holder returns the expression that carries the literal (the literal,
// or &literal) and, when it is stored in a variable, that variable.
func (c *checker) holder(cur inspector.Cursor) (inspector.Cursor, types.Object) {
	h := cur
	if p := cur.Parent(); p.Node() != nil {
		if u, ok := p.Node().(*ast.UnaryExpr); ok && u.X == cur.Node() {
			h = p
		}
	}
	for p := h.Parent(); p.Node() != nil; p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.ParenExpr:
			h = p
			continue
		case *ast.AssignStmt:
			for i, rhs := range n.Rhs {
				if rhs == h.Node() && i < len(n.Lhs) && len(n.Lhs) == len(n.Rhs) {
					if id, ok := n.Lhs[i].(*ast.Ident); ok {
						return h, c.objOf(id)
					}
				}
			}
		case *ast.ValueSpec:
			for i, v := range n.Values {
				if v == h.Node() && i < len(n.Names) {
					return h, c.objOf(n.Names[i])
				}
			}
		}
		break
	}
	return h, nil
}

func (c *checker) objOf(id *ast.Ident) types.Object {
	if obj := c.info.Defs[id]; obj != nil {
		return obj
	}
	return c.info.Uses[id]
}

// reachesResponse reports whether a cookie, held by the expression h or
// the variable obj, is sent in a response: passed to http.SetCookie,
// echo's or gin's cookie setters, written as a header through String(),
// or returned by a cookie-building function.
func (c *checker) reachesResponse(cur, h inspector.Cursor, obj types.Object) bool {
	if c.isSink(h) {
		return true
	}
	if obj == nil {
		return false
	}
	fn, ok := enclosingFunc(cur)
	var scope inspector.Cursor
	if ok {
		scope = fn
	} else {
		scope = c.root // package-level variable
	}
	for id := range scope.Preorder((*ast.Ident)(nil)) {
		if c.info.Uses[id.Node().(*ast.Ident)] != obj {
			continue
		}
		u := id
		if p := id.Parent(); p.Node() != nil {
			if un, ok := p.Node().(*ast.UnaryExpr); ok && un.X == id.Node() {
				u = p
			}
		}
		if c.isSink(u) {
			return true
		}
	}
	return false
}

// isSink reports whether the cookie expression at cur goes to a response.
func (c *checker) isSink(cur inspector.Cursor) bool {
	p := cur.Parent()
	switch n := p.Node().(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.SelectorExpr:
		if n.X == cur.Node() && n.Sel.Name == "String" {
			return true // header built from cookie.String()
		}
	case *ast.CallExpr:
		fn := c.callee(n)
		if fn == nil {
			return false
		}
		if apimatch.IsFunc(fn, pkgHTTP, "SetCookie") {
			return len(n.Args) == 2 && n.Args[1] == cur.Node()
		}
		if fn.Name() == "SetCookie" || fn.Name() == "SetCookieData" {
			// echo's Context.SetCookie, gin's SetCookieData and the
			// same shape in other frameworks: one *http.Cookie argument.
			sig, ok := fn.Type().(*types.Signature)
			return ok && sig.Recv() != nil && sig.Params().Len() == 1 &&
				isNamed(sig.Params().At(0).Type(), pkgHTTP, typeHTTPCookie)
		}
	}
	return false
}

// --- gin c.SetCookie(name, value, maxAge, path, domain, secure, httpOnly) ---

func (c *checker) ginSetCookie(cur inspector.Cursor, call *ast.CallExpr) {
	if len(call.Args) != 7 {
		return
	}
	ck := &cookie{
		pos: call.Pos(), end: call.End(),
		httpOnlyField: "the httpOnly argument", secureField: "the secure argument", sameSiteField: "c.SetSameSite",
		value: call.Args[1],
	}
	if s, ok := c.constString(call.Args[0]); ok {
		ck.name = s
		ck.what = "gin cookie " + quote(s)
	} else {
		ck.what = "gin cookie"
	}
	ck.deletion = c.negativeInt(call.Args[2]) || c.emptyString(call.Args[1])
	ck.secure = c.boolFlag(call.Args[5])
	ck.httpOnly = c.boolFlag(call.Args[6])
	ck.sameSite = c.ginSameSite(cur, call)
	c.judge(ck)
}

// ginSameSite finds the c.SetSameSite call that precedes call in the same
// function. A SetSameSite in a function that sets no cookie (a
// middleware) makes the mode unknown for the package's other handlers.
func (c *checker) ginSameSite(cur inspector.Cursor, call *ast.CallExpr) sameSite {
	fn, ok := enclosingFunc(cur)
	if ok {
		result, found := ssUnset, false
		for _, s := range c.sameSiteCalls[fn.Node()] {
			if s.Pos() < call.Pos() && len(s.Args) == 1 {
				result, found = c.sameSiteOf(s.Args[0]), true
			}
		}
		if found {
			return result
		}
	}
	if c.sameSiteElsewhere {
		return ssRuntime
	}
	return ssUnset
}

// --- raw Set-Cookie headers ---

// headerSetCookie reads a Set-Cookie header value built from constants,
// concatenations and fmt.Sprintf.
func (c *checker) headerSetCookie(call *ast.CallExpr, value ast.Expr) {
	text, ok := c.render(value, 0)
	if !ok {
		return
	}
	parts := strings.Split(text, ";")
	nameValue := strings.TrimSpace(parts[0])
	eq := strings.IndexByte(nameValue, '=')
	if eq <= 0 {
		return
	}
	name, val := nameValue[:eq], nameValue[eq+1:]
	if strings.Contains(name, hole) {
		return // the name is computed
	}
	ck := &cookie{
		pos: value.Pos(), end: value.End(),
		what:          "Set-Cookie header " + quote(name),
		name:          name,
		httpOnlyField: "the HttpOnly attribute", secureField: "the Secure attribute", sameSiteField: "the SameSite attribute",
		sameSite: ssUnset,
	}
	if val == "" || val == `""` {
		ck.deletion = true
	}
	computedAttrs := false
	for _, a := range parts[1:] {
		a = strings.TrimSpace(a)
		if strings.Contains(a, hole) {
			if k, _, _ := strings.Cut(a, "="); strings.Contains(k, hole) {
				computedAttrs = true
			}
		}
		k, v, _ := strings.Cut(a, "=")
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "httponly":
			ck.httpOnly = flagTrue
		case "secure":
			ck.secure = flagTrue
		case "samesite":
			switch strings.ToLower(strings.TrimSpace(v)) {
			case "strict":
				ck.sameSite = ssStrict
			case "lax":
				ck.sameSite = ssLax
			case "none":
				ck.sameSite = ssNone
			default:
				ck.sameSite = ssRuntime
			}
		case "max-age":
			if strings.HasPrefix(strings.TrimSpace(v), "-") || strings.TrimSpace(v) == "0" {
				ck.deletion = true
			}
		case "expires":
			if strings.Contains(v, "1970") {
				ck.deletion = true
			}
		}
	}
	if computedAttrs {
		// "; %s" adds attributes we cannot see: judge only what is there.
		if ck.httpOnly == flagUnset {
			ck.httpOnly = flagRuntime
		}
		if ck.secure == flagUnset {
			ck.secure = flagRuntime
		}
		if ck.sameSite == ssUnset {
			ck.sameSite = ssRuntime
		}
	}
	if strings.Contains(val, hole) && !strings.Contains(strings.ToLower(name), "csrf") {
		// A computed value: the name decides.
		ck.value = nil
	}
	c.judge(ck)
}

// hole stands for a computed part of a header value.
const hole = "\x00"

// render returns the text of a string expression, with hole for each
// computed part. It fails when the shape is not understood.
func (c *checker) render(e ast.Expr, depth int) (string, bool) {
	if depth > 8 {
		return "", false
	}
	if s, ok := c.constString(e); ok {
		return s, true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		l, ok1 := c.render(x.X, depth+1)
		r, ok2 := c.render(x.Y, depth+1)
		if !ok1 || !ok2 {
			return "", false
		}
		return l + r, true
	case *ast.CallExpr:
		fn := c.callee(x)
		if apimatch.IsFunc(fn, pkgFmt, "Sprintf") && len(x.Args) > 0 {
			format, ok := c.constString(x.Args[0])
			if !ok {
				return "", false
			}
			return formatHoles(format), true
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "String" &&
			isNamed(c.typeOf(sel.X), pkgHTTP, typeHTTPCookie) {
			return "", false // judged at the cookie literal
		}
	}
	return hole, true
}

// formatHoles replaces the verbs of a printf format with hole.
func formatHoles(format string) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			b.WriteByte(format[i])
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[j]) >= 0 {
			j++
		}
		b.WriteString(hole)
		i = j
	}
	return b.String()
}
