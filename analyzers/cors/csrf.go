package cors

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/authcheck/authcheck/analyzers/internal/apimatch"
)

// checkCrossOriginBypass reports http.CrossOriginProtection bypass patterns
// that cover every path ("/", "/{path...}", "POST /"), which switch the
// CSRF protection off for the whole handler (AC707).
func (c *checker) checkCrossOriginBypass() {
	if !apimatch.ImportsAny(c.pass.Pkg, pkgHTTP) {
		return
	}
	for cur := range c.root.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if len(call.Args) != 1 || !isMethod(c.callee(call), pkgHTTP, "CrossOriginProtection", "AddInsecureBypassPattern") {
			continue
		}
		pattern, ok := c.stringConst(call.Args[0])
		if !ok {
			if c.mentionsRequest(call.Args[0]) {
				c.report(ruleBypassEverything, call.Args[0],
					"the AddInsecureBypassPattern pattern comes from the request, so a client chooses which requests skip http.CrossOriginProtection; register fixed patterns once, at start-up")
			}
			continue
		}
		if !coversEveryPath(pattern) {
			continue
		}
		c.report(ruleBypassEverything, call.Args[0], fmt.Sprintf(
			"AddInsecureBypassPattern(%q) exempts every path from http.CrossOriginProtection, so no request is protected against CSRF; list only the exact paths that must accept cross-origin requests (webhooks), and authenticate those otherwise", pattern))
	}
}

// coversEveryPath reports whether a ServeMux pattern ([METHOD ][HOST]/PATH)
// matches every path.
func coversEveryPath(pattern string) bool {
	p := strings.TrimSpace(pattern)
	if method, rest, ok := strings.Cut(p, " "); ok && !strings.Contains(method, "/") {
		p = strings.TrimSpace(rest)
	}
	if i := strings.IndexByte(p, '/'); i > 0 {
		p = p[i:] // drop the host
	}
	switch p {
	case "", "/", "/*", "/**":
		return true
	}
	// "/{rest...}" is a single wildcard segment matching the remainder.
	return strings.HasPrefix(p, "/{") && strings.HasSuffix(p, "...}") && strings.Count(p, "/") == 1
}

// mentionsRequest reports whether e uses an *http.Request.
func (c *checker) mentionsRequest(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !found {
			if v, ok := c.info.Uses[id].(*types.Var); ok && isNamed(v.Type(), pkgHTTP, "Request") {
				found = true
			}
		}
		return !found
	})
	return found
}
