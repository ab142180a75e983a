package secretcompare

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Rule IDs reported by this analyzer (see rules/ac2xx.go).
const (
	// RuleSecret: a secret compared in non-constant time.
	RuleSecret = "AC201"
	// RuleMAC: an HMAC or signature computed in the function compared in
	// non-constant time.
	RuleMAC = "AC202"
)

// Analyzer reports secrets compared in non-constant time.
var Analyzer = &analysis.Analyzer{
	Name:     "secretcompare",
	Doc:      Doc,
	URL:      "https://pkg.go.dev/github.com/authcheck/authcheck/analyzers/secretcompare",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
}

// There is no import-based fast path: secrets are recognised by name in any
// package. The classifier, which walks every file, is built only once a
// comparison of byte-like operands turns up.
func run(pass *analysis.Pass) (any, error) {
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ch := &checker{pass: pass}
	for cur := range insp.Root().Preorder((*ast.BinaryExpr)(nil), (*ast.CallExpr)(nil), (*ast.SwitchStmt)(nil)) {
		if ch.inLexer(cur) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				ch.binary(cur, n)
			}
		case *ast.CallExpr:
			ch.call(cur, n)
		case *ast.SwitchStmt:
			ch.switchStmt(cur, n)
		}
	}
	return nil, nil
}

type checker struct {
	pass *analysis.Pass
	cls  *classifier
}

// inLexer reports whether cur is inside a method of a lexer type or a
// function named for lexing (lexString, scanToken): there, "token" means
// syntax.
func (ch *checker) inLexer(cur inspector.Cursor) bool {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		decl := fc.Node().(*ast.FuncDecl)
		if decl.Recv != nil && len(decl.Recv.List) == 1 && isParserType(ch.pass.TypesInfo.TypeOf(decl.Recv.List[0].Type)) {
			return true
		}
		return namesLexing(decl.Name.Name)
	}
	return false
}

// enclosingDecl returns the function declaration around cur, or nil.
func enclosingDecl(cur inspector.Cursor) *ast.FuncDecl {
	for fc := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return fc.Node().(*ast.FuncDecl)
	}
	return nil
}

func (ch *checker) classifier() *classifier {
	if ch.cls == nil {
		ch.cls = newClassifier(ch.pass.TypesInfo, ch.pass.Files)
	}
	return ch.cls
}

// classify returns the rule a comparison breaks and which operand is the
// secret, or ok=false when it is fine.
func (ch *checker) classify(cur inspector.Cursor, x, y ast.Expr, allowInterface bool) (rule string, subject, other ast.Expr, v verdict, ok bool) {
	info := ch.pass.TypesInfo
	for _, e := range []ast.Expr{x, y} {
		tv, known := info.Types[e]
		if !known || tv.Value != nil || tv.IsNil() || !comparableBytes(tv.Type, allowInterface) {
			return "", nil, nil, verdict{}, false
		}
	}
	c := ch.classifier()
	vx, vy := c.expr(x), c.expr(y)
	if vx.kind == public || vy.kind == public {
		return "", nil, nil, verdict{}, false
	}
	if !vx.isSecret() && !vy.isSecret() {
		// A one-time code: code == expectedCode in VerifyTOTP.
		inOTP := funcContextOTP(enclosingDecl(cur))
		switch {
		case otpName(exprName(x), inOTP):
			vx = verdict{kind: secret, label: "one-time code"}
		case otpName(exprName(y), inOTP):
			vy = verdict{kind: secret, label: "one-time code"}
		default:
			return "", nil, nil, verdict{}, false
		}
	}
	// Both values sent by the client (a double-submit cookie against its
	// header copy, a password against its confirmation): no server-held
	// secret is involved, so the timing tells the client nothing new.
	rx, ry := c.fromRequest(x, 0), c.fromRequest(y, 0)
	if (rx && ry) || c.userInputPair(x, y) {
		return "", nil, nil, verdict{}, false
	}
	// An OIDC nonce or OAuth state checked against the copy in the
	// client's own cookie: the client holds the value already.
	if (rx && namesNonce(exprName(y))) || (ry && namesNonce(exprName(x))) {
		return "", nil, nil, verdict{}, false
	}
	subject, other, v = x, y, vx
	if vy.kind > vx.kind {
		subject, other, v = y, x, vy
	}
	// A secret-derived value compared with configuration that names a
	// scheme, prefix or type (parts[0] == mw.TokenHeadName): the other side
	// is not a secret, and the secret side is its non-secret part.
	if ov := c.expr(other); !ov.isSecret() && namesFormat(exprName(other)) {
		return "", nil, nil, verdict{}, false
	}
	// A plaintext password known only by its name is reported where the
	// function authenticates (Login, CheckPassword, Authenticate): a probe
	// or client that compares two copies of its own configured password
	// (current == acct.Password in restorePassword) leaks nothing.
	if v.label == "password" && v.from == "" && !(vx.isSecret() && vy.isSecret() && vx.label != vy.label) &&
		!funcContextAuth(enclosingDecl(cur)) {
		return "", nil, nil, verdict{}, false
	}
	rule = RuleSecret
	if v.kind == macDigest {
		rule = RuleMAC
	}
	return rule, subject, other, v, true
}

// comparableBytes reports whether values of type t are compared byte by
// byte: strings, byte slices and byte arrays, and, for == and switch, empty
// interfaces holding them (claims["nonce"] == nonce).
func comparableBytes(t types.Type, allowInterface bool) bool {
	if t == nil || fromParsePackage(t) {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return isByte(u.Elem())
	case *types.Array:
		return isByte(u.Elem())
	case *types.Interface:
		return allowInterface && u.Empty()
	}
	return false
}

func (ch *checker) binary(cur inspector.Cursor, e *ast.BinaryExpr) {
	rule, subject, other, v, ok := ch.classify(cur, e.X, e.Y, true)
	if !ok {
		return
	}
	fix, advice := ch.fixer().replaceEquality(rule, e, e.X, e.Y, e.Op == token.EQL)
	ch.report(rule, e, subject, other, v, e.Op.String(), advice, fix)
}

// Functions that compare their two arguments and return at the first
// difference.
var compareFuncs = map[string]bool{
	"bytes.Equal": true, "bytes.EqualFold": true, "bytes.Compare": true,
	"strings.Compare": true, "strings.EqualFold": true,
	"reflect.DeepEqual": true, "slices.Equal": true, "slices.Compare": true,
}

func (ch *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	fn, _ := typeutil.Callee(ch.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil || len(call.Args) != 2 {
		return
	}
	name := fn.Pkg().Path() + "." + fn.Name()
	if !compareFuncs[name] {
		return
	}
	rule, subject, other, v, ok := ch.classify(cur, call.Args[0], call.Args[1], false)
	if !ok {
		return
	}
	how := fn.Pkg().Name() + "." + fn.Name()
	fx := ch.fixer()
	var (
		fix    *analysis.SuggestedFix
		advice string
	)
	switch fn.Name() {
	case "EqualFold":
		// Case-insensitive: the fix depends on what the value is (hex
		// digests should be decoded), so none is offered.
		advice = fmt.Sprintf("%s on case-normalised values (decode hex signatures and compare the bytes)", genericAdvice(rule))
	case "Compare":
		// Only an equality test (== 0, != 0) has a constant-time form.
		if bin, eq, ok := compareAgainstZero(cur); ok {
			fix, advice = fx.replaceEquality(rule, bin, call.Args[0], call.Args[1], eq)
		} else {
			advice = genericAdvice(rule) + " for equality"
		}
	default: // Equal, DeepEqual
		fix, advice = fx.replaceEqualCall(rule, cur, call)
	}
	ch.report(rule, call, subject, other, v, how, advice, fix)
}

// compareAgainstZero matches the parent of a Compare call of the form
// Compare(a, b) == 0 or 0 != Compare(a, b).
func compareAgainstZero(cur inspector.Cursor) (*ast.BinaryExpr, bool, bool) {
	bin, ok := cur.Parent().Node().(*ast.BinaryExpr)
	if !ok || (bin.Op != token.EQL && bin.Op != token.NEQ) {
		return nil, false, false
	}
	zero := bin.Y
	if ast.Unparen(bin.Y) == cur.Node() {
		zero = bin.X
	}
	if lit, ok := ast.Unparen(zero).(*ast.BasicLit); !ok || lit.Kind != token.INT || lit.Value != "0" {
		return nil, false, false
	}
	return bin, bin.Op == token.EQL, true
}

func (ch *checker) switchStmt(cur inspector.Cursor, s *ast.SwitchStmt) {
	if s.Tag == nil || s.Body == nil {
		return
	}
	for _, stmt := range s.Body.List {
		clause, ok := stmt.(*ast.CaseClause)
		if !ok {
			continue
		}
		for _, e := range clause.List {
			rule, subject, other, v, ok := ch.classify(cur, s.Tag, e, true)
			if !ok {
				continue
			}
			advice := "an if statement with " + genericAdvice(rule) + " per candidate"
			ch.report(rule, e, subject, other, v, "a switch statement", advice, nil)
		}
	}
}

// report emits the diagnostic. rng is the range to highlight: the
// comparison, the call, or the case expression.
func (ch *checker) report(rule string, rng ast.Node, subject, other ast.Expr, v verdict, how, advice string, fix *analysis.SuggestedFix) {
	leak := "the time taken leaks how many leading bytes match"
	if rule == RuleMAC {
		leak = "the time taken leaks how many leading bytes of the expected MAC match, so a valid signature can be forged byte by byte"
	}
	d := analysis.Diagnostic{
		Pos:      rng.Pos(),
		End:      rng.End(),
		Category: rule,
		Message: fmt.Sprintf("%s compared with %s using %s: %s; use %s",
			describe(subject, v), shorten(types.ExprString(other)), how, leak, advice),
	}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	ch.pass.Report(d)
}

// describe names the secret operand: "secret apiKey", "HMAC digest
// expected", `secret auth (from r.Header.Get("Authorization"))`.
func describe(e ast.Expr, v verdict) string {
	text := shorten(types.ExprString(e))
	label := v.label
	if label == "" {
		label = "secret"
	}
	s := label + " " + text
	if from := shorten(v.from); from != "" && from != text {
		s += " (from " + from + ")"
	}
	return s
}

func shorten(s string) string {
	const limit = 60
	if r := []rune(s); len(r) > limit {
		return string(r[:limit-1]) + "…"
	}
	return s
}
