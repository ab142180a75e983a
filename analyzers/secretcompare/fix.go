package secretcompare

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// The constant-time replacement for each rule: AC201 uses
// subtle.ConstantTimeCompare, AC202 uses hmac.Equal, which says what is
// being compared and is a drop-in for a boolean.
type constantTimeAPI struct {
	path, name, fn string
}

var (
	subtleAPI = constantTimeAPI{"crypto/subtle", "subtle", "ConstantTimeCompare"}
	hmacAPI   = constantTimeAPI{"crypto/hmac", "hmac", "Equal"}
)

func apiFor(rule string) constantTimeAPI {
	if rule == RuleMAC {
		return hmacAPI
	}
	return subtleAPI
}

func genericAdvice(rule string) string {
	api := apiFor(rule)
	return api.name + "." + api.fn
}

// fixer builds suggested fixes for one pass.
type fixer struct {
	pass *analysis.Pass
}

func (ch *checker) fixer() *fixer { return &fixer{pass: ch.pass} }

// replaceEquality builds a fix that replaces node, an equality test of x and
// y (eq) or an inequality test (!eq), with its constant-time form. It also
// returns the advice for the message: the replacement when it is short
// enough to read, the API name otherwise.
func (f *fixer) replaceEquality(rule string, node ast.Node, x, y ast.Expr, eq bool) (*analysis.SuggestedFix, string) {
	advice := genericAdvice(rule)
	a, okA := f.asBytes(x)
	b, okB := f.asBytes(y)
	if !okA || !okB {
		return nil, advice
	}
	api := apiFor(rule)
	qualifier, importEdits, ok := f.qualifier(api, node.Pos())
	if !ok {
		return nil, advice
	}
	call := qualifier + api.fn + "(" + a + ", " + b + ")"
	var text string
	switch {
	case rule == RuleMAC && eq:
		text = call
	case rule == RuleMAC:
		text = "!" + call
	case eq:
		text = call + " == 1"
	default:
		text = call + " != 1"
	}
	fix := &analysis.SuggestedFix{
		Message: "Use " + api.name + "." + api.fn,
		TextEdits: append([]analysis.TextEdit{{
			Pos: node.Pos(), End: node.End(), NewText: []byte(text),
		}}, importEdits...),
	}
	if len(text) <= 100 && !strings.Contains(text, "\n") {
		advice = text
	}
	return fix, advice
}

// replaceEqualCall builds the fix for a boolean comparison call
// (bytes.Equal, slices.Equal, reflect.DeepEqual). A negation around the call
// is folded into the replacement, and a replacement that is itself a
// comparison is parenthesised where precedence would otherwise change.
func (f *fixer) replaceEqualCall(rule string, cur inspector.Cursor, call *ast.CallExpr) (*analysis.SuggestedFix, string) {
	var node ast.Node = call
	eq := true
	parent := cur.Parent().Node()
	if u, ok := parent.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		node, eq = u, false
	}
	fix, advice := f.replaceEquality(rule, node, call.Args[0], call.Args[1], eq)
	if fix != nil && rule == RuleSecret && node == ast.Node(call) && bindsTighter(parent) {
		edit := &fix.TextEdits[0]
		edit.NewText = []byte("(" + string(edit.NewText) + ")")
	}
	return fix, advice
}

// bindsTighter reports whether a comparison placed as a child of parent
// needs parentheses: as an operand of ==, != or any operator other than
// && and ||.
func bindsTighter(parent ast.Node) bool {
	switch p := parent.(type) {
	case *ast.BinaryExpr:
		return p.Op != token.LAND && p.Op != token.LOR
	case *ast.UnaryExpr, *ast.SelectorExpr, *ast.StarExpr:
		return true
	}
	return false
}

// asBytes renders e as a []byte argument: []byte(s) for strings (b for
// string(b)), e for byte slices, e[:] for addressable byte arrays.
func (f *fixer) asBytes(e ast.Expr) (string, bool) {
	info := f.pass.TypesInfo
	t := info.TypeOf(e)
	if t == nil {
		return "", false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return "", false
		}
		if conv, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(conv.Args) == 1 {
			if tv, ok := info.Types[conv.Fun]; ok && tv.IsType() && isByteSlice(info.TypeOf(conv.Args[0])) {
				return f.source(conv.Args[0])
			}
		}
		s, ok := f.source(e)
		return "[]byte(" + s + ")", ok
	case *types.Slice:
		if isByte(u.Elem()) {
			return f.source(e)
		}
	case *types.Array:
		if isByte(u.Elem()) && f.addressable(e) {
			s, ok := f.source(e)
			return s + "[:]", ok
		}
	}
	return "", false
}

// addressable reports whether e[:] is legal: a variable, a field of an
// addressable value or of a pointer, or an element of a slice.
func (f *fixer) addressable(e ast.Expr) bool {
	info := f.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		_, ok := info.Uses[e].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil {
			if sel.Kind() != types.FieldVal {
				return false
			}
			if _, ptr := info.TypeOf(e.X).Underlying().(*types.Pointer); ptr {
				return true
			}
			return f.addressable(e.X)
		}
		_, ok := info.Uses[e.Sel].(*types.Var) // package-level variable
		return ok
	case *ast.IndexExpr:
		switch info.TypeOf(e.X).Underlying().(type) {
		case *types.Slice:
			return true
		case *types.Array:
			return f.addressable(e.X)
		}
	case *ast.StarExpr:
		return true
	}
	return false
}

// source renders an expression as Go source.
func (f *fixer) source(e ast.Expr) (string, bool) {
	var buf bytes.Buffer
	if err := format.Node(&buf, f.pass.Fset, e); err != nil {
		return "", false
	}
	return buf.String(), true
}

// qualifier returns how to refer to api's package at pos ("subtle.", or an
// existing renamed import) and, when the file does not import it yet, the
// edits that add the import. ok is false when the package name is taken at
// pos by something else, where no safe fix exists.
func (f *fixer) qualifier(api constantTimeAPI, pos token.Pos) (string, []analysis.TextEdit, bool) {
	file := f.fileAt(pos)
	if file == nil {
		return "", nil, false
	}
	fileScope := f.pass.TypesInfo.Scopes[file]
	if fileScope == nil {
		return "", nil, false
	}
	scope := fileScope.Innermost(pos)
	if scope == nil {
		scope = fileScope
	}
	for _, spec := range file.Imports {
		if path, err := strconv.Unquote(spec.Path.Value); err != nil || path != api.path {
			continue
		}
		pkgName := f.pass.TypesInfo.PkgNameOf(spec)
		if pkgName == nil || pkgName.Name() == "_" || pkgName.Name() == "." {
			continue
		}
		if _, obj := scope.LookupParent(pkgName.Name(), pos); obj == pkgName {
			return pkgName.Name() + ".", nil, true
		}
	}
	if _, obj := scope.LookupParent(api.name, pos); obj != nil {
		return "", nil, false // the name is taken (a variable, another import)
	}
	return api.name + ".", addImport(file, api.path), true
}

func (f *fixer) fileAt(pos token.Pos) *ast.File {
	for _, file := range f.pass.Files {
		if file.FileStart <= pos && pos < file.FileEnd {
			return file
		}
	}
	return nil
}

// addImport returns the edits that import path into file: into the first
// import group, in sorted position among the standard-library imports; by
// turning a single import into a group; or as a new declaration after the
// package clause. Every fix in a file produces the same edits, so that
// applying several fixes at once adds the import once.
func addImport(file *ast.File, path string) []analysis.TextEdit {
	quoted := strconv.Quote(path)
	insert := func(pos token.Pos, text string) analysis.TextEdit {
		return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
	}
	var decl *ast.GenDecl
	for _, d := range file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			decl = gd
			break
		}
	}
	switch {
	case decl == nil:
		return []analysis.TextEdit{insert(file.Name.End(), "\n\nimport "+quoted)}

	case !decl.Lparen.IsValid() && len(decl.Specs) == 1:
		// import "fmt"  →  import ( "crypto/subtle"; "fmt" )
		spec := decl.Specs[0].(*ast.ImportSpec)
		existing, _ := strconv.Unquote(spec.Path.Value)
		switch {
		case !isStdPath(existing):
			return []analysis.TextEdit{insert(spec.Pos(), "(\n\t"+quoted+"\n\n\t"), insert(spec.End(), "\n)")}
		case existing > path:
			return []analysis.TextEdit{insert(spec.Pos(), "(\n\t"+quoted+"\n\t"), insert(spec.End(), "\n)")}
		default:
			return []analysis.TextEdit{insert(spec.Pos(), "(\n\t"), insert(spec.End(), "\n\t"+quoted+"\n)")}
		}

	case !decl.Lparen.IsValid():
		return []analysis.TextEdit{insert(decl.Pos(), "import "+quoted+"\n")}
	}

	var before, lastStd *ast.ImportSpec
	for _, s := range decl.Specs {
		spec := s.(*ast.ImportSpec)
		p, _ := strconv.Unquote(spec.Path.Value)
		if !isStdPath(p) {
			continue
		}
		if before == nil && p > path {
			before = spec
		}
		lastStd = spec
	}
	switch {
	case before != nil:
		pos := before.Pos()
		if before.Doc != nil {
			pos = before.Doc.Pos()
		}
		return []analysis.TextEdit{insert(pos, quoted+"\n\t")}
	case lastStd != nil:
		end := lastStd.End()
		if lastStd.Comment != nil {
			end = lastStd.Comment.End()
		}
		return []analysis.TextEdit{insert(end, "\n\t"+quoted)}
	case len(decl.Specs) > 0:
		first := decl.Specs[0].(*ast.ImportSpec)
		pos := first.Pos()
		if first.Doc != nil {
			pos = first.Doc.Pos()
		}
		return []analysis.TextEdit{insert(pos, quoted+"\n\n\t")}
	default:
		return []analysis.TextEdit{insert(decl.Rparen, "\t"+quoted+"\n")}
	}
}

// isStdPath reports whether an import path looks like the standard library:
// no dot in its first element.
func isStdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}
