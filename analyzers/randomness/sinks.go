package randomness

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// sinks reports random values that reach a place that makes them
// secrets. Each origin is reported once, at the first such place.
func (f *flow) sinks() {
	done := map[*origin]bool{}
	seenPos := map[string]bool{}
	report := func(at ast.Expr, org *origin, becomes, kind string) {
		if org == nil || kind == "" {
			return
		}
		key := fmt.Sprint(org.pos)
		if seenPos[key] || done[org] {
			return
		}
		if !org.weak && shortByDesign(kind) {
			return
		}
		done[org] = true
		seenPos[key] = true
		src := fmt.Sprintf("%s (%s)", org.fn, f.c.where(org.pos))
		if org.fn == "" {
			src = f.c.where(org.pos)
		}
		if org.via != "" && org.via != org.fn {
			src += " via " + org.via
		}
		if org.weak {
			f.c.report(at.Pos(), at.End(), ruleWeakRandom, fmt.Sprintf(
				"math/rand value from %s becomes %s: math/rand is predictable, so the %s can be guessed; use crypto/rand (rand.Text(), or rand.Read into 32 bytes)",
				src, becomes, kind))
		} else {
			f.c.report(at.Pos(), at.End(), ruleShortRandom, fmt.Sprintf(
				"%d random bytes from %s become %s: a %s needs at least %d bytes (128 bits) from crypto/rand; use rand.Text() or 32 bytes",
				org.bytes, src, becomes, kind, minBytes))
		}
	}

	for cur := range f.c.root.Preorder((*ast.ReturnStmt)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
		(*ast.KeyValueExpr)(nil), (*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.ReturnStmt:
			fn := f.enclosingFunc(cur)
			if fn == nil || len(n.Results) == 0 {
				continue
			}
			if kind := secretKind(fn.Name()); kind != "" {
				r := n.Results[0]
				report(r, f.taint(cur, r), "the result of "+fn.Name(), kind)
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				if len(n.Rhs) == 1 && len(n.Lhs) >= 1 {
					f.nameSink(cur, n.Lhs[0], n.Rhs[0], report)
				}
				continue
			}
			for i := range n.Lhs {
				f.nameSink(cur, n.Lhs[i], n.Rhs[i], report)
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if i < len(n.Values) {
					f.nameSink(cur, name, n.Values[i], report)
				}
			}
		case *ast.KeyValueExpr:
			id, ok := n.Key.(*ast.Ident)
			if !ok {
				continue
			}
			v, ok := f.c.info.ObjectOf(id).(*types.Var)
			if !ok || !v.IsField() {
				continue
			}
			org := f.taint(cur, n.Value)
			if org == nil {
				continue
			}
			if v.Name() == "Value" && v.Pkg() != nil && v.Pkg().Path() == "net/http" {
				report(n.Value, org, "the value of "+f.cookieName(cur), "session ID")
				continue
			}
			report(n.Value, org, "field "+v.Name(), secretKind(v.Name()))
		case *ast.CallExpr:
			fn := f.c.callee(n)
			if fn == nil {
				continue
			}
			// rand.Read(salt), io.ReadFull(rand.Reader, sessionKey): the
			// buffer filled is named for a secret.
			if fn.Name() == "Read" || fn.Name() == "ReadFull" {
				if len(n.Args) > 0 {
					buf := sliceBase(n.Args[len(n.Args)-1])
					if o := f.c.objectOf(buf); o != nil {
						if org := f.vars[o]; org != nil && org.pos == n.Pos() {
							report(buf, org, o.Name(), secretKind(o.Name()))
						}
					}
				}
			}
			sig, ok := fn.Type().(*types.Signature)
			if !ok || fn.Pkg() == nil || transparentPkgs[fn.Pkg().Path()] || fn.Pkg().Path() == pkgCryptoRand {
				continue
			}
			for i, a := range n.Args {
				if i >= sig.Params().Len() {
					break
				}
				p := sig.Params().At(i)
				if sig.Variadic() && i >= sig.Params().Len()-1 {
					break
				}
				if kind := secretKind(p.Name()); kind != "" {
					report(a, f.taint(cur, a), fmt.Sprintf("the %s argument of %s", p.Name(), fn.Name()), kind)
				}
			}
		case *ast.BinaryExpr:
			// "https://…/reset?token=" + tok
			if s, ok := f.constString(n.X); ok {
				if kind := linkKind(s); kind != "" {
					report(n.Y, f.taint(cur, n.Y), "part of a link ("+shorten(s)+"…)", kind)
				}
			}
		}
	}
}

// nameSink reports a random value assigned to a variable or field named
// for a secret.
func (f *flow) nameSink(cur inspector.Cursor, lhs, rhs ast.Expr, report func(ast.Expr, *origin, string, string)) {
	name := exprName(lhs)
	kind := secretKind(name)
	if kind == "" {
		return
	}
	report(rhs, f.taint(cur, rhs), name, kind)
}

// cookieName returns `cookie "name"` for an http.Cookie literal.
func (f *flow) cookieName(cur inspector.Cursor) string {
	if lit, ok := cur.Parent().Node().(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Name" {
					if s, ok := f.constString(kv.Value); ok {
						return fmt.Sprintf("cookie %q", s)
					}
				}
			}
		}
	}
	return "a cookie"
}

func (f *flow) constString(e ast.Expr) (string, bool) {
	tv, ok := f.c.info.Types[ast.Unparen(e)]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// linkKind recognises the text before a token in a link.
func linkKind(s string) string {
	l := strings.ToLower(s)
	switch {
	case strings.Contains(l, "reset") && (strings.Contains(l, "=") || strings.HasSuffix(l, "/")):
		return "reset token"
	case strings.HasSuffix(l, "token=") || strings.HasSuffix(l, "code=") && (strings.Contains(l, "verif") || strings.Contains(l, "confirm")):
		return "token"
	case strings.HasSuffix(l, "key="):
		return "API key"
	}
	return ""
}

func shorten(s string) string {
	if len(s) > 40 {
		return s[len(s)-40:]
	}
	return s
}
