package pwhash

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/authcheck/authcheck/analyzers/internal/secretname"
)

// hashedParams is an object fact on a function some of whose parameters
// flow into a fast hash, directly or through other such functions, like
// printf's wrapper facts. A password passed as one of those arguments is
// reported at the call site, in any package.
type hashedParams struct {
	Params []hashedParam // sorted by Index
}

// hashedParam is one parameter that reaches a fast hash.
type hashedParam struct {
	Index int    // position in the signature, receiver excluded
	Name  string // parameter name, for messages
	Hash  string // algorithm, e.g. "SHA-256"
	// Reported is set when the helper itself reports the hashing of this
	// parameter (it is named as a password there): a caller in the same
	// module then does not report the same flow a second time.
	Reported bool
}

func (*hashedParams) AFact() {}

func (f *hashedParams) String() string {
	parts := make([]string, len(f.Params))
	for i, p := range f.Params {
		parts[i] = fmt.Sprintf("%s→%s", p.Name, p.Hash)
	}
	return "fast-hashes(" + strings.Join(parts, ", ") + ")"
}

func (f *hashedParams) add(p hashedParam) bool {
	for i, q := range f.Params {
		if q.Index == p.Index {
			if p.Reported && !q.Reported {
				f.Params[i].Reported = true
				return true
			}
			return false
		}
	}
	f.Params = append(f.Params, p)
	sort.Slice(f.Params, func(i, j int) bool { return f.Params[i].Index < f.Params[j].Index })
	return true
}

// sink is an argument whose value is fed to a fast hash by a call.
type sink struct {
	call   *ast.CallExpr
	arg    ast.Expr
	hash   string
	via    *types.Func // the helper, when the hash happens inside it
	hasher *types.Var  // the hash written to, for h.Write(…)
	// reportedInside: the helper reports this parameter itself.
	reportedInside bool
}

// factOf returns the hashed-parameter fact of fn, from this package's
// analysis so far or from its own package's.
func (c *checker) factOf(fn *types.Func) *hashedParams {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	if fn.Pkg() == c.pass.Pkg {
		return c.local[fn]
	}
	f := new(hashedParams)
	if c.pass.ImportObjectFact(fn, f) {
		return f
	}
	return nil
}

// sinks returns the arguments of call that a fast hash consumes.
func (c *checker) sinks(call *ast.CallExpr) []sink {
	info := c.pass.TypesInfo
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return nil
	}
	a := apiOf(fn)
	var out []sink
	arg := func(i int, hash string) {
		if i < len(call.Args) {
			out = append(out, sink{call: call, arg: call.Args[i], hash: hash})
		}
	}
	if s, ok := oneShotHashes[a]; ok {
		hash := s.hash
		if (a.pkg == "crypto/hmac" || s.hash == "HKDF") && len(call.Args) > 0 {
			// hmac.New(sha256.New, key), hkdf.Key(sha256.New, secret, …)
			if inner := c.hashFuncName(call.Args[0], 0); inner != "" {
				hash = s.hash + "-" + inner
			}
		}
		arg(s.arg, hash)
		return out
	}
	if _, ok := passwordKDFs[a]; ok {
		return nil
	}
	isMethod := false
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		isMethod = true
	}
	switch {
	case isMethod && (fn.Name() == "Write" || fn.Name() == "WriteString"):
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && len(call.Args) == 1 {
			if hash, h := c.hasherOf(sel.X); hash != "" {
				out = append(out, sink{call: call, arg: call.Args[0], hash: hash, hasher: h})
			}
		}
	case a == api{"io", "WriteString"} && len(call.Args) == 2:
		if hash, h := c.hasherOf(call.Args[0]); hash != "" {
			out = append(out, sink{call: call, arg: call.Args[1], hash: hash, hasher: h})
		}
	case a.pkg == "fmt" && (a.name == "Fprint" || a.name == "Fprintln" || a.name == "Fprintf") && len(call.Args) > 1:
		if hash, h := c.hasherOf(call.Args[0]); hash != "" {
			first := 1
			if a.name == "Fprintf" {
				first = 2
			}
			for _, e := range call.Args[min(first, len(call.Args)):] {
				out = append(out, sink{call: call, arg: e, hash: hash, hasher: h})
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	fact := c.factOf(fn)
	if fact == nil {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return nil
	}
	args := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodExpr && len(args) > 0 {
			args = args[1:] // T.Method(recv, args…)
		}
	}
	for _, p := range fact.Params {
		last := sig.Variadic() && p.Index == sig.Params().Len()-1 && !call.Ellipsis.IsValid()
		for i := p.Index; i < len(args); i++ {
			out = append(out, sink{call: call, arg: args[i], hash: p.Hash, via: fn, reportedInside: p.Reported})
			if !last {
				break
			}
		}
	}
	return out
}

func hmacName(inner string) string {
	if inner == "" {
		return "HMAC"
	}
	return "HMAC-" + inner
}

// hasherOf reports whether e is a fast streaming hash, and which: a
// constructor call, a variable assigned from one, or a value of a digest
// type (hash.Hash included: a password written to any hash.Hash is hashed
// fast).
func (c *checker) hasherOf(e ast.Expr) (string, *types.Var) {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		return c.constructorName(call), nil
	}
	var h *types.Var
	if id, ok := e.(*ast.Ident); ok {
		h = c.values.varOf(id)
		if h != nil {
			for _, a := range c.values.assigns[h] {
				if call, ok := ast.Unparen(a.rhs).(*ast.CallExpr); ok {
					if name := c.constructorName(call); name != "" {
						return name, h
					}
				}
			}
		}
	}
	t := c.pass.TypesInfo.TypeOf(e)
	if t == nil {
		return "", nil
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		if name, ok := streamingHashTypes[api{n.Obj().Pkg().Path(), n.Obj().Name()}]; ok {
			return name, h
		}
	}
	return "", nil
}

// constructorName names the hash a constructor call returns, or "".
func (c *checker) constructorName(call *ast.CallExpr) string {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return ""
	}
	a := apiOf(fn)
	name, ok := hashConstructors[a]
	if !ok {
		return ""
	}
	switch a {
	case api{"crypto/hmac", "New"}:
		if len(call.Args) > 0 {
			return hmacName(c.hashFuncName(call.Args[0], 0))
		}
	case api{"crypto", "Hash.New"}:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if name := c.hashFuncName(sel, 0); name != "" {
				return name
			}
			return types.ExprString(sel.X)
		}
	}
	return name
}

// hashFuncName names the hash behind a func() hash.Hash value: sha256.New,
// a variable holding it, or a literal returning a constructor call.
func (c *checker) hashFuncName(e ast.Expr, depth int) string {
	if depth > maxDepth {
		return ""
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := e.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = e.(*ast.Ident)
		}
		switch obj := c.pass.TypesInfo.Uses[id].(type) {
		case *types.Func:
			if a := apiOf(obj); a == (api{"crypto", "Hash.New"}) {
				// crypto.SHA256.New: the receiver is a constant crypto.Hash.
				if sel, ok := e.(*ast.SelectorExpr); ok {
					if tv, ok := c.pass.TypesInfo.Types[sel.X]; ok && tv.Value != nil {
						if v, ok := constant.Int64Val(tv.Value); ok {
							return cryptoHashNames[v]
						}
					}
				}
				return ""
			}
			return hashFuncNames[apiOf(obj)]
		case *types.Var:
			if rhs, ok := c.values.singleValue(obj); ok {
				return c.hashFuncName(rhs, depth+1)
			}
		}
	case *ast.FuncLit:
		if e.Body != nil && len(e.Body.List) == 1 {
			if ret, ok := e.Body.List[0].(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
				if call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr); ok {
					if fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func); ok {
						return hashFuncNames[apiOf(fn)]
					}
				}
			}
		}
	}
	return ""
}

// computeFacts finds, to a fixed point, the functions of this package whose
// parameters reach a fast hash, directly or through other such functions,
// and exports facts for the exported ones.
func (c *checker) computeFacts() {
	for changed := true; changed; {
		changed = false
		for _, cs := range c.calls {
			fn := c.funcObj(cs.fn)
			if fn == nil {
				continue
			}
			for _, s := range c.sinks(cs.call) {
				if c.exempt(s, cs.fn) {
					continue
				}
				for _, p := range sortedParams(c.trace(s.arg).params) {
					ref := c.values.params[p]
					if ref.fn != fn {
						continue // a parameter of some other function (or of a closure)
					}
					f := c.local[fn]
					if f == nil {
						f = new(hashedParams)
						c.local[fn] = f
					}
					reported := c.reportsParamItself(s, cs.fn, p)
					if f.add(hashedParam{Index: ref.index, Name: p.Name(), Hash: s.hash, Reported: reported}) {
						changed = true
					}
				}
			}
		}
	}
	for fn, f := range c.local {
		if fn.Exported() {
			c.pass.ExportObjectFact(fn, f)
		}
	}
}

func sortedParams(m map[*types.Var]bool) []*types.Var {
	out := make([]*types.Var, 0, len(m))
	for p := range m {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pos() < out[j].Pos() })
	return out
}

// prehash returns what flows into the password argument of a KDF call in
// fd (or at package level): a fast hash feeding a KDF is pre-hashing.
func (c *checker) prehash(fd *ast.FuncDecl) *trace {
	if t, ok := c.prehashed[fd]; ok {
		return t
	}
	t := &trace{calls: map[*ast.CallExpr]bool{}, hashers: map[*types.Var]bool{}}
	for _, cs := range c.byFunc[fd] {
		fn, _ := typeutil.Callee(c.pass.TypesInfo, cs.call).(*types.Func)
		if fn == nil {
			continue
		}
		i, ok := passwordKDFs[apiOf(fn)]
		if !ok || i >= len(cs.call.Args) {
			continue
		}
		in := c.trace(cs.call.Args[i])
		for k := range in.calls {
			t.calls[k] = true
		}
		for k := range in.hashers {
			t.hashers[k] = true
		}
	}
	c.prehashed[fd] = t
	return t
}

// exempt reports whether the fast hash at s, though applied to a password,
// is not password storage: pre-hashing for a KDF, or the lookup key of a
// k-anonymity breach check.
func (c *checker) exempt(s sink, fd *ast.FuncDecl) bool {
	return c.isPrehash(s, fd) || c.isKAnonymity(s, fd) || c.onlyKAnonymityCallers(fd)
}

// isKAnonymity recognises breached-password range lookups (Have I Been
// Pwned's Pwned Passwords API): the password's SHA-1 is split into a short
// prefix that is sent and a suffix that is compared. The digest is cut at a
// constant k ≤ 8 into [:k], and either [k:] is used too or the code names
// the purpose (breach, pwned, HIBP, compromised, leaked) in the function,
// its receiver or its package.
func (c *checker) isKAnonymity(s sink, fd *ast.FuncDecl) bool {
	holdsDigest := func(t *trace) bool {
		return t.calls[s.call] || (s.hasher != nil && t.hashers[s.hasher])
	}
	prefixes, suffixes := map[int64]bool{}, map[int64]bool{}
	named := c.cutsDigest(fd, holdsDigest, prefixes, suffixes, 0)
	if len(prefixes) == 0 {
		return false
	}
	for k := range prefixes {
		if suffixes[k] {
			return true
		}
	}
	return named || c.namesBreachCheck(fd) || mentionsBreachCheck(fd)
}

// mentionsBreachCheck reports whether fd's body names a breached-password
// service: an identifier such as HaveIBeenPwnedHost or breachCount, or a
// string with the range API's path ("/range/", "pwnedpasswords").
func mentionsBreachCheck(fd *ast.FuncDecl) bool {
	if fd == nil || fd.Body == nil {
		return false
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.BasicLit:
			if n.Kind == token.STRING && (strings.Contains(n.Value, "/range/") || strings.Contains(strings.ToLower(n.Value), "pwnedpasswords")) {
				found = true
			}
		case *ast.Ident:
			for _, w := range secretname.Words(n.Name) {
				switch w {
				case "pwned", "hibp", "breach", "breached", "breaches":
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// cutsDigest collects the constant cuts [:k] and [k:] that fd applies to
// values for which holds is true, following the value into functions of
// this package it is passed to (lookupRange(hexSum) slicing its parameter),
// so that a prefix cut in a helper counts. It reports whether one of those
// helpers is named for a breach check.
func (c *checker) cutsDigest(fd *ast.FuncDecl, holds func(*trace) bool, prefixes, suffixes map[int64]bool, depth int) bool {
	if depth > 3 {
		return false
	}
	named := false
	for _, se := range c.slices[fd] {
		if se.Slice3 || !holds(c.trace(se.X)) {
			continue
		}
		c.noteCut(se, prefixes, suffixes)
	}
	for _, cs := range c.byFunc[fd] {
		fn, _ := typeutil.Callee(c.pass.TypesInfo, cs.call).(*types.Func)
		callee := c.decls[fn]
		if callee == nil || callee == fd {
			continue
		}
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil {
			continue
		}
		for i, arg := range cs.call.Args {
			if i >= sig.Params().Len() || !holds(c.trace(arg)) {
				continue
			}
			param := sig.Params().At(i)
			before := len(prefixes) + len(suffixes)
			if c.cutsDigest(callee, func(t *trace) bool { return t.params[param] }, prefixes, suffixes, depth+1) {
				named = true
			}
			if len(prefixes)+len(suffixes) > before && (c.namesBreachCheck(callee) || mentionsBreachCheck(callee)) {
				named = true
			}
		}
	}
	return named
}

// noteCut records se as a prefix cut [:k] or a suffix cut [k:] for a
// small constant k.
func (c *checker) noteCut(se *ast.SliceExpr, prefixes, suffixes map[int64]bool) {
	{
		lo, loOK := int64(0), se.Low == nil
		if se.Low != nil {
			lo, loOK = c.values.intValue(se.Low)
		}
		switch {
		case loOK && lo == 0 && se.High != nil:
			if k, ok := c.values.intValue(se.High); ok && k >= 1 && k <= 8 {
				prefixes[k] = true
			}
		case loOK && lo >= 1 && lo <= 8 && se.High == nil:
			suffixes[lo] = true
		}
	}
}

// onlyKAnonymityCallers reports whether fd is an unexported helper (or one
// named for breach checks) whose every call in the package feeds a
// k-anonymity lookup: sha1Hex(password) whose result the caller cuts into
// prefix and suffix is not password storage either.
func (c *checker) onlyKAnonymityCallers(fd *ast.FuncDecl) bool {
	fn := c.funcObj(fd)
	if fn == nil || (fn.Exported() && !c.namesBreachCheck(fd)) {
		return false
	}
	if v, ok := c.kanonHelpers[fn]; ok {
		return v
	}
	c.kanonHelpers[fn] = false // cuts recursion
	n := 0
	for _, cs := range c.calls {
		callee, _ := typeutil.Callee(c.pass.TypesInfo, cs.call).(*types.Func)
		if callee != fn {
			continue
		}
		if cs.fn == fd || !c.isKAnonymity(sink{call: cs.call, via: fn}, cs.fn) {
			return false
		}
		n++
	}
	c.kanonHelpers[fn] = n > 0
	return n > 0
}

// reportsParamItself reports whether the hashing at s, inside fd, is
// reported in fd as the hashing of parameter p: p is named as a password,
// or is the password parameter of a password helper.
func (c *checker) reportsParamItself(s sink, fd *ast.FuncDecl, p *types.Var) bool {
	if c.exempt(s, fd) {
		return false
	}
	if s.reportedInside && c.sameModule(s.via) {
		return true // a helper further down reports it
	}
	if secretname.IsPassword(p.Name()) {
		return true
	}
	return c.passwordParam(c.trace(s.arg), fd) == p
}

// namesBreachCheck reports whether fd, its receiver type or its package is
// named for breached-password checking.
func (c *checker) namesBreachCheck(fd *ast.FuncDecl) bool {
	names := []string{c.pass.Pkg.Name()}
	if fd != nil {
		names = append(names, fd.Name.Name)
		if fd.Recv != nil && len(fd.Recv.List) == 1 {
			if t := c.pass.TypesInfo.TypeOf(fd.Recv.List[0].Type); t != nil {
				if p, ok := t.(*types.Pointer); ok {
					t = p.Elem()
				}
				if n, ok := types.Unalias(t).(*types.Named); ok {
					names = append(names, n.Obj().Name())
				}
			}
		}
	}
	for _, name := range names {
		for _, w := range secretname.Words(name) {
			switch w {
			case "breach", "breached", "breaches", "pwned", "hibp", "compromised", "leaked", "leak", "kanon", "kanonymity":
				return true
			}
		}
	}
	return false
}

// isPrehash reports whether the hash at s feeds a KDF in the same function:
// SHA-256 before bcrypt's 72-byte limit is not password storage.
func (c *checker) isPrehash(s sink, fd *ast.FuncDecl) bool {
	pre := c.prehash(fd)
	return pre.calls[s.call] || (s.hasher != nil && pre.hashers[s.hasher])
}

// funcHandlesPasswords reports whether a function's name says it hashes,
// checks or stores passwords: HashPassword, checkPassword, passwordDigest,
// but not BindToPassword or hashPasswordResetToken.
func funcHandlesPasswords(name string) bool {
	var kept []string
	verb := false
	for _, w := range secretname.Words(name) {
		if passwordVerbs[w] {
			verb = true
		}
		switch w {
		case "hash", "hashed", "hashes", "hashing", "hasher", "digest", "digests":
			continue // IsPassword reads these as "a password hash"
		}
		kept = append(kept, w)
	}
	return verb && len(kept) > 0 && secretname.IsPassword(strings.Join(kept, "_"))
}

// passwordVerbs are what a password-handling function does.
var passwordVerbs = map[string]bool{
	"hash": true, "hashed": true, "hashes": true, "hashing": true, "hasher": true,
	"digest": true, "encrypt": true, "encode": true, "crypt": true, "salt": true,
	"check": true, "verify": true, "compare": true, "match": true, "matches": true,
	"set": true, "store": true, "save": true,
}

// reportFastHashes reports AC101: a password reaching a fast hash.
func (c *checker) reportFastHashes() {
	for _, cs := range c.calls {
		for _, s := range c.sinks(cs.call) {
			if c.reported[s.arg] {
				continue
			}
			if s.reportedInside && c.sameModule(s.via) {
				continue // reported inside the helper, where the fix goes
			}
			subject := c.passwordSubject(s, cs.fn)
			if subject == "" {
				continue
			}
			if c.exempt(s, cs.fn) {
				continue
			}
			c.reported[s.arg] = true
			const advice = "use argon2id (argon2.IDKey), scrypt or bcrypt for passwords"
			var msg string
			if s.via != nil {
				msg = fmt.Sprintf("%s is passed to %s, which hashes it with %s, a fast hash: %s", subject, c.funcName(s.via), s.hash, advice)
			} else {
				msg = fmt.Sprintf("%s is hashed with %s, a fast hash: %s", subject, s.hash, advice)
			}
			c.pass.Report(analysis.Diagnostic{Pos: s.arg.Pos(), End: s.arg.End(), Category: "AC101", Message: msg})
		}
	}
}

// passwordSubject describes the password a sink hashes, or returns "" when
// the hashed value is not a password.
func (c *checker) passwordSubject(s sink, fd *ast.FuncDecl) string {
	t := c.trace(s.arg)
	if t.password != nil {
		return "a password (" + types.ExprString(t.password) + ")"
	}
	if p := c.passwordParam(t, fd); p != nil {
		return fmt.Sprintf("parameter %s of %s", p.Name(), fd.Name.Name)
	}
	if v, kdf := c.usedAsPassword(t); v != nil {
		return fmt.Sprintf("a password (%s, which is also passed to %s)", v.Name(), kdf)
	}
	if field := c.storedAsPasswordHash(s, fd); field != "" {
		return fmt.Sprintf("a password (%s, whose hash is stored in %s)", shortExpr(s.arg), field)
	}
	return ""
}

// passwordParam returns the parameter of fd that t comes from when fd is a
// password helper by name (hashPassword(p string)) and p is its password:
// not when another parameter is named like the password, and not a salt,
// pepper or secret.
func (c *checker) passwordParam(t *trace, fd *ast.FuncDecl) *types.Var {
	if fd == nil || !funcHandlesPasswords(fd.Name.Name) {
		return nil
	}
	fn := c.funcObj(fd)
	if fn == nil {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return nil
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if secretname.IsPassword(sig.Params().At(i).Name()) {
			return nil // the named password parameter is traced by name
		}
	}
	for _, p := range sortedParams(t.params) {
		if c.values.params[p].fn != fn || secretname.IsSecret(p.Name()) {
			continue
		}
		if strings.Contains(strings.ToLower(p.Name()), "salt") || strings.Contains(strings.ToLower(p.Name()), "pepper") {
			continue
		}
		return p
	}
	return nil
}
