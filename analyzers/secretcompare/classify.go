package secretcompare

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/authcheck/authcheck/analyzers/internal/secretname"
)

// kind orders what is known about a value. Higher kinds win when a value has
// several sources.
type kind uint8

const (
	// unknown: nothing says the value is secret.
	unknown kind = iota
	// public: known not to be secret whatever its name says: a checksum or
	// ETag computed from public data, or the output of a lexer or parser.
	// A comparison with a public value is an integrity check or parsing,
	// and is not reported.
	public
	// secret: a token, key, password hash, header credential and the like.
	secret
	// macDigest: an HMAC or signature computed in the function.
	macDigest
)

// verdict is the classification of one expression.
type verdict struct {
	kind  kind
	label string // what the value is, for messages: "secret", "HMAC digest", …
	from  string // the expression the value was derived from, if not itself
}

func (v verdict) isSecret() bool { return v.kind >= secret }

func stronger(a, b verdict) verdict {
	if b.kind > a.kind {
		return b
	}
	return a
}

// definition is one assignment to a variable: rhs, and the result index when
// rhs yields several values (x, err := f()); index is -1 otherwise.
type definition struct {
	rhs   ast.Expr
	index int
}

// classifier answers "is this expression a secret?" for one package. Data
// flow is a flow-insensitive def-use walk: a variable is as secret as the
// most secret value ever assigned to it in the package.
type classifier struct {
	info   *types.Info
	defs   map[*types.Var][]definition
	writes map[*types.Var][]ast.Expr // data written into a variable (hash.Hash Write)
	memo   map[*types.Var]verdict
	active map[*types.Var]bool // variables being classified, to cut cycles

	reqMemo            map[*types.Var]bool // fromRequest per variable
	decodedFromRequest map[*types.Var]bool // json.NewDecoder(r.Body).Decode(&v)
}

func newClassifier(info *types.Info, files []*ast.File) *classifier {
	c := &classifier{
		info:   info,
		defs:   make(map[*types.Var][]definition),
		writes: make(map[*types.Var][]ast.Expr),
		memo:   make(map[*types.Var]verdict),
		active: make(map[*types.Var]bool),

		decodedFromRequest: make(map[*types.Var]bool),
	}
	var calls []*ast.CallExpr
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				c.addAssign(n.Lhs, n.Rhs)
			case *ast.ValueSpec:
				lhs := make([]ast.Expr, len(n.Names))
				for i, id := range n.Names {
					lhs[i] = id
				}
				c.addAssign(lhs, n.Values)
			case *ast.CallExpr:
				c.addWrite(n)
				calls = append(calls, n)
			}
			return true
		})
	}
	// Decoded request bodies, once every definition is known.
	for _, call := range calls {
		c.recordDecode(call)
	}
	c.reqMemo = nil
	return c
}

func (c *classifier) varOf(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	obj := c.info.Defs[id]
	if obj == nil {
		obj = c.info.Uses[id]
	}
	v, _ := obj.(*types.Var)
	return v
}

func (c *classifier) addAssign(lhs, rhs []ast.Expr) {
	switch {
	case len(lhs) == len(rhs):
		for i, l := range lhs {
			if v := c.varOf(l); v != nil {
				c.defs[v] = append(c.defs[v], definition{rhs[i], -1})
			}
		}
	case len(rhs) == 1:
		for i, l := range lhs {
			if v := c.varOf(l); v != nil {
				c.defs[v] = append(c.defs[v], definition{rhs[0], i})
			}
		}
	}
}

// addWrite records data written into a local variable, so that the Sum of
// a hash.Hash can be classified by what was hashed: h.Write(x),
// h.WriteString(x), io.WriteString(h, x), fmt.Fprint*(h, …).
func (c *classifier) addWrite(call *ast.CallExpr) {
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	if fn == nil {
		return
	}
	if fn.Signature().Recv() != nil {
		if fn.Name() != "Write" && fn.Name() != "WriteString" {
			return
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		if v := c.varOf(sel.X); v != nil {
			c.writes[v] = append(c.writes[v], call.Args...)
		}
		return
	}
	if len(call.Args) < 2 || fn.Pkg() == nil {
		return
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "io.WriteString", "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln":
		if v := c.varOf(call.Args[0]); v != nil {
			c.writes[v] = append(c.writes[v], call.Args[1:]...)
		}
	}
}

// expr classifies an expression.
func (c *classifier) expr(e ast.Expr) verdict {
	e = ast.Unparen(e)
	if tv, ok := c.info.Types[e]; ok {
		if tv.Value != nil || tv.IsNil() || tv.IsType() {
			return verdict{}
		}
		if fromParsePackage(tv.Type) {
			return verdict{kind: public}
		}
		if isIdentifierType(tv.Type) {
			return verdict{kind: public, label: "identifier"}
		}
		if carriesNoSecret(tv.Type) {
			return verdict{}
		}
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v, ok := c.info.Uses[e].(*types.Var); ok {
			return c.variable(v)
		}
	case *ast.SelectorExpr:
		return c.selector(e)
	case *ast.CallExpr:
		return c.call(e)
	case *ast.IndexExpr:
		if key, ok := c.constString(e.Index); ok {
			if isTokenHashClaim(key) { // claims["at_hash"]
				return verdict{kind: public, label: "ID token hash claim"}
			}
			// mux.Vars(r)["id"]: an identifier from the URL path.
			if call, ok := ast.Unparen(e.X).(*ast.CallExpr); ok && c.isPathVars(call) {
				return pathParamVerdict(key, types.ExprString(e))
			}
			// m["token"], r.Header["X-Api-Key"], claims["nonce"]
			if v := nameVerdict(key); v.isSecret() {
				return v
			}
			return verdict{}
		}
		// An element of a secret slice or map: parts[1] of a split
		// Authorization header. Byte elements were filtered out above.
		return c.expr(e.X)
	case *ast.SliceExpr:
		return c.expr(e.X)
	case *ast.StarExpr:
		return c.expr(e.X)
	case *ast.TypeAssertExpr:
		return c.expr(e.X)
	case *ast.BinaryExpr:
		if e.Op == token.ADD { // "sha256=" + hex.EncodeToString(sum)
			return stronger(c.expr(e.X), c.expr(e.Y))
		}
	}
	return verdict{}
}

// variable classifies a variable by its name and, for variables assigned
// in the package, by the values assigned to it.
func (c *classifier) variable(v *types.Var) verdict {
	if got, ok := c.memo[v]; ok {
		return got
	}
	if c.active[v] {
		return verdict{}
	}
	c.active[v] = true
	defer delete(c.active, v)

	var result verdict
	switch {
	case fromParsePackage(v.Type()) || inParsePackage(v):
		result = verdict{kind: public}
	case isIdentifierType(v.Type()):
		result = verdict{kind: public, label: "identifier"}
	case carriesNoSecret(v.Type()):
		// bool, numbers, errors, time values
	default:
		result = c.combineWithName(v.Name(), c.flow(v))
	}
	c.memo[v] = result
	return result
}

// flow joins the verdicts of every value assigned to v. A variable is
// public only if every assignment is public: one unknown source could be
// anything.
func (c *classifier) flow(v *types.Var) verdict {
	defs := c.defs[v]
	var joined verdict
	allPublic := len(defs) > 0
	for _, d := range defs {
		got := c.definition(d)
		if got.kind != public {
			allPublic = false
		}
		joined = stronger(joined, got)
	}
	switch {
	case allPublic:
		return verdict{kind: public, label: joined.label, from: joined.from}
	case joined.kind == public:
		return verdict{}
	}
	return joined
}

// combineWithName decides between what a variable's name says and where
// its value came from. A computed MAC and a known-public value win over the
// name (expectedMAC; digest := sha256.Sum256(body)); otherwise a secret name
// wins, and a name that describes metadata (scheme, tokenType, keyID)
// overrides a secret source (scheme, cred, _ := strings.Cut(auth, " ")).
func (c *classifier) combineWithName(name string, flow verdict) verdict {
	switch {
	case flow.kind == macDigest && !describesMetadata(name):
		return flow
	case flow.kind == public:
		return flow
	case nameVerdict(name).isSecret():
		return nameVerdict(name)
	case describesMetadata(name):
		return verdict{}
	}
	return flow
}

func (c *classifier) definition(d definition) verdict {
	rhs := ast.Unparen(d.rhs)
	if d.index < 0 {
		return c.expr(rhs)
	}
	switch rhs := rhs.(type) {
	case *ast.CallExpr:
		if fn, _ := typeutil.Callee(c.info, rhs).(*types.Func); isMethod(fn, "net/http", "Request", "BasicAuth") {
			if d.index == 1 {
				return verdict{kind: secret, label: "password", from: types.ExprString(rhs)}
			}
			return verdict{}
		}
		// A call with several byte-like results (clientID, clientSecret,
		// err := loadClient(…)): each result is what its declared name
		// says, so the secret one does not make its neighbours secret.
		// Other multi-value calls: every non-error, non-bool result is as
		// secret as the call (sig, err := hex.DecodeString(header)); the
		// variable's type filters out ok and err.
		whole := c.call(rhs)
		if whole.kind == public {
			return whole
		}
		if fn, _ := typeutil.Callee(c.info, rhs).(*types.Func); fn != nil {
			if v, ok := c.resultVerdict(fn, d.index); ok {
				return v
			}
		}
		return whole
	case *ast.IndexExpr: // v, ok := m[k]
		return c.expr(rhs)
	case *ast.TypeAssertExpr: // s, ok := claims["nonce"].(string)
		return c.expr(rhs.X)
	}
	return verdict{}
}

func (c *classifier) selector(e *ast.SelectorExpr) verdict {
	sel := c.info.Selections[e]
	if sel == nil {
		// Qualified identifier: config.WebhookSecret.
		if v, ok := c.info.Uses[e.Sel].(*types.Var); ok {
			return c.variable(v)
		}
		return verdict{}
	}
	if sel.Kind() != types.FieldVal {
		return verdict{} // method value
	}
	if inParsePackage(sel.Obj()) || fromParsePackage(sel.Recv()) || isParserType(sel.Recv()) {
		return verdict{kind: public} // ast.BasicLit.Value, a hand-written lexer's fields
	}
	name := e.Sel.Name
	if isTokenHashClaim(name) {
		return verdict{kind: public, label: "ID token hash claim"}
	}
	if v := nameVerdict(name); v.isSecret() {
		return v
	}
	// The value of a cookie whose name says it is a secret:
	// c, _ := r.Cookie("session_id"); c.Value.
	if name == "Value" && isNamed(sel.Recv(), "net/http", "Cookie") {
		if base := c.expr(e.X); base.isSecret() {
			return base
		}
	}
	return verdict{}
}

// call classifies the result of a call (its first result, or any result
// for definitions from multi-value calls).
func (c *classifier) call(e *ast.CallExpr) verdict {
	if tv, ok := c.info.Types[e.Fun]; ok && tv.IsType() {
		if len(e.Args) == 1 { // string(b), []byte(s)
			return c.expr(e.Args[0])
		}
		return verdict{}
	}
	fn, _ := typeutil.Callee(c.info, e).(*types.Func)
	if fn == nil {
		return verdict{}
	}
	fn = fn.Origin()
	sig := fn.Signature()
	recv := sig.Recv()
	if inParsePackage(fn) || (recv != nil && isParserType(recv.Type())) || namesLexing(fn.Name()) {
		return verdict{kind: public} // consumeToken(rest), (*Lexer).TokenText()
	}
	path := ""
	if fn.Pkg() != nil {
		path = fn.Pkg().Path()
	}
	name := fn.Name()
	text := types.ExprString(e)

	switch {
	case recv != nil && name == "Sum" && isSumSignature(sig):
		return c.hasherSum(e, text)

	case recv == nil && hashPackages[path] && strings.HasPrefix(name, "Sum"):
		if len(e.Args) > 0 && c.expr(e.Args[0]).isSecret() {
			return verdict{kind: secret, label: "hash of a secret", from: text}
		}
		return verdict{kind: public, label: "checksum", from: text}

	case recv == nil && kdfs[path+"."+name]:
		return verdict{kind: secret, label: "derived key", from: text}

	case transformPackages[path]:
		// strings.TrimPrefix(auth, "Bearer "), hex.EncodeToString(sum),
		// base64.RawURLEncoding.DecodeString(sig), fmt.Sprintf("%x", mac)
		var joined verdict
		for _, a := range e.Args {
			joined = stronger(joined, c.expr(a))
		}
		return joined
	}

	// The standard library's and x/crypto's results are known by the cases
	// above; their names say nothing more, except that ed25519.Sign,
	// rsa.SignPSS, ecdsa.SignASN1 and crypto.Signer's Sign return public-key
	// signatures: anyone with the public key may check them, so they are
	// public, not MACs.
	if isCryptoPackage(path) {
		if strings.HasPrefix(name, "Sign") {
			return verdict{kind: public, label: "public-key signature", from: text}
		}
		return verdict{}
	}

	// Parameters of the URL path (chi.URLParam(r, "id"), c.Param("id"),
	// r.PathValue("id"), ps.ByName("id")) are chosen by the client: an
	// identifier there is a lookup key, not a secret.
	if key, ok := c.pathParamKey(e, fn); ok {
		return pathParamVerdict(key, text)
	}

	// Getters keyed by a constant: r.Header.Get("X-Hub-Signature-256"),
	// r.FormValue("csrf_token"), os.Getenv("API_TOKEN").
	if getters[name] && len(e.Args) > 0 {
		if key, ok := c.constString(e.Args[0]); ok {
			if v := nameVerdict(key); v.isSecret() {
				v.from = text
				return v
			}
			return verdict{}
		}
	}

	// The name of the function or method: signPayload(body),
	// cfg.APIKey(), csrf.Token(r). A bare getter named Signature, Digest
	// or Fingerprint (key.Signature()) names a property of a value, often
	// a printable fingerprint of a public key, not a secret.
	switch {
	case computesMAC(name):
		return verdict{kind: macDigest, label: "signature", from: text}
	case len(e.Args) == 0 && bareGetter(name), namesCheck(name):
		return verdict{}
	case nameVerdict(name).isSecret():
		v := nameVerdict(name)
		v.from = text
		return v
	}
	return verdict{}
}

// hasherSum classifies h.Sum(b) by the origin of h: an HMAC yields a MAC;
// a plain hash yields a hash of a secret or a checksum of public data,
// depending on what was written into it.
func (c *classifier) hasherSum(e *ast.CallExpr, text string) verdict {
	sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
	if !ok {
		return verdict{}
	}
	switch c.hasherOrigin(sel.X, 0) {
	case keyedHash:
		return verdict{kind: macDigest, label: "HMAC digest", from: text}
	case plainHash:
		if v := c.varOf(sel.X); v != nil {
			for _, w := range c.writes[v] {
				if c.expr(w).isSecret() {
					return verdict{kind: secret, label: "hash of a secret", from: text}
				}
			}
		}
		return verdict{kind: public, label: "checksum", from: text}
	}
	return verdict{}
}

type hashOrigin int

const (
	unknownHash hashOrigin = iota
	plainHash
	keyedHash
)

func (c *classifier) hasherOrigin(x ast.Expr, depth int) hashOrigin {
	if depth > 8 {
		return unknownHash
	}
	x = ast.Unparen(x)
	switch x := x.(type) {
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(c.info, x).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
			return unknownHash
		}
		switch {
		case fn.Pkg().Path() == "crypto/hmac" && fn.Name() == "New":
			return keyedHash
		case hashPackages[fn.Pkg().Path()] && strings.HasPrefix(fn.Name(), "New"):
			return plainHash
		}
	case *ast.Ident:
		v, _ := c.info.Uses[x].(*types.Var)
		if v == nil {
			return unknownHash
		}
		origin := unknownHash
		for _, d := range c.defs[v] {
			if d.index > 0 { // h, err := blake2b.New256(nil): h is index 0
				continue
			}
			origin = max(origin, c.hasherOrigin(d.rhs, depth+1))
		}
		if origin == unknownHash && namesMAC(v.Name()) {
			return keyedHash // a parameter or field named mac or hmac
		}
		return origin
	case *ast.SelectorExpr:
		if namesMAC(x.Sel.Name) {
			return keyedHash
		}
	}
	return unknownHash
}

func (c *classifier) constString(e ast.Expr) (string, bool) {
	tv, ok := c.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// Hash packages whose New* functions return a hash.Hash and whose Sum*
// functions return a digest.
var hashPackages = map[string]bool{
	"crypto/md5": true, "crypto/sha1": true, "crypto/sha256": true, "crypto/sha512": true,
	"crypto/sha3": true, "golang.org/x/crypto/sha3": true, "golang.org/x/crypto/blake2b": true,
	"golang.org/x/crypto/blake2s": true, "golang.org/x/crypto/md4": true,
	"golang.org/x/crypto/ripemd160": true,
}

// Password-based key derivation functions: their output is a password hash.
var kdfs = map[string]bool{
	"golang.org/x/crypto/argon2.IDKey": true, "golang.org/x/crypto/argon2.Key": true,
	"golang.org/x/crypto/pbkdf2.Key": true, "crypto/pbkdf2.Key": true,
	"golang.org/x/crypto/scrypt.Key": true,
}

// Packages whose functions and methods transform a value without making it
// less secret: trimming, splitting, case changes, hex and base64 encoding,
// formatting. Boolean and numeric results are filtered by type.
var transformPackages = map[string]bool{
	"strings": true, "bytes": true, "encoding/hex": true, "encoding/base64": true,
	"encoding/base32": true, "fmt": true, "net/url": true,
}

// Getter methods (and os.Getenv) whose first argument names the value they
// return: a header, form field, query parameter, cookie or variable.
var getters = map[string]bool{
	"Get": true, "Values": true, "FormValue": true, "PostFormValue": true, "Cookie": true,
	"GetHeader": true, "Header": true, "Query": true, "QueryParam": true, "Param": true,
	"PathValue": true, "Getenv": true, "LookupEnv": true, "GetString": true, "PostForm": true,
}

// Packages that produce lexer and parser tokens: a "token" from these is
// syntax, never a credential.
var parsePackages = map[string]bool{
	"go/token": true, "go/scanner": true, "go/ast": true, "go/parser": true, "go/constant": true,
	"text/scanner": true, "text/template/parse": true, "encoding/json": true, "encoding/xml": true,
	"golang.org/x/net/html": true, "regexp/syntax": true, "go/build/constraint": true,
}

// isCryptoPackage reports whether path is crypto/… or golang.org/x/crypto/….
func isCryptoPackage(path string) bool {
	return path == "crypto" || strings.HasPrefix(path, "crypto/") || strings.HasPrefix(path, "golang.org/x/crypto/")
}

func inParsePackage(obj types.Object) bool {
	return obj != nil && obj.Pkg() != nil && parsePackages[obj.Pkg().Path()]
}

// fromParsePackage reports whether t (or what it points to) is a named type
// declared in a parse package: token.Token, scanner.Position, *ast.Ident.
func fromParsePackage(t types.Type) bool {
	if named := namedOf(t); named != nil {
		return inParsePackage(named.Obj())
	}
	return false
}

// isParserType reports whether t (or what it points to) is a named type of
// a hand-written lexer: *Lexer, Tokenizer, sqlScanner. "Parser" is left
// out on purpose: token parsers (jwt.Parser) verify signatures.
func isParserType(t types.Type) bool {
	named := namedOf(t)
	if named == nil || (named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "bufio") {
		return false // bufio.Scanner reads lines, which may well be tokens
	}
	return namesLexing(named.Obj().Name())
}

// namesLexing reports whether a name says it belongs to a lexer:
// lexIdent, scanToken, Tokenizer.
func namesLexing(name string) bool {
	for _, w := range secretname.Words(name) {
		switch w {
		case "lexer", "lex", "scanner", "scan", "tokenizer", "tokeniser", "tokenize", "tokenise",
			"consume", "skip":
			return true
		}
	}
	return false
}

func namedOf(t types.Type) *types.Named {
	if t == nil {
		return nil
	}
	t = types.Unalias(t)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, _ := t.(*types.Named)
	return named
}

func isNamed(t types.Type, path, name string) bool {
	named := namedOf(t)
	return named != nil && named.Obj().Pkg() != nil &&
		named.Obj().Pkg().Path() == path && named.Obj().Name() == name
}

func isMethod(fn *types.Func, path, recvType, name string) bool {
	if fn == nil || fn.Name() != name {
		return false
	}
	recv := fn.Signature().Recv()
	return recv != nil && isNamed(recv.Type(), path, recvType)
}

// isSumSignature matches hash.Hash's Sum(b []byte) []byte.
func isSumSignature(sig *types.Signature) bool {
	if sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return false
	}
	return isByteSlice(sig.Params().At(0).Type()) && isByteSlice(sig.Results().At(0).Type())
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// carriesNoSecret reports whether values of type t cannot be a secret as
// far as timing is concerned: booleans, numbers (a word-sized comparison has
// no early exit), errors, functions, channels and time values.
func carriesNoSecret(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := t.(*types.Tuple); ok {
		return false
	}
	if named := namedOf(t); named != nil && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "time" {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsBoolean|types.IsNumeric) != 0 || u.Kind() == types.UntypedNil
	case *types.Signature, *types.Chan:
		return true
	case *types.Interface:
		return !u.Empty() && types.Implements(t, errorType)
	}
	return types.Implements(t, errorType)
}

func isByteSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	return ok && isByte(s.Elem())
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// describesMetadata reports whether a name describes something about a
// value rather than the value: its type, scheme, size, name, identifier,
// validity or time. Such names override a secret data-flow source.
func describesMetadata(name string) bool {
	for _, w := range secretname.Words(name) {
		switch w {
		case "type", "types", "kind", "scheme", "len", "length", "size", "count", "num",
			"number", "index", "idx", "name", "prefix", "suffix", "alg", "algorithm",
			"method", "format", "version", "status", "valid", "is", "has", "ok", "expiry",
			"expires", "exp", "ttl", "time", "at", "duration", "age", "created", "issued",
			"issuer", "kid", "url", "uri", "path", "label", "hint", "mask", "masked",
			"redacted", "last4", "tail", "id", "ids", "uuid", "guid", "jti", "fingerprint",
			"thumbprint":
			return true
		}
	}
	return false
}

// namesMAC reports whether a name says the value is an HMAC hasher.
func namesMAC(name string) bool {
	for _, w := range secretname.Words(name) {
		if w == "mac" || w == "hmac" {
			return true
		}
	}
	return false
}

// computesMAC reports whether a function's name says it computes a MAC or
// signature: sign, signPayload, hmacSHA256, computeSignature,
// expectedDigest. A bare getter (Signature, Digest) does not qualify.
func computesMAC(name string) bool {
	if describesMetadata(name) {
		return false
	}
	mac, verb, noun := false, false, false
	for _, w := range secretname.Words(name) {
		switch w {
		case "hmac", "mac", "sign":
			mac = true
		case "addr", "address": // a MAC address
			return false
		case "compute", "calc", "calculate", "generate", "make", "expected", "create", "build":
			verb = true
		case "signature", "sig", "digest":
			noun = true
		}
	}
	return mac || (verb && noun)
}
