package urlcreds

// AC401 / AC403: credentials written into URLs.

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/authcheck/authcheck/analyzers/internal/apimatch"
)

// maxFlowDepth bounds how many variables and helper calls a value is
// followed through; deeper flows are not reported.
const maxFlowDepth = 4

// urlFlow says whether (and how) a string reaches a URL.
type urlFlow struct {
	ok       bool
	field    bool     // assigned as a whole to URL.RawQuery / URL.Fragment
	redirect bool     // the URL is a redirect target
	lits     []string // constant text around it (path, host), for one-time links
}

// --- string building: "?token=" + tok, fmt.Sprintf("?api_key=%s", key) ---

func (c *checker) checkConcatenation(cur inspector.Cursor, e *ast.BinaryExpr) {
	if e.Op != token.ADD || !isString(c.info.TypeOf(e)) || c.isConst(e) {
		return
	}
	if p, ok := cur.Parent().Node().(*ast.BinaryExpr); ok && p.Op == token.ADD {
		return // not the outermost + of the chain
	}
	if c.isTextProcessing(cur) {
		return
	}
	var prior, piece strings.Builder // constant text so far; since the last non-constant operand
	atStart := true
	for _, op := range c.flatten(e) {
		if s, ok := c.stringConst(op); ok {
			prior.WriteString(s)
			piece.WriteString(s)
			continue
		}
		if piece.Len() > 0 {
			c.checkQueryValue(cur, op, piece.String(), prior.String(), atStart)
		}
		piece.Reset()
		atStart = false
	}
}

// flatten lists the operands of a chain of string concatenations, keeping
// constant sub-expressions whole.
func (c *checker) flatten(e ast.Expr) []ast.Expr {
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD && !c.isConst(b) {
		return append(c.flatten(b.X), c.flatten(b.Y)...)
	}
	return []ast.Expr{e}
}

// isTextProcessing reports whether the string at cur is consumed by text
// processing or turned into a body rather than used as a URL:
// strings.ReplaceAll(u, "token="+tok, "token=REDACTED"),
// strings.NewReader("grant_type=…&refresh_token="+rt), []byte(…).
func (c *checker) isTextProcessing(cur inspector.Cursor) bool {
	for {
		if _, ok := cur.Parent().Node().(*ast.ParenExpr); !ok {
			break
		}
		cur = cur.Parent()
	}
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok || cur.ParentEdgeKind() != edge.CallExpr_Args {
		return false
	}
	if tv, ok := c.info.Types[call.Fun]; ok && tv.IsType() {
		return true // []byte(…), a conversion to a body
	}
	fn := c.callee(call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "strings", "bytes":
		sig, _ := fn.Type().(*types.Signature)
		return sig != nil && sig.Recv() == nil
	case "regexp":
		return true
	}
	return false
}

func (c *checker) checkFormatted(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	fi := formatIndex(fn)
	if fi < 0 || len(call.Args) <= fi {
		return
	}
	format, ok := c.stringConst(call.Args[fi])
	if !ok || !strings.Contains(format, "=") {
		return
	}
	for i, v := range parseVerbs(format) {
		argPos := fi + 1 + v.arg
		if argPos >= len(call.Args) {
			continue
		}
		c.checkQueryValue(cur, call.Args[argPos], v.lit, v.prior, i == 0 && v.lit == v.prior)
	}
}

// formatIndex returns the position of the format argument of a fmt
// function that builds or writes a string, or -1.
func formatIndex(fn *types.Func) int {
	switch {
	case apimatch.IsFunc(fn, pkgFmt, "Sprintf"):
		return 0
	case apimatch.IsFunc(fn, pkgFmt, "Fprintf", "Appendf"):
		return 1
	}
	return -1
}

type fmtVerb struct {
	lit   string // literal text since the previous verb
	prior string // literal text since the start of the format
	arg   int    // operand index (0-based, after the format)
}

// parseVerbs lists a format's verbs with the literal text before each and
// the operand each consumes (explicit [n] indexes and * widths included).
func parseVerbs(format string) []fmtVerb {
	var verbs []fmtVerb
	var lit, prior strings.Builder
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			lit.WriteByte(format[i])
			prior.WriteByte(format[i])
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			lit.WriteByte('%')
			prior.WriteByte('%')
			continue
		}
	flags:
		for ; i < len(format); i++ {
			switch ch := format[i]; {
			case strings.IndexByte("+-# .", ch) >= 0 || ch >= '0' && ch <= '9':
			case ch == '*':
				arg++
			case ch == '[':
				end := strings.IndexByte(format[i:], ']')
				if end < 0 {
					return verbs
				}
				n, err := strconv.Atoi(format[i+1 : i+end])
				if err != nil || n < 1 {
					return verbs
				}
				arg = n - 1
				i += end
			default:
				break flags
			}
		}
		if i >= len(format) {
			break
		}
		verbs = append(verbs, fmtVerb{lit: lit.String(), prior: prior.String(), arg: arg})
		arg++
		lit.Reset()
		_, size := utf8.DecodeRuneInString(format[i:])
		i += size - 1
	}
	return verbs
}

// checkQueryValue checks one non-constant value placed after constant
// text: piece is the constant text right before it, prior all constant
// text of the expression up to it, and atStart whether piece begins the
// expression. top is the concatenation or fmt call that builds the string.
func (c *checker) checkQueryValue(top inspector.Cursor, value ast.Expr, piece, prior string, atStart bool) {
	param, sep, ok := paramBefore(piece)
	if !ok || c.isConst(value) {
		return
	}
	valueName := exprName(value)
	credName, ok := credentialName(param, valueName)
	if !ok {
		return
	}
	if sep == 0 && !atStart {
		return // x + "token=" + t: what x holds is unknown
	}
	flow := c.urlUse(top, 0, nil)
	switch {
	case sep == '?' || sep == '#':
		// A query or fragment by syntax.
	case sep == '&' && looksLikeURL(prior):
	case sep == '&':
		if !flow.ok {
			return // "grant_type=…&refresh_token=" + rt is a form body unless it reaches a URL
		}
	default: // "token=" + t: only as the whole of URL.RawQuery
		if !flow.field {
			return
		}
	}
	place := "query"
	if i := strings.LastIndexAny(prior, "?#"); i >= 0 && prior[i] == '#' {
		place = "fragment"
	}
	flow.lits = append(flow.lits, prior)
	c.reportWrite(top, value, param, credName, valueName, place, flow)
}

// --- url.Values ---

// checkValuesInsert handles q.Set("access_token", tok) and q.Add(…).
func (c *checker) checkValuesInsert(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) {
	if !isMethod(fn, pkgURL, "Values", "Set", "Add") || len(call.Args) != 2 {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	param, ok := c.stringConst(call.Args[0])
	if !ok || c.isTrivialValue(call.Args[1]) {
		return
	}
	valueName := exprName(call.Args[1])
	credName, ok := credentialName(param, valueName)
	if !ok {
		return
	}
	obj := c.objectOf(sel.X)
	if obj == nil {
		return // u.Query().Set(…) changes a copy; nothing reaches a URL
	}
	flow := c.valuesFlow(obj, 0, make(map[types.Object]bool))
	if !flow.ok {
		return
	}
	c.reportWrite(cur, call, param, credName, valueName, "query", flow)
}

// checkValuesIndexAssign handles q["token"] = []string{tok}.
func (c *checker) checkValuesIndexAssign(cur inspector.Cursor, as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		ix, ok := lhs.(*ast.IndexExpr)
		if !ok || !c.isURLValues(ix.X) {
			continue
		}
		param, ok := c.stringConst(ix.Index)
		if !ok || c.isTrivialValue(as.Rhs[i]) {
			continue
		}
		valueName := valuesElemName(as.Rhs[i])
		credName, ok := credentialName(param, valueName)
		if !ok {
			continue
		}
		obj := c.objectOf(ix.X)
		if obj == nil {
			continue
		}
		if flow := c.valuesFlow(obj, 0, make(map[types.Object]bool)); flow.ok {
			c.reportWrite(cur, ix, param, credName, valueName, "query", flow)
		}
	}
}

// checkValuesLiteral handles url.Values{"api_key": {key}}.
func (c *checker) checkValuesLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	if !isNamed(c.info.TypeOf(lit), pkgURL, "Values") {
		return
	}
	type cred struct {
		kv                         *ast.KeyValueExpr
		param, credName, valueName string
	}
	var creds []cred
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		param, ok := c.stringConst(kv.Key)
		if !ok || c.isTrivialValue(kv.Value) {
			continue
		}
		valueName := valuesElemName(kv.Value)
		if credName, ok := credentialName(param, valueName); ok {
			creds = append(creds, cred{kv, param, credName, valueName})
		}
	}
	if len(creds) == 0 {
		return
	}
	flow := c.valuesLiteralFlow(cur)
	if !flow.ok {
		return
	}
	for _, cr := range creds {
		c.reportWrite(cur, cr.kv, cr.param, cr.credName, cr.valueName, "query", flow)
	}
}

// valuesLiteralFlow follows a url.Values literal to where it is encoded.
func (c *checker) valuesLiteralFlow(cur inspector.Cursor) urlFlow {
	for {
		if _, ok := cur.Parent().Node().(*ast.ParenExpr); !ok {
			break
		}
		cur = cur.Parent()
	}
	kind, idx := cur.ParentEdge()
	switch p := cur.Parent().Node().(type) {
	case *ast.SelectorExpr:
		if p.Sel.Name == "Encode" {
			if call, ok := cur.Parent().Parent().Node().(*ast.CallExpr); ok && call.Fun == p {
				return c.urlUse(cur.Parent().Parent(), 0, nil)
			}
		}
	case *ast.AssignStmt:
		if kind == edge.AssignStmt_Rhs && len(p.Lhs) == len(p.Rhs) {
			if obj := c.objectOf(p.Lhs[idx]); obj != nil {
				return c.valuesFlow(obj, 0, make(map[types.Object]bool))
			}
		}
	case *ast.ValueSpec:
		if kind == edge.ValueSpec_Values && len(p.Names) == len(p.Values) {
			if obj := c.info.Defs[p.Names[idx]]; obj != nil {
				return c.valuesFlow(obj, 0, make(map[types.Object]bool))
			}
		}
	case *ast.CallExpr:
		if kind == edge.CallExpr_Args {
			if param := c.localParam(p, idx); param != nil {
				return c.valuesFlow(param, 0, make(map[types.Object]bool))
			}
		}
	}
	return urlFlow{}
}

// valuesFlow reports whether the url.Values held by obj is encoded into a
// URL: obj.Encode() reaching a URL, obj passed to a helper of this package
// that encodes it into one, or (obj being a helper's parameter) a caller's
// argument that does.
func (c *checker) valuesFlow(obj types.Object, depth int, seen map[types.Object]bool) urlFlow {
	if depth > maxFlowDepth || seen[obj] {
		return urlFlow{}
	}
	seen[obj] = true
	for _, use := range c.usesOf(obj) {
		v := valueCursor(use)
		kind, idx := v.ParentEdge()
		switch p := v.Parent().Node().(type) {
		case *ast.SelectorExpr:
			if kind == edge.SelectorExpr_X && p.Sel.Name == "Encode" {
				if call, ok := v.Parent().Parent().Node().(*ast.CallExpr); ok && call.Fun == p {
					if f := c.urlUse(v.Parent().Parent(), depth, nil); f.ok {
						return f
					}
				}
			}
		case *ast.CallExpr:
			if kind == edge.CallExpr_Args {
				if param := c.localParam(p, idx); param != nil {
					if f := c.valuesFlow(param, depth+1, seen); f.ok {
						return f
					}
				}
			}
		}
	}
	if site, ok := c.paramOf(obj); ok {
		for _, use := range c.usesOf(site.fn) {
			v := valueCursor(use)
			call, ok := v.Parent().Node().(*ast.CallExpr)
			if !ok || call.Fun != v.Node() || site.index >= len(call.Args) {
				continue
			}
			if arg := c.objectOf(call.Args[site.index]); arg != nil {
				if f := c.valuesFlow(arg, depth+1, seen); f.ok {
					return f
				}
			}
		}
	}
	return urlFlow{}
}

// urlUse follows the string at cur to see whether it becomes (part of) a
// URL: the query part of a concatenation or format, URL.RawQuery, or the
// URL argument of a request, redirect or url.Parse, through local
// variables.
func (c *checker) urlUse(cur inspector.Cursor, depth int, seen map[types.Object]bool) urlFlow {
	if depth > maxFlowDepth {
		return urlFlow{}
	}
	direct := true
	var lits []string
	for {
		parent := cur.Parent()
		if parent.Node() == nil {
			return urlFlow{}
		}
		kind, idx := cur.ParentEdge()
		switch p := parent.Node().(type) {
		case *ast.ParenExpr:
			cur = parent
			continue
		case *ast.BinaryExpr:
			if p.Op != token.ADD || !isString(c.info.TypeOf(p)) {
				return urlFlow{}
			}
			direct = false
			if kind == edge.BinaryExpr_Y {
				ops := c.flatten(p.X)
				var prior strings.Builder
				for _, op := range ops {
					if s, ok := c.stringConst(op); ok {
						prior.WriteString(s)
					}
				}
				lits = append(lits, prior.String())
				if c.isConst(ops[len(ops)-1]) && endsQueryStart(prior.String()) {
					return urlFlow{ok: true, lits: lits}
				}
			}
			cur = parent
			continue
		case *ast.CallExpr:
			if kind != edge.CallExpr_Args {
				return urlFlow{}
			}
			fn := c.callee(p)
			if i, redirect := urlArgIndex(fn); i == idx {
				return urlFlow{ok: true, redirect: redirect, lits: lits}
			}
			if fi := formatIndex(fn); fi >= 0 && idx > fi {
				if format, ok := c.stringConst(p.Args[fi]); ok {
					for _, v := range parseVerbs(format) {
						if v.arg == idx-fi-1 {
							lits = append(lits, v.prior)
							if endsQueryStart(v.prior) {
								return urlFlow{ok: true, lits: lits}
							}
						}
					}
				}
				if apimatch.IsFunc(fn, pkgFmt, "Sprintf") {
					direct = false
					cur = parent
					continue
				}
			}
			return urlFlow{}
		case *ast.AssignStmt:
			if kind != edge.AssignStmt_Rhs || len(p.Lhs) != len(p.Rhs) {
				return urlFlow{}
			}
			lhs := p.Lhs[idx]
			if sel, ok := lhs.(*ast.SelectorExpr); ok && c.isField(sel.Sel, pkgURL, "RawQuery", "Fragment", "RawFragment") {
				return urlFlow{ok: true, field: direct && p.Tok == token.ASSIGN, lits: append(lits, c.urlLits(sel.X)...)}
			}
			if p.Tok != token.DEFINE && p.Tok != token.ASSIGN {
				return urlFlow{}
			}
			if id, ok := lhs.(*ast.Ident); ok {
				return c.varURLUse(c.info.ObjectOf(id), depth, seen, direct, lits)
			}
			return urlFlow{}
		case *ast.ValueSpec:
			if kind != edge.ValueSpec_Values || len(p.Names) != len(p.Values) {
				return urlFlow{}
			}
			return c.varURLUse(c.info.Defs[p.Names[idx]], depth, seen, direct, lits)
		case *ast.KeyValueExpr:
			if id, ok := p.Key.(*ast.Ident); ok && kind == edge.KeyValueExpr_Value &&
				c.isField(id, pkgURL, "RawQuery", "Fragment", "RawFragment") {
				return urlFlow{ok: true, field: direct, lits: lits}
			}
			return urlFlow{}
		default:
			return urlFlow{}
		}
	}
}

// varURLUse continues urlUse through the uses of a local string variable.
func (c *checker) varURLUse(obj types.Object, depth int, seen map[types.Object]bool, direct bool, lits []string) urlFlow {
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || !isString(v.Type()) {
		return urlFlow{}
	}
	if seen == nil {
		seen = make(map[types.Object]bool)
	}
	if seen[v] {
		return urlFlow{}
	}
	seen[v] = true
	for _, use := range c.usesOf(v) {
		if f := c.urlUse(use, depth+1, seen); f.ok {
			f.field = f.field && direct
			f.lits = append(f.lits, lits...)
			return f
		}
	}
	return urlFlow{}
}

// urlArgIndex returns which argument of fn is a URL (or -1), and whether
// it is a redirect target.
func urlArgIndex(fn *types.Func) (int, bool) {
	switch {
	case fn == nil:
		return -1, false
	case apimatch.IsFunc(fn, pkgHTTP, "NewRequest"), apimatch.IsFunc(fn, pkgHTTPTest, "NewRequest"):
		return 1, false
	case apimatch.IsFunc(fn, pkgHTTP, "NewRequestWithContext"), apimatch.IsFunc(fn, pkgHTTPTest, "NewRequestWithContext"):
		return 2, false
	case apimatch.IsFunc(fn, pkgHTTP, "Get", "Head", "Post", "PostForm"),
		isMethod(fn, pkgHTTP, "Client", "Get", "Head", "Post", "PostForm"),
		apimatch.IsFunc(fn, pkgURL, "Parse", "ParseRequestURI"):
		return 0, false
	case apimatch.IsFunc(fn, pkgHTTP, "Redirect"):
		return 2, true
	case isMethod(fn, pkgGin, "Context", "Redirect"),
		isMethod(fn, pkgEcho, "Context", "Redirect"), isMethod(fn, pkgEchoV3, "Context", "Redirect"):
		return 1, true
	case fn.Pkg() != nil && isWebSocketPkg(fn.Pkg().Path()) && strings.HasPrefix(fn.Name(), "Dial"):
		// gorilla Dialer.Dial(urlStr, …) / DialContext(ctx, urlStr, …),
		// nhooyr/coder Dial(ctx, u, …), x/net Dial(url_, …): the first string.
		if sig, ok := fn.Type().(*types.Signature); ok {
			for i := 0; i < sig.Params().Len(); i++ {
				if isString(sig.Params().At(i).Type()) {
					return i, false
				}
			}
		}
	}
	return -1, false
}

// urlLits collects the constant strings that built the URL held by x
// (u, _ := url.Parse(base + "/reset"); u.Path = "/verify"; …): they tell
// a reset link from an API call.
func (c *checker) urlLits(x ast.Expr) []string {
	obj := c.objectOf(x)
	if obj == nil {
		return nil
	}
	var lits []string
	collect := func(e ast.Node) {
		ast.Inspect(e, func(n ast.Node) bool {
			if e, ok := n.(ast.Expr); ok {
				if s, ok := c.stringConst(e); ok {
					lits = append(lits, s)
					return false
				}
			}
			return true
		})
	}
	for _, d := range c.defsOf(obj) {
		collect(d)
	}
	for _, use := range c.usesOf(obj) {
		sel, ok := use.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.X != use.Node() || (sel.Sel.Name != "Path" && sel.Sel.Name != "RawPath") {
			continue
		}
		if as, ok := use.Parent().Parent().Node().(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
			for i, lhs := range as.Lhs {
				if lhs == sel {
					collect(as.Rhs[i])
				}
			}
		}
	}
	return lits
}

// isTrivialValue reports values that carry no credential: "", "true",
// "1", nil, or a []string of those.
func (c *checker) isTrivialValue(e ast.Expr) bool {
	e = ast.Unparen(e)
	if lit, ok := e.(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if !c.isTrivialValue(elt) {
				return false
			}
		}
		return true
	}
	tv, ok := c.info.Types[e]
	if !ok {
		return false
	}
	if tv.IsNil() {
		return true
	}
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	switch v := strings.ToLower(constant.StringVal(tv.Value)); v {
	case "", "true", "false", "1", "0", "yes", "no", "on", "off":
		return true
	default:
		return isPlaceholder(v)
	}
}

// isPlaceholder reports constant values that stand in for a credential in
// a log scrubber or an example: "<redacted>", "[FILTERED]", "***",
// "xxxxx", "REDACTED", "hidden". They carry no credential.
func isPlaceholder(v string) bool {
	for _, w := range []string{"redact", "filtered", "masked", "hidden", "removed", "omitted", "sanitized", "sanitised", "censored", "scrubbed", "elided"} {
		if strings.Contains(v, w) {
			return true
		}
	}
	alnum := false
	allX := true
	for _, r := range v {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			alnum = true
			if r != 'x' {
				allX = false
			}
		}
	}
	if !alnum || (allX && len(v) >= 3) {
		return true // "***", "...", "xxxx", "x-x-x"
	}
	if n := len(v); n >= 2 && (v[0] == '<' && v[n-1] == '>' || v[0] == '[' && v[n-1] == ']' || v[0] == '{' && v[n-1] == '}') {
		return true // "<token>", "[secret]", "{api_key}"
	}
	return false
}

// valuesElemName names the credential in {tok} or []string{tok}.
func valuesElemName(e ast.Expr) string {
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok && len(lit.Elts) == 1 {
		return exprName(lit.Elts[0])
	}
	return exprName(e)
}

// reportWrite reports a credential placed into a URL: AC401, or AC403 for
// a one-time link.
// param is the query parameter, credName the name that classifies it
// (param, or the value's name for a bare "?key="), valueName the value's.
func (c *checker) reportWrite(cur inspector.Cursor, node ast.Node, param, credName, valueName, place string, flow urlFlow) {
	context := append(c.contextNames(cur), flow.lits...)
	if c.reportLogoutToken(node, param, valueName, context, "placed in") {
		return
	}
	if kind, ok := oneTimeLink(param, valueName, context); ok {
		if c.reportOneTimeLink(node, fmt.Sprintf("one-time %s link (%s=…)", kind, param), "the token") {
			return
		}
	}
	k := classify(credName)
	var msg string
	if flow.redirect {
		msg = fmt.Sprintf("%s placed in a redirect URL (%s=…): the browser keeps it in history and sends it in Referer headers, and servers and proxies log it; %s",
			k.what, param, k.sendInstead)
	} else {
		msg = fmt.Sprintf("%s placed in a URL %s (%s=…): URLs end up in server and proxy logs, browser history and Referer headers; %s",
			k.what, place, param, k.sendInstead)
	}
	c.report(analysis.Diagnostic{Pos: node.Pos(), End: node.End(), Category: ruleCredentialInURL, Message: msg})
}

// reportOneTimeLink applies the -one-time-links mode to a one-time link
// token found in a URL: ignored, or reported at info with the conditions
// under which it is acceptable. It returns false in "flag" mode, where the
// caller reports it as an ordinary credential.
func (c *checker) reportOneTimeLink(node ast.Node, subject, token string) bool {
	switch c.mode {
	case oneTimeIgnore:
		return true
	case oneTimeInfo:
		c.report(analysis.Diagnostic{
			Pos: node.Pos(), End: node.End(), Category: ruleOneTimeLink,
			Message: subject + ": acceptable if " + token + " is single-use, expires within 15 minutes and is stored hashed; " +
				"keep it out of logs and Referer with Referrer-Policy: no-referrer",
		})
		return true
	}
	return false
}

// reportLogoutToken reports a logout link's anti-CSRF token in a URL at
// info (AC405) and returns true; it returns false for anything else.
func (c *checker) reportLogoutToken(node ast.Node, param, valueName string, context []string, verb string) bool {
	if !logoutToken(param, valueName, context) {
		return false
	}
	c.report(analysis.Diagnostic{
		Pos: node.Pos(), End: node.End(), Category: ruleLogoutToken,
		Message: fmt.Sprintf("logout token %s the URL (%s=…): it only guards against cross-site logout; acceptable if it is bound "+
			"to the session and accepted for nothing else (a POST form keeps it out of logs)", verb, param),
	})
	return true
}
