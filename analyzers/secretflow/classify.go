package secretflow

import (
	"go/types"
	"strings"

	"github.com/authcheck/authcheck/analyzers/internal/secretname"
)

// kind is what a secret value is. The zero value means "not a secret".
type kind uint8

const (
	notSecret kind = iota
	kPassword
	kToken
	kAPIKey
	kClientSecret
	kAuthHeader
	kCookie
	kResetToken
	kRefreshToken
	kSessionID
	kSecret
	kDump // the text of httputil.DumpRequest: headers (Authorization, Cookie) and maybe the body
)

var kindNames = [...]string{
	notSecret:     "value",
	kPassword:     "password",
	kToken:        "token",
	kAPIKey:       "API key",
	kClientSecret: "client secret",
	kAuthHeader:   "Authorization header",
	kCookie:       "cookie value",
	kResetToken:   "reset token",
	kRefreshToken: "refresh token",
	kSessionID:    "session ID",
	kSecret:       "secret",
	kDump:         "request dump",
}

func (k kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "secret"
}

// stored reports whether storing the kind in plaintext is a finding:
// passwords, API keys, refresh tokens and one-time (reset, magic-link)
// tokens. Other tokens (a third-party OAuth access token a client must
// present later, a session ID in a server-side store) are not.
func (k kind) stored() bool {
	return k == kPassword || k == kAPIKey || k == kResetToken || k == kRefreshToken
}

// metaWords mark a name as describing a secret rather than holding it: its
// ID, prefix, last characters, hash, length, expiry, name or location.
var metaWords = map[string]bool{
	"id": true, "ids": true, "uuid": true, "prefix": true, "suffix": true, "last4": true, "last": true,
	"first": true, "hint": true, "masked": true, "mask": true, "redacted": true, "redact": true,
	"hash": true, "hashed": true, "hashes": true, "digest": true, "fingerprint": true, "sum": true,
	"checksum": true, "len": true, "length": true, "size": true, "count": true, "num": true,
	"type": true, "types": true, "kind": true, "name": true, "names": true, "url": true, "uri": true,
	"link": true, "path": true, "file": true, "filename": true, "dir": true, "env": true, "var": true,
	"expiry": true, "expires": true, "expiration": true, "exp": true, "ttl": true, "at": true,
	"time": true, "duration": true, "age": true, "created": true, "updated": true, "used": true,
	"is": true, "has": true, "valid": true, "invalid": true, "enabled": true, "required": true,
	"min": true, "max": true, "policy": true, "rules": true, "field": true, "label": true,
	"placeholder": true, "format": true, "scope": true, "scopes": true, "endpoint": true,
	"store": true, "manager": true, "provider": true, "source": true, "issuer": true,
	"version": true, "status": true, "error": true, "err": true, "regex": true, "pattern": true,
	"encrypted": true, "enc": true, "ciphertext": true, "sealed": true, "salt": true,
	"strength": true, "changed": true, "sent": true, "key": false, "param": true, "query": false,
	"header": false, "flag": true, "help": true, "usage": true, "prompt": true, "msg": true,
	"message": true, "ref": true, "class": true, "style": true, "mode": true, "algorithm": true,
	"alg": true, "method": true, "generator": true, "gen": true, "validator": true, "parser": true,
	"verifier": true, "cache": true, "attempts": true, "retries": true,
	"pubkey": true, "public": true, "bytes": false,
}

// notSecretWords make "token" mean something else: a lexer token, a page
// cursor, a cancellation token, a CSRF token (sent to the browser in every
// form, not a credential in logs).
var notSecretWords = map[string]bool{
	"tokenizer": true, "tokenize": true, "lexer": true, "lex": true, "scanner": true, "parser": true,
	"parse": true, "tok": true, "ast": true, "syntax": true, "next": true, "peek": true,
	"lookahead": true, "cancel": true, "cancellation": true, "page": true, "continuation": true,
	"cursor": true, "sync": true, "csrf": true, "xsrf": true, "state": true, "pagination": true,
	"bucket": true, "limiter": true, "rate": true, "tokens": true, "github": false, "notification": true,
	"push": true, "device": true, "fcm": true, "apns": true, "captcha": true, "recaptcha": true,
}

// redactWords name functions and values that hide a secret.
var redactWords = map[string]bool{
	"strip": true, "stripped": true, "remove": true, "sanitize": true, "sanitized": true, "scrub": true,
	"scrubbed": true, "obfuscate": true, "obfuscated": true, "hide": true, "hidden": true, "censor": true,
	"censored": true, "without": true, "mask": true, "masked": true, "redact": true, "redacted": true,
	"safe": true, "elide": true, "elided": true, "truncate": true, "truncated": true, "short": true,
	"validate": true, "verify": false, "check": true, "compare": true, "parse": true, "decode": false,
}

func hasAny(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

func has(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// classifyName returns the kind of secret a name (identifier, field,
// function, map or form key, header or environment variable name) says its
// value is.
func classifyName(name string) kind {
	ws := secretname.Words(name)
	// tenantFromToken, userByToken, claimsOfToken: the value is what
	// comes before the preposition.
	for i, w := range ws {
		if i > 0 && (w == "from" || w == "for" || w == "by" || w == "of" || w == "in" || w == "with") {
			ws = ws[:i]
			break
		}
	}
	if len(ws) == 0 {
		return notSecret
	}
	if hasAny(ws, redactWords) {
		return notSecret
	}
	name = strings.Join(ws, "_")
	j := strings.Join(ws, "")
	// Session IDs are not classified by name: an OIDC "sid" claim, a
	// session row's ID and a trace's session ID are identifiers. A session
	// cookie's value (kCookie) is the credential and is followed by API.
	// An ID token is a token (a signed JWT), not an ID.
	if strings.HasSuffix(j, "idtoken") && !hasAny(ws[:len(ws)-2], metaWords) && !hasAny(ws, notSecretWords) {
		return kToken
	}
	if hasAny(ws, metaWords) || hasAny(ws, notSecretWords) {
		return notSecret
	}
	if secretname.IsPassword(name) {
		return kPassword
	}
	tokenish := has(ws, "token") || has(ws, "code") || has(ws, "secret") || has(ws, "key") || has(ws, "otp")
	switch {
	case strings.Contains(j, "refresh") && strings.Contains(j, "token"):
		return kRefreshToken
	case secretname.IsOneTimeLink(name) && tokenish:
		return kResetToken
	case strings.Contains(j, "apikey") || strings.Contains(j, "apitoken"):
		return kAPIKey
	case strings.Contains(j, "clientsecret") || strings.Contains(j, "appsecret") || strings.Contains(j, "consumersecret"):
		return kClientSecret
	case has(ws, "authorization") || strings.Contains(j, "authheader") || j == "auth":
		return kAuthHeader
	case has(ws, "bearer") || has(ws, "jwt") || has(ws, "token") || has(ws, "otp") || has(ws, "totp"):
		return kToken
	case strings.Contains(j, "secretkey") || strings.Contains(j, "privatekey") || strings.Contains(j, "secretaccesskey") ||
		strings.Contains(j, "signingkey") || has(ws, "secret") || has(ws, "credential") || has(ws, "credentials") ||
		has(ws, "creds") || has(ws, "passphrase"):
		return kSecret
	}
	return notSecret
}

// stringLike reports whether a value of type t can carry a secret's text:
// strings, byte and rune slices and arrays, pointers to them. Interfaces
// count only where the caller says so (map lookups of a "password" key).
func stringLike(t types.Type, ifaceOK bool) bool {
	if t == nil {
		return false
	}
	if tuple, ok := t.(*types.Tuple); ok {
		if tuple.Len() == 0 {
			return false
		}
		t = tuple.At(0).Type()
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return isByte(u.Elem())
	case *types.Array:
		return isByte(u.Elem())
	case *types.Interface:
		return ifaceOK
	}
	return false
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && (b.Kind() == types.Byte || b.Kind() == types.Rune)
}

// redactingMethods are the methods through which loggers and fmt render a
// value: a type with one of them controls (and usually redacts) its output.
var redactingMethods = []string{"String", "Format", "GoString", "LogValue", "MarshalJSON", "MarshalText",
	"MarshalLogObject", "MarshalZerologObject", "Error"}

// rendersItself reports whether values of type t are printed by a method
// of their own rather than field by field or as their raw text.
func rendersItself(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, isNamed := types.Unalias(t).(*types.Named); !isNamed {
		if p, ok := types.Unalias(t).(*types.Pointer); !ok {
			return false
		} else if _, ok := types.Unalias(p.Elem()).(*types.Named); !ok {
			return false
		}
	}
	if _, isIface := t.Underlying().(*types.Interface); isIface {
		return false
	}
	ms := types.NewMethodSet(t)
	var ps *types.MethodSet
	if _, isPtr := t.(*types.Pointer); !isPtr {
		ps = types.NewMethodSet(types.NewPointer(t))
	}
	for _, name := range redactingMethods {
		if ms.Lookup(nil, name) != nil {
			return true
		}
		if ps != nil && ps.Lookup(nil, name) != nil {
			return true
		}
	}
	return false
}

// secretField returns the first field of struct type t (or *t) that holds
// a secret by its name, looking one level into embedded and nested
// structs. jsonOnly limits the search to fields a JSON encoder writes
// (exported, not tagged json:"-").
func secretField(t types.Type, jsonOnly bool, depth int) (*types.Var, kind) {
	if t == nil || depth > 2 {
		return nil, notSecret
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil, notSecret
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if jsonOnly {
			if !f.Exported() {
				continue
			}
			if tag := reflectTag(st.Tag(i), "json"); tag == "-" {
				continue
			}
		}
		if stringLike(f.Type(), false) && !rendersItself(f.Type()) {
			if k := classifyName(f.Name()); k != notSecret {
				return f, k
			}
			continue
		}
		if depth < 2 && !rendersItself(f.Type()) {
			if inner, k := secretField(f.Type(), jsonOnly, depth+1); inner != nil {
				return inner, k
			}
		}
	}
	return nil, notSecret
}

// reflectTag returns the first comma-separated element of a struct tag key.
func reflectTag(tag, key string) string {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			return ""
		}
		name := tag[:i]
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			return ""
		}
		value := tag[1:i]
		tag = tag[i+1:]
		if name == key {
			if c := strings.IndexByte(value, ','); c >= 0 {
				value = value[:c]
			}
			return value
		}
	}
	return ""
}
