package tlsconfig

import (
	"crypto/tls"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/authcheck/authcheck/analyzers/internal/apimatch"
)

// Rule IDs reported by this analyzer (catalogue entries in rules/ac6xx.go).
const (
	ruleMinVersion  = "AC601"
	ruleMaxVersion  = "AC602"
	ruleSkipVerify  = "AC603"
	ruleCipherSuite = "AC604"
	ruleSSLMode     = "AC605"
	ruleHSTSMaxAge  = "AC606"
	ruleHSTSSubdoms = "AC607"
)

// Import paths of the APIs the analyzer understands.
const (
	pkgTLS          = "crypto/tls"
	pkgHTTP         = "net/http"
	pkgGin          = "github.com/gin-gonic/gin"
	pkgEchoMW       = "github.com/labstack/echo/v4/middleware"
	pkgEchoMWv3     = "github.com/labstack/echo/middleware"
	pkgGinSecure    = "github.com/gin-contrib/secure"
	pkgUnrolledSec  = "github.com/unrolled/secure"
	pkgUnrolledSec1 = "gopkg.in/unrolled/secure.v1"
)

// maxDepth bounds how many assignments the analyzer follows to resolve a
// value (x := cfg.Min; cfg.Min = defaults.Min; defaults.Min = tls.VersionTLS10).
const maxDepth = 4

// oneYear is the HSTS max-age the checklist asks for (seconds).
const oneYear = 31536000

var Analyzer = &analysis.Analyzer{
	Name:     "tlsconfig",
	Doc:      Doc,
	URL:      "https://pkg.go.dev/github.com/authcheck/authcheck/analyzers/tlsconfig",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

var minHSTSAge = oneYear

func init() {
	Analyzer.Flags.IntVar(&minHSTSAge, "hsts-min-age", oneYear,
		"smallest acceptable Strict-Transport-Security max-age in seconds (AC606)")
}

func run(pass *analysis.Pass) (any, error) {
	if pass.TypesInfo == nil || pass.Pkg == nil {
		return nil, nil
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:     pass,
		info:     pass.TypesInfo,
		root:     insp.Root(),
		reported: make(map[token.Pos]bool),
	}

	// Fast path: the tls.Config rules need crypto/tls, the HSTS rules a web
	// package. Connection strings need no import (the literal is the
	// evidence), and looking at string literals is cheap.
	// A tls.Config can be reached without importing crypto/tls
	// (transport.TLSClientConfig.InsecureSkipVerify = true), so a package
	// whose direct imports use crypto/tls counts too.
	usesTLS := reachesTLS(pass.Pkg)
	web := apimatch.ImportsAny(pass.Pkg, pkgHTTP, pkgGin, pkgEchoMW, pkgEchoMWv3, pkgGinSecure, pkgUnrolledSec, pkgUnrolledSec1)

	filter := []ast.Node{(*ast.BasicLit)(nil)}
	if usesTLS || web {
		filter = append(filter, (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil))
	}
	for cur := range c.root.Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.BasicLit:
			c.checkConnString(cur, n)
		case *ast.CompositeLit:
			if usesTLS && isNamed(c.info.TypeOf(n), pkgTLS, "Config") {
				c.checkConfigLiteral(cur, n)
			}
			if web {
				c.checkSecureOptions(n)
			}
		case *ast.AssignStmt:
			if usesTLS {
				c.checkFieldAssign(n)
			}
			if web {
				c.checkHeaderIndexAssign(n)
			}
		case *ast.CallExpr:
			if web {
				c.checkHeaderCall(n)
			}
		}
	}
	return nil, nil
}

type checker struct {
	pass     *analysis.Pass
	info     *types.Info
	root     inspector.Cursor
	reported map[token.Pos]bool

	assigned map[types.Object][]ast.Expr // values assigned to variables and struct fields in this package
	fieldSet map[types.Object]map[string][]ast.Expr
	params   map[types.Object]bool
}

// reachesTLS reports whether pkg imports crypto/tls directly or through
// one of its direct imports (net/http, a Redis or database client).
func reachesTLS(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() == pkgTLS {
			return true
		}
		for _, imp2 := range imp.Imports() {
			if imp2.Path() == pkgTLS {
				return true
			}
		}
	}
	return false
}

// isNamed reports whether t, or what it points to, is pkgPath.name.
func isNamed(t types.Type, pkgPath, name string) bool {
	if t == nil {
		return false
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj() == nil || n.Obj().Pkg() == nil {
		return false
	}
	return n.Obj().Name() == name && n.Obj().Pkg().Path() == pkgPath
}

func (c *checker) report(d analysis.Diagnostic) {
	if c.reported[d.Pos] {
		return
	}
	c.reported[d.Pos] = true
	c.pass.Report(d)
}

func (c *checker) where(pos token.Pos) string {
	p := c.pass.Fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// --- value resolution ---

// objectOf returns the variable or field an expression denotes.
func (c *checker) objectOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := c.info.ObjectOf(e).(*types.Var); ok {
			return v
		}
	case *ast.SelectorExpr:
		if v, ok := c.info.ObjectOf(e.Sel).(*types.Var); ok {
			return v
		}
	case *ast.StarExpr:
		return c.objectOf(e.X)
	}
	return nil
}

// assignments returns the expressions assigned in this package to a
// variable or struct field: x = e, x := e, var x = e, s.f = e, T{f: e}.
func (c *checker) assignments(obj types.Object) []ast.Expr {
	if c.assigned == nil {
		c.assigned = make(map[types.Object][]ast.Expr)
		record := func(lhs, rhs ast.Expr) {
			if o := c.objectOf(lhs); o != nil {
				c.assigned[o] = append(c.assigned[o], rhs)
			}
		}
		for cur := range c.root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.KeyValueExpr)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.AssignStmt:
				if (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) && len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						record(n.Lhs[i], n.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						record(n.Names[i], n.Values[i])
					}
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok {
					if v, ok := c.info.ObjectOf(id).(*types.Var); ok && v.IsField() {
						c.assigned[v] = append(c.assigned[v], n.Value)
					}
				}
			}
		}
	}
	return c.assigned[obj]
}

// value is one constant an expression may have, with the expression that
// wrote it (for messages) when that is not the expression itself.
type value struct {
	val    constant.Value
	origin ast.Expr // where the constant is written
	direct bool     // the constant is the expression itself (a fix can replace it)
}

// constValues resolves e to the constants it may hold. ok is false when
// some path does not end in a constant.
func (c *checker) constValues(e ast.Expr) (vals []value, ok bool) {
	seen := map[types.Object]bool{}
	ok = c.resolve(e, 0, true, seen, &vals)
	return vals, ok
}

func (c *checker) resolve(e ast.Expr, depth int, direct bool, seen map[types.Object]bool, out *[]value) bool {
	e = ast.Unparen(e)
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil {
		*out = append(*out, value{val: tv.Value, origin: e, direct: direct})
		return true
	}
	if depth >= maxDepth {
		return false
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		// Conversions: uint16(v), tls.Version(...) is not a conversion.
		if tv, ok := c.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return c.resolve(x.Args[0], depth+1, direct, seen, out)
		}
		return false
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return c.resolve(x.X, depth, direct, seen, out)
		}
		return false
	}
	obj := c.objectOf(e)
	if obj == nil || seen[obj] {
		return false
	}
	seen[obj] = true
	defs := c.assignments(obj)
	if len(defs) == 0 {
		return false
	}
	if v, ok := obj.(*types.Var); ok && !v.IsField() && isParam(c, v) {
		return false // its values come from callers
	}
	all := true
	for _, d := range defs {
		if !c.resolve(d, depth+1, false, seen, out) {
			all = false
		}
	}
	return all
}

// isParam reports whether v is a parameter of a function or function
// literal of this package: its values come from callers, which the
// analyzer does not follow.
func isParam(c *checker, v *types.Var) bool {
	if c.params == nil {
		c.params = make(map[types.Object]bool)
		for cur := range c.root.Preorder((*ast.FuncType)(nil)) {
			ft := cur.Node().(*ast.FuncType)
			if ft.Params == nil {
				continue
			}
			for _, f := range ft.Params.List {
				for _, n := range f.Names {
					if o := c.info.Defs[n]; o != nil {
						c.params[o] = true
					}
				}
			}
		}
	}
	return c.params[v]
}

// --- tls.Config ---

// configFields collects the fields of a tls.Config: those of the literal,
// plus those assigned later to the variable the literal is stored in
// (cfg := &tls.Config{…}; cfg.InsecureSkipVerify = true).
func (c *checker) configFields(cur inspector.Cursor, lit *ast.CompositeLit) (map[string][]ast.Expr, map[string]*ast.KeyValueExpr) {
	fields := map[string][]ast.Expr{}
	kvs := map[string]*ast.KeyValueExpr{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			fields[id.Name] = append(fields[id.Name], kv.Value)
			kvs[id.Name] = kv
		}
	}
	if obj := c.storedIn(cur); obj != nil {
		for name, es := range c.fieldAssignments(obj) {
			fields[name] = append(fields[name], es...)
		}
	}
	return fields, kvs
}

// storedIn returns the variable a composite literal (or its address) is
// assigned to, if any.
func (c *checker) storedIn(cur inspector.Cursor) types.Object {
	p := cur.Parent()
	if u, ok := p.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		cur, p = p, p.Parent()
	}
	switch n := p.Node().(type) {
	case *ast.AssignStmt:
		for i, r := range n.Rhs {
			if r == cur.Node() && i < len(n.Lhs) {
				return c.objectOf(n.Lhs[i])
			}
		}
	case *ast.ValueSpec:
		for i, r := range n.Values {
			if r == cur.Node() && i < len(n.Names) {
				return c.info.ObjectOf(n.Names[i])
			}
		}
	}
	return nil
}

// fieldAssignments indexes x.F = e for every tls.Config-typed x, by the
// object of x.
func (c *checker) fieldAssignments(obj types.Object) map[string][]ast.Expr {
	if c.fieldSet == nil {
		c.fieldSet = make(map[types.Object]map[string][]ast.Expr)
		for cur := range c.root.Preorder((*ast.AssignStmt)(nil)) {
			as := cur.Node().(*ast.AssignStmt)
			if len(as.Lhs) != len(as.Rhs) {
				continue
			}
			for i, l := range as.Lhs {
				sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
				if !ok || !isNamed(c.info.TypeOf(sel.X), pkgTLS, "Config") {
					continue
				}
				base := c.objectOf(sel.X)
				if base == nil {
					continue
				}
				m := c.fieldSet[base]
				if m == nil {
					m = map[string][]ast.Expr{}
					c.fieldSet[base] = m
				}
				m[sel.Sel.Name] = append(m[sel.Sel.Name], as.Rhs[i])
			}
		}
	}
	return c.fieldSet[obj]
}

func (c *checker) checkConfigLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	fields, kvs := c.configFields(cur, lit)
	for _, name := range []string{"MinVersion", "MaxVersion"} {
		if kv := kvs[name]; kv != nil {
			c.checkVersion(name, kv.Value)
		}
	}
	if kv := kvs["InsecureSkipVerify"]; kv != nil {
		c.checkSkipVerify(kv.Value, fields)
	}
	if kv := kvs["CipherSuites"]; kv != nil {
		c.checkCipherSuites(kv.Value)
	}
}

// checkFieldAssign handles cfg.MinVersion = …, cfg.InsecureSkipVerify = …
// and cfg.CipherSuites = … on any tls.Config value.
func (c *checker) checkFieldAssign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, l := range as.Lhs {
		sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
		if !ok || !isNamed(c.info.TypeOf(sel.X), pkgTLS, "Config") {
			continue
		}
		rhs := as.Rhs[i]
		switch sel.Sel.Name {
		case "MinVersion", "MaxVersion":
			c.checkVersion(sel.Sel.Name, rhs)
		case "InsecureSkipVerify":
			fields := map[string][]ast.Expr{}
			if base := c.objectOf(sel.X); base != nil {
				for name, es := range c.fieldAssignments(base) {
					fields[name] = append(fields[name], es...)
				}
				// The literal the variable was created from.
				for _, d := range c.assignments(base) {
					if lit, ok := ast.Unparen(stripAddr(d)).(*ast.CompositeLit); ok {
						for _, elt := range lit.Elts {
							if kv, ok := elt.(*ast.KeyValueExpr); ok {
								if id, ok := kv.Key.(*ast.Ident); ok {
									fields[id.Name] = append(fields[id.Name], kv.Value)
								}
							}
						}
					}
				}
			}
			c.checkSkipVerify(rhs, fields)
		case "CipherSuites":
			c.checkCipherSuites(rhs)
		}
	}
}

func stripAddr(e ast.Expr) ast.Expr {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		return u.X
	}
	return e
}

var versionNames = map[uint64]string{
	tls.VersionSSL30: "SSL 3.0", //nolint:staticcheck // named to report it
	tls.VersionTLS10: "TLS 1.0",
	tls.VersionTLS11: "TLS 1.1",
	tls.VersionTLS12: "TLS 1.2",
	tls.VersionTLS13: "TLS 1.3",
}

func versionName(v uint64) string {
	if n, ok := versionNames[v]; ok {
		return n
	}
	return fmt.Sprintf("0x%04x", v)
}

func (c *checker) checkVersion(field string, e ast.Expr) {
	vals, _ := c.constValues(e)
	for _, v := range vals {
		n, ok := constant.Uint64Val(constant.ToInt(v.val))
		if !ok || n == 0 || n >= tls.VersionTLS12 {
			continue
		}
		rule := ruleMinVersion
		what := "accepts"
		if field == "MaxVersion" {
			rule = ruleMaxVersion
			what = "caps connections at"
		}
		src := ""
		if !v.direct {
			src = fmt.Sprintf(" (the value set at %s)", c.where(v.origin.Pos()))
		}
		d := analysis.Diagnostic{
			Pos:      e.Pos(),
			End:      e.End(),
			Category: rule,
			Message: fmt.Sprintf("tls.Config %s is %s%s: it %s a protocol version with known weaknesses; use tls.VersionTLS12 or later",
				field, versionName(n), src, what),
		}
		if v.direct {
			if name := c.tlsImportName(e.Pos()); name != "" {
				d.SuggestedFixes = []analysis.SuggestedFix{{
					Message:   "Use " + name + ".VersionTLS12",
					TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(name + ".VersionTLS12")}},
				}}
			}
		}
		c.report(d)
		return
	}
}

// tlsImportName returns the name crypto/tls is imported under in the file
// containing pos ("" if it is not imported by name there).
func (c *checker) tlsImportName(pos token.Pos) string {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			for _, imp := range f.Imports {
				if imp.Path.Value != `"crypto/tls"` {
					continue
				}
				if imp.Name == nil {
					return "tls"
				}
				if imp.Name.Name == "_" || imp.Name.Name == "." {
					return ""
				}
				return imp.Name.Name
			}
		}
	}
	return ""
}

// checkSkipVerify reports InsecureSkipVerify set to anything but false.
func (c *checker) checkSkipVerify(e ast.Expr, fields map[string][]ast.Expr) {
	if testSupport(c.pass.Pkg.Name()) {
		return // test helpers talk to the tests' own servers
	}
	vals, resolved := c.constValues(e)
	on := false
	for _, v := range vals {
		if v.val.Kind() == constant.Bool && constant.BoolVal(v.val) {
			on = true
		}
	}
	flagged := !resolved // set from a flag, a config value or a parameter
	if !on && !flagged {
		return
	}
	verifies := c.verifiesPeer(fields["VerifyPeerCertificate"]) || c.verifiesPeer(fields["VerifyConnection"])
	cache := false
	for _, v := range fields["ClientSessionCache"] {
		if !isNil(c.info, v) {
			cache = true
		}
	}
	if verifies && !cache {
		return
	}
	var msg string
	switch {
	case verifies && cache:
		msg = "InsecureSkipVerify with a VerifyPeerCertificate/VerifyConnection callback and a ClientSessionCache: resumed sessions skip the callback, so they are not verified; remove the ClientSessionCache or verify with RootCAs instead"
	case on:
		msg = "InsecureSkipVerify is true: the certificate and host name of the peer are not verified, so anyone on the path can impersonate it; remove it and trust the peer's CA with RootCAs (or verify in VerifyConnection)"
	default:
		msg = fmt.Sprintf("InsecureSkipVerify is set from %s: when that is on, the peer's certificate is not verified; remove the switch and trust the peer's CA with RootCAs instead", exprString(e))
	}
	c.report(analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: ruleSkipVerify, Message: msg})
}

// verifiesPeer reports whether one of the callbacks assigned to
// VerifyPeerCertificate or VerifyConnection does anything: a callback that
// only returns nil verifies nothing; a named function or a value the
// analyzer cannot see is trusted to verify.
func (c *checker) verifiesPeer(es []ast.Expr) bool {
	for _, e := range es {
		if isNil(c.info, e) {
			continue
		}
		if fl, ok := ast.Unparen(e).(*ast.FuncLit); ok {
			if len(fl.Body.List) == 0 {
				continue
			}
			if len(fl.Body.List) == 1 {
				if r, ok := fl.Body.List[0].(*ast.ReturnStmt); ok && len(r.Results) == 1 && isNil(c.info, r.Results[0]) {
					continue
				}
			}
		}
		return true
	}
	return false
}

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[ast.Unparen(e)]
	return ok && tv.IsNil()
}

func exprString(e ast.Expr) string {
	var b strings.Builder
	var walk func(ast.Expr) bool
	walk = func(e ast.Expr) bool {
		switch x := e.(type) {
		case *ast.Ident:
			b.WriteString(x.Name)
		case *ast.SelectorExpr:
			if !walk(x.X) {
				return false
			}
			b.WriteString("." + x.Sel.Name)
		case *ast.StarExpr:
			b.WriteString("*")
			return walk(x.X)
		case *ast.ParenExpr:
			return walk(x.X)
		case *ast.CallExpr:
			if !walk(x.Fun) {
				return false
			}
			b.WriteString("(…)")
		default:
			return false
		}
		return true
	}
	if !walk(e) || b.Len() > 60 {
		return "a value computed at run time"
	}
	return b.String()
}

// weakSuites are the suites crypto/tls itself calls insecure.
var weakSuites = func() map[uint64]string {
	m := map[uint64]string{}
	for _, s := range tls.InsecureCipherSuites() {
		m[uint64(s.ID)] = s.Name
	}
	return m
}()

func (c *checker) checkCipherSuites(e ast.Expr) {
	lit := c.sliceLiteral(e, 0)
	if lit == nil {
		return
	}
	// One finding per list, at the list, naming every weak suite: the fix
	// is to edit (or drop) the list as a whole.
	var weak, rsa []string
	for _, elt := range lit.Elts {
		vals, _ := c.constValues(elt)
		for _, v := range vals {
			id, ok := constant.Uint64Val(constant.ToInt(v.val))
			if !ok {
				continue
			}
			name := tls.CipherSuiteName(uint16(id))
			n, insecure := weakSuites[id]
			switch {
			case insecure && (strings.Contains(n, "RC4") || strings.Contains(n, "3DES") || !strings.HasPrefix(n, "TLS_RSA_WITH_")):
				weak = append(weak, n)
			case strings.HasPrefix(name, "TLS_RSA_WITH_"):
				rsa = append(rsa, name)
			}
			break
		}
	}
	if len(weak) == 0 && len(rsa) == 0 {
		return
	}
	var parts []string
	if len(weak) > 0 {
		parts = append(parts, strings.Join(weak, ", ")+" (insecure: crypto/tls lists them in InsecureCipherSuites)")
	}
	if len(rsa) > 0 {
		parts = append(parts, strings.Join(rsa, ", ")+" (RSA key exchange, no forward secrecy)")
	}
	c.report(analysis.Diagnostic{
		Pos: lit.Pos(), End: lit.End(), Category: ruleCipherSuite,
		Message: fmt.Sprintf("CipherSuites lists %s; keep to ECDHE suites with AES-GCM or ChaCha20-Poly1305, or leave CipherSuites unset", strings.Join(parts, " and ")),
	})
}

// sliceLiteral finds the []uint16{…} literal a CipherSuites value is, or
// the one its variable is assigned.
func (c *checker) sliceLiteral(e ast.Expr, depth int) *ast.CompositeLit {
	if depth > maxDepth {
		return nil
	}
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		return lit
	}
	obj := c.objectOf(e)
	if obj == nil {
		return nil
	}
	for _, d := range c.assignments(obj) {
		if lit := c.sliceLiteral(d, depth+1); lit != nil {
			return lit
		}
	}
	return nil
}

// testSupport reports whether a package name says it holds test helpers
// (testutil, testhelpers, e2etest, …): code outside _test.go files that
// only tests run.
func testSupport(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, "test") || strings.HasSuffix(n, "tests") || strings.Contains(n, "testutil") ||
		strings.Contains(n, "testhelper") || strings.Contains(n, "testing") || strings.Contains(n, "fake") || strings.Contains(n, "mock")
}
