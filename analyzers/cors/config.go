package cors

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/authcheck/authcheck/analyzers/internal/apimatch"
)

// library describes one CORS library's configuration type.
type library struct {
	name     string // for messages
	pkg      string
	typeName string // the options struct
	origins  string // field with the allowed origins
	// originFuncs are the callback fields; when one is set the origin list
	// is ignored (rs/cors, go-chi/cors, gin-contrib/cors, echo).
	originFuncs []string
	allowAll    string // gin-contrib's AllowAllOrigins
	wildcard    string // gin-contrib's AllowWildcard: patterns only with it
	unsafe      string // echo's UnsafeWildcardOriginWithAllowCredentials
	// emptyIsAll: no origins and no callback means "*" (rs/cors, go-chi,
	// echo). gin-contrib panics instead.
	emptyIsAll bool
	// patterns: the library understands one "*" inside an origin.
	patterns bool
}

var libraries = []library{
	{name: "rs/cors", pkg: pkgRSCors, typeName: "Options", origins: "AllowedOrigins",
		originFuncs: []string{"AllowOriginFunc", "AllowOriginRequestFunc", "AllowOriginVaryRequestFunc"}, emptyIsAll: true, patterns: true},
	{name: "go-chi/cors", pkg: pkgChiCors, typeName: "Options", origins: "AllowedOrigins",
		originFuncs: []string{"AllowOriginFunc"}, emptyIsAll: true, patterns: true},
	{name: "gin-contrib/cors", pkg: pkgGinCors, typeName: "Config", origins: "AllowOrigins",
		originFuncs: []string{"AllowOriginFunc", "AllowOriginWithContextFunc"}, allowAll: "AllowAllOrigins", wildcard: "AllowWildcard", patterns: true},
	{name: "echo", pkg: pkgEchoMW, typeName: "CORSConfig", origins: "AllowOrigins",
		originFuncs: []string{"AllowOriginFunc"}, unsafe: "UnsafeWildcardOriginWithAllowCredentials", emptyIsAll: true},
}

// corsConfig is what is known about one configuration value: the fields
// set in its literal and by later assignments in the same function.
type corsConfig struct {
	lib    *library
	at     ast.Node            // literal or call that creates it
	fields map[string]ast.Expr // field → value expression (the last assignment wins)
	unset  map[string]bool     // fields also given values we cannot see
	keyAt  map[string]ast.Node // where each field is written, for reports
	base   bool                // starts from the library's defaults (DefaultConfig)
	// toLibrary: the value is handed to the library (cors.New(opts)),
	// directly or through a local variable, not to the service's own
	// code, which may still fill in the origins.
	toLibrary bool
}

func (c *checker) checkLibraryConfigs() {
	var libs []*library
	for i := range libraries {
		if apimatch.ImportsAny(c.pass.Pkg, libraries[i].pkg) {
			libs = append(libs, &libraries[i])
		}
	}
	if len(libs) > 0 {
		c.checkConfigStructs(libs)
	}
	if apimatch.ImportsAny(c.pass.Pkg, pkgGorillaCORS) {
		c.checkGorilla()
	}
}

func (c *checker) libraryOf(t types.Type, libs []*library) *library {
	for _, l := range libs {
		if isNamed(t, l.pkg, l.typeName) {
			return l
		}
	}
	return nil
}

// checkConfigStructs finds every options literal (and DefaultConfig call
// of gin-contrib) and the field assignments made to the variable holding
// it in the same function, then judges the result.
func (c *checker) checkConfigStructs(libs []*library) {
	for cur := range c.root.Preorder((*ast.CompositeLit)(nil), (*ast.CallExpr)(nil)) {
		var cfg *corsConfig
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			l := c.libraryOf(c.info.TypeOf(n), libs)
			if l == nil {
				continue
			}
			if _, isPtr := types.Unalias(c.info.TypeOf(n)).(*types.Pointer); isPtr {
				continue
			}
			cfg = &corsConfig{lib: l, at: n, fields: map[string]ast.Expr{}, unset: map[string]bool{}, keyAt: map[string]ast.Node{}}
			for _, el := range n.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue // positional literal: not worth guessing
				}
				if key, ok := kv.Key.(*ast.Ident); ok {
					cfg.fields[key.Name] = kv.Value
					cfg.keyAt[key.Name] = kv
				}
			}
		case *ast.CallExpr:
			fn := c.callee(n)
			if !apimatch.IsFunc(fn, pkgGinCors, "DefaultConfig") {
				continue
			}
			l := c.libraryOf(c.info.TypeOf(n), libs)
			if l == nil {
				continue
			}
			cfg = &corsConfig{lib: l, at: n, fields: map[string]ast.Expr{}, unset: map[string]bool{}, keyAt: map[string]ast.Node{}, base: true}
		}
		c.collectFieldAssignments(cur, cfg)
		cfg.toLibrary = cfg.toLibrary || c.passedToLibrary(cur.Parent(), cur.Node(), cfg.lib.pkg)
		c.judgeConfig(cfg)
	}
}

// collectFieldAssignments adds x.Field = value statements of the function
// enclosing the literal, when the literal initialises the local x.
func (c *checker) collectFieldAssignments(cur inspector.Cursor, cfg *corsConfig) {
	var holder types.Object
	parent := cur.Parent()
	if u, ok := parent.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		parent = parent.Parent() // x := &cors.Options{…}
	}
	switch p := parent.Node().(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			for i, r := range p.Rhs {
				if r == cur.Node() || (ast.Unparen(r) != nil && containsNode(r, cur.Node())) {
					if id, ok := p.Lhs[i].(*ast.Ident); ok {
						holder = c.info.ObjectOf(id)
					}
				}
			}
		}
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if containsNode(v, cur.Node()) && i < len(p.Names) {
				holder = c.info.ObjectOf(p.Names[i])
			}
		}
	}
	if holder == nil {
		return
	}
	var scope ast.Node
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		scope = fc.Node()
		break
	}
	if scope == nil {
		return // package-level variable: assignments could be anywhere
	}
	ast.Inspect(scope, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			for _, a := range call.Args {
				if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
					a = u.X
				}
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && c.info.ObjectOf(id) == holder {
					if fn := c.callee(call); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == cfg.lib.pkg {
						cfg.toLibrary = true
					}
				}
			}
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, lhs := range as.Lhs {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			id, ok := ast.Unparen(sel.X).(*ast.Ident)
			if !ok || c.info.ObjectOf(id) != holder {
				continue
			}
			if as.Tok == token.ASSIGN && len(as.Lhs) == len(as.Rhs) {
				cfg.fields[sel.Sel.Name] = as.Rhs[i]
				cfg.keyAt[sel.Sel.Name] = as
			} else {
				cfg.unset[sel.Sel.Name] = true
			}
		}
		return true
	})
}

func containsNode(outer, inner ast.Node) bool {
	return outer.Pos() <= inner.Pos() && inner.End() <= outer.End()
}

// judgeConfig applies the rules to one configuration.
func (c *checker) judgeConfig(cfg *corsConfig) {
	l := cfg.lib
	creds := c.boolValue(cfg.fields["AllowCredentials"])
	if cfg.unset["AllowCredentials"] {
		creds = unknown
	}

	// An origin callback replaces the origin list.
	for _, name := range l.originFuncs {
		fv, ok := cfg.fields[name]
		if !ok || cfg.unset[name] {
			continue
		}
		if id, ok := ast.Unparen(fv).(*ast.Ident); ok && id.Name == "nil" {
			continue
		}
		body, _ := c.funcBody(fv)
		if c.returnsTrueUnconditionally(body) {
			c.reportAnyOrigin(fv, creds, fmt.Sprintf("%s %s returns true for every origin", l.name, name))
		}
		return
	}
	if len(l.originFuncs) > 0 {
		for _, name := range l.originFuncs {
			if cfg.unset[name] {
				return
			}
		}
	}

	allowAll := false
	var allowAllAt ast.Node
	if l.allowAll != "" {
		if v, ok := cfg.fields[l.allowAll]; ok && c.boolValue(v) == yes && !cfg.unset[l.allowAll] {
			allowAll, allowAllAt = true, v
		} else if ok && c.boolValue(v) == unknown || cfg.unset[l.allowAll] {
			return
		}
	}
	originsExpr, set := cfg.fields[l.origins]
	if cfg.unset[l.origins] {
		return
	}
	var elems []strElem
	complete := true
	if set {
		elems, complete = c.stringList(originsExpr)
	}
	defaultAll := l.emptyIsAll && complete && len(elems) == 0 && !cfg.base && cfg.toLibrary
	wildcardPatterns := l.patterns
	if l.wildcard != "" {
		wildcardPatterns = c.boolValue(cfg.fields[l.wildcard]) == yes
	}
	for _, el := range elems {
		v := strings.TrimSpace(el.value)
		switch {
		case v == "*":
			allowAll = true
			if allowAllAt == nil {
				allowAllAt = el.expr
			}
		case strings.EqualFold(v, "null"):
			c.report(ruleNullOrigin, el.expr, fmt.Sprintf(
				"%s allows the \"null\" origin, which sandboxed iframes and data: URLs of any site send; remove it and serve such pages from a listed origin", l.name))
		case wildcardPatterns && strings.Count(v, "*") == 1:
			c.judgePattern(l.name, el, creds)
		}
	}
	if l.unsafe != "" && allowAll || l.unsafe != "" && defaultAll {
		if c.boolValue(cfg.fields[l.unsafe]) == yes && creds == yes {
			at := cfg.keyAt[l.unsafe]
			c.report(ruleAnyOriginCredentials, at, fmt.Sprintf(
				"%s with %s and AllowCredentials echoes every origin with credentials: any site can read authenticated responses; list the allowed origins exactly in AllowOrigins", l.name, l.unsafe))
			return
		}
	}
	if creds != yes {
		return
	}
	switch {
	case allowAll:
		at := allowAllAt
		if at == nil {
			at = cfg.at
		}
		c.report(ruleWildcardCredentials, at, fmt.Sprintf(
			"%s allows every origin (\"*\") together with AllowCredentials: true; browsers refuse \"*\" with credentials, so either drop AllowCredentials for a public API or list the allowed origins exactly", l.name))
	case defaultAll:
		at := cfg.keyAt["AllowCredentials"]
		if at == nil {
			at = cfg.at
		}
		c.report(ruleWildcardCredentials, at, fmt.Sprintf(
			"%s has AllowCredentials: true but no %s, and its default is \"*\" (every origin); list the allowed origins exactly in %s", l.name, l.origins, l.origins))
	}
}

// judgePattern classifies an origin pattern with one "*" (rs/cors,
// go-chi/cors, gin-contrib/cors with AllowWildcard).
func (c *checker) judgePattern(lib string, el strElem, creds tri) {
	v := strings.ToLower(strings.TrimSpace(el.value))
	i := strings.IndexByte(v, '*')
	prefix, suffix := v[:i], v[i+1:]
	schemeOnly := prefix == "" || prefix == "http://" || prefix == "https://"
	switch {
	case suffix == "" && schemeOnly:
		c.reportAnyOrigin(el.expr, creds, fmt.Sprintf("%s pattern %q matches every %sorigin", lib, el.value, schemeWord(prefix)))
	case suffix == "" && !strings.HasSuffix(prefix, ":"):
		c.report(ruleBypassableCheck, el.expr, fmt.Sprintf(
			"%s pattern %q also matches %s: list the origin exactly, or use %q for its subdomains",
			lib, el.value, attackerOriginFor(strings.TrimSuffix(prefix, "."), true), subdomainPattern(prefix)))
	case suffix != "" && !strings.HasPrefix(suffix, ".") && schemeOnly:
		c.report(ruleBypassableCheck, el.expr, fmt.Sprintf(
			"%s pattern %q also matches %s: put a dot before the domain (%q)",
			lib, el.value, attackerOriginFor(prefix+suffix, false), prefix+"*."+suffix))
	}
}

func schemeWord(prefix string) string {
	switch prefix {
	case "https://":
		return "https "
	case "http://":
		return "http "
	}
	return ""
}

// attackerOriginFor shows an origin an attacker can register that passes a
// prefix (asPrefix) or suffix check for s.
func attackerOriginFor(s string, asPrefix bool) string {
	if asPrefix {
		return s + ".attacker.example"
	}
	scheme := ""
	if i := strings.Index(s, "://"); i >= 0 {
		scheme, s = s[:i+3], s[i+3:]
	}
	if scheme == "" {
		scheme = "https://"
	}
	return scheme + "attacker" + s
}

func subdomainPattern(prefix string) string {
	scheme := "https://"
	host := prefix
	if i := strings.Index(prefix, "://"); i >= 0 {
		scheme, host = prefix[:i+3], prefix[i+3:]
	}
	return scheme + "*." + strings.TrimSuffix(host, ".")
}

// reportAnyOrigin reports an origin policy that allows every origin: high
// with credentials, info without (or when credentials are unknown).
func (c *checker) reportAnyOrigin(at ast.Node, creds tri, what string) {
	if creds == yes {
		c.report(ruleAnyOriginCredentials, at, what+" with AllowCredentials: true: any site can read authenticated responses; check the origin against an exact allowlist")
		return
	}
	c.report(ruleAnyOrigin, at, what+" (without credentials, so no cookies are sent): for a public API say \"*\" instead; otherwise check the origin against an exact allowlist")
}

// --- gorilla/handlers ---

// checkGorilla judges handlers.CORS(opts...) calls: AllowedOrigins,
// AllowedOriginValidator and AllowCredentials options.
func (c *checker) checkGorilla() {
	for cur := range c.root.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if !apimatch.IsFunc(c.callee(call), pkgGorillaCORS, "CORS") {
			continue
		}
		opts, complete := c.gorillaOptions(call)
		creds := no
		var origins []strElem
		originsSet := false
		var validator ast.Expr
		for _, o := range opts {
			fn := c.callee(o)
			switch {
			case apimatch.IsFunc(fn, pkgGorillaCORS, "AllowCredentials"):
				creds = yes
			case apimatch.IsFunc(fn, pkgGorillaCORS, "AllowedOrigins") && len(o.Args) == 1:
				originsSet = true
				origins, _ = c.stringList(o.Args[0])
			case apimatch.IsFunc(fn, pkgGorillaCORS, "AllowedOriginValidator") && len(o.Args) == 1:
				validator = o.Args[0]
			}
		}
		if !complete && creds == no {
			creds = unknown
		}
		if validator != nil {
			body, _ := c.funcBody(validator)
			if c.returnsTrueUnconditionally(body) {
				c.reportAnyOriginGorilla(validator, creds)
			}
		}
		allowAll := false
		var at ast.Node = call
		for _, el := range origins {
			switch v := strings.TrimSpace(el.value); {
			case v == "*":
				allowAll, at = true, el.expr
			case strings.EqualFold(v, "null"):
				c.report(ruleNullOrigin, el.expr,
					"gorilla/handlers allows the \"null\" origin, which sandboxed iframes and data: URLs of any site send; remove it and serve such pages from a listed origin")
			}
		}
		if creds != yes {
			continue
		}
		switch {
		case allowAll:
			c.report(ruleWildcardCredentials, at,
				"gorilla/handlers allows every origin (\"*\") together with AllowCredentials(); browsers refuse \"*\" with credentials, so either drop AllowCredentials for a public API or list the allowed origins exactly")
		case !originsSet && validator == nil && complete:
			c.report(ruleWildcardCredentials, call.Fun,
				"gorilla/handlers.CORS has AllowCredentials() but no AllowedOrigins, and its default is \"*\" (every origin); list the allowed origins with handlers.AllowedOrigins")
		}
	}
}

func (c *checker) reportAnyOriginGorilla(at ast.Node, creds tri) {
	c.reportAnyOrigin(at, creds, "gorilla/handlers AllowedOriginValidator returns true for every origin")
}

// gorillaOptions returns the option calls passed to handlers.CORS, directly
// or through a local []handlers.CORSOption literal; complete is false when
// some option is not a visible call.
func (c *checker) gorillaOptions(call *ast.CallExpr) (opts []*ast.CallExpr, complete bool) {
	complete = true
	add := func(e ast.Expr) {
		if oc, ok := ast.Unparen(e).(*ast.CallExpr); ok {
			opts = append(opts, oc)
		} else {
			complete = false
		}
	}
	if call.Ellipsis.IsValid() && len(call.Args) == 1 {
		v := ast.Unparen(call.Args[0])
		if id, ok := v.(*ast.Ident); ok {
			if sv := c.singleValue(id); sv != nil {
				v = ast.Unparen(sv)
			}
		}
		lit, ok := v.(*ast.CompositeLit)
		if !ok {
			return nil, false
		}
		for _, el := range lit.Elts {
			add(el)
		}
		return opts, complete
	}
	for _, a := range call.Args {
		add(a)
	}
	return opts, complete
}

// passedToLibrary reports whether node (a config literal) is an argument,
// possibly behind &, of a call into the library's package.
func (c *checker) passedToLibrary(parent inspector.Cursor, node ast.Node, pkg string) bool {
	if u, ok := parent.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		node, parent = u, parent.Parent()
	}
	call, ok := parent.Node().(*ast.CallExpr)
	if !ok || call.Fun == node {
		return false
	}
	fn := c.callee(call)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == pkg
}
