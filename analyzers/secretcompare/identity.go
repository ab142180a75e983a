package secretcompare

// What is not a secret although its name or source looks like one:
// identifiers (UUIDs, token and key IDs, client IDs, parameters of the URL
// path), and comparisons whose operands both come from the request being
// served. And what is a secret although its name says nothing to IsSecret:
// plaintext passwords and one-time codes.

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/authcheck/authcheck/analyzers/internal/secretname"
)

// nameVerdict classifies a name: a secret (token, key, MAC, CSRF token,
// password hash, …) unless it names an identifier of one (tokenID,
// accessKeyID, jti), or a plaintext password.
func nameVerdict(name string) verdict {
	if isTokenHashClaim(name) {
		return verdict{}
	}
	if secretname.IsSecret(name) && !namesIdentifier(name) {
		return verdict{kind: secret, label: "secret"}
	}
	if secretname.IsPassword(name) {
		return verdict{kind: secret, label: "password"}
	}
	return verdict{}
}

// identifierWords end a name that identifies something rather than being
// it: tokenID, accessKeyID, keyUUID, jti, kid, certFingerprint.
var identifierWords = map[string]bool{
	"id": true, "ids": true, "uuid": true, "guid": true, "jti": true, "kid": true,
	"fingerprint": true, "thumbprint": true,
}

// namesIdentifier reports whether a name ends in an identifier word. A
// session ID stays a secret: it is the bearer credential of the session.
func namesIdentifier(name string) bool {
	ws := secretname.Words(name)
	if len(ws) == 0 || !identifierWords[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws {
		if w == "session" || w == "sess" {
			return false
		}
	}
	return true
}

// isIdentifierType reports whether t is a UUID type (github.com/google/uuid,
// gofrs/uuid, satori): a [16]byte identifier, never a secret.
func isIdentifierType(t types.Type) bool {
	named := namedOf(t)
	if named == nil || named.Obj().Pkg() == nil {
		return false
	}
	name := strings.ToLower(named.Obj().Name())
	return (name == "uuid" || name == "guid") || strings.HasSuffix(named.Obj().Pkg().Path(), "/uuid") && name != "generator"
}

// bareGetter reports whether a method name is only "Signature", "Digest",
// "Fingerprint" (with an optional Get): a property of a value, such as the
// printable fingerprint of a public key, rather than a computed secret.
func bareGetter(name string) bool {
	ws := secretname.Words(name)
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		switch w {
		case "get", "signature", "sig", "digest", "fingerprint", "thumbprint":
		default:
			return false
		}
	}
	return true
}

// pathParamKey returns the key of a read of a URL path parameter:
// c.Param("id") (gin, echo), r.PathValue("id"), ps.ByName("id")
// (httprouter), c.Params("id") (fiber), chi.URLParam(r, "id").
func (c *classifier) pathParamKey(call *ast.CallExpr, fn *types.Func) (string, bool) {
	if fn.Signature().Recv() != nil {
		switch fn.Name() {
		case "Param", "PathValue", "ByName", "Params", "PathParam":
			if len(call.Args) >= 1 {
				return c.constString(call.Args[0])
			}
		}
		return "", false
	}
	if fn.Name() == "URLParam" && len(call.Args) == 2 {
		return c.constString(call.Args[1])
	}
	return "", false
}

// isPathVars matches gorilla/mux's mux.Vars(r).
func (c *classifier) isPathVars(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	return fn != nil && fn.Pkg() != nil && fn.Name() == "Vars" && strings.HasSuffix(fn.Pkg().Path(), "/mux")
}

// pathParamVerdict classifies a URL path parameter by its key: an
// identifier ("id", "session_id", "uuid") is public; a token in the path
// (/verify/{token}) is still a secret.
func pathParamVerdict(key, text string) verdict {
	ws := secretname.Words(key)
	if len(ws) > 0 && identifierWords[ws[len(ws)-1]] {
		return verdict{kind: public, label: "identifier from the URL path", from: text}
	}
	if v := nameVerdict(key); v.isSecret() {
		v.from = text
		return v
	}
	return verdict{}
}

// resultVerdict classifies result index of a call to fn that returns
// several byte-like values (clientID, clientSecret, err := loadClient(…)):
// each result is what its declared name says, so that one secret result
// does not make the others secret. ok is false when fn has at most one
// byte-like result or transforms its input (strings.Cut), where the call's
// verdict applies to every result.
func (c *classifier) resultVerdict(fn *types.Func, index int) (verdict, bool) {
	res := fn.Signature().Results()
	if index < 0 || index >= res.Len() {
		return verdict{}, false
	}
	if fn.Pkg() != nil && transformPackages[fn.Pkg().Path()] {
		return verdict{}, false
	}
	n := 0
	for i := 0; i < res.Len(); i++ {
		if comparableBytes(res.At(i).Type(), false) {
			n++
		}
	}
	if n < 2 {
		return verdict{}, false
	}
	if v := nameVerdict(res.At(index).Name()); v.isSecret() {
		return v, true
	}
	return verdict{}, true
}

// ---- Both operands from the request ----

// fromRequest reports whether every source of e is the request being
// served (*http.Request, gin.Context, echo.Context, fiber.Ctx): a header,
// cookie, form value or query parameter, possibly trimmed or decoded. Two
// such values compared with each other involve no server-held secret (a
// double-submit CSRF cookie against its header copy, a password against
// its confirmation), so the comparison leaks nothing.
func (c *classifier) fromRequest(e ast.Expr, depth int) bool {
	if depth > 10 || e == nil {
		return false
	}
	e = ast.Unparen(e)
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil {
		return false
	}
	switch e := e.(type) {
	case *ast.Ident:
		v, ok := c.info.Uses[e].(*types.Var)
		if !ok {
			return false
		}
		return c.varFromRequest(v, depth)
	case *ast.SelectorExpr:
		if sel := c.info.Selections[e]; sel != nil {
			return c.fromRequest(e.X, depth+1) // r.Header, cookie.Value, req.Password
		}
		return false // a package-level variable
	case *ast.CallExpr:
		if tv, ok := c.info.Types[e.Fun]; ok && tv.IsType() {
			return len(e.Args) == 1 && c.fromRequest(e.Args[0], depth+1)
		}
		fn, _ := typeutil.Callee(c.info, e).(*types.Func)
		if fn == nil {
			return false
		}
		if fn.Signature().Recv() != nil {
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && c.info.Selections[sel] != nil {
				return c.fromRequest(sel.X, depth+1) // r.Header.Get("X"), r.FormValue("x")
			}
			return false
		}
		if fn.Pkg() == nil {
			return false
		}
		if !transformPackages[fn.Pkg().Path()] && !extractsFromRequest(fn.Name()) {
			return false // a helper may mix in a server secret
		}
		any := false
		for _, a := range e.Args {
			if tv, ok := c.info.Types[a]; ok && tv.Value != nil {
				continue
			}
			if !c.fromRequest(a, depth+1) {
				return false
			}
			any = true
		}
		return any
	case *ast.IndexExpr:
		return c.fromRequest(e.X, depth+1)
	case *ast.SliceExpr:
		return c.fromRequest(e.X, depth+1)
	case *ast.StarExpr:
		return c.fromRequest(e.X, depth+1)
	case *ast.TypeAssertExpr:
		return c.fromRequest(e.X, depth+1)
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return false
		}
		x, y := c.fromRequest(e.X, depth+1), c.fromRequest(e.Y, depth+1)
		_, xc := constOperand(c.info, e.X)
		_, yc := constOperand(c.info, e.Y)
		return (x || xc) && (y || yc) && (x || y)
	}
	return false
}

func constOperand(info *types.Info, e ast.Expr) (types.TypeAndValue, bool) {
	tv, ok := info.Types[e]
	return tv, ok && tv.Value != nil
}

// varFromRequest: the request itself, or a local variable every
// assignment of which comes from the request. A struct decoded from the
// body (json.NewDecoder(r.Body).Decode(&req)) counts as the request too.
func (c *classifier) varFromRequest(v *types.Var, depth int) bool {
	if isRequestType(v.Type()) {
		return true
	}
	if c.reqMemo == nil {
		c.reqMemo = make(map[*types.Var]bool)
	}
	if got, ok := c.reqMemo[v]; ok {
		return got
	}
	c.reqMemo[v] = false // cuts cycles
	defs := c.defs[v]
	result := len(defs) > 0
	for _, d := range defs {
		if !c.fromRequest(d.rhs, depth+1) {
			result = false
			break
		}
	}
	if !result && len(defs) == 0 && c.decodedFromRequest[v] {
		result = true
	}
	c.reqMemo[v] = result
	return result
}

// isRequestType reports whether t is an incoming request or a web
// framework's request context.
func isRequestType(t types.Type) bool {
	named := namedOf(t)
	if named == nil || named.Obj().Pkg() == nil {
		return false
	}
	path, name := named.Obj().Pkg().Path(), named.Obj().Name()
	switch {
	case path == "net/http" && name == "Request":
		return true
	case path == "github.com/gin-gonic/gin" && name == "Context":
		return true
	case (path == "github.com/labstack/echo/v4" || path == "github.com/labstack/echo") && name == "Context":
		return true
	case strings.HasPrefix(path, "github.com/gofiber/fiber") && name == "Ctx":
		return true
	}
	return false
}

// recordDecode notes variables filled from the request body:
// json.NewDecoder(r.Body).Decode(&req), c.ShouldBindJSON(&req),
// c.Bind(&req).
func (c *classifier) recordDecode(call *ast.CallExpr) {
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	if fn == nil || fn.Signature().Recv() == nil || len(call.Args) != 1 {
		return
	}
	name := fn.Name()
	if name != "Decode" && !strings.HasPrefix(name, "Bind") && !strings.HasPrefix(name, "ShouldBind") {
		return
	}
	un, ok := ast.Unparen(call.Args[0]).(*ast.UnaryExpr)
	if !ok || un.Op != token.AND {
		return
	}
	v := c.varOf(un.X)
	if v == nil {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	// json.NewDecoder(r.Body).Decode(&req): the decoder reads the request.
	if name == "Decode" {
		inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || len(inner.Args) != 1 || !c.fromRequest(inner.Args[0], 0) {
			return
		}
	} else if !c.fromRequest(sel.X, 0) {
		return
	}
	c.decodedFromRequest[v] = true
}

// ---- Pairs of user input ----

// confirmWords mark the second copy of a value typed by the user.
var confirmWords = map[string]bool{
	"confirm": true, "confirmation": true, "confirmed": true, "repeat": true, "repeated": true,
	"retype": true, "retyped": true, "again": true, "verify": true, "verification": false, "second": true,
	"new": true, "old": true, "current": true, "previous": true, "prev": true,
}

// userInputPair reports comparisons of two values the user typed: a
// password and its confirmation, an old and a new password, a password and
// the user name (a policy check), or two fields of one decoded request.
func (c *classifier) userInputPair(x, y ast.Expr) bool {
	nx, ny := exprName(x), exprName(y)
	px, py := secretname.IsPassword(nx), secretname.IsPassword(ny)
	if px && py && (hasAnyWord(nx, confirmWords) || hasAnyWord(ny, confirmWords)) {
		return true
	}
	if (px && namesUser(ny)) || (py && namesUser(nx)) {
		return true
	}
	if rx, ry := rootVar(c.info, x), rootVar(c.info, y); rx != nil && rx == ry && c.holdsUserInput(rx) {
		_, sx := ast.Unparen(x).(*ast.SelectorExpr)
		_, sy := ast.Unparen(y).(*ast.SelectorExpr)
		return sx && sy // req.Password == req.PasswordConfirm
	}
	return false
}

func hasAnyWord(name string, set map[string]bool) bool {
	for _, w := range secretname.Words(name) {
		if set[w] {
			return true
		}
	}
	return false
}

func namesUser(name string) bool {
	for _, w := range secretname.Words(name) {
		switch w {
		case "user", "username", "login", "email", "mail", "account", "name":
			return true
		}
	}
	return false
}

// exprName is the name a value is known by: x, s.f, or the method called.
func exprName(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.CallExpr:
		if len(e.Args) == 1 { // []byte(pw), string(b)
			if n := exprName(e.Args[0]); n != "" {
				return n
			}
		}
		return exprName(e.Fun)
	case *ast.StarExpr:
		return exprName(e.X)
	}
	return ""
}

// rootVar returns the variable at the root of a selector chain: req in
// req.Password, req.Auth.Password.
func rootVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			e = x.X
		case *ast.Ident:
			v, _ := info.Uses[x].(*types.Var)
			return v
		default:
			return nil
		}
	}
}

// holdsUserInput reports whether v holds what a client sent: a struct
// decoded from the request body, or a variable named or typed for a
// request (req, input, form, payload). A receiver or configuration struct
// (s.token == s.expected) holds server-side values and does not qualify.
func (c *classifier) holdsUserInput(v *types.Var) bool {
	if c.decodedFromRequest[v] || isRequestType(v.Type()) {
		return true
	}
	names := []string{v.Name()}
	if named := namedOf(v.Type()); named != nil {
		names = append(names, named.Obj().Name())
	}
	for _, n := range names {
		for _, w := range secretname.Words(n) {
			switch w {
			case "req", "request", "input", "form", "body", "payload", "params", "args", "dto", "cmd", "command":
				return true
			}
		}
	}
	return false
}

// ---- One-time codes ----

// otpContextWords in a function's or receiver's name say that a "code"
// handled there is a one-time code: VerifyTOTP, checkMFA, (*SMSVerifier).Check.
var otpContextWords = map[string]bool{
	"otp": true, "totp": true, "hotp": true, "mfa": true, "2fa": true, "twofa": true,
	"twofactor": true, "factor": true, "passcode": true, "pin": true, "sms": true,
	"verification": true, "verify": true, "confirm": true, "recovery": true, "backup": true,
}

// notCodeWords make "code" mean something other than a one-time code.
var notCodeWords = map[string]bool{
	"status": true, "error": true, "err": true, "http": true, "exit": true, "country": true,
	"lang": true, "language": true, "locale": true, "currency": true, "response": true,
	"resp": true, "zip": true, "postal": true, "area": true, "region": true, "product": true,
	"promo": true, "color": true, "source": true, "op": true, "return": true, "ret": true,
	"result": true, "reason": true, "event": true, "type": true, "kind": true, "len": true,
	"length": true, "cert": true, "spki": true, "tls": true, "charset": true,
	// PKCE: the challenge travels through the browser, the verifier is
	// the client's; neither is a server-held one-time code.
	"challenge": true, "verifier": true, "pkce": true,
}

// otpName reports whether a name is a one-time code's: "pin", "pinCode",
// "expectedPIN" anywhere, and "code", "expectedCode" where inOTP says the
// function handles one-time codes.
func otpName(name string, inOTP bool) bool {
	ws := secretname.Words(name)
	code, pin := false, false
	for _, w := range ws {
		if notCodeWords[w] {
			return false
		}
		switch w {
		case "code", "codes":
			code = true
		case "pin", "passcode":
			pin = true
		}
	}
	return pin || (code && inOTP)
}

// funcContextOTP reports whether the function enclosing a comparison, or
// its receiver type, is named for one-time codes.
func funcContextOTP(decl *ast.FuncDecl) bool {
	if decl == nil {
		return false
	}
	names := []string{decl.Name.Name}
	if decl.Recv != nil && len(decl.Recv.List) == 1 {
		if n := recvName(decl.Recv.List[0].Type); n != "" {
			names = append(names, n)
		}
	}
	for _, n := range names {
		if hasAnyWord(n, otpContextWords) {
			return true
		}
	}
	return false
}

func recvName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return recvName(e.X)
	case *ast.IndexExpr:
		return recvName(e.X)
	case *ast.IndexListExpr:
		return recvName(e.X)
	case *ast.Ident:
		return e.Name
	}
	return ""
}

// isTokenHashClaim reports the ID token's at_hash, c_hash and s_hash
// claims (AccessTokenHash, CodeHash): half-hashes that the token itself
// carries, public to whoever holds the token.
func isTokenHashClaim(name string) bool {
	switch strings.Join(secretname.Words(name), "") {
	case "athash", "chash", "shash", "accesstokenhash", "codehash", "statehash":
		return true
	}
	return false
}

// namesNonce reports names of an OIDC nonce or an OAuth state value.
func namesNonce(name string) bool {
	for _, w := range secretname.Words(name) {
		if w == "nonce" || w == "state" {
			return true
		}
	}
	return false
}

// namesFormat reports names of a value's format rather than its content:
// a scheme, prefix, type or label (TokenHeadName, authScheme, keyPrefix).
func namesFormat(name string) bool {
	for _, w := range secretname.Words(name) {
		switch w {
		case "scheme", "prefix", "suffix", "type", "kind", "name", "head", "format", "alg",
			"algorithm", "method", "version", "label", "hint", "mask", "masked", "redacted":
			return true
		}
	}
	return false
}

// extractsFromRequest reports whether a function's name says it only reads
// a value out of the request it is given: AccessTokenFromRequest,
// tokenFromHeader, ExtractBearer.
func extractsFromRequest(name string) bool {
	ws := secretname.Words(name)
	for i, w := range ws {
		if w == "extract" || w == "extractor" {
			return true
		}
		if w == "from" && i+1 < len(ws) {
			switch ws[i+1] {
			case "request", "req", "header", "headers", "query", "form", "cookie", "body", "context", "ctx":
				return true
			}
		}
	}
	return false
}

// namesCheck reports function names that say the function checks
// something (VerifySignature, ValidateToken): their result is the checked
// payload or a verdict, not the secret the name mentions.
func namesCheck(name string) bool {
	ws := secretname.Words(name)
	if len(ws) < 2 {
		return false
	}
	switch ws[0] {
	case "verify", "validate", "check", "is", "has":
		return true
	}
	return false
}

// authWords in a function's or receiver's name say that it authenticates
// someone: Login, SignIn, Authenticate, CheckPassword, ValidateCredentials.
var authWords = map[string]bool{
	"login": true, "logon": true, "signin": true, "sign": true, "auth": true, "authenticate": true,
	"authentication": true, "authenticator": true, "authorize": true, "check": true, "verify": true,
	"validate": true, "validator": true, "compare": true, "match": true, "matches": true, "equal": true,
	"equals": true, "valid": true, "basic": true, "credentials": true, "creds": true, "verifier": true,
}

// funcContextAuth reports whether the function around a comparison, or
// its receiver type, is named for authentication.
func funcContextAuth(decl *ast.FuncDecl) bool {
	if decl == nil {
		return false
	}
	names := []string{decl.Name.Name}
	if decl.Recv != nil && len(decl.Recv.List) == 1 {
		if n := recvName(decl.Recv.List[0].Type); n != "" {
			names = append(names, n)
		}
	}
	for _, n := range names {
		if hasAnyWord(n, authWords) {
			return true
		}
	}
	return false
}
