package cookies

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/authcheck/authcheck/analyzers/internal/secretname"
)

// Words in an scs session key that mean the value identifies the
// logged-in user.
var userKeyWords = map[string]bool{
	"user": true, "userid": true, "uid": true, "account": true, "accountid": true,
	"principal": true, "authenticated": true, "subject": true, "member": true, "identity": true,
	"login": true, "username": true, "email": true, "admin": true, "impersonate": true, "impersonator": true,
}

// Words that make a key about something other than who is logged in.
var notUserKeyWords = map[string]bool{
	"flash": true, "cart": true, "theme": true, "lang": true, "redirect": true, "return": true,
	"next": true, "csrf": true, "state": true, "nonce": true, "pref": true, "prefs": true,
	"attempts": true, "count": true, "message": true, "error": true, "form": true, "draft": true,
}

// scsPut reports sm.Put(ctx, "userID", id) in a function that has not
// called RenewToken before it (session fixation).
func (c *checker) scsPut(cur inspector.Cursor, call *ast.CallExpr) {
	if len(call.Args) != 3 {
		return
	}
	key, ok := c.constString(call.Args[1])
	if !ok || !isUserKey(key) {
		return
	}
	fn, ok := enclosingFunc(cur)
	if !ok {
		return
	}
	// The outermost function: a RenewToken in the handler counts for a
	// closure inside it.
	outer := fn
	for p, ok := enclosingFunc(fn); ok; p, ok = enclosingFunc(p) {
		outer = p
	}
	if c.renewsBefore(funcBody(outer.Node()), call.Pos(), 1) {
		return
	}
	c.report(call, ruleFixation, fmt.Sprintf(
		"the user is stored in the scs session (key %q) without RenewToken first: a session ID planted before login stays valid "+
			"after it (session fixation); call RenewToken(ctx) before Put", key))
}

func isUserKey(key string) bool {
	words := secretname.Words(key)
	if hasAny(words, notUserKeyWords) {
		return false
	}
	if hasAny(words, userKeyWords) {
		return true
	}
	j := strings.ToLower(strings.Join(words, ""))
	return strings.Contains(j, "userid") || strings.Contains(j, "authenticated")
}

// renewsBefore reports whether body calls (*scs.SessionManager).RenewToken
// before pos, directly or through a function of this package that does
// (depth levels deep).
func (c *checker) renewsBefore(body *ast.BlockStmt, pos token.Pos, depth int) bool {
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Pos() >= pos {
			return true
		}
		fn := c.callee(call)
		if isMethod(fn, pkgSCS, "RenewToken") {
			found = true
			return false
		}
		if depth > 0 && fn != nil && fn.Pkg() == c.pass.Pkg {
			if decl := c.funcDecl(fn); decl != nil && c.renewsBefore(decl.Body, decl.End(), depth-1) {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// funcDecl finds the declaration of a function of this package.
func (c *checker) funcDecl(fn *types.Func) *ast.FuncDecl {
	for _, f := range c.pass.Files {
		if f.Pos() > fn.Pos() || fn.Pos() > f.End() {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && c.info.Defs[fd.Name] == fn {
				return fd
			}
		}
	}
	return nil
}
