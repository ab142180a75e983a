package pwhash

// Passwords recognised by where they go rather than by their name, and
// secrets that are not passwords although they go to bcrypt.

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/authcheck/authcheck/analyzers/internal/secretname"
)

// store is a write of rhs into a variable or field called name.
type store struct {
	name string
	rhs  ast.Expr
}

// addStores records the named writes of an assignment (u.PasswordHash =
// …, hashed := …) in fd.
func (c *checker) addStores(as *ast.AssignStmt, fd *ast.FuncDecl) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, l := range as.Lhs {
		var name string
		switch l := ast.Unparen(l).(type) {
		case *ast.Ident:
			name = l.Name
		case *ast.SelectorExpr:
			name = l.Sel.Name
		default:
			continue
		}
		c.stores[fd] = append(c.stores[fd], store{name, as.Rhs[i]})
	}
}

// addFieldStores records the keyed fields of a struct literal
// (User{PasswordHash: …}) in fd.
func (c *checker) addFieldStores(lit *ast.CompositeLit, fd *ast.FuncDecl) {
	if _, ok := underlyingStruct(c.pass.TypesInfo.TypeOf(lit)); !ok {
		return
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				c.stores[fd] = append(c.stores[fd], store{id.Name, kv.Value})
			}
		}
	}
}

// isPasswordHashName reports whether a name says it holds a password's
// hash: PasswordHash, hashedPassword, pwHash, passwd_digest.
func isPasswordHashName(name string) bool {
	ws := secretname.Words(name)
	pw, hash := false, false
	for _, w := range ws {
		switch w {
		case "password", "passwd", "pwd", "pw", "pass", "passphrase":
			pw = true
		case "hash", "hashed", "digest", "crypt", "crypted", "encrypted":
			hash = true
		case "reset", "token", "salt":
			return false
		}
	}
	j := strings.Join(ws, "")
	return (pw && hash) || strings.Contains(j, "pwhash") || strings.Contains(j, "passhash") || strings.Contains(j, "passwordhash")
}

// storedAsPasswordHash returns the name of the variable or field the
// digest of s is stored into, when that name says it is a password hash
// (u.PasswordHash = hex.EncodeToString(md5.Sum(…))): what was hashed is a
// password, whatever it is called.
func (c *checker) storedAsPasswordHash(s sink, fd *ast.FuncDecl) string {
	for _, st := range c.stores[fd] {
		if !isPasswordHashName(st.name) {
			continue
		}
		t := c.trace(st.rhs)
		if t.calls[s.call] || (s.hasher != nil && t.hashers[s.hasher]) {
			return st.name
		}
	}
	return ""
}

// usedAsPassword returns a variable of t that the package also passes as
// the password of a password-hashing function (bcrypt.CompareHashAndPassword
// (hash, []byte(pwtext))), and that function's name.
func (c *checker) usedAsPassword(t *trace) (*types.Var, string) {
	if c.passwordUses == nil {
		c.passwordUses = map[*types.Var]string{}
		for _, cs := range c.calls {
			fn, _ := typeutil.Callee(c.pass.TypesInfo, cs.call).(*types.Func)
			if fn == nil {
				continue
			}
			a := apiOf(fn)
			i, ok := passwordKDFs[a]
			if !ok || i >= len(cs.call.Args) || c.randomSecret(cs.call.Args[i]) {
				continue
			}
			in := c.values.trace(cs.call.Args[i])
			if len(in.calls) > 0 && c.hashesInside(in) {
				continue // pre-hashed: the hashed value is what reaches the KDF
			}
			for v := range in.seen {
				c.passwordUses[v] = c.funcName(fn)
			}
		}
	}
	for _, v := range sortedParams(t.seen) {
		if kdf, ok := c.passwordUses[v]; ok {
			return v, kdf
		}
	}
	return nil, ""
}

// hashesInside reports whether a traced KDF input went through a fast
// hash (bcrypt(sha256(pw))): its variables are then the pre-hash's inputs
// too, and the pre-hash is exempt on its own.
func (c *checker) hashesInside(t *trace) bool {
	if len(t.hashers) > 0 {
		return true
	}
	for call := range t.calls {
		fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if fn == nil {
			continue
		}
		if _, ok := oneShotHashes[apiOf(fn)]; ok {
			return true
		}
	}
	return false
}

// randomSecret reports whether the value e is a generated secret rather
// than a password: it is not named as a password anywhere on its way, and
// it is named as a secret (clientSecret, apiKey, token) or comes from a
// random generator (rand.Read, randomString(32), GenerateSecret()). bcrypt's
// cost protects guessable passwords; a 32-byte random secret cannot be
// guessed at any cost.
func (c *checker) randomSecret(e ast.Expr) bool {
	t := c.values.trace(e)
	if t.password != nil {
		return false
	}
	for v := range t.seen {
		if secretname.IsPassword(v.Name()) {
			return false
		}
	}
	for v := range t.seen {
		if secretname.IsSecret(v.Name()) || namesRandom(v.Name()) || c.filledAtRandom(v) {
			return true
		}
	}
	for call := range t.calls {
		fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if fn == nil {
			continue
		}
		if fn.Pkg() != nil && fn.Pkg().Path() == "crypto/rand" {
			return true
		}
		if namesRandom(fn.Name()) || secretname.IsSecret(fn.Name()) {
			return true
		}
	}
	return false
}

// namesRandom reports whether a name says its value is generated at
// random: randomString, genSecret, newAPIKey, nonce.
func namesRandom(name string) bool {
	for _, w := range secretname.Words(name) {
		switch w {
		case "rand", "random", "generate", "generated", "gen", "nonce", "uuid", "entropy":
			return true
		}
	}
	return false
}

// sameModule reports whether fn's package belongs to the module being
// analyzed, where a report inside fn is seen too. Without module
// information, the first path elements (host and owner) decide.
func (c *checker) sameModule(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	path := fn.Pkg().Path()
	if fn.Pkg() == c.pass.Pkg {
		return true
	}
	if m := c.pass.Module; m != nil && m.Path != "" {
		return path == m.Path || strings.HasPrefix(path, m.Path+"/")
	}
	return pathRoot(path) == pathRoot(c.pass.Pkg.Path())
}

// pathRoot is a package path's likely module root: host/owner/repo for
// the big forges, else its first two elements.
func pathRoot(path string) string {
	parts := strings.Split(path, "/")
	n := 2
	switch parts[0] {
	case "github.com", "gitlab.com", "bitbucket.org":
		n = 3
	}
	if len(parts) < n {
		return path
	}
	return strings.Join(parts[:n], "/")
}

// shortExpr renders e for a message, cut to a readable length.
func shortExpr(e ast.Expr) string {
	s := types.ExprString(e)
	if r := []rune(s); len(r) > 50 {
		return string(r[:49]) + "…"
	}
	return s
}

// filledAtRandom reports whether the package fills v from crypto/rand:
// rand.Read(v), io.ReadFull(rand.Reader, v).
func (c *checker) filledAtRandom(v *types.Var) bool {
	if c.randomFilled == nil {
		c.randomFilled = map[*types.Var]bool{}
		info := c.pass.TypesInfo
		for _, cs := range c.calls {
			fn, _ := typeutil.Callee(info, cs.call).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				continue
			}
			var dst ast.Expr
			switch a := apiOf(fn); {
			case a == api{"crypto/rand", "Read"} && len(cs.call.Args) == 1:
				dst = cs.call.Args[0]
			case a == api{"io", "ReadFull"} && len(cs.call.Args) == 2:
				if sel, ok := ast.Unparen(cs.call.Args[0]).(*ast.SelectorExpr); ok {
					if obj, ok := info.Uses[sel.Sel].(*types.Var); ok && obj.Pkg() != nil && obj.Pkg().Path() == "crypto/rand" {
						dst = cs.call.Args[1]
					}
				}
			}
			if dst == nil {
				continue
			}
			if sl, ok := ast.Unparen(dst).(*ast.SliceExpr); ok {
				dst = sl.X // rand.Read(b[:])
			}
			if id, ok := ast.Unparen(dst).(*ast.Ident); ok {
				if obj := c.values.varOf(id); obj != nil {
					c.randomFilled[obj] = true
				}
			}
		}
	}
	return c.randomFilled[v]
}
