package cors

import (
	"fmt"
	"go/ast"
	"net/http"
	"strings"
	"unicode"

	"github.com/authcheck/authcheck/analyzers/internal/apimatch"
)

// route is one registration of a handler for a method and path.
type route struct {
	method  string
	path    string
	at      ast.Expr // the path (or pattern) argument
	handler ast.Expr // the handler argument, when known
	how     string   // for the message: `"GET /logout"`, `r.Get`, …
}

// checkRoutes reports state-changing actions registered for GET (AC706).
func (c *checker) checkRoutes() {
	if !apimatch.ImportsAny(c.pass.Pkg, pkgHTTP, pkgChi, pkgChiV1, pkgGin, pkgEcho, pkgGorillaMux, pkgGorillaPat) {
		return
	}
	var routes []route
	for cur := range c.root.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		routes = append(routes, c.routesOf(call)...)
	}
	// A path registered for GET and for an unsafe method: the GET
	// usually renders the form that posts to the other.
	// (A registration that gives one handler both methods, as gorilla's
	// .Methods("GET", "POST"), still runs the action on GET.)
	unsafe := map[string][]ast.Expr{}
	for _, r := range routes {
		if r.method != http.MethodGet && r.method != http.MethodHead && r.method != "" {
			p := normalizePath(r.path)
			unsafe[p] = append(unsafe[p], r.at)
		}
	}
	for _, r := range routes {
		if r.method != http.MethodGet || registeredElsewhere(unsafe[normalizePath(r.path)], r.at) {
			continue
		}
		action := stateChangingAction(r.path)
		if action == "" || c.handlerRendersPage(r.handler) {
			continue
		}
		c.report(ruleStateChangingGET, r.at, fmt.Sprintf(
			"%s registers a state-changing action (%s) for GET: links, images and redirects from any site trigger it with the user's cookies, and CSRF defences exempt GET; register it for POST (or DELETE) behind a CSRF check",
			r.how, action))
	}
}

// routesOf returns the routes a call registers (none for most calls).
func (c *checker) routesOf(call *ast.CallExpr) []route {
	fn := c.callee(call)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	arg := func(i int) ast.Expr {
		if i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	one := func(method string, pathArg ast.Expr, handler ast.Expr, how string) []route {
		p, ok := c.stringConst(pathArg)
		if !ok {
			return nil
		}
		if strings.Contains(how, "…") {
			how = strings.Replace(how, "…", fmt.Sprintf("%q", p), 1)
		} else {
			how = fmt.Sprintf("%s(%q)", how, p)
		}
		return []route{{method: method, path: p, at: pathArg, handler: handler, how: how}}
	}
	methodOf := func(e ast.Expr) string {
		m, _ := c.stringConst(e)
		return strings.ToUpper(strings.TrimSpace(m))
	}
	switch path := fn.Pkg().Path(); {
	case path == pkgHTTP && (apimatch.IsFunc(fn, pkgHTTP, "Handle", "HandleFunc") || isMethod(fn, pkgHTTP, "ServeMux", "Handle", "HandleFunc")):
		pattern, ok := c.stringConst(arg(0))
		if !ok {
			return nil
		}
		method, rest, found := strings.Cut(strings.TrimSpace(pattern), " ")
		if !found || method == "" || strings.HasPrefix(method, "/") {
			return []route{{method: "", path: pattern, at: arg(0)}}
		}
		rest = strings.TrimSpace(rest)
		if i := strings.IndexByte(rest, '/'); i > 0 {
			rest = rest[i:] // "GET example.com/logout"
		}
		return []route{{method: strings.ToUpper(method), path: rest, at: arg(0), handler: arg(1), how: fmt.Sprintf("the pattern %q", pattern)}}

	case path == pkgChi || path == pkgChiV1:
		switch {
		case isMethod(fn, path, "", "Get", "Post", "Put", "Patch", "Delete"):
			return one(strings.ToUpper(fn.Name()), arg(0), arg(1), "chi "+fn.Name())
		case isMethod(fn, path, "", "Method", "MethodFunc"):
			return one(methodOf(arg(0)), arg(1), arg(2), fmt.Sprintf("chi %s(%q, …)", fn.Name(), methodOf(arg(0))))
		}

	case path == pkgGin:
		switch {
		case isMethod(fn, path, "", "GET", "POST", "PUT", "PATCH", "DELETE"):
			return one(fn.Name(), arg(0), arg(1), "gin "+fn.Name())
		case isMethod(fn, path, "", "Handle"):
			return one(methodOf(arg(0)), arg(1), arg(2), fmt.Sprintf("gin Handle(%q, …)", methodOf(arg(0))))
		}

	case path == pkgEcho:
		switch {
		case isMethod(fn, path, "", "GET", "POST", "PUT", "PATCH", "DELETE"):
			return one(fn.Name(), arg(0), arg(1), "echo "+fn.Name())
		case isMethod(fn, path, "", "Add"):
			return one(methodOf(arg(0)), arg(1), arg(2), fmt.Sprintf("echo Add(%q, …)", methodOf(arg(0))))
		}

	case path == pkgGorillaPat:
		switch {
		case isMethod(fn, path, "Router", "Get", "Post", "Put", "Patch", "Delete"):
			return one(strings.ToUpper(fn.Name()), arg(0), arg(1), "gorilla/pat "+fn.Name())
		case isMethod(fn, path, "Router", "Add"):
			return one(methodOf(arg(0)), arg(1), arg(2), fmt.Sprintf("gorilla/pat Add(%q, …)", methodOf(arg(0))))
		}

	case path == pkgGorillaMux && isMethod(fn, pkgGorillaMux, "Route", "Methods"):
		return c.gorillaRoutes(call)
	}
	return nil
}

// gorillaRoutes reads r.HandleFunc("/logout", h).Methods("GET") and
// r.Path("/logout").Methods("GET").HandlerFunc(h): the path comes from the
// receiver chain of Methods.
func (c *checker) gorillaRoutes(methods *ast.CallExpr) []route {
	sel, ok := ast.Unparen(methods.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	var pathArg, handler ast.Expr
	for x := ast.Unparen(sel.X); ; {
		inner, ok := x.(*ast.CallExpr)
		if !ok {
			break
		}
		fn := c.callee(inner)
		if isMethod(fn, pkgGorillaMux, "", "HandleFunc", "Handle", "Path") && len(inner.Args) >= 1 {
			pathArg = inner.Args[0]
			if len(inner.Args) > 1 {
				handler = inner.Args[1]
			}
			break
		}
		is, ok := ast.Unparen(inner.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		x = ast.Unparen(is.X)
	}
	if pathArg == nil {
		return nil
	}
	p, ok := c.stringConst(pathArg)
	if !ok {
		return nil
	}
	var out []route
	for _, m := range methods.Args {
		method, ok := c.stringConst(m)
		if !ok {
			continue
		}
		out = append(out, route{method: strings.ToUpper(method), path: p, at: pathArg, handler: handler,
			how: fmt.Sprintf("gorilla/mux .Methods(%q) on %q", method, p)})
	}
	return out
}

func normalizePath(p string) string {
	return strings.TrimSuffix(strings.ToLower(strings.TrimSpace(p)), "/")
}

// pathWords splits a route path into lower-case words: segments, then
// -, _, . and camelCase boundaries. Parameters ({id}, :id, *) are dropped.
func pathWords(p string) []string {
	var words []string
	for _, seg := range strings.Split(p, "/") {
		if seg == "" || strings.HasPrefix(seg, ":") || strings.HasPrefix(seg, "{") || strings.HasPrefix(seg, "*") {
			continue
		}
		var cur []rune
		flush := func() {
			if len(cur) > 0 {
				words = append(words, strings.ToLower(string(cur)))
				cur = cur[:0]
			}
		}
		prevLower := false
		for _, r := range seg {
			switch {
			case r == '-' || r == '_' || r == '.' || r == '$':
				flush()
				prevLower = false
				continue
			case unicode.IsUpper(r) && prevLower:
				flush()
			}
			cur = append(cur, r)
			prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
		}
		flush()
	}
	return words
}

// stateChangingAction names the action a path performs when it is one the
// checklist counts as state-changing, or "".
func stateChangingAction(p string) string {
	words := pathWords(p)
	has := func(ws ...string) bool {
		for _, w := range words {
			for _, x := range ws {
				if w == x {
					return true
				}
			}
		}
		return false
	}
	seq := func(a, b string) bool {
		for i := 0; i+1 < len(words); i++ {
			if words[i] == a && words[i+1] == b {
				return true
			}
		}
		return false
	}
	// Landing pages of links sent by e-mail must be GETs.
	if has("confirm", "confirmation", "verify", "verification", "callback", "form", "page", "new", "edit", "status") {
		return ""
	}
	switch {
	case has("logout", "signout", "logoff") || seq("log", "out") || seq("sign", "out") || seq("log", "off"):
		return "logout"
	case has("delete", "remove", "destroy", "deactivate"):
		return "deletion"
	case has("change", "update", "set") && has("email", "mail", "password", "passwd", "pwd", "phone"):
		return "e-mail or password change"
	case has("transfer", "withdraw", "payout"):
		return "transfer"
	case has("revoke", "revocation"):
		return "revocation"
	}
	return ""
}

// handlerRendersPage reports handlers named like pages and forms
// (showLogoutPage, renderDeleteConfirm): they render a form whose POST
// does the work.
func (c *checker) handlerRendersPage(h ast.Expr) bool {
	var name string
	switch h := ast.Unparen(h).(type) {
	case *ast.Ident:
		name = h.Name
	case *ast.SelectorExpr:
		name = h.Sel.Name
	case *ast.CallExpr:
		// templ.Handler(page), http.HandlerFunc(h): the argument names it.
		if len(h.Args) == 1 {
			return c.handlerRendersPage(h.Args[0])
		}
		return false
	default:
		return false
	}
	for _, w := range pathWords(name) {
		switch w {
		case "page", "form", "show", "render", "view", "confirm", "confirmation", "template", "prompt":
			return true
		}
	}
	return false
}

func registeredElsewhere(others []ast.Expr, at ast.Expr) bool {
	for _, o := range others {
		if o != at {
			return true
		}
	}
	return false
}
