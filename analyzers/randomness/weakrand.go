package randomness

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// origin says where a random value was made.
type origin struct {
	weak  bool      // math/rand (AC801); else a short crypto/rand read (AC802)
	pos   token.Pos // the math/rand call or the crypto/rand read
	fn    string    // the function it was made in
	via   string    // the last generator of this package that returned it, if any
	call  string    // rand.Intn, rand.Read, …
	bytes int64     // for short reads
}

// flow is the state of the propagation over one package.
type flow struct {
	c     *checker
	vars  map[types.Object]*origin // variables and fields holding random values
	funcs map[*types.Func]*origin  // functions returning one
	byteN map[types.Object]int64   // byte slices and arrays of constant length
}

// checkRandomness runs AC801 and AC802.
func (c *checker) checkRandomness() {
	f := &flow{c: c, vars: map[types.Object]*origin{}, funcs: map[*types.Func]*origin{}, byteN: map[types.Object]int64{}}
	f.sizes()
	for round := 0; round < maxRounds; round++ {
		if !f.propagate() {
			break
		}
	}
	f.sinks()
}

// sizes records byte buffers of constant length: b := make([]byte, 8),
// var b [8]byte.
func (f *flow) sizes() {
	info := f.c.info
	for cur := range f.c.root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, r := range n.Rhs {
				if size, ok := f.makeSize(r); ok {
					if o := f.c.objectOf(n.Lhs[i]); o != nil {
						f.byteN[o] = size
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				o := info.Defs[name]
				if o == nil {
					continue
				}
				if i < len(n.Values) {
					if size, ok := f.makeSize(n.Values[i]); ok {
						f.byteN[o] = size
					}
				} else if arr, ok := o.Type().Underlying().(*types.Array); ok && isByte(arr.Elem()) {
					f.byteN[o] = arr.Len()
				}
			}
		}
	}
}

func isByte(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && (b.Kind() == types.Byte || b.Kind() == types.Uint8)
}

// makeSize returns N for make([]byte, N) with a constant N.
func (f *flow) makeSize(e ast.Expr) (int64, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) < 2 {
		return 0, false
	}
	if b, ok := f.c.info.Uses[identOf(call.Fun)].(*types.Builtin); !ok || b.Name() != "make" {
		return 0, false
	}
	t := f.c.info.TypeOf(call.Args[0])
	if t == nil {
		return 0, false
	}
	if s, ok := t.Underlying().(*types.Slice); !ok || !isByte(s.Elem()) {
		return 0, false
	}
	tv := f.c.info.Types[call.Args[1]]
	if tv.Value == nil {
		return 0, false
	}
	n, ok := constant.Int64Val(constant.ToInt(tv.Value))
	return n, ok
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// bufferLen returns the constant length of a buffer expression: b, b[:],
// b[:n].
func (f *flow) bufferLen(e ast.Expr) (int64, bool) {
	e = ast.Unparen(e)
	if s, ok := e.(*ast.SliceExpr); ok {
		if s.High != nil {
			if tv := f.c.info.Types[s.High]; tv.Value != nil {
				return constant.Int64Val(constant.ToInt(tv.Value))
			}
			return 0, false
		}
		e = s.X
	}
	if o := f.c.objectOf(e); o != nil {
		n, ok := f.byteN[o]
		return n, ok
	}
	return 0, false
}

// enclosingFuncName returns the name of the declared function around cur.
func enclosingFuncName(cur inspector.Cursor) string {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return fc.Node().(*ast.FuncDecl).Name.Name
	}
	return ""
}

// randCall classifies a call to math/rand: a value-producing call gives
// an origin; Shuffle, Perm, Seed and constructors do not.
func (f *flow) randCall(cur inspector.Cursor, call *ast.CallExpr) *origin {
	fn := f.c.callee(call)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	switch fn.Pkg().Path() {
	case pkgMathRand, pkgMathRandV2:
	default:
		return nil
	}
	if f.inTestFile(call.Pos()) {
		return nil // test data: go vet's test variant of a package includes _test.go files
	}
	name := fn.Name()
	switch {
	case name == "Shuffle", name == "Perm", name == "Seed", strings.HasPrefix(name, "New"):
		return nil
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Results().Len() == 0 {
		return nil
	}
	return &origin{weak: true, pos: call.Pos(), fn: enclosingFuncName(cur), call: "rand." + name}
}

// propagate runs one round; it reports whether anything new was learned.
func (f *flow) propagate() bool {
	changed := false
	setVar := func(o types.Object, org *origin) {
		if o == nil || org == nil {
			return
		}
		if old, ok := f.vars[o]; ok && (old.weak || !org.weak) {
			return
		}
		f.vars[o] = org
		changed = true
	}
	for cur := range f.c.root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.KeyValueExpr)(nil),
		(*ast.CallExpr)(nil), (*ast.ReturnStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, r := range n.Rhs {
					org := f.taint(cur, r)
					if org == nil {
						continue
					}
					l := ast.Unparen(n.Lhs[i])
					if ix, ok := l.(*ast.IndexExpr); ok {
						l = ix.X // b[i] = letters[rand.Intn(n)]
					}
					setVar(f.c.objectOf(l), org)
				}
			} else if len(n.Rhs) == 1 && len(n.Lhs) >= 1 {
				// tok, err := newToken(): the first result.
				setVar(f.c.objectOf(n.Lhs[0]), f.taint(cur, n.Rhs[0]))
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if i < len(n.Values) {
					setVar(f.c.info.Defs[name], f.taint(cur, n.Values[i]))
				}
			}
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok {
				if v, ok := f.c.info.ObjectOf(id).(*types.Var); ok && v.IsField() {
					setVar(v, f.taint(cur, n.Value))
				}
			}
		case *ast.CallExpr:
			f.callEffects(cur, n, setVar)
		case *ast.ReturnStmt:
			fn := f.enclosingFunc(cur)
			if fn == nil {
				continue
			}
			if _, done := f.funcs[fn]; done {
				continue
			}
			var org *origin
			if len(n.Results) > 0 {
				org = f.taint(cur, n.Results[0])
			} else if sig, ok := fn.Type().(*types.Signature); ok && sig.Results().Len() > 0 {
				org = f.vars[sig.Results().At(0)]
			}
			if org != nil {
				f.funcs[fn] = org
				changed = true
			}
		}
	}
	return changed
}

func (f *flow) enclosingFunc(cur inspector.Cursor) *types.Func {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if d, ok := fc.Node().(*ast.FuncDecl); ok {
			fn, _ := f.c.info.Defs[d.Name].(*types.Func)
			return fn
		}
		return nil // a function literal's returns are its own
	}
	return nil
}

// callEffects handles calls that fill their arguments or receivers:
// math/rand and crypto/rand Read, io.ReadFull(rand.Reader, b),
// sb.WriteString(x), and arguments flowing into local parameters.
func (f *flow) callEffects(cur inspector.Cursor, call *ast.CallExpr, setVar func(types.Object, *origin)) {
	fn := f.c.callee(call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	path, name := fn.Pkg().Path(), fn.Name()
	sig, _ := fn.Type().(*types.Signature)
	if f.inTestFile(call.Pos()) {
		return
	}
	switch {
	case (path == pkgMathRand || path == pkgMathRandV2) && name == "Read" && len(call.Args) == 1:
		setVar(f.c.objectOf(sliceBase(call.Args[0])), &origin{weak: true, pos: call.Pos(), fn: enclosingFuncName(cur), call: "rand.Read"})
		return
	case path == pkgCryptoRand && name == "Read" && len(call.Args) == 1:
		f.shortRead(cur, call, call.Args[0], setVar)
		return
	case path == "io" && name == "ReadFull" && len(call.Args) == 2 && f.isCryptoReader(call.Args[0]):
		f.shortRead(cur, call, call.Args[1], setVar)
		return
	}
	if sig == nil {
		return
	}
	// Writes into a builder or buffer: sb.WriteByte(letters[rand.Intn(n)]).
	if sig.Recv() != nil && strings.HasPrefix(name, "Write") {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			for _, a := range call.Args {
				if org := f.taint(cur, a); org != nil {
					setVar(f.c.objectOf(sel.X), org)
				}
			}
		}
		return
	}
	// Arguments into parameters of this package's functions.
	if fn.Pkg() == f.c.pass.Pkg {
		for i, a := range call.Args {
			if i >= sig.Params().Len() || (sig.Variadic() && i >= sig.Params().Len()-1) {
				break
			}
			if org := f.taint(cur, a); org != nil {
				setVar(sig.Params().At(i), org)
			}
		}
	}
}

func sliceBase(e ast.Expr) ast.Expr {
	if s, ok := ast.Unparen(e).(*ast.SliceExpr); ok {
		return s.X
	}
	return e
}

func (f *flow) isCryptoReader(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := f.c.info.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == pkgCryptoRand && v.Name() == "Reader"
}

func (f *flow) shortRead(cur inspector.Cursor, call *ast.CallExpr, buf ast.Expr, setVar func(types.Object, *origin)) {
	n, ok := f.bufferLen(buf)
	if !ok || n >= minBytes || n <= 0 {
		return
	}
	setVar(f.c.objectOf(sliceBase(buf)), &origin{pos: call.Pos(), fn: enclosingFuncName(cur), call: "crypto/rand read", bytes: n})
}

// transparentPkgs transform a value without adding entropy: what goes in
// random comes out random (and what goes in weak comes out weak).
var transparentPkgs = map[string]bool{
	"strconv": true, "strings": true, "bytes": true, "fmt": true, "encoding/hex": true, "encoding/base64": true,
	"encoding/base32": true, "encoding/binary": true, "math/big": true, "unicode/utf8": true,
	"crypto/sha256": true, "crypto/sha512": true, "crypto/sha1": true, "crypto/md5": true, "hash": true,
}

// taint returns the origin of the random value e carries, if any.
func (f *flow) taint(cur inspector.Cursor, e ast.Expr) *origin {
	return f.taintDepth(cur, e, 0)
}

func (f *flow) taintDepth(cur inspector.Cursor, e ast.Expr, depth int) *origin {
	if e == nil || depth > 8 {
		return nil
	}
	if tv, ok := f.c.info.Types[e]; ok && tv.Value != nil {
		return nil // constants are not random
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if o := f.c.info.ObjectOf(x); o != nil {
			return f.vars[o]
		}
	case *ast.SelectorExpr:
		if v, ok := f.c.info.ObjectOf(x.Sel).(*types.Var); ok {
			return f.vars[v]
		}
	case *ast.StarExpr:
		return f.taintDepth(cur, x.X, depth+1)
	case *ast.UnaryExpr:
		return f.taintDepth(cur, x.X, depth+1)
	case *ast.BinaryExpr:
		if x.Op == token.EQL || x.Op == token.NEQ || x.Op == token.LSS || x.Op == token.GTR ||
			x.Op == token.LEQ || x.Op == token.GEQ || x.Op == token.LAND || x.Op == token.LOR {
			return nil // a comparison is a decision, not a value
		}
		if o := f.taintDepth(cur, x.X, depth+1); o != nil {
			return o
		}
		return f.taintDepth(cur, x.Y, depth+1)
	case *ast.IndexExpr:
		if o := f.taintDepth(cur, x.X, depth+1); o != nil {
			return o
		}
		return f.taintDepth(cur, x.Index, depth+1)
	case *ast.SliceExpr:
		return f.taintDepth(cur, x.X, depth+1)
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if t := f.c.info.TypeOf(x); t == nil {
				break
			} else if _, isStruct := t.Underlying().(*types.Struct); isStruct {
				break // struct fields are tracked one by one
			}
			if o := f.taintDepth(cur, elt, depth+1); o != nil {
				return o
			}
		}
	case *ast.CallExpr:
		return f.callTaint(cur, x, depth)
	}
	return nil
}

func (f *flow) callTaint(cur inspector.Cursor, call *ast.CallExpr, depth int) *origin {
	// Conversions and builtins (string(b), append(b, x), copy).
	if tv, ok := f.c.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return f.taintDepth(cur, call.Args[0], depth+1)
		}
		return nil
	}
	if id := identOf(call.Fun); id != nil {
		if b, ok := f.c.info.Uses[id].(*types.Builtin); ok {
			if b.Name() == "append" {
				for _, a := range call.Args {
					if o := f.taintDepth(cur, a, depth+1); o != nil {
						return o
					}
				}
			}
			return nil
		}
	}
	if o := f.randCall(cur, call); o != nil {
		return o
	}
	fn := f.c.callee(call)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	if o, ok := f.funcs[fn]; ok {
		// Through a generator: name the generator in the message.
		cp := *o
		cp.via = fn.Name()
		return &cp
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		// sb.String(), n.Text(62), enc.EncodeToString(b): the receiver or
		// the arguments carry the value.
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if _, isPkg := f.c.info.Uses[identOf(sel.X)].(*types.PkgName); !isPkg {
				if o := f.taintDepth(cur, sel.X, depth+1); o != nil && transparentMethod(fn) {
					return o
				}
			}
		}
	}
	if transparentPkgs[fn.Pkg().Path()] {
		for _, a := range call.Args {
			if o := f.taintDepth(cur, a, depth+1); o != nil {
				return o
			}
		}
	}
	return nil
}

// transparentMethod reports whether a method returns (a form of) its
// receiver's content: String, Bytes, Text, Sum, EncodeToString, ….
func transparentMethod(fn *types.Func) bool {
	if transparentPkgs[fn.Pkg().Path()] {
		return true
	}
	switch fn.Name() {
	case "String", "Bytes", "Text", "Sum", "Int64", "Uint64", "Hex":
		return true
	}
	return false
}

// inTestFile reports whether pos is in a _test.go file.
func (f *flow) inTestFile(pos token.Pos) bool {
	tf := f.c.pass.Fset.File(pos)
	return tf != nil && strings.HasSuffix(tf.Name(), "_test.go")
}
