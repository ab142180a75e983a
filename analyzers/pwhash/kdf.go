package pwhash

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"math/bits"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/authcheck/authcheck/analyzers/internal/secretname"
)

// checkKDFs checks the parameters of every bcrypt, Argon2, scrypt and
// PBKDF2 call and argon2id.Params literal (AC102–AC110).
func (c *checker) checkKDFs() {
	for _, cs := range c.calls {
		call := cs.call
		fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
		if fn == nil {
			continue
		}
		args := call.Args
		switch apiOf(fn) {
		case api{pkgBcrypt, "GenerateFromPassword"}:
			// bcrypt of a generated client secret or API key is not a
			// password hash: its cost does not matter.
			if len(args) == 2 && !c.randomSecret(args[0]) {
				c.checkBcrypt(args[1])
			}
		case api{pkgArgon2, "Key"}:
			if !c.verifiesStoredParams(args, cs.fn) {
				c.reportArgon2i(call)
			}
			if len(args) == 6 {
				c.checkArgon2(args[2], args[3], args[2].Pos(), args[3].End(), "argon2i (argon2.Key)")
			}
		case api{pkgArgon2, "IDKey"}:
			if len(args) == 6 {
				c.checkArgon2(args[2], args[3], args[2].Pos(), args[3].End(), "argon2id")
			}
		case api{pkgScrypt, "Key"}:
			if len(args) == 6 {
				c.checkScrypt(args[2])
			}
		case api{pkgXPBKDF2, "Key"}:
			if len(args) == 5 {
				c.checkPBKDF2(args[2], args[4])
			}
		case api{pkgPBKDF2, "Key"}:
			if len(args) == 5 {
				c.checkPBKDF2(args[3], args[0])
			}
		}
	}
	for _, lit := range c.lits {
		if isArgon2idParams(c.pass.TypesInfo.TypeOf(lit)) {
			mem := fieldValue(c.pass.TypesInfo, lit, "Memory")
			iter := fieldValue(c.pass.TypesInfo, lit, "Iterations")
			if mem != nil && iter != nil {
				c.checkArgon2(iter, mem, mem.Pos(), mem.End(), "argon2id.Params")
			}
		}
	}
}

func isArgon2idParams(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkgArgon2x && n.Obj().Name() == "Params"
}

// source describes where a resolved value came from, for messages: the
// expression when it names something ("bcrypt.DefaultCost", "cfg.Memory"),
// nothing when it is made of literals only (12, 1<<17).
func (c *checker) source(e ast.Expr) string {
	named := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			switch c.pass.TypesInfo.Uses[id].(type) {
			case *types.TypeName, *types.Builtin, nil:
				// uint32(…), len(…): not a name worth quoting
			default:
				named = true
			}
		}
		return !named
	})
	if !named {
		return ""
	}
	return " (" + types.ExprString(e) + ")"
}

// bcrypt's own constants: a cost below MinCost is silently replaced by
// DefaultCost.
const (
	bcryptLibMinCost     = 4
	bcryptLibDefaultCost = 10
)

func (c *checker) checkBcrypt(costArg ast.Expr) {
	cost, ok := c.values.intValue(costArg)
	if !ok {
		return
	}
	effective, what := cost, fmt.Sprintf("bcrypt cost %d%s", cost, c.source(costArg))
	if cost < bcryptLibMinCost {
		effective = bcryptLibDefaultCost
		what = fmt.Sprintf("bcrypt cost %d%s is below bcrypt.MinCost, so bcrypt silently uses bcrypt.DefaultCost (%d), which", cost, c.source(costArg), bcryptLibDefaultCost)
	}
	if effective >= int64(bcryptMinCost) {
		return
	}
	id := "AC103"
	if effective < int64(bcryptWeakCost) {
		id = "AC102"
	}
	c.pass.Report(analysis.Diagnostic{
		Pos: costArg.Pos(), End: costArg.End(), Category: id,
		Message: fmt.Sprintf("%s is below the checklist's minimum of %d; use cost %d or more, or argon2id",
			what, bcryptMinCost, bcryptMinCost),
	})
}

// reportArgon2i reports AC104 with a fix that renames argon2.Key to
// argon2.IDKey, which has the same signature.
func (c *checker) reportArgon2i(call *ast.CallExpr) {
	var name *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		name = fun.Sel
	case *ast.Ident:
		name = fun // dot import
	}
	d := analysis.Diagnostic{
		Pos: call.Fun.Pos(), End: call.Fun.End(), Category: "AC104",
		Message: "argon2.Key derives with Argon2i; use argon2.IDKey (Argon2id, same signature) for passwords, " +
			"and rehash existing Argon2i hashes on the next successful login",
	}
	if name != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Replace argon2.Key with argon2.IDKey",
			TextEdits: []analysis.TextEdit{{Pos: name.Pos(), End: name.End(), NewText: []byte("IDKey")}},
		}}
	}
	c.pass.Report(d)
}

// checkArgon2 checks memory (KiB) and time against the equivalence line
// (AC105, AC106). With time unresolved, memory below the line's lowest
// point is still below it.
func (c *checker) checkArgon2(timeArg, memArg ast.Expr, pos, end token.Pos, what string) {
	mem, ok := c.values.intValue(memArg)
	if !ok {
		return
	}
	t, timeKnown := c.values.intValue(timeArg)
	var need int64
	if timeKnown {
		if t < 1 {
			return // argon2 panics on t=0: not a parameter choice
		}
		need = argon2Line.minMemory(t)
	} else {
		need = argon2Line.lowestMemory()
	}
	if mem >= need {
		return
	}
	id := "AC106"
	if float64(mem) < float64(need)*argon2WeakRatio {
		id = "AC105"
	}
	var msg string
	if timeKnown {
		msg = fmt.Sprintf("%s memory %d KiB%s with time %d%s is below OWASP's line, which needs %d KiB at t=%d; "+
			"use at least %d KiB at t=%d, or another point of the line (%s)",
			what, mem, c.source(memArg), t, c.source(timeArg), need, t, need, t, argon2Line.describe())
	} else {
		msg = fmt.Sprintf("%s memory %d KiB%s is below OWASP's line at any time cost (lowest point %d KiB); "+
			"use a point of the line (%s)", what, mem, c.source(memArg), need, argon2Line.describe())
	}
	c.pass.Report(analysis.Diagnostic{Pos: pos, End: end, Category: id, Message: msg})
}

func (l argon2LineFlag) describe() string {
	parts := make([]string, len(l))
	for i, p := range l {
		parts[i] = fmt.Sprintf("m=%d t=%d", p.Memory, p.Time)
	}
	return strings.Join(parts, ", ")
}

// checkScrypt checks N (AC107, AC108).
func (c *checker) checkScrypt(nArg ast.Expr) {
	n, ok := c.values.intValue(nArg)
	if !ok || n >= int64(scryptMinN) {
		return
	}
	id := "AC108"
	if n < int64(scryptWeakN) {
		id = "AC107"
	}
	c.pass.Report(analysis.Diagnostic{
		Pos: nArg.Pos(), End: nArg.End(), Category: id,
		Message: fmt.Sprintf("scrypt N=%s%s is below OWASP's minimum of N=%s (with r=8, p=1); use N=%s or more, or argon2id",
			powerOfTwo(n), c.source(nArg), powerOfTwo(int64(scryptMinN)), powerOfTwo(int64(scryptMinN))),
	})
}

// powerOfTwo renders n, with its exponent when it is a power of two.
func powerOfTwo(n int64) string {
	if n > 0 && n&(n-1) == 0 {
		return fmt.Sprintf("%d (2^%d)", n, bits.TrailingZeros64(uint64(n)))
	}
	return fmt.Sprint(n)
}

// checkPBKDF2 checks the iteration count against the line for the hash
// (AC109, AC110).
func (c *checker) checkPBKDF2(iterArg, hashArg ast.Expr) {
	iter, ok := c.values.intValue(iterArg)
	if !ok {
		return
	}
	hash := c.hashFuncName(hashArg, 0)
	var line int
	label := "HMAC-" + hash
	switch hash {
	case "SHA-1", "MD5":
		line = pbkdf2SHA1MinIter
	case "SHA-256", "SHA-224":
		line = pbkdf2SHA256MinIter
	case "SHA-512", "SHA-384", "SHA-512/224", "SHA-512/256":
		line = pbkdf2SHA512MinIter
	default:
		// Unknown or SHA-3: hold it to the lowest line, so the finding
		// does not depend on guessing the hash.
		line = min(pbkdf2SHA1MinIter, pbkdf2SHA256MinIter, pbkdf2SHA512MinIter)
		label = "an unresolved hash"
		if hash != "" {
			label = "HMAC-" + hash
		}
	}
	if iter >= int64(line) {
		return
	}
	id := "AC110"
	if float64(iter) < float64(line)*pbkdf2WeakRatio {
		id = "AC109"
	}
	c.pass.Report(analysis.Diagnostic{
		Pos: iterArg.Pos(), End: iterArg.End(), Category: id,
		Message: fmt.Sprintf("PBKDF2 with %s and %d iterations%s is below OWASP's minimum of %d for that hash; use %d or more, or argon2id",
			label, iter, c.source(iterArg), line, line),
	})
}

// verifiesStoredParams reports whether an argon2.Key call verifies an
// existing Argon2i hash: its cost parameters are not constants (they are
// decoded from the stored hash) and the function is named for comparing.
// Argon2i hashes can only be verified with argon2.Key, which is what the
// rule's own advice keeps doing until the next login rehashes them.
func (c *checker) verifiesStoredParams(args []ast.Expr, fd *ast.FuncDecl) bool {
	if len(args) != 6 || fd == nil {
		return false
	}
	if _, ok := c.values.intValue(args[2]); ok {
		return false
	}
	if _, ok := c.values.intValue(args[3]); ok {
		return false
	}
	for _, w := range secretname.Words(fd.Name.Name) {
		switch w {
		case "compare", "verify", "check", "matches", "match", "validate":
			return true
		}
	}
	return false
}
