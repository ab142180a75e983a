package cors

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/authcheck/authcheck/analyzers/internal/apimatch"
)

// checkOriginComparisons looks at how origins are compared: substring
// checks and regular expressions other sites can pass (AC704), and "null"
// accepted as an origin (AC703).
func (c *checker) checkOriginComparisons() {
	hasStrings := apimatch.ImportsAny(c.pass.Pkg, pkgStrings)
	hasRegexp := apimatch.ImportsAny(c.pass.Pkg, pkgRegexp)
	for cur := range c.root.Preorder((*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil), (*ast.CaseClause)(nil), (*ast.CompositeLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			fn := c.callee(n)
			if fn == nil {
				continue
			}
			if hasStrings && apimatch.IsFunc(fn, pkgStrings, "HasSuffix", "HasPrefix", "Contains") && len(n.Args) == 2 {
				c.checkSubstring(fn.Name(), n)
			}
			if hasRegexp {
				c.checkRegexpMatch(n)
			}
		case *ast.BinaryExpr:
			if n.Op == token.EQL {
				c.checkNullCompare(cur, n)
			}
		case *ast.CaseClause:
			c.checkNullCase(cur, n)
		case *ast.CompositeLit:
			c.checkNullInAllowlist(n)
		}
	}
}

// checkSubstring reports HasSuffix without a leading dot, HasPrefix with a
// host, and Contains with a host, applied to an origin.
func (c *checker) checkSubstring(name string, call *ast.CallExpr) {
	if !c.originValued(call.Args[0]) {
		return
	}
	s, ok := c.stringConst(call.Args[1])
	if !ok {
		return
	}
	ls := strings.ToLower(s)
	switch name {
	case "HasSuffix":
		if !looksLikeHost(ls) || strings.HasPrefix(ls, ".") || strings.Contains(ls, "//") {
			return
		}
		c.report(ruleBypassableCheck, call, fmt.Sprintf(
			"strings.HasSuffix(origin, %q) also accepts %s, which anyone can register: compare the host exactly, or check the suffix %q with the leading dot and the scheme",
			s, attackerOriginFor(s, false), "."+s))
	case "HasPrefix":
		host := ls
		if i := strings.Index(ls, "://"); i >= 0 {
			host = ls[i+3:]
		}
		if host == "" || host == ls || strings.HasSuffix(host, ":") || strings.HasSuffix(host, "/") || !looksLikeHost(host) {
			return // a scheme check ("https://"), a port check, or no scheme (origins start with one)
		}
		c.report(ruleBypassableCheck, call, fmt.Sprintf(
			"strings.HasPrefix(origin, %q) also accepts %s: compare the whole origin with an exact allowlist",
			s, attackerOriginFor(s, true)))
	case "Contains":
		if !looksLikeHost(strings.TrimPrefix(strings.TrimPrefix(ls, "https://"), "http://")) {
			return
		}
		c.report(ruleBypassableCheck, call, fmt.Sprintf(
			"strings.Contains(origin, %q) also accepts origins such as %s: compare the whole origin with an exact allowlist",
			s, attackerOriginFor(strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://"), true)))
	}
}

// looksLikeHost reports whether s names a host: localhost, or a name with
// a dot and a letter ("example.com", "api.example.com:8443").
func looksLikeHost(s string) bool {
	s = strings.TrimPrefix(s, ".")
	if s == "" {
		return false
	}
	if strings.HasPrefix(s, "localhost") {
		return true
	}
	hasLetter := strings.ContainsFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' })
	return hasLetter && strings.Contains(s, ".") && !strings.ContainsAny(s, " /?=&")
}

// checkRegexpMatch reports regular expressions matched against an origin
// that are not anchored at both ends, or that leave a dot unescaped.
func (c *checker) checkRegexpMatch(call *ast.CallExpr) {
	fn := c.callee(call)
	var pattern ast.Expr
	switch {
	case apimatch.IsFunc(fn, pkgRegexp, "MatchString") && len(call.Args) == 2:
		if !c.originValued(call.Args[1]) {
			return
		}
		pattern = call.Args[0]
	case isMethod(fn, pkgRegexp, "Regexp", "MatchString", "FindString", "FindStringIndex") && len(call.Args) == 1:
		if !c.originValued(call.Args[0]) {
			return
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		pattern = c.compiledPattern(sel.X)
	}
	if pattern == nil {
		return
	}
	s, ok := c.stringConst(pattern)
	if !ok {
		return
	}
	at := ast.Node(pattern)
	if !c.inThisPackage(pattern) {
		at = call
	}
	body := strings.TrimPrefix(s, "(?i)")
	startOK := strings.HasPrefix(body, "^") || strings.HasPrefix(body, `\A`)
	endOK := strings.HasSuffix(body, "$") || strings.HasSuffix(body, `\z`)
	switch {
	case !startOK || !endOK:
		missing := "^ and $"
		if startOK {
			missing = "$"
		} else if endOK {
			missing = "^"
		}
		msg := fmt.Sprintf("the origin is matched by %q without %s, so it also matches inside an attacker's origin (https://example.com.attacker.example): anchor it with ^ and $", s, missing)
		var fixes []analysis.SuggestedFix
		// Adding ^ is safe when the pattern begins with the scheme: an
		// origin always starts with its scheme, so nothing that matched
		// legitimately stops matching.
		if !startOK && strings.HasPrefix(strings.ToLower(body), "http") && c.inThisPackage(pattern) {
			if lit, ok := ast.Unparen(pattern).(*ast.BasicLit); ok && lit.Kind == token.STRING && len(lit.Value) >= 2 {
				insertAt := lit.Pos() + 1
				if strings.HasPrefix(s, "(?i)") {
					insertAt += 4
				}
				fixes = append(fixes, analysis.SuggestedFix{
					Message:   "Anchor the pattern at the start of the origin",
					TextEdits: []analysis.TextEdit{{Pos: insertAt, End: insertAt, NewText: []byte("^")}},
				})
			}
		}
		c.report(ruleBypassableCheck, at, msg, fixes...)
	case hasUnescapedHostDot(body):
		c.report(ruleBypassableCheck, at, fmt.Sprintf(
			"the origin pattern %q has an unescaped dot, which matches any character (https://exampleXcom): escape dots as \\. or build the pattern with regexp.QuoteMeta", s))
	}
}

// hasUnescapedHostDot reports a "." that is not escaped, not in a
// character class, not followed by a quantifier (".*", ".+") and is
// followed by a letter, as in "example.com".
func hasUnescapedHostDot(p string) bool {
	inClass := false
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '.':
			if inClass || i+1 >= len(p) {
				continue
			}
			next := p[i+1]
			if next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' {
				return true
			}
		}
	}
	return false
}

// compiledPattern returns the pattern a *regexp.Regexp variable was
// compiled from: regexp.MustCompile(p) or regexp.Compile(p).
func (c *checker) compiledPattern(e ast.Expr) ast.Expr {
	v := ast.Unparen(e)
	if id, ok := v.(*ast.Ident); ok {
		if sv := c.singleValue(id); sv != nil {
			v = ast.Unparen(sv)
		}
	}
	call, ok := v.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !apimatch.IsFunc(c.callee(call), pkgRegexp, "MustCompile", "Compile", "MustCompilePOSIX", "CompilePOSIX") {
		return nil
	}
	return call.Args[0]
}

func (c *checker) inThisPackage(e ast.Expr) bool {
	for _, f := range c.pass.Files {
		if f.FileStart <= e.Pos() && e.Pos() <= f.FileEnd {
			return true
		}
	}
	return false
}

// checkNullCompare reports origin == "null" where the comparison grants
// access: in a return statement, or in an if whose body does not just
// leave.
func (c *checker) checkNullCompare(cur inspector.Cursor, b *ast.BinaryExpr) {
	var origin ast.Expr
	switch {
	case c.isNull(b.Y) && c.originValued(b.X):
		origin = b.X
	case c.isNull(b.X) && c.originValued(b.Y):
		origin = b.Y
	default:
		return
	}
	_ = origin
	if !c.grants(cur) {
		return
	}
	c.report(ruleNullOrigin, b,
		"the origin check accepts \"null\", which sandboxed iframes and data: URLs of any site send; remove the comparison and serve such pages from a listed origin")
}

// checkNullCase reports `case "null":` in a switch on the origin whose body
// allows it.
func (c *checker) checkNullCase(cur inspector.Cursor, cc *ast.CaseClause) {
	var nullExpr ast.Expr
	for _, e := range cc.List {
		if c.isNull(e) {
			nullExpr = e
		}
	}
	if nullExpr == nil {
		return
	}
	sw, ok := cur.Parent().Parent().Node().(*ast.SwitchStmt)
	if !ok || sw.Tag == nil || !c.originValued(sw.Tag) {
		return
	}
	if c.bodyAllows(cc.Body) {
		c.report(ruleNullOrigin, nullExpr,
			"the origin switch accepts \"null\", which sandboxed iframes and data: URLs of any site send; remove the case and serve such pages from a listed origin")
	}
}

// checkNullInAllowlist reports "null" in a list or set literal of origins
// (the other entries are http(s) origins).
func (c *checker) checkNullInAllowlist(lit *ast.CompositeLit) {
	var nullAt ast.Expr
	origins := 0
	for _, el := range lit.Elts {
		key := el
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			key = kv.Key
			// map[string]bool{"null": false} denies.
			if c.boolValue(kv.Value) == no {
				continue
			}
		}
		s, ok := c.stringConst(key)
		if !ok {
			continue
		}
		ls := strings.ToLower(strings.TrimSpace(s))
		switch {
		case ls == "null":
			nullAt = key
		case strings.HasPrefix(ls, "https://") || strings.HasPrefix(ls, "http://"):
			origins++
		}
	}
	if nullAt == nil || origins == 0 {
		return
	}
	// The library config literals report "null" themselves.
	c.report(ruleNullOrigin, nullAt,
		"the origin allowlist contains \"null\", which sandboxed iframes and data: URLs of any site send; remove it and serve such pages from a listed origin")
}

func (c *checker) isNull(e ast.Expr) bool {
	s, ok := c.stringConst(e)
	return ok && strings.EqualFold(strings.TrimSpace(s), "null")
}

// grants reports whether the comparison at cur decides to allow: it is
// part of a returned expression (not under !), or the condition of an if
// whose body allows.
func (c *checker) grants(cur inspector.Cursor) bool {
	for anc := range cur.Enclosing() {
		switch n := anc.Node().(type) {
		case *ast.UnaryExpr:
			if n.Op == token.NOT {
				return false
			}
		case *ast.BinaryExpr:
			if n.Op != token.LOR && n.Op != token.LAND && n != cur.Node() {
				return false
			}
		case *ast.ParenExpr:
		case *ast.ReturnStmt:
			return true
		case *ast.IfStmt:
			return c.bodyAllows(n.Body.List)
		default:
			if anc != cur {
				return false
			}
		}
	}
	return false
}

// bodyAllows reports whether statements allow the origin: they return
// true, or write Access-Control-Allow-Origin.
func (c *checker) bodyAllows(list []ast.Stmt) bool {
	allows := false
	for _, st := range list {
		ast.Inspect(st, func(n ast.Node) bool {
			if allows {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) > 0 && c.boolValue(n.Results[0]) == yes {
					allows = true
				}
			case *ast.CallExpr:
				if len(n.Args) == 2 {
					if name, ok := c.stringConst(n.Args[0]); ok && strings.EqualFold(name, headerAllowOrigin) {
						allows = true
					}
				}
			}
			return true
		})
	}
	return allows
}
