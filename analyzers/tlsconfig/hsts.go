package tlsconfig

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

const hstsHeader = "Strict-Transport-Security"

var maxAgeRe = regexp.MustCompile(`(?i)(?:^|;)\s*max-age\s*=\s*"?(\d+)"?`)

// checkHeaderCall handles http.Header Set/Add and gin's c.Header with the
// HSTS header name and a constant value.
func (c *checker) checkHeaderCall(call *ast.CallExpr) {
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	if fn == nil || len(call.Args) != 2 {
		return
	}
	recv := receiverNamed(fn)
	switch {
	case recv.pkg == pkgHTTP && recv.name == "Header" && (fn.Name() == "Set" || fn.Name() == "Add"):
	case recv.pkg == pkgGin && recv.name == "Context" && fn.Name() == "Header":
	default:
		return
	}
	key, ok := c.stringConst(call.Args[0])
	if !ok || !strings.EqualFold(key, hstsHeader) {
		return
	}
	c.checkHSTSValue(call.Args[1])
}

// checkHeaderIndexAssign handles w.Header()["Strict-Transport-Security"] = []string{"…"}.
func (c *checker) checkHeaderIndexAssign(as *ast.AssignStmt) {
	if len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	ix, ok := ast.Unparen(as.Lhs[0]).(*ast.IndexExpr)
	if !ok || !isNamed(c.info.TypeOf(ix.X), pkgHTTP, "Header") {
		return
	}
	key, ok := c.stringConst(ix.Index)
	if !ok || !strings.EqualFold(key, hstsHeader) {
		return
	}
	if lit, ok := ast.Unparen(as.Rhs[0]).(*ast.CompositeLit); ok && len(lit.Elts) == 1 {
		c.checkHSTSValue(lit.Elts[0])
	}
}

func (c *checker) stringConst(e ast.Expr) (string, bool) {
	tv, ok := c.info.Types[ast.Unparen(e)]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

func (c *checker) checkHSTSValue(e ast.Expr) {
	vals, _ := c.constValues(e)
	for _, v := range vals {
		if v.val.Kind() != constant.String {
			continue
		}
		s := constant.StringVal(v.val)
		m := maxAgeRe.FindStringSubmatch(s)
		if m == nil {
			continue // not HSTS syntax: the live probe reports malformed headers
		}
		age, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil {
			continue
		}
		if age < int64(minHSTSAge) {
			c.report(analysis.Diagnostic{
				Pos: e.Pos(), End: e.End(), Category: ruleHSTSMaxAge,
				Message: fmt.Sprintf("Strict-Transport-Security max-age=%d is %s; use max-age=%d (one year) or more", age, ageWords(age), minHSTSAge),
			})
			return
		}
		if !strings.Contains(strings.ToLower(s), "includesubdomains") {
			c.report(analysis.Diagnostic{
				Pos: e.Pos(), End: e.End(), Category: ruleHSTSSubdoms,
				Message: "Strict-Transport-Security without includeSubDomains: subdomains can still be reached over plain HTTP and set cookies for this domain; add includeSubDomains",
			})
			return
		}
	}
}

func ageWords(age int64) string {
	if age == 0 {
		return "0, which tells browsers to forget HSTS"
	}
	return fmt.Sprintf("below one year (%s)", humanDuration(age))
}

func humanDuration(sec int64) string {
	switch {
	case sec >= 86400:
		return plural(sec/86400, "day")
	case sec >= 3600:
		return plural(sec/3600, "hour")
	}
	return plural(sec, "second")
}

// checkSecureOptions handles echo's middleware.SecureConfig,
// gin-contrib/secure.Config and unrolled/secure.Options literals.
func (c *checker) checkSecureOptions(lit *ast.CompositeLit) {
	t := c.info.TypeOf(lit)
	var ageField, subField string
	subMeansExclude := false
	switch {
	case isNamed(t, pkgEchoMW, "SecureConfig"), isNamed(t, pkgEchoMWv3, "SecureConfig"):
		ageField, subField, subMeansExclude = "HSTSMaxAge", "HSTSExcludeSubdomains", true
	case isNamed(t, pkgGinSecure, "Config"), isNamed(t, pkgUnrolledSec, "Options"), isNamed(t, pkgUnrolledSec1, "Options"):
		ageField, subField = "STSSeconds", "STSIncludeSubdomains"
	default:
		return
	}
	var ageExpr, subExpr ast.Expr
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			switch id.Name {
			case ageField:
				ageExpr = kv.Value
			case subField:
				subExpr = kv.Value
			}
		}
	}
	if ageExpr == nil {
		return // no max-age: these middlewares then send no HSTS header at all
	}
	vals, _ := c.constValues(ageExpr)
	for _, v := range vals {
		age, ok := constant.Int64Val(constant.ToInt(v.val))
		if !ok || age <= 0 {
			continue // 0 disables the header in all three libraries
		}
		if age < int64(minHSTSAge) {
			c.report(analysis.Diagnostic{
				Pos: ageExpr.Pos(), End: ageExpr.End(), Category: ruleHSTSMaxAge,
				Message: fmt.Sprintf("HSTS %s is %d, below one year (%s); use %d or more", ageField, age, humanDuration(age), minHSTSAge),
			})
			return
		}
		// includeSubDomains
		sub := subMeansExclude // echo includes it unless excluded; the others omit it unless asked
		if subExpr != nil {
			if svals, ok := c.constValues(subExpr); ok && len(svals) > 0 && svals[0].val.Kind() == constant.Bool {
				b := constant.BoolVal(svals[0].val)
				if subMeansExclude {
					sub = !b
				} else {
					sub = b
				}
			} else {
				return // computed at run time
			}
		}
		if !sub {
			pos, end := lit.Pos(), lit.Lbrace+1
			if subExpr != nil {
				pos, end = subExpr.Pos(), subExpr.End()
			}
			fix := subField + ": true"
			if subMeansExclude {
				fix = "remove " + subField
			}
			c.report(analysis.Diagnostic{
				Pos: pos, End: end, Category: ruleHSTSSubdoms,
				Message: fmt.Sprintf("HSTS is sent without includeSubDomains: subdomains can still be reached over plain HTTP; %s", fix),
			})
		}
		return
	}
}

type recvName struct{ pkg, name string }

func receiverNamed(fn *types.Func) recvName {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return recvName{}
	}
	t := types.Unalias(sig.Recv().Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return recvName{}
	}
	return recvName{n.Obj().Pkg().Path(), n.Obj().Name()}
}

func plural(n int64, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
