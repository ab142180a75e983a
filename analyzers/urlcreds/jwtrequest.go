package urlcreds

// AC402 for golang-jwt's request extractors that read the token from the
// URL: request.ArgumentExtractor{"access_token"} and request.OAuth2Extractor
// (which contains one), alone, in a MultiExtractor or passed to
// request.ParseFromRequest.

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// jwtRequestPkgs are the request packages of golang-jwt and its
// predecessors.
var jwtRequestPkgs = []string{
	"github.com/golang-jwt/jwt/v5/request",
	"github.com/golang-jwt/jwt/v4/request",
	"github.com/golang-jwt/jwt/request",
	"github.com/dgrijalva/jwt-go/request",
	"github.com/form3tech-oss/jwt-go/request",
}

func isJWTRequestPkg(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	for _, p := range jwtRequestPkgs {
		if pkg.Path() == p {
			return true
		}
	}
	return false
}

// checkArgumentExtractor handles request.ArgumentExtractor{"access_token"}:
// it reads Request.Form, which holds the URL query as well as the body.
func (c *checker) checkArgumentExtractor(lit *ast.CompositeLit) {
	named, ok := types.Unalias(c.info.TypeOf(lit)).(*types.Named)
	if !ok || named.Obj().Name() != "ArgumentExtractor" || !isJWTRequestPkg(named.Obj().Pkg()) {
		return
	}
	for _, elt := range lit.Elts {
		param, ok := c.stringConst(elt)
		if !ok {
			continue
		}
		credName, ok := credentialName(param, "")
		if !ok {
			continue
		}
		k := classify(credName)
		c.report(analysis.Diagnostic{
			Pos: elt.Pos(), End: elt.End(), Category: ruleCredentialFromQuery,
			Message: fmt.Sprintf("%s read from the URL query by request.ArgumentExtractor (%s=…), which reads Request.Form, query string included: "+
				"query strings end up in access logs, browser history and Referer headers; use request.AuthorizationHeaderExtractor", k.what, param),
		})
	}
}

// checkOAuth2Extractor handles uses of request.OAuth2Extractor, which
// falls back to ArgumentExtractor{"access_token"}. The fix keeps only the
// Authorization header.
func (c *checker) checkOAuth2Extractor(sel *ast.SelectorExpr) {
	v, ok := c.info.Uses[sel.Sel].(*types.Var)
	if !ok || v.Name() != "OAuth2Extractor" || !isJWTRequestPkg(v.Pkg()) {
		return
	}
	c.report(analysis.Diagnostic{
		Pos: sel.Pos(), End: sel.End(), Category: ruleCredentialFromQuery,
		Message: "access token read from the URL query by request.OAuth2Extractor, which also accepts ?access_token=… through " +
			"ArgumentExtractor: query strings end up in access logs, browser history and Referer headers; use request.AuthorizationHeaderExtractor",
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "Accept the token only from the Authorization header",
			TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte("AuthorizationHeaderExtractor")}},
		}},
	})
}
