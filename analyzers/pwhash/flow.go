package pwhash

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/authcheck/authcheck/analyzers/internal/secretname"
)

// maxDepth bounds how far values are followed through assignments, so that
// long chains and odd code cannot make the analysis expensive.
const maxDepth = 12

// assignment is one write of a value to a variable.
type assignment struct {
	rhs ast.Expr
	// exact is false when the variable does not receive rhs itself: one
	// value of a tuple (x, err := f()), an element of a ranged collection,
	// or an operator assignment (x += y).
	exact bool
}

// paramRef locates a parameter of a declared function.
type paramRef struct {
	fn    *types.Func
	index int
}

// values indexes, for one package, every write to a variable and field, so
// that a use can be traced back to what was stored in it. Its answers are
// flow-insensitive: a variable is resolved to a constant only when it is
// written exactly once and its address never escapes.
type values struct {
	info        *types.Info
	assigns     map[*types.Var][]assignment
	escapes     map[*types.Var]bool // address taken, incremented, or mutated through a pointer method
	fieldWrites map[*types.Var]bool // fields assigned through a selector (x.F = …) or whose address is taken
	params      map[*types.Var]paramRef
}

func newValues(info *types.Info) *values {
	return &values{
		info:        info,
		assigns:     map[*types.Var][]assignment{},
		escapes:     map[*types.Var]bool{},
		fieldWrites: map[*types.Var]bool{},
		params:      map[*types.Var]paramRef{},
	}
}

// varOf returns the variable an identifier declares or uses.
func (v *values) varOf(id *ast.Ident) *types.Var {
	if obj, ok := v.info.Defs[id].(*types.Var); ok {
		return obj
	}
	obj, _ := v.info.Uses[id].(*types.Var)
	return obj
}

// fieldOf returns the field a selector expression selects, if it does.
func (v *values) fieldOf(sel *ast.SelectorExpr) *types.Var {
	if s, ok := v.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
		f, _ := s.Obj().(*types.Var)
		return f
	}
	return nil
}

// record notes that lhs receives rhs.
func (v *values) record(lhs ast.Expr, rhs ast.Expr, exact bool) {
	switch lhs := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		if obj := v.varOf(lhs); obj != nil {
			v.assigns[obj] = append(v.assigns[obj], assignment{rhs, exact})
		}
	case *ast.SelectorExpr:
		if f := v.fieldOf(lhs); f != nil {
			v.fieldWrites[f] = true
		}
	}
}

// markEscaped records that the variable or field behind e may change in
// ways the index cannot see.
func (v *values) markEscaped(e ast.Expr) {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj := v.varOf(e); obj != nil {
			v.escapes[obj] = true
		}
	case *ast.SelectorExpr:
		if f := v.fieldOf(e); f != nil {
			v.fieldWrites[f] = true
		}
		// Taking &x.f also lets x change through the pointer.
	}
}

// add indexes one node; callers feed every node of the package.
func (v *values) add(n ast.Node) {
	switch n := n.(type) {
	case *ast.FuncDecl:
		fn, _ := v.info.Defs[n.Name].(*types.Func)
		if fn == nil {
			return
		}
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil {
			return
		}
		for i := 0; i < sig.Params().Len(); i++ {
			v.params[sig.Params().At(i)] = paramRef{fn, i}
		}
	case *ast.AssignStmt:
		switch {
		case len(n.Lhs) == len(n.Rhs):
			exact := n.Tok == token.ASSIGN || n.Tok == token.DEFINE
			for i := range n.Lhs {
				v.record(n.Lhs[i], n.Rhs[i], exact)
			}
		case len(n.Rhs) == 1:
			for _, l := range n.Lhs {
				v.record(l, n.Rhs[0], false)
			}
		}
	case *ast.ValueSpec:
		switch {
		case len(n.Names) == len(n.Values):
			for i := range n.Names {
				v.record(n.Names[i], n.Values[i], true)
			}
		case len(n.Values) == 1:
			for _, name := range n.Names {
				v.record(name, n.Values[0], false)
			}
		}
	case *ast.RangeStmt:
		if n.Key != nil {
			v.markEscaped(n.Key)
		}
		if n.Value != nil {
			v.record(n.Value, n.X, false)
		}
	case *ast.IncDecStmt:
		v.markEscaped(n.X)
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			v.markEscaped(n.X)
		}
	case *ast.CallExpr:
		// x.M() with a pointer receiver on an addressable x takes &x.
		if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
			if s, ok := v.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
					if _, ptrRecv := sig.Recv().Type().(*types.Pointer); ptrRecv {
						if _, ptrX := v.info.TypeOf(sel.X).(*types.Pointer); !ptrX {
							v.markEscaped(sel.X)
						}
					}
				}
			}
		}
	}
}

// singleValue returns the value a variable holds if it is written exactly
// once, with that value itself, and never through a pointer.
func (v *values) singleValue(obj *types.Var) (ast.Expr, bool) {
	if obj == nil || v.escapes[obj] {
		return nil, false
	}
	as := v.assigns[obj]
	if len(as) != 1 || !as[0].exact {
		return nil, false
	}
	return as[0].rhs, true
}

// ---- Integer parameters ----

// intValue resolves e to an integer through constants, named constants,
// conversions, arithmetic, single-assignment variables and struct fields
// set in a literal.
func (v *values) intValue(e ast.Expr) (int64, bool) {
	c := v.constValue(e, 0)
	if c == nil {
		return 0, false
	}
	c = constant.ToInt(c)
	if c.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(c)
}

func (v *values) constValue(e ast.Expr, depth int) constant.Value {
	if e == nil || depth > maxDepth {
		return nil
	}
	if tv, ok := v.info.Types[e]; ok && tv.Value != nil {
		return tv.Value
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if rhs, ok := v.singleValue(v.varOf(e)); ok {
			return v.constValue(rhs, depth+1)
		}
	case *ast.SelectorExpr:
		if f := v.fieldOf(e); f != nil {
			if k, ok := knownParamsField(v.info, e); ok {
				return constant.MakeInt64(k)
			}
			if v.fieldWrites[f] {
				return nil
			}
			if lit := v.composite(e.X, depth+1); lit != nil {
				return v.constValue(fieldValue(v.info, lit, f.Name()), depth+1)
			}
			return nil
		}
		// Qualified identifier: a package variable of this package.
		if obj, ok := v.info.Uses[e.Sel].(*types.Var); ok {
			if rhs, ok := v.singleValue(obj); ok {
				return v.constValue(rhs, depth+1)
			}
		}
	case *ast.CallExpr:
		if tv, ok := v.info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return v.constValue(e.Args[0], depth+1) // uint32(memory)
		}
	case *ast.BinaryExpr:
		x := v.constValue(e.X, depth+1)
		y := v.constValue(e.Y, depth+1)
		if x == nil || y == nil {
			return nil
		}
		// Parameters are integers; go/constant panics on integer-only
		// operators applied to other kinds, so convert (or give up) first.
		x, y = constant.ToInt(x), constant.ToInt(y)
		if x.Kind() != constant.Int || y.Kind() != constant.Int {
			return nil
		}
		switch e.Op {
		case token.ADD, token.SUB, token.MUL:
			return constant.BinaryOp(x, e.Op, y)
		case token.QUO:
			if constant.Sign(y) == 0 {
				return nil
			}
			return constant.BinaryOp(x, token.QUO_ASSIGN, y) // integer division
		case token.SHL, token.SHR:
			if s, ok := constant.Uint64Val(constant.ToInt(y)); ok && s < 64 {
				return constant.Shift(x, e.Op, uint(s))
			}
		}
	}
	return nil
}

// composite resolves e to the struct literal it holds, through &T{…},
// *p, single-assignment variables and fields of other literals.
func (v *values) composite(e ast.Expr, depth int) *ast.CompositeLit {
	if e == nil || depth > maxDepth {
		return nil
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return e
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return v.composite(e.X, depth+1)
		}
	case *ast.StarExpr:
		return v.composite(e.X, depth+1)
	case *ast.Ident:
		if rhs, ok := v.singleValue(v.varOf(e)); ok {
			return v.composite(rhs, depth+1)
		}
	case *ast.SelectorExpr:
		if f := v.fieldOf(e); f != nil {
			if v.fieldWrites[f] {
				return nil
			}
			if lit := v.composite(e.X, depth+1); lit != nil {
				return v.composite(fieldValue(v.info, lit, f.Name()), depth+1)
			}
			return nil
		}
		if obj, ok := v.info.Uses[e.Sel].(*types.Var); ok {
			if rhs, ok := v.singleValue(obj); ok {
				return v.composite(rhs, depth+1)
			}
		}
	}
	return nil
}

// fieldValue returns the expression a struct literal gives field name, or
// nil when the literal leaves it out.
func fieldValue(info *types.Info, lit *ast.CompositeLit, name string) ast.Expr {
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
				return kv.Value
			}
			continue
		}
		// Positional literal: match by field index.
		if st, ok := underlyingStruct(info.TypeOf(lit)); ok && i < st.NumFields() && st.Field(i).Name() == name {
			return elt
		}
	}
	return nil
}

func underlyingStruct(t types.Type) (*types.Struct, bool) {
	if t == nil {
		return nil, false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// knownParamsField resolves fields of argon2id's exported parameter sets
// (argon2id.DefaultParams.Memory, …), whose literals live in another
// package.
func knownParamsField(info *types.Info, sel *ast.SelectorExpr) (int64, bool) {
	x, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok {
		return 0, false
	}
	obj, ok := info.Uses[x.Sel].(*types.Var)
	if !ok || obj.Pkg() == nil || obj.Pkg().Path() != pkgArgon2x {
		return 0, false
	}
	p, ok := knownArgon2idParams[obj.Name()]
	if !ok {
		return 0, false
	}
	switch sel.Sel.Name {
	case "Memory":
		return p.Memory, true
	case "Iterations":
		return p.Time, true
	}
	return 0, false
}

// knownArgon2idParams are github.com/alexedwards/argon2id's exported
// parameter sets. All are on or above OWASP's line.
var knownArgon2idParams = map[string]argon2Point{
	"DefaultParams":           {Time: 1, Memory: 64 * 1024},
	"DevelopmentParams":       {Time: 1, Memory: 64 * 1024},
	"FirstRecommendedParams":  {Time: 1, Memory: 1 << 21},
	"SecondRecommendedParams": {Time: 3, Memory: 64 * 1024},
}

// ---- Password taint ----

// trace is what flows into one expression: the first password-named
// source, the parameters of declared functions it comes from, and the
// calls and hashers whose output it contains.
type trace struct {
	password ast.Expr // the expression whose name classifies as a password
	params   map[*types.Var]bool
	calls    map[*ast.CallExpr]bool
	hashers  map[*types.Var]bool // h in h.Sum(nil)
	seen     map[*types.Var]bool
}

// trace follows e back to its sources.
func (v *values) trace(e ast.Expr) *trace {
	t := &trace{
		params:  map[*types.Var]bool{},
		calls:   map[*ast.CallExpr]bool{},
		hashers: map[*types.Var]bool{},
		seen:    map[*types.Var]bool{},
	}
	v.walk(t, e, 0)
	return t
}

// named notes that e is named name and holds a value of type typ.
func (t *trace) named(e ast.Expr, name string, typ types.Type) {
	if t.password == nil && passwordLike(typ) && secretname.IsPassword(name) {
		t.password = e
	}
}

// passwordLike reports whether a value of type t can hold a password's
// text: strings, byte and rune slices and arrays, pointers to them, and
// interfaces (map[string]any lookups). A bool or int named "pass" cannot.
func passwordLike(t types.Type) bool {
	if t == nil {
		return false
	}
	if tuple, ok := t.(*types.Tuple); ok {
		if tuple.Len() == 0 {
			return false
		}
		t = tuple.At(0).Type()
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return isByteOrRune(u.Elem())
	case *types.Array:
		return isByteOrRune(u.Elem())
	case *types.Interface:
		return true
	}
	return false
}

func isByteOrRune(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && (b.Kind() == types.Byte || b.Kind() == types.Rune || b.Kind() == types.Uint8 || b.Kind() == types.Int32)
}

func (v *values) walk(t *trace, e ast.Expr, depth int) {
	if e == nil || depth > maxDepth {
		return
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		switch obj := v.info.ObjectOf(e).(type) {
		case *types.Var:
			v.walkVar(t, e, obj, depth)
		case *types.Const:
			t.named(e, obj.Name(), obj.Type())
		}
	case *ast.SelectorExpr:
		if f := v.fieldOf(e); f != nil {
			t.named(e, f.Name(), f.Type())
			return
		}
		switch obj := v.info.Uses[e.Sel].(type) {
		case *types.Var:
			v.walkVar(t, e, obj, depth)
		case *types.Const:
			t.named(e, obj.Name(), obj.Type())
		}
	case *ast.StarExpr:
		v.walk(t, e.X, depth+1)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			v.walk(t, e.X, depth+1)
		}
	case *ast.SliceExpr:
		v.walk(t, e.X, depth+1)
	case *ast.TypeAssertExpr:
		v.walk(t, e.X, depth+1)
	case *ast.IndexExpr:
		xt := v.info.TypeOf(e.X)
		if xt == nil {
			return
		}
		if _, isMap := xt.Underlying().(*types.Map); isMap {
			// creds["password"]
			if tv, ok := v.info.Types[e.Index]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				t.named(e, constant.StringVal(tv.Value), v.info.TypeOf(e))
			}
			return
		}
		if passwordLike(xt) {
			v.walk(t, e.X, depth+1)
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			v.walk(t, e.X, depth+1)
			v.walk(t, e.Y, depth+1)
		}
	case *ast.CompositeLit:
		// [][]byte{salt, pw} as passed to bytes.Join.
		if t0 := v.info.TypeOf(e); t0 != nil {
			switch t0.Underlying().(type) {
			case *types.Slice, *types.Array:
				for _, elt := range e.Elts {
					v.walk(t, elt, depth+1)
				}
			}
		}
	case *ast.CallExpr:
		v.walkCall(t, e, depth)
	}
}

func (v *values) walkVar(t *trace, e ast.Expr, obj *types.Var, depth int) {
	t.named(e, obj.Name(), obj.Type())
	// func (p Password) Hash(): the type names what p holds.
	if n, ok := types.Unalias(obj.Type()).(*types.Named); ok {
		t.named(e, n.Obj().Name(), obj.Type())
	}
	if _, ok := v.params[obj]; ok {
		t.params[obj] = true
	}
	if t.seen[obj] {
		return
	}
	t.seen[obj] = true
	for _, a := range v.assigns[obj] {
		v.walk(t, a.rhs, depth+1)
	}
}

func (v *values) walkCall(t *trace, call *ast.CallExpr, depth int) {
	t.calls[call] = true
	if tv, ok := v.info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			v.walk(t, call.Args[0], depth+1) // []byte(pw)
		}
		return
	}
	switch callee := typeutil.Callee(v.info, call).(type) {
	case *types.Builtin:
		if callee.Name() == "append" {
			for _, a := range call.Args {
				v.walk(t, a, depth+1)
			}
		}
	case *types.Func:
		if callee.Pkg() != nil && transformPackages[callee.Pkg().Path()] {
			for _, a := range call.Args {
				v.walk(t, a, depth+1)
			}
			return
		}
		if callee.Name() == "Sum" {
			// h.Sum(nil): the digest of whatever was written to h.
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
					if h := v.varOf(id); h != nil {
						t.hashers[h] = true
					}
				}
			}
			return
		}
		if getterNames[callee.Name()] && len(call.Args) >= 1 {
			if tv, ok := v.info.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				t.named(call, constant.StringVal(tv.Value), v.info.TypeOf(call))
				return
			}
		}
		// req.GetPassword(), term.ReadPassword(fd), u.User.Password()
		t.named(call, callee.Name(), v.info.TypeOf(call))
	}
}
