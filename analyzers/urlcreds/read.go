package urlcreds

// AC402 / AC403: credentials read from the request URL.

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/authcheck/authcheck/analyzers/internal/apimatch"
)

// readSource says how a handler reads a request parameter.
type readSource int

const (
	readNone      readSource = iota
	readQuery                // r.URL.Query(), url.ParseQuery(r.URL.RawQuery), gin c.Query, echo c.QueryParam
	readForm                 // r.Form: query and body
	readFormValue            // r.FormValue, echo c.FormValue: query and body
)

// checkQueryRead handles r.URL.Query().Get("token"), r.FormValue("api_key"),
// r.Form.Get("token"), gin's c.Query("token") and echo's
// c.QueryParam("token").
func (c *checker) checkQueryRead(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	if fn == nil || len(call.Args) == 0 {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	var (
		src  readSource
		form *ast.SelectorExpr // r.Form, for the suggested fix
		fix  string            // replacement for sel.Sel (FormValue → PostFormValue)
	)
	switch {
	case isMethod(fn, pkgHTTP, "Request", "FormValue"):
		src, fix = readFormValue, "PostFormValue"
	case isMethod(fn, pkgURL, "Values", "Get"):
		src, form = c.requestValues(sel.X, 0)
	case isMethod(fn, pkgGin, "Context", "Query", "DefaultQuery", "GetQuery", "QueryArray", "GetQueryArray"):
		src = readQuery
	case isMethod(fn, pkgEcho, "Context", "QueryParam"), isMethod(fn, pkgEchoV3, "Context", "QueryParam"):
		src = readQuery
	case isMethod(fn, pkgEcho, "Context", "FormValue"), isMethod(fn, pkgEchoV3, "Context", "FormValue"):
		src = readFormValue
	}
	if src == readNone {
		return
	}
	param, ok := c.stringConst(call.Args[0])
	if !ok || c.isPresenceCheck(cur) {
		return
	}
	credName, ok := credentialName(param, readTargetName(cur))
	if !ok {
		return
	}
	var edits []analysis.TextEdit
	switch {
	case fix != "":
		edits = []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(fix)}}
	case form != nil:
		edits = []analysis.TextEdit{{Pos: form.Sel.Pos(), End: form.Sel.End(), NewText: []byte("PostForm")}}
	}
	c.reportRead(cur, call, param, credName, src, edits)
}

// checkQueryIndex handles r.URL.Query()["access_token"] and r.Form["token"].
func (c *checker) checkQueryIndex(cur inspector.Cursor, ix *ast.IndexExpr) {
	if !c.isURLValues(ix.X) {
		return
	}
	param, ok := c.stringConst(ix.Index)
	if !ok {
		return
	}
	if cur.ParentEdgeKind() == edge.AssignStmt_Lhs || c.isPresenceCheck(cur) {
		return // a write, or _, ok := q["token"]
	}
	credName, ok := credentialName(param, readTargetName(cur))
	if !ok {
		return
	}
	src, form := c.requestValues(ix.X, 0)
	if src == readNone {
		return
	}
	var edits []analysis.TextEdit
	if form != nil {
		edits = []analysis.TextEdit{{Pos: form.Sel.Pos(), End: form.Sel.End(), NewText: []byte("PostForm")}}
	}
	c.reportRead(cur, ix, param, credName, src, edits)
}

// requestValues reports whether e is a url.Values holding the request's
// query: r.URL.Query(), url.ParseQuery(r.URL.RawQuery), r.Form, echo's
// c.QueryParams(), or a local variable assigned one of them. For r.Form
// used directly it also returns the selector, for the suggested fix.
func (c *checker) requestValues(e ast.Expr, depth int) (readSource, *ast.SelectorExpr) {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn := c.callee(e)
		switch {
		case isMethod(fn, pkgURL, "URL", "Query"):
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && c.isRequestURL(sel.X, depth) {
				return readQuery, nil
			}
		case apimatch.IsFunc(fn, pkgURL, "ParseQuery"):
			if len(e.Args) == 1 {
				if sel, ok := ast.Unparen(e.Args[0]).(*ast.SelectorExpr); ok &&
					c.isField(sel.Sel, pkgURL, "RawQuery") && c.isRequestURL(sel.X, depth) {
					return readQuery, nil
				}
			}
		case isMethod(fn, pkgEcho, "Context", "QueryParams"), isMethod(fn, pkgEchoV3, "Context", "QueryParams"):
			return readQuery, nil
		}
	case *ast.SelectorExpr:
		if c.isField(e.Sel, pkgHTTP, "Form") {
			return readForm, e
		}
	case *ast.Ident:
		if depth >= maxFlowDepth {
			return readNone, nil
		}
		if obj := c.info.ObjectOf(e); obj != nil {
			for _, d := range c.defsOf(obj) {
				if src, _ := c.requestValues(d, depth+1); src != readNone {
					return src, nil
				}
			}
		}
	}
	return readNone, nil
}

// isRequestURL reports whether e is an incoming request's URL: r.URL for
// an *http.Request r, or a local variable assigned it.
func (c *checker) isRequestURL(e ast.Expr, depth int) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		return c.isField(e.Sel, pkgHTTP, "URL")
	case *ast.Ident:
		if depth >= maxFlowDepth {
			return false
		}
		if obj := c.info.ObjectOf(e); obj != nil {
			for _, d := range c.defsOf(obj) {
				if c.isRequestURL(d, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// isPresenceCheck reports reads that only test whether a credential was
// sent in the URL, typically to refuse it: q.Get("token") != "",
// _, ok := q["token"], _, ok := c.GetQuery("token"), len(q["token"]).
func (c *checker) isPresenceCheck(cur inspector.Cursor) bool {
	for {
		if _, ok := cur.Parent().Node().(*ast.ParenExpr); !ok {
			break
		}
		cur = cur.Parent()
	}
	switch p := cur.Parent().Node().(type) {
	case *ast.BinaryExpr:
		if p.Op != token.EQL && p.Op != token.NEQ {
			return false
		}
		other := p.X
		if cur.ParentEdgeKind() == edge.BinaryExpr_X {
			other = p.Y
		}
		s, ok := c.stringConst(other)
		return ok && s == ""
	case *ast.AssignStmt:
		if len(p.Lhs) == 2 && len(p.Rhs) == 1 {
			id, ok := p.Lhs[0].(*ast.Ident)
			return ok && id.Name == "_"
		}
	case *ast.CallExpr:
		if id, ok := ast.Unparen(p.Fun).(*ast.Ident); ok && id.Name == "len" {
			_, builtin := c.info.Uses[id].(*types.Builtin)
			return builtin
		}
	}
	return false
}

// readTargetName returns the name of the variable a read is assigned to
// (resetToken := r.URL.Query().Get("token")).
func readTargetName(cur inspector.Cursor) string {
	kind, idx := cur.ParentEdge()
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		if kind == edge.AssignStmt_Rhs {
			if len(p.Lhs) == len(p.Rhs) {
				return exprName(p.Lhs[idx])
			}
			if len(p.Rhs) == 1 && len(p.Lhs) > 0 {
				return exprName(p.Lhs[0])
			}
		}
	case *ast.ValueSpec:
		if kind == edge.ValueSpec_Values && idx < len(p.Names) {
			return p.Names[idx].Name
		}
	}
	return ""
}

// reportRead reports a credential read from the URL: AC402, or AC403 for
// a one-time link token.
// param is the query parameter, credName the name that classifies it.
func (c *checker) reportRead(cur inspector.Cursor, node ast.Node, param, credName string, src readSource, edits []analysis.TextEdit) {
	if kind, ok := oneTimeLink(param, readTargetName(cur), c.contextNames(cur)); ok {
		// The link's token can only come from the URL: reading the body
		// instead would break the link, so no fix is suggested.
		edits = nil
		if c.reportOneTimeLink(node, fmt.Sprintf("one-time %s token read from the URL (%s=…)", kind, param), "it") {
			return
		}
	}
	if c.reportLogoutToken(node, param, readTargetName(cur), c.contextNames(cur), "read from") {
		return
	}
	k := classify(credName)
	rule := ruleCredentialFromQuery
	var msg string
	switch {
	case c.upgradesWebSocket(cur):
		msg = fmt.Sprintf("%s read from the URL query of a WebSocket handshake (%s=…): the URL is written to access and proxy logs; "+
			"browsers cannot set an Authorization header on WebSocket requests, so authenticate the upgrade with the session cookie (checking Origin) "+
			"or a single-use ticket that expires within seconds", k.what, param)
		edits = nil // the handshake is a GET: there is no body to read instead
	case (src == readFormValue || src == readForm) && c.reach(cur) == reachPostOnly:
		// The handler only accepts POST: clients send the credential in
		// the body, but the query string still feeds FormValue and Form.
		rule = ruleFormInPostHandler
		what, instead := "FormValue", "PostFormValue, which reads only the request body"
		if len(edits) == 0 && src == readFormValue { // echo's c.FormValue
			instead = "c.Request().PostFormValue, which reads only the request body"
		}
		if src == readForm {
			what, instead = "Request.Form", "Request.PostForm, which holds only the request body"
		}
		msg = fmt.Sprintf("%s read with %s in a handler that only accepts POST: the body is the usual source, but %s also accepts "+
			"?%s=… from the URL query, which ends up in access logs; use %s", k.what, what, what, param, instead)
	case src == readFormValue:
		msg = fmt.Sprintf("%s read with FormValue, which also accepts it from the URL query (?%s=…): query strings end up in access logs, "+
			"browser history and Referer headers; use PostFormValue, which reads only the request body", k.what, param)
		if k != kindPassword {
			msg += ", or " + k.readInstead
		}
	case src == readForm:
		msg = fmt.Sprintf("%s read from Request.Form, which also holds the URL query (?%s=…): query strings end up in access logs, "+
			"browser history and Referer headers; use Request.PostForm, which holds only the request body", k.what, param)
		if k != kindPassword {
			msg += ", or " + k.readInstead
		}
	default:
		msg = fmt.Sprintf("%s read from the URL query (%s=…): query strings end up in access logs, browser history and Referer headers, "+
			"so a leaked URL is a working credential; %s", k.what, param, k.readInstead)
	}
	d := analysis.Diagnostic{Pos: node.Pos(), End: node.End(), Category: rule, Message: msg}
	if len(edits) > 0 {
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Read the request body only", TextEdits: edits}}
	}
	c.report(d)
}
