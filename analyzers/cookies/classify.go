package cookies

import (
	"go/ast"
	"strings"

	"github.com/authcheck/authcheck/analyzers/internal/secretname"
)

// Words in a cookie name that make it a session or auth cookie.
var sessionWords = map[string]bool{
	"session": true, "sess": true, "sessid": true, "sessionid": true, "sid": true,
	"token": true, "tok": true, "auth": true, "authn": true, "authentication": true,
	"jwt": true, "refresh": true, "remember": true, "rememberme": true,
	"bearer": true, "credential": true, "credentials": true,
	"phpsessid": true, "jsessionid": true, "aspsessionid": true,
}

// Words that make a cookie a CSRF cookie (checked first: "csrf_token").
var csrfWords = map[string]bool{"csrf": true, "xsrf": true, "csrftoken": true, "xsrftoken": true, "antiforgery": true}

// Words that make a cookie a preference, UI or flow-state cookie, whatever
// else its name says ("session_theme", "auth_redirect", "oauth_state").
var notSessionWords = map[string]bool{
	"theme": true, "lang": true, "language": true, "locale": true, "consent": true, "flash": true,
	"pref": true, "prefs": true, "preference": true, "preferences": true, "tz": true, "timezone": true,
	"ui": true, "banner": true, "seen": true, "visited": true, "tracking": true, "analytics": true,
	"state": true, "nonce": true, "redirect": true, "return": true, "next": true, "callback": true,
	"verifier": true, "provider": true, "method": true, "type": true, "mode": true, "expires": true,
	"expiry": true, "exp": true, "ttl": true, "hint": true, "present": true, "exists": true,
	"name": true, "url": true, "uri": true, "path": true, "domain": true,
	"sidebar": true, "layout": true, "cart": true, "email": true, "last": true, "count": true,
}

// Words in a value expression's name that mean it came from a token or
// session generator.
var tokenValueWords = map[string]bool{
	"token": true, "session": true, "sessionid": true, "sid": true, "sessid": true,
	"jwt": true, "refresh": true, "signed": true, "bearer": true,
}

// classify says whether a cookie with this name and value is a session or
// auth cookie, a CSRF cookie, or neither.
func (c *checker) classify(name string, value ast.Expr) cookieKind {
	if name != "" {
		words := secretname.Words(strings.TrimPrefix(strings.TrimPrefix(name, "__Host-"), "__Secure-"))
		if hasAny(words, csrfWords) {
			return kindCSRF
		}
		if hasAny(words, notSessionWords) {
			return kindUnknown
		}
		if hasAny(words, sessionWords) || isSessionJoined(words) {
			return kindSession
		}
	}
	if value != nil && c.tokenValue(value) {
		return kindSession
	}
	return kindUnknown
}

// isSessionJoined catches names written as one word: "sessionid",
// "authtoken", "accesstoken", "refreshtoken".
func isSessionJoined(words []string) bool {
	for _, w := range words {
		for _, part := range []string{"session", "token", "jwt", "auth"} {
			if strings.Contains(w, part) && !strings.Contains(w, "author") && !strings.Contains(w, "oauth") {
				return true
			}
		}
	}
	return false
}

// tokenValue reports whether the value expression names a token or
// session: tokenString, sess.ID, generateSessionID(), token.SignedString(k).
// Wrapping calls (url.QueryEscape, base64 encoding, string conversion)
// are looked through.
func (c *checker) tokenValue(e ast.Expr) bool {
	for i := 0; i < 4; i++ {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			break
		}
		name := strings.ToLower(exprName(call.Fun))
		if name == "string" || strings.Contains(name, "escape") || strings.Contains(name, "encode") {
			e = call.Args[0]
			continue
		}
		break
	}
	if _, isConst := c.constString(e); isConst {
		return false
	}
	var names []string
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		names = append(names, x.Name)
	case *ast.SelectorExpr:
		names = append(names, x.Sel.Name)
		if x.Sel.Name == "ID" || x.Sel.Name == "Token" || x.Sel.Name == "Value" {
			names = append(names, exprName(x.X))
		}
	case *ast.CallExpr:
		names = append(names, exprName(x.Fun))
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
			names = append(names, exprName(sel.X))
		}
	}
	for _, n := range names {
		words := secretname.Words(n)
		if hasAny(words, csrfWords) || hasAny(words, notSessionWords) {
			return false
		}
		if hasAny(words, tokenValueWords) || n == "SignedString" {
			return true
		}
	}
	return false
}

func hasAny(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}
