package cookies

import (
	"bytes"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// literalFix adds or corrects HttpOnly, Secure and SameSite in an
// http.Cookie literal: HttpOnly: true, Secure: true,
// SameSite: http.SameSiteStrictMode for a session cookie, Secure: true
// for a CSRF cookie. Fields set at run time are left alone.
func (c *checker) literalFix(ck *cookie, class cookieKind) (analysis.SuggestedFix, bool) {
	lit := ck.fixLit
	httpName := c.httpName(lit.Pos())
	if httpName == "" {
		return analysis.SuggestedFix{}, false
	}
	existing := map[string]*ast.KeyValueExpr{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return analysis.SuggestedFix{}, false // positional literal
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			existing[id.Name] = kv
		}
	}
	type want struct {
		field, value string
		needed       bool
	}
	wants := []want{{"Secure", "true", ck.secure == flagUnset || ck.secure == flagFalse}}
	if class == kindSession {
		wants = []want{
			{"HttpOnly", "true", ck.httpOnly == flagUnset || ck.httpOnly == flagFalse},
			{"Secure", "true", ck.secure == flagUnset || ck.secure == flagFalse},
			{"SameSite", httpName + ".SameSiteStrictMode", ck.sameSite == ssUnset || ck.sameSite == ssNone || ck.sameSite == ssLax},
		}
	}
	var edits []analysis.TextEdit
	var add bytes.Buffer
	multiline := len(lit.Elts) > 0 && c.line(lit.Elts[len(lit.Elts)-1].End()) != c.line(lit.Rbrace)
	indent := ""
	if multiline {
		if col := c.pass.Fset.Position(lit.Elts[len(lit.Elts)-1].Pos()).Column; col > 1 {
			indent = strings.Repeat("\t", col-1)
		}
	}
	for _, w := range wants {
		if !w.needed {
			continue
		}
		if kv, ok := existing[w.field]; ok {
			edits = append(edits, analysis.TextEdit{Pos: kv.Value.Pos(), End: kv.Value.End(), NewText: []byte(w.value)})
			continue
		}
		if c.fieldAssigned(ck, w.field) {
			return analysis.SuggestedFix{}, false // set by an assignment after the literal
		}
		if multiline {
			// One field a line, indented like the last one; the
			// literal's trailing comma follows the insertion.
			add.WriteString(",\n" + indent + w.field + ": " + w.value)
		} else {
			add.WriteString(", " + w.field + ": " + w.value)
		}
	}
	if add.Len() > 0 {
		text := add.Bytes()
		switch {
		case len(lit.Elts) == 0:
			edits = append(edits, analysis.TextEdit{Pos: lit.Rbrace, End: lit.Rbrace, NewText: bytes.TrimPrefix(text, []byte(", "))})
		default:
			last := lit.Elts[len(lit.Elts)-1].End()
			edits = append(edits, analysis.TextEdit{Pos: last, End: last, NewText: text})
		}
	}
	if len(edits) == 0 {
		return analysis.SuggestedFix{}, false
	}
	msg := "Set HttpOnly, Secure and SameSite=Strict"
	if class == kindCSRF {
		msg = "Set Secure"
	}
	return analysis.SuggestedFix{Message: msg, TextEdits: edits}, true
}

func (c *checker) line(p token.Pos) int { return c.pass.Fset.Position(p).Line }

// fieldAssigned reports whether a later assignment sets the field (then a
// literal edit would be overridden or duplicate it).
func (c *checker) fieldAssigned(ck *cookie, field string) bool {
	return ck.obj != nil && len(c.fieldSets[ck.obj][field]) > 0
}

// httpName returns the name under which the file containing pos imports
// net/http, or "" (dot import, no import).
func (c *checker) httpName(pos token.Pos) string {
	for _, f := range c.pass.Files {
		if f.FileStart > pos || pos > f.FileEnd {
			continue
		}
		for _, imp := range f.Imports {
			if imp.Path.Value != `"net/http"` {
				continue
			}
			if imp.Name == nil {
				return "http"
			}
			if imp.Name.Name == "." || imp.Name.Name == "_" {
				return ""
			}
			return imp.Name.Name
		}
	}
	return ""
}
