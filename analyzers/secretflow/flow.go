package secretflow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// maxDepth bounds how far a value is followed back through assignments,
// fields, calls and returns; maxSteps bounds the work of one trace. Both
// keep deep, recursive or generated code from making the analysis
// expensive: past the bound a value is treated as not secret (a missed
// finding, never a finding without a path).
var (
	maxDepth = 10  // -max-depth
	maxSteps = 400 // per traced argument
)

// origin is where a secret value comes from, for messages.
type origin struct {
	kind kind
	what string    // the source expression or function: "req.Password", "newToken"
	pos  token.Pos // where it is
	at   string    // where it is, when in another package ("tokens.go:14")
	via  string    // helper functions it passed through, "" if none
}

// def is one write of a value: rhs, and which result of rhs when it yields
// several (x, err := f()); index is -1 for a single value.
type def struct {
	rhs   ast.Expr
	index int
}

// index holds one package's writes, parameters and function summaries.
type index struct {
	pass    *analysis.Pass
	info    *types.Info
	assigns map[*types.Var][]def
	fields  map[*types.Var][]ast.Expr // f in x.f = rhs and T{f: rhs}
	mapSets map[*types.Var][]ast.Expr // m in m[k] = rhs
	hashed  map[types.Object]bool     // variables and fields ever assigned a hash
	params  map[*types.Var]*types.Func
	funcs   map[*types.Func]*ast.FuncDecl

	results map[*types.Func]*origin
	done    map[*types.Func]bool
	active  map[*types.Func]bool
}

func newIndex(pass *analysis.Pass) *index {
	return &index{
		pass:    pass,
		info:    pass.TypesInfo,
		assigns: map[*types.Var][]def{},
		fields:  map[*types.Var][]ast.Expr{},
		mapSets: map[*types.Var][]ast.Expr{},
		hashed:  map[types.Object]bool{},
		params:  map[*types.Var]*types.Func{},
		funcs:   map[*types.Func]*ast.FuncDecl{},
		results: map[*types.Func]*origin{},
		done:    map[*types.Func]bool{},
		active:  map[*types.Func]bool{},
	}
}

func (x *index) varOf(id *ast.Ident) *types.Var {
	if obj, ok := x.info.Defs[id].(*types.Var); ok {
		return obj
	}
	obj, _ := x.info.Uses[id].(*types.Var)
	return obj
}

func (x *index) fieldOf(sel *ast.SelectorExpr) *types.Var {
	if s, ok := x.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
		f, _ := s.Obj().(*types.Var)
		return f
	}
	return nil
}

// record notes that lhs receives rhs (result index, or -1).
func (x *index) record(lhs, rhs ast.Expr, idx int) {
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		if v := x.varOf(l); v != nil {
			x.assigns[v] = append(x.assigns[v], def{rhs, idx})
		}
	case *ast.SelectorExpr:
		if f := x.fieldOf(l); f != nil && idx < 0 {
			x.fields[f] = append(x.fields[f], rhs)
		}
	case *ast.StarExpr:
		x.record(l.X, rhs, idx)
	case *ast.IndexExpr:
		if id, ok := ast.Unparen(l.X).(*ast.Ident); ok && idx < 0 {
			if v := x.varOf(id); v != nil {
				x.mapSets[v] = append(x.mapSets[v], rhs)
			}
		}
	}
}

// holdsHash reports whether a variable or field is ever assigned a hash,
// a ciphertext or a masked value in this package.
func (x *index) holdsHash(obj types.Object) bool {
	if h, ok := x.hashed[obj]; ok {
		return h
	}
	x.hashed[obj] = false // cut cycles
	h := false
	switch v := obj.(type) {
	case *types.Var:
		if v.IsField() {
			for _, rhs := range x.fields[v] {
				h = h || x.isHash(rhs, 0)
			}
		} else {
			for _, d := range x.assigns[v] {
				h = h || x.isHash(d.rhs, 0)
			}
		}
	}
	x.hashed[obj] = h
	return h
}

// add indexes one node.
func (x *index) add(n ast.Node) {
	switch n := n.(type) {
	case *ast.FuncDecl:
		fn, _ := x.info.Defs[n.Name].(*types.Func)
		if fn == nil {
			return
		}
		x.funcs[fn] = n
		sig := fn.Signature()
		for i := 0; i < sig.Params().Len(); i++ {
			x.params[sig.Params().At(i)] = fn
		}
	case *ast.AssignStmt:
		switch {
		case len(n.Lhs) == len(n.Rhs):
			for i := range n.Lhs {
				x.record(n.Lhs[i], n.Rhs[i], -1)
			}
		case len(n.Rhs) == 1:
			for i, l := range n.Lhs {
				x.record(l, n.Rhs[0], i)
			}
		}
	case *ast.ValueSpec:
		switch {
		case len(n.Names) == len(n.Values):
			for i := range n.Names {
				x.record(n.Names[i], n.Values[i], -1)
			}
		case len(n.Values) == 1:
			for i, name := range n.Names {
				x.record(name, n.Values[0], i)
			}
		}
	case *ast.CompositeLit:
		st, ok := underStruct(x.info.TypeOf(n))
		if !ok {
			return
		}
		for i, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := x.info.Uses[id].(*types.Var); ok && f.IsField() {
						x.fields[f] = append(x.fields[f], kv.Value)
					}
				}
				continue
			}
			if i < st.NumFields() {
				f := st.Field(i)
				x.fields[f] = append(x.fields[f], elt)
			}
		}
	}
}

func underStruct(t types.Type) (*types.Struct, bool) {
	if t == nil {
		return nil, false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// isHash reports whether e is (a conversion or encoding of) the output of
// a hashing, key-derivation or encryption call: a variable assigned one
// holds a hash, whatever its name says.
func (x *index) isHash(e ast.Expr, depth int) bool {
	if depth > 3 {
		return false
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		switch e := ast.Unparen(e).(type) {
		case *ast.SliceExpr:
			return x.isHash(e.X, depth+1)
		case *ast.Ident:
			if v := x.varOf(e); v != nil && !v.IsField() {
				for _, d := range x.assigns[v] {
					if x.isHash(d.rhs, depth+1) {
						return true
					}
				}
			}
		}
		return false
	}
	if tv, ok := x.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return x.isHash(call.Args[0], depth+1)
	}
	fn, _ := typeutil.Callee(x.info, call).(*types.Func)
	if fn == nil {
		return false
	}
	if isTransparent(fn) {
		for _, a := range call.Args {
			if x.isHash(a, depth+1) {
				return true
			}
		}
		return false
	}
	if fn.Pkg() != nil && hashPackages[fn.Pkg().Path()] {
		return true
	}
	n := strings.ToLower(fn.Name())
	for _, w := range []string{"hash", "digest", "encrypt", "seal", "generatefrompassword", "idkey", "hmac", "sum", "mask", "redact"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

var hashPackages = map[string]bool{
	"crypto/md5": true, "crypto/sha1": true, "crypto/sha256": true, "crypto/sha512": true, "crypto/sha3": true,
	"crypto/hmac": true, "golang.org/x/crypto/bcrypt": true, "golang.org/x/crypto/argon2": true,
	"golang.org/x/crypto/scrypt": true, "golang.org/x/crypto/pbkdf2": true, "crypto/pbkdf2": true,
	"github.com/alexedwards/argon2id": true, "golang.org/x/crypto/blake2b": true,
	"crypto/aes": true, "crypto/cipher": true, "golang.org/x/crypto/nacl/secretbox": true,
}

// transparentPackages hold functions whose result carries their
// arguments' text: string and byte manipulation, encodings, formatting.
var transparentPackages = map[string]bool{
	"strings": true, "bytes": true, "encoding/base64": true, "encoding/hex": true, "encoding/base32": true,
	"net/url": true, "strconv": true, "fmt": true, "unicode/utf8": false, "html": true, "path": false,
}

// opaqueFuncs in transparent packages return something that does not
// carry the text: counts, indexes, booleans, comparisons, or a mask.
var opaqueFuncs = map[string]bool{
	"Count": true, "Index": true, "IndexByte": true, "IndexAny": true, "LastIndex": true, "Contains": true,
	"ContainsAny": true, "HasPrefix": true, "HasSuffix": true, "EqualFold": true, "Compare": true, "Equal": true,
	"Repeat": true, "Len": true, "Atoi": true, "ParseInt": true, "ParseBool": true, "Itoa": true,
	"FormatInt": true, "Errorf": true, "Fprintf": true, "Fprint": true, "Fprintln": true, "Printf": true,
	"Print": true, "Println": true, "Sscanf": true, "Sscan": true, "Parse": true, "ParseRequestURI": true,
	"Fields": true, "Split": true, "SplitN": true, "Cut": false, "NewReader": false, "NewBuffer": false,
	"NewBufferString": false, "DecodeString": false, "Quote": false, "Unquote": false,
}

func isTransparent(fn *types.Func) bool {
	if fn.Pkg() == nil || !transparentPackages[fn.Pkg().Path()] || opaqueFuncs[fn.Name()] {
		return false
	}
	return true
}

// flow is what reaches one expression: the first secret source found, and
// the parameters of declared functions the value comes from.
type flow struct {
	origin *origin
	params map[*types.Var]bool
	seen   map[types.Object]bool
	steps  int
}

func (x *index) trace(e ast.Expr) *flow {
	f := &flow{params: map[*types.Var]bool{}, seen: map[types.Object]bool{}}
	x.walk(f, e, 0, "")
	return f
}

func (f *flow) found(o *origin) {
	if f.origin == nil && o != nil {
		f.origin = o
	}
}

func (x *index) pos(p token.Pos) string {
	if !p.IsValid() {
		return "?"
	}
	position := x.pass.Fset.Position(p)
	return filepath.Base(position.Filename) + ":" + strconv.Itoa(position.Line)
}

func render(e ast.Expr) string {
	s := types.ExprString(e)
	if len(s) > 48 {
		s = s[:45] + "…"
	}
	return s
}

// named returns an origin if an expression of type t named name holds a
// secret and obj (if any) is never assigned a hash.
func (x *index) named(e ast.Expr, name string, t types.Type, obj types.Object, ifaceOK bool) *origin {
	if obj != nil && x.holdsHash(obj) {
		return nil
	}
	if !stringLike(t, ifaceOK) {
		return nil
	}
	if k := classifyName(name); k != notSecret {
		p := e.Pos()
		if obj != nil && obj.Pos().IsValid() && obj.Pkg() == x.pass.Pkg {
			p = obj.Pos()
		}
		return &origin{kind: k, what: render(e), pos: p}
	}
	return nil
}

func (x *index) walk(f *flow, e ast.Expr, depth int, via string) {
	if e == nil || depth > maxDepth || f.origin != nil {
		return
	}
	f.steps++
	if f.steps > maxSteps {
		return
	}
	if tv, ok := x.info.Types[e]; ok && tv.Value != nil {
		return // constants are never secrets here (hard-coded credentials are AC8xx)
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := x.info.ObjectOf(e).(*types.Var); ok {
			x.walkVar(f, e, v, depth, via)
		}
	case *ast.SelectorExpr:
		if fld := x.fieldOf(e); fld != nil {
			if e.Sel.Name == "Value" && isNamed(x.info.TypeOf(e.X), "net/http", "Cookie") {
				if name := x.cookieName(e.X, depth); name != "" && sessionCookie(name) {
					f.found(&origin{kind: kCookie, what: "cookie " + strconv.Quote(name), pos: e.Pos(), via: via})
				}
				return
			}
			if o := x.named(e, fld.Name(), fld.Type(), fld, false); o != nil {
				o.pos = e.Pos()
				o.via = via
				f.found(o)
				return
			}
			if f.seen[fld] {
				return
			}
			f.seen[fld] = true
			for _, rhs := range x.fields[fld] {
				x.walk(f, rhs, depth+1, via)
			}
			return
		}
		if v, ok := x.info.Uses[e.Sel].(*types.Var); ok {
			x.walkVar(f, e, v, depth, via)
		}
	case *ast.StarExpr:
		x.walk(f, e.X, depth+1, via)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			x.walk(f, e.X, depth+1, via)
		}
	case *ast.SliceExpr:
		if shortSlice(x.info, e) {
			return // a prefix or the last few characters
		}
		x.walk(f, e.X, depth+1, via)
	case *ast.TypeAssertExpr:
		x.walk(f, e.X, depth+1, via)
	case *ast.IndexExpr:
		xt := x.info.TypeOf(e.X)
		if xt == nil {
			return
		}
		if _, isMap := xt.Underlying().(*types.Map); isMap {
			// A map filled in this package: what was put in it, not the
			// names of its keys (tried["Authorization: Bearer"] = status).
			if id, ok := ast.Unparen(e.X).(*ast.Ident); ok {
				if v := x.varOf(id); v != nil && len(x.mapSets[v]) > 0 {
					if f.seen[v] {
						return
					}
					f.seen[v] = true
					for _, rhs := range x.mapSets[v] {
						x.walk(f, rhs, depth+1, via)
					}
					return
				}
			}
			if tv, ok := x.info.Types[e.Index]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				if o := x.named(e, constant.StringVal(tv.Value), x.info.TypeOf(e), nil, true); o != nil {
					o.via = via
					f.found(o)
				}
			}
			return
		}
		if stringLike(xt, false) {
			return // one byte
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			x.walk(f, e.X, depth+1, via)
			x.walk(f, e.Y, depth+1, via)
		}
	case *ast.CallExpr:
		x.walkCall(f, e, -1, depth, via)
	}
}

func isNamed(t types.Type, pkg, name string) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// sessionCookie reports whether a cookie name is that of a credential
// cookie: a session, auth, token or JWT cookie.
func sessionCookie(name string) bool {
	j := strings.ToLower(name)
	for _, w := range []string{"session", "sess", "sid", "auth", "token", "jwt", "refresh", "remember", "login", "access"} {
		if strings.Contains(j, w) {
			return true
		}
	}
	return false
}

// cookieName returns the constant name a *http.Cookie was looked up by
// (r.Cookie("session")), or "".
func (x *index) cookieName(e ast.Expr, depth int) string {
	if depth > maxDepth {
		return ""
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := x.varOf(e)
		if v == nil {
			return ""
		}
		for _, d := range x.assigns[v] {
			if n := x.cookieName(d.rhs, depth+1); n != "" {
				return n
			}
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(x.info, e).(*types.Func)
		if fn != nil && fn.Name() == "Cookie" && len(e.Args) == 1 {
			if tv, ok := x.info.Types[e.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				return constant.StringVal(tv.Value)
			}
		}
	}
	return ""
}

// shortSlice reports whether s is a prefix of at most 8 bytes (s[:8]) or
// a suffix of at most 4 (s[len(s)-4:]): what keys and tokens are shown
// and logged by.
func shortSlice(info *types.Info, s *ast.SliceExpr) bool {
	if s.Low == nil || isConst(info, s.Low, 0) {
		if s.High != nil {
			if tv, ok := info.Types[s.High]; ok && tv.Value != nil {
				if n, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok && n <= 8 {
					return true
				}
			}
		}
		return false
	}
	if s.High == nil {
		if b, ok := ast.Unparen(s.Low).(*ast.BinaryExpr); ok && b.Op == token.SUB {
			if call, ok := ast.Unparen(b.X).(*ast.CallExpr); ok {
				if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "len" {
					if tv, ok := info.Types[b.Y]; ok && tv.Value != nil {
						if n, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok && n <= 4 {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

func isConst(info *types.Info, e ast.Expr, want int64) bool {
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		n, ok := constant.Int64Val(constant.ToInt(tv.Value))
		return ok && n == want
	}
	return false
}

func (x *index) walkVar(f *flow, e ast.Expr, v *types.Var, depth int, via string) {
	if o := x.named(e, v.Name(), v.Type(), v, false); o != nil {
		o.via = via
		f.found(o)
		return
	}
	// type Password string: the type names what its values are.
	if n, ok := types.Unalias(v.Type()).(*types.Named); ok && !rendersItself(v.Type()) {
		if o := x.named(e, n.Obj().Name(), v.Type(), v, false); o != nil {
			o.via = via
			f.found(o)
			return
		}
	}
	if _, ok := x.params[v]; ok {
		f.params[v] = true
	}
	if f.seen[v] {
		return
	}
	f.seen[v] = true
	for _, d := range x.assigns[v] {
		if d.index >= 0 {
			if call, ok := ast.Unparen(d.rhs).(*ast.CallExpr); ok {
				x.walkCall(f, call, d.index, depth+1, via)
			}
			continue
		}
		x.walk(f, d.rhs, depth+1, via)
	}
}

// getterNames are methods and functions that look a value up by a
// constant key: form fields, query parameters, headers, environment
// variables, configuration.
var getterNames = map[string]bool{
	"FormValue": true, "PostFormValue": true, "Get": true, "Getenv": true, "LookupEnv": true,
	"Query": true, "PostForm": true, "DefaultQuery": true, "DefaultPostForm": true, "GetHeader": true,
	"Param": true, "QueryParam": true, "FormParams": false, "GetString": true, "Values": false,
	"Header": true, "Cookie": true, "MustGet": false, "GetQuery": true, "GetPostForm": true,
}

// walkCall follows a call's result (result index idx, or -1 for the only
// or first one).
func (x *index) walkCall(f *flow, call *ast.CallExpr, idx int, depth int, via string) {
	if tv, ok := x.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			x.walk(f, call.Args[0], depth+1, via) // []byte(pw), string(b)
		}
		return
	}
	switch callee := typeutil.Callee(x.info, call).(type) {
	case *types.Builtin:
		if callee.Name() == "append" {
			for _, a := range call.Args {
				x.walk(f, a, depth+1, via)
			}
		}
	case *types.Func:
		x.walkFuncCall(f, call, callee, idx, depth, via)
	}
}

func (x *index) walkFuncCall(f *flow, call *ast.CallExpr, fn *types.Func, idx int, depth int, via string) {
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
	}
	name := fn.Name()
	switch {
	case pkg == "net/http/httputil" && (name == "DumpRequest" || name == "DumpRequestOut") && idx <= 0:
		f.found(&origin{kind: kDump, what: "httputil." + name, pos: call.Pos(), via: via})
		return
	case pkg == "net/http" && name == "Cookies" && idx <= 0 && isNamed(fn.Signature().Recv().Type(), "net/http", "Request"):
		// Every cookie of the request, the session cookie among them.
		f.found(&origin{kind: kCookie, what: "all request cookies (" + render(call) + ")", pos: call.Pos(), via: via})
		return
	case pkg == "net/http" && name == "BasicAuth":
		if idx == 1 {
			f.found(&origin{kind: kPassword, what: "r.BasicAuth", pos: call.Pos(), via: via})
		}
		return
	case pkg == "net/url" && name == "Password" && idx <= 0:
		f.found(&origin{kind: kPassword, what: render(call.Fun), pos: call.Pos(), via: via})
		return
	case strings.HasPrefix(pkg, "golang.org/x/term") || strings.HasPrefix(pkg, "golang.org/x/crypto/ssh/terminal"):
		if name == "ReadPassword" && idx <= 0 {
			f.found(&origin{kind: kPassword, what: "term.ReadPassword", pos: call.Pos(), via: via})
		}
		return
	case pkg == "encoding/json" && (name == "Marshal" || name == "MarshalIndent") && len(call.Args) >= 1 && idx <= 0:
		// JSON of a struct carries its exported secret fields.
		t := x.info.TypeOf(call.Args[0])
		if !rendersItself(t) {
			if fld, k := secretField(t, true, 0); fld != nil {
				f.found(&origin{kind: k, what: "field " + typeName(t) + "." + fld.Name() + " in json.Marshal", pos: call.Pos(), via: via})
				return
			}
		}
		x.walk(f, call.Args[0], depth+1, via)
		return
	case pkg == "github.com/golang-jwt/jwt/v5" || pkg == "github.com/golang-jwt/jwt/v4" || pkg == "github.com/golang-jwt/jwt":
		if name == "SignedString" && idx <= 0 {
			f.found(&origin{kind: kToken, what: "a signed JWT", pos: call.Pos(), via: via})
		}
		return
	}
	if idx > 0 {
		return // second results (errors, ok flags) are not secrets
	}
	if isTransparent(fn) {
		args := call.Args
		switch {
		case pkg == "fmt" && name == "Sprintf" && len(args) > 0:
			args = args[1:]
		case name == "Replace" || name == "ReplaceAll" || name == "Map":
			if len(args) > 0 {
				args = args[:1]
			}
			if name == "Map" && len(args) > 0 {
				args = call.Args[1:2]
			}
		}
		for _, a := range args {
			x.walk(f, a, depth+1, via)
		}
		return
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn.Signature().Recv() != nil {
		// strings.Builder, bytes.Buffer: b.String() carries what was written.
		if (name == "String" || name == "Bytes") && (isNamed(x.info.TypeOf(sel.X), "strings", "Builder") || isNamed(x.info.TypeOf(sel.X), "bytes", "Buffer")) {
			return
		}
	}
	if getterNames[name] && len(call.Args) >= 1 {
		if tv, ok := x.info.Types[call.Args[len(call.Args)-1]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			key := constant.StringVal(tv.Value)
			var o *origin
			switch {
			case name == "Cookie":
				if sessionCookie(key) && stringLike(x.info.TypeOf(call), false) {
					o = &origin{kind: kCookie, what: "cookie " + strconv.Quote(key), pos: call.Pos()}
				}
			case strings.EqualFold(key, "Cookie"):
				o = &origin{kind: kCookie, what: render(call), pos: call.Pos()}
			case pkg == "os" && (key == "PWD" || key == "OLDPWD"):
				// the working directory, not a password
			default:
				o = x.named(call, key, x.info.TypeOf(call), nil, true)
				if o != nil && pkg == "os" {
					o.what = "$" + key
				}
			}
			if o != nil {
				o.via = via
				f.found(o)
			}
			return
		}
	}
	if o := x.resultOf(fn, depth); o != nil {
		cp := *o
		if cp.via == "" {
			cp.via = via
		}
		f.found(&cp)
	}
}

// resultOf returns what fn's (first) result is, if it is a secret: by the
// function's name (newToken, GenerateAPIKey, GetPassword), by a fact from
// its package, or by what its return statements return.
func (x *index) resultOf(fn *types.Func, depth int) *origin {
	sig := fn.Signature()
	if sig.Results().Len() == 0 || !stringLike(sig.Results().At(0).Type(), false) {
		return nil
	}
	byName := true // the name says what the result is only when there is one string result
	for i := 1; i < sig.Results().Len(); i++ {
		if stringLike(sig.Results().At(i).Type(), false) {
			byName = false
		}
	}
	if fn.Pkg() != nil && strings.Contains(fn.Pkg().Path(), "csrf") {
		return nil
	}
	if fn.Pkg() != x.pass.Pkg {
		var fact secretResult
		if x.pass.ImportObjectFact(fn, &fact) {
			what := fact.What
			if what == fn.Name() || what == funcLabel(fn, fn.Pkg()) {
				what = funcLabel(fn, x.pass.Pkg)
			}
			return &origin{kind: kind(fact.Kind), what: what, at: fact.At, via: fact.Via}
		}
		if k := classifyName(fn.Name()); byName && k != notSecret && !rendersItselfName(fn.Name()) {
			return &origin{kind: k, what: funcLabel(fn, x.pass.Pkg), pos: token.NoPos}
		}
		return nil
	}
	if x.done[fn] {
		return x.results[fn]
	}
	if x.active[fn] || depth > maxDepth {
		return nil
	}
	x.active[fn] = true
	defer delete(x.active, fn)
	var o *origin
	if k := classifyName(fn.Name()); byName && k != notSecret && !rendersItselfName(fn.Name()) {
		if fd := x.funcs[fn]; fd != nil {
			o = &origin{kind: k, what: funcLabel(fn, x.pass.Pkg), pos: fd.Name.Pos()}
		} else {
			o = &origin{kind: k, what: funcLabel(fn, x.pass.Pkg), pos: fn.Pos()}
		}
	} else if fd := x.funcs[fn]; fd != nil && fd.Body != nil {
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if o != nil {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) >= 1 {
					fl := &flow{params: map[*types.Var]bool{}, seen: map[types.Object]bool{}}
					x.walk(fl, n.Results[0], depth+1, "")
					if fl.origin != nil && fl.origin.kind != kDump {
						cp := *fl.origin
						if cp.via == "" {
							cp.via = "returned by " + fn.Name()
						}
						o = &cp
					}
				}
			}
			return true
		})
	}
	x.results[fn] = o
	x.done[fn] = true
	return o
}

func rendersItselfName(name string) bool {
	switch name {
	case "String", "GoString", "Error", "LogValue", "MarshalJSON", "MarshalText", "Format":
		return true
	}
	return false
}

func funcLabel(fn *types.Func, here *types.Package) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	} else if fn.Pkg() != nil && fn.Pkg() != here {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}
