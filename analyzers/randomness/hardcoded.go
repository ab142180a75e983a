package randomness

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/ast/inspector"
)

// literal is a hard-coded string found behind an expression.
type literal struct {
	value string
	via   string // the constant or variable that holds it, with its position ("" for the literal itself)
}

// hardLiteral resolves e to a non-empty string literal: a constant string
// (literal or named constant), []byte("…"), or a variable or field whose
// every assignment in this package is such a literal.
func (c *checker) hardLiteral(e ast.Expr) (literal, bool) {
	return c.hardLiteralDepth(e, 0, map[types.Object]bool{})
}

// noFields, present in the seen set, stops resolution at struct fields.
var noFields = types.NewVar(token.NoPos, nil, "", types.Typ[types.Invalid])

func (c *checker) hardLiteralNoField(e ast.Expr) (literal, bool) {
	return c.hardLiteralDepth(e, 0, map[types.Object]bool{noFields: true})
}

func (c *checker) hardLiteralDepth(e ast.Expr, depth int, seen map[types.Object]bool) (literal, bool) {
	e = ast.Unparen(e)
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() != constant.String {
			return literal{}, false
		}
		s := constant.StringVal(tv.Value)
		if strings.TrimSpace(s) == "" || isPasswordHash(s) {
			return literal{}, false
		}
		lit := literal{value: s}
		if id, ok := e.(*ast.Ident); ok {
			if k, ok := c.info.Uses[id].(*types.Const); ok {
				lit.via = fmt.Sprintf("constant %s (%s)", k.Name(), c.where(k.Pos()))
			}
		} else if sel, ok := e.(*ast.SelectorExpr); ok {
			if k, ok := c.info.Uses[sel.Sel].(*types.Const); ok {
				lit.via = "constant " + exprString(sel)
				_ = k
			}
		}
		return lit, true
	}
	if depth >= maxDepth {
		return literal{}, false
	}
	if call, ok := e.(*ast.CallExpr); ok {
		if tv, ok := c.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			return c.hardLiteralDepth(call.Args[0], depth+1, seen)
		}
		return literal{}, false
	}
	obj := c.objectOf(e)
	if obj == nil || seen[obj] || c.isParam(obj) {
		return literal{}, false
	}
	if v, ok := obj.(*types.Var); ok && v.IsField() && seen[noFields] {
		return literal{}, false
	}
	seen[obj] = true
	defs := c.assignments(obj)
	if len(defs) == 0 {
		return literal{}, false
	}
	var first literal
	for i, d := range defs {
		if d == nil {
			return literal{}, false
		}
		l, ok := c.hardLiteralDepth(d, depth+1, seen)
		if !ok {
			return literal{}, false
		}
		if i == 0 {
			first = l
		}
	}
	if first.via == "" {
		first.via = fmt.Sprintf("%s (%s)", obj.Name(), c.where(obj.Pos()))
	}
	return first, true
}

func exprString(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return exprString(e.X) + "." + e.Sel.Name
	}
	return "…"
}

// redact shows a credential without printing it: the first two
// characters and the length.
func redact(s string) string {
	n := utf8.RuneCountInString(s)
	r := []rune(s)
	if n <= 4 {
		return fmt.Sprintf("a %d-character string", n)
	}
	return fmt.Sprintf("%q… (%d characters)", string(r[:2]), n)
}

func (c *checker) reportLiteral(at ast.Expr, lit literal, use string) {
	what := "string literal " + redact(lit.value)
	if lit.via != "" {
		what = lit.via + ", " + redact(lit.value) + ","
	}
	c.report(at.Pos(), at.End(), ruleHardcoded, fmt.Sprintf(
		"hard-coded credential: %s is used as %s; anyone with the source or the binary has it: read it from the environment or a secret store",
		what, use))
}

// sessionKeyFuncs are constructors whose []byte arguments are
// authentication or encryption keys for cookies and CSRF tokens.
var sessionKeyFuncs = map[string]map[string]string{
	"github.com/gorilla/sessions":                          {"NewCookieStore": "a session cookie key", "NewFilesystemStore": "a session cookie key"},
	"github.com/gorilla/securecookie":                      {"New": "a secure-cookie key"},
	"github.com/gorilla/csrf":                              {"Protect": "the CSRF authentication key"},
	"github.com/gin-contrib/sessions/cookie":               {"NewStore": "a session cookie key"},
	"github.com/gin-contrib/sessions/memstore":             {"NewStore": "a session cookie key"},
	"github.com/boj/redistore":                             {"NewRediStore": "a session cookie key"},
	"github.com/rbcervilla/redisstore/v9":                  {"NewRedisStore": "a session cookie key"},
	"github.com/quasoft/memstore":                          {"NewMemStore": "a session cookie key"},
	"github.com/wader/gormstore/v2":                        {"New": "a session cookie key"},
	"github.com/antonlindstrom/pgstore":                    {"NewPGStore": "a session cookie key"},
	"github.com/srinathgs/mysqlstore":                      {"NewMySQLStore": "a session cookie key"},
	"github.com/gofiber/fiber/v2/middleware/encryptcookie": {},
}

// credentialHeaders carry a credential as their whole value.
var credentialHeaders = map[string]bool{
	"authorization": true, "proxy-authorization": true, "x-api-key": true, "api-key": true, "apikey": true,
	"x-auth-token": true, "private-token": true, "x-access-token": true,
}

// clientSecretFields are fields of third-party client configs that hold
// a credential.
var clientSecretFields = map[string]bool{
	"clientsecret": true, "password": true, "passwd": true, "apikey": true, "apisecret": true, "secret": true,
	"secretaccesskey": true, "accesstoken": true, "authtoken": true, "token": true, "secretkey": true,
	"apitoken": true, "privatetoken": true,
}

// sentinels are compared with tokens to reject them, not to accept them.
var sentinels = map[string]bool{
	"null": true, "undefined": true, "none": true, "nil": true, "-": true, "<nil>": true, "bearer": true,
	"basic": true, "true": true, "false": true, "*": true, "0": true, "redacted": true, "[redacted]": true,
}

// checkHardcoded runs AC803.
func (c *checker) checkHardcoded() {
	for cur := range c.root.Preorder((*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil), (*ast.CompositeLit)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.hardcodedCall(cur, n)
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				c.hardcodedCompare(cur, n.X, n.Y)
			}
		case *ast.CompositeLit:
			c.hardcodedClientConfig(n)
		}
	}
}

func (c *checker) hardcodedCall(cur inspector.Cursor, call *ast.CallExpr) {
	fn := c.callee(call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	path, name := fn.Pkg().Path(), fn.Name()
	arg := func(i int, use string) {
		if i < len(call.Args) {
			if lit, ok := c.hardLiteral(call.Args[i]); ok {
				c.reportLiteral(call.Args[i], lit, use)
			}
		}
	}
	recv := recvName(fn)
	switch {
	case path == "net/smtp" && name == "PlainAuth":
		arg(2, "the SMTP password in smtp.PlainAuth")
	case path == "net/smtp" && name == "CRAMMD5Auth":
		arg(1, "the SMTP secret in smtp.CRAMMD5Auth")
	case path == "net/http" && recv == "Request" && name == "SetBasicAuth":
		arg(1, "the password in SetBasicAuth")
	case path == "net/http" && recv == "Header" && (name == "Set" || name == "Add") && len(call.Args) == 2:
		key, ok := c.constString(call.Args[0])
		if !ok || !credentialHeaders[strings.ToLower(key)] {
			return
		}
		lit, ok := c.hardLiteral(call.Args[1])
		if !ok {
			return
		}
		v := strings.TrimSpace(lit.value)
		if i := strings.IndexByte(v, ' '); i > 0 {
			v = strings.TrimSpace(v[i+1:]) // "Bearer abc": the credential is abc
		} else if strings.EqualFold(key, "authorization") {
			if sentinels[strings.ToLower(v)] {
				return
			}
		}
		if v == "" || sentinels[strings.ToLower(v)] {
			return
		}
		c.reportLiteral(call.Args[1], lit, "the "+key+" header")
	case path == "golang.org/x/crypto/bcrypt" && name == "GenerateFromPassword":
		arg(0, "a password hashed with bcrypt (the password of an account the code creates)")
	case path == "golang.org/x/crypto/argon2" && (name == "IDKey" || name == "Key"):
		arg(0, "a password hashed with argon2 (the password of an account the code creates)")
	case path == "crypto/subtle" && name == "ConstantTimeCompare" && len(call.Args) == 2,
		path == "crypto/hmac" && name == "Equal" && len(call.Args) == 2:
		c.hardcodedCompare(cur, call.Args[0], call.Args[1])
	default:
		if uses, ok := sessionKeyFuncs[path]; ok {
			if use, ok := uses[name]; ok {
				for i, a := range call.Args {
					if !isBytes(c.info.TypeOf(a)) {
						continue
					}
					if lit, ok := c.hardLiteral(a); ok {
						c.reportLiteral(call.Args[i], lit, use)
					}
				}
			}
			return
		}
		c.accountCreation(call, fn)
		c.keyParameters(call, fn)
	}
}

// keyParamNames are parameter names (joined lower-case words) that take a
// cookie, session or CSRF authentication or encryption key.
var keyParamNames = []string{"hashkey", "blockkey", "encryptkey", "encryptionkey", "authkey", "authenticationkey",
	"keypairs", "cookiekey", "cookiesecret", "sessionkey", "sessionsecret", "csrfkey", "csrfsecret"}

// keyParameters reports a literal passed to a parameter, of any package's
// function, named as a cookie or session key:
// NewCookieHandler(hashKey, encryptKey []byte, …).
func (c *checker) keyParameters(call *ast.CallExpr, fn *types.Func) {
	if p := fn.Pkg().Path(); strings.Contains(p, "jwt") || strings.Contains(p, "jose") {
		return // signing keys: AC309
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return
	}
	seen := map[string]bool{} // one finding per literal per call: NewCookieHandler(key, key)
	for i, a := range call.Args {
		pi := i
		if pi >= sig.Params().Len() {
			if !sig.Variadic() {
				break
			}
			pi = sig.Params().Len() - 1
		}
		name := strings.Join(lowerWords(sig.Params().At(pi).Name()), "")
		match := false
		for _, k := range keyParamNames {
			if name == k {
				match = true
			}
		}
		if !match {
			continue
		}
		if t := c.info.TypeOf(a); !isBytes(t) && !isStringType(t) {
			continue
		}
		if lit, ok := c.hardLiteral(a); ok && !seen[lit.via+"\x00"+lit.value] {
			seen[lit.via+"\x00"+lit.value] = true
			c.reportLiteral(a, lit, fmt.Sprintf("the %s of %s (a cookie or session key)", sig.Params().At(pi).Name(), fn.Name()))
		}
	}
}

func isStringType(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isBytes(t types.Type) bool {
	if t == nil {
		return false
	}
	s, ok := t.Underlying().(*types.Slice)
	return ok && isByte(s.Elem())
}

func recvName(fn *types.Func) string {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return ""
	}
	t := types.Unalias(sig.Recv().Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

func (c *checker) constString(e ast.Expr) (string, bool) {
	tv, ok := c.info.Types[ast.Unparen(e)]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// accountCreation reports a literal passed as the password of a function
// that creates or registers a user (CreateUser(ctx, "admin", "changeme"),
// store.Register(User{Password: "changeme"})).
func (c *checker) accountCreation(call *ast.CallExpr, fn *types.Func) {
	if !createsAccount(fn.Name()) {
		return
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return
	}
	for i, a := range call.Args {
		if i < sig.Params().Len() && secretKindPassword(sig.Params().At(i).Name()) {
			if lit, ok := c.hardLiteral(a); ok {
				c.reportLiteral(a, lit, fmt.Sprintf("the password of an account created by %s", fn.Name()))
			}
			continue
		}
		lit, ok := ast.Unparen(stripAddr(a)).(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if id, ok := kv.Key.(*ast.Ident); ok && secretKindPassword(id.Name) {
				if l, ok := c.hardLiteral(kv.Value); ok {
					c.reportLiteral(kv.Value, l, fmt.Sprintf("the password of an account created by %s", fn.Name()))
				}
			}
		}
	}
}

func stripAddr(e ast.Expr) ast.Expr {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		return u.X
	}
	return e
}

func secretKindPassword(name string) bool {
	return secretKind(name) == "password"
}

// createsAccount recognises functions that create accounts: CreateUser,
// AddAdmin, RegisterAccount, SeedUsers, NewUser, InsertUser, SignUp.
func createsAccount(name string) bool {
	ws := strings.Join(lowerWords(name), " ")
	verb := false
	for _, v := range []string{"create", "add", "register", "seed", "insert", "new", "signup", "sign up", "bootstrap", "provision", "ensure"} {
		if strings.HasPrefix(ws, v) {
			verb = true
		}
	}
	if !verb {
		return false
	}
	for _, o := range []string{"user", "admin", "account", "member", "operator", "owner", "root"} {
		if strings.Contains(ws, o) {
			return true
		}
	}
	return strings.HasPrefix(ws, "signup") || strings.HasPrefix(ws, "sign up") || ws == "register"
}

// hardcodedCompare reports x == "literal" where x is a password or key
// that a caller submitted.
func (c *checker) hardcodedCompare(cur inspector.Cursor, x, y ast.Expr) {
	// Only constants and variables: a struct field whose values in the
	// package are literals is seed data of a store (a demo user), and the
	// comparison is with what the store holds, not with a password the
	// code ships.
	lit, ok := c.hardLiteralNoField(y)
	other := x
	at := y
	if !ok {
		lit, ok = c.hardLiteralNoField(x)
		other, at = y, x
	}
	if !ok || sentinels[strings.ToLower(strings.TrimSpace(lit.value))] {
		return
	}
	if _, ok := c.hardLiteral(other); ok {
		return // two literals
	}
	what, ok := c.submittedCredential(other)
	if !ok {
		return
	}
	if c.alsoAcceptsEmpty(cur, other) {
		return // password == "x-oauth-basic" || password == "": a placeholder, not a secret
	}
	c.reportLiteral(at, lit, "the expected value of "+what)
}

// submittedCredential reports whether e is a password or key that came in
// from a caller: a parameter or local named for one, a field of a request
// value, or a form value or header read with a credential name.
func (c *checker) submittedCredential(e ast.Expr) (string, bool) {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if tv, ok := c.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			return c.submittedCredential(call.Args[0]) // []byte(pw)
		}
		fn := c.callee(call)
		if fn == nil || len(call.Args) != 1 {
			return "", false
		}
		switch fn.Name() {
		case "FormValue", "PostFormValue", "Get", "GetHeader", "PostForm", "Query":
			if key, ok := c.constString(call.Args[0]); ok && credentialName(key) {
				return fmt.Sprintf("the submitted %q", key), true
			}
		}
		return "", false
	}
	name := exprName(e)
	if !credentialName(name) {
		return "", false
	}
	switch x := e.(type) {
	case *ast.Ident:
		return name, true
	case *ast.SelectorExpr:
		// req.Password, creds.APIKey: a field of a request or credentials
		// value, not of a config (cfg.AdminPassword == "changeme" is a
		// check that refuses the default).
		base := strings.ToLower(exprName(x.X) + " " + typeName(c.info.TypeOf(x.X)))
		for _, w := range []string{"config", "cfg", "conf", "option", "opts", "setting", "env", "flag", "default"} {
			if strings.Contains(base, w) {
				return "", false
			}
		}
		return exprString(x), true
	}
	return "", false
}

func typeName(t types.Type) string {
	if t == nil {
		return ""
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// credentialName: a password, API key, client secret or shared secret
// (not any token: tokens compared with literals are mostly sentinels).
func credentialName(name string) bool {
	switch secretKind(name) {
	case "password", "API key":
		return true
	case "token":
		j := strings.Join(lowerWords(name), "")
		return strings.Contains(j, "secret")
	}
	return false
}

func lowerWords(name string) []string {
	var out []string
	for _, w := range splitWords(name) {
		out = append(out, strings.ToLower(w))
	}
	return out
}

// hardcodedClientConfig reports credential fields of third-party config
// structs written as literals: oauth2.Config{ClientSecret: "…"},
// redis.Options{Password: "…"}.
func (c *checker) hardcodedClientConfig(lit *ast.CompositeLit) {
	t := c.info.TypeOf(lit)
	if t == nil {
		return
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == c.pass.Pkg {
		return
	}
	pkgPath := named.Obj().Pkg().Path()
	if !strings.Contains(pkgPath, ".") {
		return // standard library: no client configs with credentials
	}
	if strings.Contains(pkgPath, "jwt") || strings.Contains(pkgPath, "jose") {
		return // signing keys: AC309
	}
	if !configTypeName(named.Obj().Name()) {
		return // a record (a user, a token response), not a client's settings
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok || !clientSecretFields[strings.ToLower(id.Name)] {
			continue
		}
		if l, ok := c.hardLiteral(kv.Value); ok {
			c.reportLiteral(kv.Value, l, fmt.Sprintf("%s in a %s.%s", id.Name, named.Obj().Pkg().Name(), named.Obj().Name()))
		}
	}
}

// configTypeName recognises the settings types of clients: Config,
// Options, ClientCredentials, DialOpts, AuthSettings, ….
func configTypeName(name string) bool {
	n := strings.ToLower(name)
	for _, w := range []string{"config", "option", "opts", "setting", "credential", "params", "auth"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// alsoAcceptsEmpty reports whether the || chain around a comparison also
// accepts the empty string for the same value: then the literal is a
// placeholder the protocol allows instead of a password, not a secret.
func (c *checker) alsoAcceptsEmpty(cur inspector.Cursor, x ast.Expr) bool {
	obj := c.objectOf(x)
	if obj == nil {
		return false
	}
	top := cur
	for p := cur.Parent(); ; p = p.Parent() {
		if b, ok := p.Node().(*ast.BinaryExpr); ok && b.Op == token.LOR {
			top = p
			continue
		}
		if _, ok := p.Node().(*ast.ParenExpr); ok {
			continue
		}
		break
	}
	found := false
	ast.Inspect(top.Node(), func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || b.Op != token.EQL {
			return !found
		}
		for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			if c.objectOf(pair[0]) == obj {
				if s, ok := c.constString(pair[1]); ok && s == "" {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// isPasswordHash recognises a stored bcrypt, argon2 or scrypt hash in
// modular crypt format: the verifier's copy, not the credential.
func isPasswordHash(s string) bool {
	for _, p := range []string{"$2a$", "$2b$", "$2y$", "$argon2id$", "$argon2i$", "$scrypt$", "$pbkdf2"} {
		if strings.HasPrefix(strings.TrimSpace(s), p) {
			return true
		}
	}
	return false
}
