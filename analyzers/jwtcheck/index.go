package jwtcheck

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// maxDepth bounds how many assignments, keyfunc indirections and helper
// calls the analyzer follows, so that cycles and deep call chains cannot
// make it slow.
const maxDepth = 4

// index is what the rules share about one package: which values are
// assigned to each variable and field, where each function is declared,
// and the parent of every syntax node.
type index struct {
	pass *analysis.Pass
	info *types.Info
	insp *inspector.Inspector

	// assigned maps a variable or struct field to the expressions assigned
	// to it anywhere in the package. A nil entry stands for an assignment
	// whose value cannot be told (a multi-value call, +=, ++, a range
	// variable, taking the address).
	assigned map[types.Object][]ast.Expr

	// decls maps functions and methods declared in this package to their
	// declarations.
	decls map[*types.Func]*ast.FuncDecl

	// parent maps every node to the node that contains it.
	parent map[ast.Node]ast.Node

	// inTest is set while record walks a _test.go file.
	inTest bool
}

func newIndex(pass *analysis.Pass, insp *inspector.Inspector) *index {
	ix := &index{
		pass:     pass,
		info:     pass.TypesInfo,
		insp:     insp,
		assigned: map[types.Object][]ast.Expr{},
		decls:    map[*types.Func]*ast.FuncDecl{},
		parent:   map[ast.Node]ast.Node{},
	}
	insp.WithStack(nil, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		if len(stack) > 1 {
			ix.parent[n] = stack[len(stack)-2]
		}
		if f, ok := n.(*ast.File); ok {
			ix.inTest = strings.HasSuffix(pass.Fset.Position(f.Pos()).Filename, "_test.go")
		}
		ix.record(n)
		return true
	})
	return ix
}

// record notes what node n assigns or declares.
func (ix *index) record(n ast.Node) {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := ix.info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
			ix.decls[fn] = n
		}
	case *ast.AssignStmt:
		if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
			for _, lhs := range n.Lhs {
				ix.note(lhs, nil)
			}
			return
		}
		if len(n.Lhs) == len(n.Rhs) {
			for i, lhs := range n.Lhs {
				ix.note(lhs, n.Rhs[i])
			}
			return
		}
		// v, ok := m[k]; key, err := parse(...): the first variable gets
		// the expression, which callers read as its first result.
		for i, lhs := range n.Lhs {
			if i == 0 && len(n.Rhs) == 1 {
				ix.note(lhs, n.Rhs[0])
			} else {
				ix.note(lhs, nil)
			}
		}
	case *ast.ValueSpec:
		for i, name := range n.Names {
			switch {
			case len(n.Values) == len(n.Names):
				ix.note(name, n.Values[i])
			case len(n.Values) == 1 && i == 0:
				ix.note(name, n.Values[0])
			case len(n.Values) > 0:
				ix.note(name, nil)
			}
		}
	case *ast.IncDecStmt:
		ix.note(n.X, nil)
	case *ast.RangeStmt:
		if n.Key != nil {
			ix.note(n.Key, nil)
		}
		if n.Value != nil {
			ix.note(n.Value, nil)
		}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			if _, isLit := n.X.(*ast.CompositeLit); !isLit {
				ix.note(n.X, nil)
			}
		}
	case *ast.CompositeLit:
		if _, isStruct := underlyingStruct(ix.info.TypeOf(n)); !isStruct {
			return
		}
		for _, elt := range n.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if key, ok := kv.Key.(*ast.Ident); ok {
				if field, ok := ix.info.Uses[key].(*types.Var); ok && !ix.testSetsAPI(field) {
					ix.assigned[field] = append(ix.assigned[field], kv.Value)
				}
			}
		}
	}
}

// note records that e (nil: an unknown value) is assigned to lhs, when lhs
// names a variable or field.
func (ix *index) note(lhs ast.Expr, e ast.Expr) {
	obj := objectOf(ix.info, stripParens(lhs))
	if v, ok := obj.(*types.Var); ok && !ix.testSetsAPI(v) {
		ix.assigned[v] = append(ix.assigned[v], e)
	}
}

// testSetsAPI reports whether an assignment being recorded is test code
// setting a variable or field that the package's own code declares: a
// test configuring an exported hook (a KeyFunc field, parser options) says
// nothing about the values the package's callers give it.
func (ix *index) testSetsAPI(v *types.Var) bool {
	if !ix.inTest || v.Pos() == token.NoPos {
		return false
	}
	return !strings.HasSuffix(ix.pass.Fset.Position(v.Pos()).Filename, "_test.go")
}

// values returns every expression assigned to obj, and false when any
// assignment is unknown or there is none: the caller must then treat the
// value as unresolved.
func (ix *index) values(obj types.Object) ([]ast.Expr, bool) {
	vs := ix.assigned[obj]
	if len(vs) == 0 {
		return nil, false
	}
	for _, v := range vs {
		if v == nil {
			return nil, false
		}
	}
	return vs, true
}

// single returns the only expression ever assigned to obj.
func (ix *index) single(obj types.Object) (ast.Expr, bool) {
	vs, ok := ix.values(obj)
	if !ok || len(vs) != 1 {
		return nil, false
	}
	return vs[0], true
}

// returnedValues returns the first result of every return statement in
// body, not counting those of nested function literals.
func returnedValues(body *ast.BlockStmt) []ast.Expr {
	var out []ast.Expr
	if body == nil {
		return nil
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				out = append(out, n.Results[0])
			}
		}
		return true
	})
	return out
}

// declOfCall returns the in-package declaration of the function call
// invokes, if any.
func (ix *index) declOfCall(call *ast.CallExpr) *ast.FuncDecl {
	return ix.decls[callee(ix.info, call)]
}

// enclosingFunc returns the body of the outermost function declaration
// containing n, with its name; for code in a package-level function
// literal, the literal's body and "".
func (ix *index) enclosingFunc(n ast.Node) (*ast.BlockStmt, string) {
	var lit *ast.BlockStmt
	for p := ix.parent[n]; p != nil; p = ix.parent[p] {
		switch f := p.(type) {
		case *ast.FuncDecl:
			return f.Body, f.Name.Name
		case *ast.FuncLit:
			lit = f.Body
		}
	}
	return lit, ""
}

// enclosingFuncName returns the name of the function declaration containing
// n, or "".
func (ix *index) enclosingFuncName(n ast.Node) string {
	_, name := ix.enclosingFunc(n)
	return name
}

func underlyingStruct(t types.Type) (*types.Struct, bool) {
	if t == nil {
		return nil, false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := t.Underlying().(*types.Struct)
	return s, ok
}
