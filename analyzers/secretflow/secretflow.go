package secretflow

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer reports secrets that flow into logs, error strings, mail bodies
// and plaintext storage.
var Analyzer = &analysis.Analyzer{
	Name:      "secretflow",
	Doc:       Doc,
	URL:       "https://pkg.go.dev/github.com/authcheck/authcheck/analyzers/secretflow",
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(sinkParams), new(secretResult)},
}

// fileStorage is -files: whether writes to files count as storage.
var fileStorage = true

func init() {
	Analyzer.Flags.IntVar(&maxDepth, "max-depth", maxDepth,
		"how many assignment, field, call and return steps a value is followed back (1–50)")
	Analyzer.Flags.BoolVar(&fileStorage, "files", fileStorage,
		"report passwords, API keys and tokens written to files in plaintext (AC906–AC909)")
}

// maxRounds bounds the fixed-point iteration over this package's helper
// functions (a helper that calls a helper that logs).
const maxRounds = 4

// sinkParams is the fact that some parameters of a function reach a log,
// an error, a mail or a store, inside it or through other helpers.
type sinkParams struct {
	Params []sinkParam
}

// sinkParam is one such parameter.
type sinkParam struct {
	Index int    // position in the signature, receiver excluded
	Sink  uint8  // sinkKind
	Where string // "log.Printf at helper.go:12"
	Store string // for storage sinks, what stores it
	Named bool   // the parameter's own name says it is a secret: reported inside
}

func (*sinkParams) AFact() {}

func (f *sinkParams) String() string {
	parts := make([]string, len(f.Params))
	for i, p := range f.Params {
		parts[i] = fmt.Sprintf("%d→%s", p.Index, p.Where)
	}
	return "sinks(" + strings.Join(parts, ", ") + ")"
}

func (f *sinkParams) add(p sinkParam) bool {
	for _, q := range f.Params {
		if q.Index == p.Index && q.Sink == p.Sink {
			return false
		}
	}
	f.Params = append(f.Params, p)
	sort.Slice(f.Params, func(i, j int) bool {
		if f.Params[i].Index != f.Params[j].Index {
			return f.Params[i].Index < f.Params[j].Index
		}
		return f.Params[i].Sink < f.Params[j].Sink
	})
	return true
}

// secretResult is the fact that a function returns a secret.
type secretResult struct {
	Kind uint8
	What string // the source, "newToken" or "cfg.APIKey"
	At   string // its position, "tokens.go:14"
	Via  string // "returned by apiKey", or ""
}

func (*secretResult) AFact() {}

func (f *secretResult) String() string {
	return "returns(" + kind(f.Kind).String() + " from " + f.What + ")"
}

// callSite is a call and the declared function it appears in.
type callSite struct {
	call *ast.CallExpr
	fn   *types.Func // nil at package level
}

type checker struct {
	pass     *analysis.Pass
	idx      *index
	calls    []callSite
	local    map[*types.Func]*sinkParams
	reported map[ast.Node]bool
}

func run(pass *analysis.Pass) (any, error) {
	if pass.Pkg == nil || pass.TypesInfo == nil || testSupport(pass.Pkg.Path()) {
		return nil, nil
	}
	if maxDepth < 1 || maxDepth > 50 {
		return nil, fmt.Errorf("secretflow: -max-depth=%d: want 1 to 50", maxDepth)
	}
	insp, ok := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if !ok {
		return nil, nil
	}
	generated := map[string]bool{}
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			generated[pass.Fset.File(f.Pos()).Name()] = true
		}
	}
	c := &checker{
		pass:     pass,
		idx:      newIndex(pass),
		local:    map[*types.Func]*sinkParams{},
		reported: map[ast.Node]bool{},
	}
	filter := []ast.Node{
		(*ast.FuncDecl)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
		(*ast.CompositeLit)(nil), (*ast.CallExpr)(nil),
	}
	insp.WithStack(filter, func(n ast.Node, push bool, stack []ast.Node) bool {
		if !push {
			return true
		}
		c.idx.add(n)
		if call, ok := n.(*ast.CallExpr); ok {
			if generated[pass.Fset.File(call.Pos()).Name()] {
				return true // huge generated files: indexed, never reported in
			}
			c.calls = append(c.calls, callSite{call, c.enclosing(stack)})
		}
		return true
	})

	// Helper summaries: which parameters of this package's functions reach
	// a sink, to a fixed point (bounded).
	for round := 0; round < maxRounds; round++ {
		changed := false
		for _, cs := range c.calls {
			if cs.fn == nil {
				continue
			}
			for _, u := range c.uses(cs.call) {
				fl := c.idx.trace(u.arg)
				for p := range fl.params {
					if c.idx.params[p] != cs.fn {
						continue
					}
					if c.addLocal(cs.fn, p, u) {
						changed = true
					}
				}
			}
		}
		if !changed {
			break
		}
	}

	for _, cs := range c.calls {
		for _, u := range c.uses(cs.call) {
			c.check(cs, u)
		}
	}

	// Facts for other packages.
	for fn, sp := range c.local {
		var out sinkParams
		for _, p := range sp.Params {
			if !p.Named { // callers skip those: the finding is inside
				out.Params = append(out.Params, p)
			}
		}
		if len(out.Params) > 0 {
			c.pass.ExportObjectFact(fn, &out)
		}
	}
	for fn, fd := range c.idx.funcs {
		if generated[pass.Fset.File(fd.Pos()).Name()] {
			continue // generated getters are recognised by name in any package
		}
		if o := c.idx.resultOf(fn, 0); o != nil {
			at := o.at
			if o.pos.IsValid() {
				at = c.idx.pos(o.pos)
			}
			c.pass.ExportObjectFact(fn, &secretResult{Kind: uint8(o.kind), What: o.what, At: at, Via: o.via})
		}
	}
	return nil, nil
}

var errorType = types.Universe.Lookup("error").Type()

// testSupport reports whether a package path is test support code (test
// utilities, fixtures, fakes, mocks), which, like _test.go files, handles
// test credentials by design.
func testSupport(path string) bool {
	for _, el := range strings.Split(path, "/") {
		switch el {
		case "testutil", "testutils", "testhelper", "testhelpers", "testdata", "testing", "fixtures", "fakes", "mocks", "mock", "testsupport", "testenv":
			return true
		}
	}
	return false
}

func (c *checker) enclosing(stack []ast.Node) *types.Func {
	for _, n := range stack {
		if fd, ok := n.(*ast.FuncDecl); ok {
			fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			return fn
		}
	}
	return nil
}

func (c *checker) addLocal(fn *types.Func, p *types.Var, u use) bool {
	sig := fn.Signature()
	index := -1
	for i := 0; i < sig.Params().Len(); i++ {
		if sig.Params().At(i) == p {
			index = i
		}
	}
	if index < 0 {
		return false
	}
	if u.sink == sError {
		// Error strings are checked where they are built: library code
		// that quotes its input in a parse error (strconv, asn1) would
		// otherwise make every caller a finding.
		return false
	}
	sp := c.local[fn]
	if sp == nil {
		sp = &sinkParams{}
		c.local[fn] = sp
	}
	where := u.desc + " at " + c.idx.pos(u.arg.Pos())
	if u.helper {
		where = u.where // the innermost sink, not the chain of helpers
	}
	return sp.add(sinkParam{
		Index: index, Sink: uint8(u.sink), Where: where, Store: u.store,
		Named: stringLike(p.Type(), false) && classifyName(p.Name()) != notSecret,
	})
}

// sinkParamsOf returns the sink summary of fn: from this package's
// fixed point or from a fact.
func (c *checker) sinkParamsOf(fn *types.Func) *sinkParams {
	if fn.Pkg() == c.pass.Pkg {
		return c.local[fn]
	}
	var sp sinkParams
	if fn.Pkg() != nil && c.pass.ImportObjectFact(fn, &sp) {
		return &sp
	}
	return nil
}

// where renders an origin's source for messages: "newToken (tokens.go:14)".
func (c *checker) where(o *origin) string {
	at := o.at
	if o.pos.IsValid() {
		at = c.idx.pos(o.pos)
	}
	s := o.what
	if at != "" {
		s += " (" + at + ")"
	}
	if o.via != "" {
		s += ", " + o.via
	}
	return s
}

// check reports one use if a secret reaches it.
func (c *checker) check(cs callSite, u use) {
	if c.reported[u.arg] {
		return
	}
	info := c.pass.TypesInfo
	t := info.TypeOf(u.arg)
	if t == nil || types.Identical(t, errorType) {
		return // an error value says what failed; its text is checked where it is built
	}
	if rendersItself(t) && u.sink != sStore {
		return // the type's String/LogValue/MarshalJSON decides what is shown
	}
	// A struct with a secret field, formatted or encoded whole.
	if (u.sink == sLog || u.sink == sError) && (u.verb || u.json) && !u.helper {
		if f, k := secretField(t, u.json && !u.verb, 0); f != nil {
			c.reported[u.arg] = true
			c.report(u.arg, "AC903", "%s (%s) holds the %s field %s (%s); it is %s whole by %s: log chosen fields (ID, e-mail), or give the type a String/LogValue method that redacts %s",
				render(u.arg), typeName(t), k, f.Name(), c.idx.pos(f.Pos()), verbFor(u), u.desc, f.Name())
			return
		}
	}
	fl := c.idx.trace(u.arg)
	o := fl.origin
	if o == nil {
		return
	}
	var rule, msg string
	src := o.kind.String() + " from " + c.where(o)
	switch u.sink {
	case sLog, sError:
		if o.kind == kDump {
			rule = "AC904"
			msg = fmt.Sprintf("request dump from %s (its Authorization and Cookie headers, and the body with passwords) %s here by %s: log the method, path and request ID instead",
				c.where(o), sinkVerb(u.sink), u.desc)
			break
		}
		if u.sink == sLog {
			rule = "AC901"
			msg = fmt.Sprintf("%s logged here by %s: log a non-secret identifier (user ID, key prefix, token ID) or a redacted form", src, u.desc)
		} else {
			rule = "AC902"
			msg = fmt.Sprintf("%s put into an error string here by %s: errors end up in logs and responses; name the failure without the value", src, u.desc)
		}
	case sMail:
		if o.kind != kPassword {
			return // reset links and verification tokens are what mail is for
		}
		rule = "AC905"
		msg = fmt.Sprintf("%s mailed here by %s: send a one-time set-password link instead of the password", src, u.desc)
	case sStore:
		if !o.kind.stored() || u.store == "a file" && !fileStorage {
			return
		}
		how := "SHA-256 of it"
		switch o.kind {
		case kPassword:
			rule, how = "AC906", "argon2id, scrypt or bcrypt hash"
		case kAPIKey:
			rule = "AC907"
		case kResetToken:
			rule = "AC908"
		case kRefreshToken:
			rule = "AC909"
		}
		msg = fmt.Sprintf("%s stored in plaintext here (%s, by %s): store its %s and compare hashes on lookup", src, u.store, u.desc, how)
	}
	if rule == "" {
		return
	}
	c.reported[u.arg] = true
	c.report(u.arg, rule, "%s", msg)
}

func verbFor(u use) string {
	if u.json && !u.verb {
		return "encoded"
	}
	if u.sink == sError {
		return "formatted into an error"
	}
	return "formatted and logged"
}

func sinkVerb(s sinkKind) string {
	if s == sError {
		return "put into an error string"
	}
	return "logged"
}

func typeName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return t.String()
}

func (c *checker) report(n ast.Node, rule, format string, args ...any) {
	c.pass.Report(analysis.Diagnostic{
		Pos:      n.Pos(),
		End:      n.End(),
		Category: rule,
		Message:  fmt.Sprintf(format, args...),
	})
}
