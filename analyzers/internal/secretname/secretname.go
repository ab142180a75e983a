// Package secretname classifies identifiers and strings by what they name:
// a password, a secret (token, MAC, key, …) or a credential that must not
// travel in a URL. The analyzers share it so that "is this a secret?" has
// one answer across rules.
//
// Classification works on words: "userAPIKey", "user_api_key" and
// "user-api-key" all split into [user api key].
package secretname

import (
	"strings"
	"unicode"
)

// Words splits an identifier or key into lower-case words at camel-case
// boundaries, digits-to-letters transitions and any non-alphanumeric rune.
// "HMACSignature" → [hmac signature]; "x-api-key" → [x api key].
func Words(name string) []string {
	var words []string
	rs := []rune(name)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := rs[i-1]
		switch {
		case unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)):
			flush(i) // fooBar, sha256Sum
			start = i
		case unicode.IsUpper(r) && unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
			flush(i) // HTTPServer -> HTTP Server
			start = i
		}
	}
	flush(len(rs))
	return words
}

// joined returns the words concatenated, so that multi-word terms such as
// "api key" and "apikey" match alike.
func joined(words []string) string { return strings.Join(words, "") }

func hasWord(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// Words that, anywhere in a name, mean the value is metadata about a secret
// rather than the secret: its type, size, count, name, location or policy.
var metaWords = map[string]bool{
	"type": true, "types": true, "kind": true, "len": true, "length": true, "size": true,
	"count": true, "num": true, "number": true, "index": true, "idx": true, "pos": true,
	"name": true, "names": true, "url": true, "uri": true, "endpoint": true, "path": true,
	"file": true, "filename": true, "dir": true, "env": true, "ref": true, "header": false,
	"policy": true, "rules": true, "field": true, "label": true, "placeholder": true,
	"expiry": true, "expires": true, "expiration": true, "exp": true, "ttl": true, "lifetime": true,
	"at": true, "time": true, "duration": true, "age": true, "created": true, "updated": true,
	"algorithm": true, "alg": true, "method": true, "format": true, "prefix": true, "suffix": true,
	"id": false, "is": true, "has": true, "show": true, "valid": true, "enabled": true,
	"required": true, "min": true, "max": true, "strength": true, "hint": true, "error": true,
	"err": true, "regex": true, "pattern": true, "mask": true, "scope": true, "scopes": true,
	"store": true, "manager": true, "provider": true, "source": true, "issuer": true,
	"reset": false, "changed": true, "version": true, "status": true, "state": false,
}

// Words that make "token" mean a lexer or parser token.
var parseTokenWords = map[string]bool{
	"tokenizer": true, "tokenize": true, "tokens": false, "lexer": true, "lex": true,
	"scanner": true, "parser": true, "parse": true, "tok": true, "ast": true, "syntax": true,
	"next": true, "peek": true, "lookahead": true, "cancel": true, "cancellation": true,
}

var passwordWords = map[string]bool{
	"password": true, "passwd": true, "pwd": true, "passphrase": true, "pw": true, "pass": true,
	"passcode": true,
}

// IsPassword reports whether name names a user's password (plaintext), as
// opposed to its hash, its policy or its length.
func IsPassword(name string) bool {
	ws := Words(name)
	if !hasWord(ws, passwordWords) {
		j := joined(ws)
		if !strings.Contains(j, "password") && !strings.Contains(j, "passwd") && !strings.Contains(j, "passphrase") {
			return false
		}
	}
	for _, w := range ws {
		switch w {
		case "hash", "hashed", "digest", "reset", "salt", "pepper", "manager", "through", "thru":
			return false
		case "pass":
			if len(ws) > 1 && (ws[0] == "bypass" || ws[len(ws)-1] == "through") {
				return false
			}
		}
	}
	return !hasWord(ws, metaWords)
}

var secretWords = map[string]bool{
	"token": true, "secret": true, "apikey": true, "hmac": true, "mac": true, "signature": true,
	"sig": true, "digest": true, "otp": true, "totp": true, "hotp": true, "csrf": true, "xsrf": true,
	"nonce": true, "bearer": true, "credential": true, "credentials": true, "creds": true,
	"passwordhash": true, "hash": false, "session": false, "sid": true, "jwt": true,
	"authorization": true, "auth": false, "key": false, "pin": false,
}

// IsSecret reports whether name names a secret value whose comparison must
// be constant-time: a token, MAC, signature, key, OTP code, CSRF token,
// nonce, password hash or credential.
func IsSecret(name string) bool {
	ws := Words(name)
	if len(ws) == 0 {
		return false
	}
	j := joined(ws)
	secret := hasWord(ws, secretWords) ||
		strings.Contains(j, "apikey") || strings.Contains(j, "accesskey") ||
		strings.Contains(j, "secretkey") || strings.Contains(j, "privatekey") ||
		strings.Contains(j, "signingkey") || strings.Contains(j, "passwordhash") ||
		strings.Contains(j, "sessionid") || strings.Contains(j, "sessionkey") ||
		strings.Contains(j, "resetcode") || strings.Contains(j, "verificationcode") ||
		strings.Contains(j, "otpcode") || strings.Contains(j, "authcode") ||
		strings.Contains(j, "hashedpassword") || strings.Contains(j, "pwhash") ||
		strings.Contains(j, "authheader") || strings.Contains(j, "authorization")
	if !secret {
		return false
	}
	if hasWord(ws, parseTokenWords) || strings.Contains(j, "tokeniz") {
		return false
	}
	// "mac" in a MAC address is a hardware address, not a MAC.
	if hasWord(ws, map[string]bool{"mac": true}) && hasWord(ws, map[string]bool{"addr": true, "address": true, "os": true}) {
		return false
	}
	return !hasWord(ws, metaWords)
}

var urlCredentialWords = map[string]bool{
	"token": true, "accesstoken": true, "apikey": true, "password": true, "passwd": true,
	"pwd": true, "secret": true, "sessionid": true, "sid": true, "jwt": true, "auth": true,
	"authorization": true, "bearer": true, "credential": true, "credentials": true,
	"key": false, "idtoken": true, "refreshtoken": true, "clientsecret": true, "sig": false,
}

// IsURLCredential reports whether a query parameter or form key names a
// credential ("token", "access_token", "api_key", "password", "session_id",
// "jwt", …) rather than, say, a page token or CSRF-free cursor.
func IsURLCredential(key string) bool {
	ws := Words(key)
	if len(ws) == 0 {
		return false
	}
	j := joined(ws)
	if urlCredentialWords[j] {
		return true
	}
	for _, w := range ws {
		switch w {
		case "page", "next", "continuation", "cursor", "sync", "csrf", "xsrf", "state":
			return false // pagination and protocol state, not credentials
		}
	}
	if strings.HasSuffix(j, "token") || strings.HasSuffix(j, "apikey") || strings.HasSuffix(j, "secret") ||
		strings.HasSuffix(j, "password") || strings.HasSuffix(j, "sessionid") {
		return !hasWord(ws, metaWords)
	}
	return false
}

// IsOneTimeLink reports whether the words of name point at a one-time,
// short-lived link token that legitimately travels in a URL: password
// reset, e-mail verification, invitations, magic links.
func IsOneTimeLink(name string) bool {
	j := joined(Words(name))
	for _, s := range []string{"reset", "verify", "verification", "confirm", "confirmation", "magic", "invite", "invitation", "activation", "activate", "unsubscribe", "recovery"} {
		if strings.Contains(j, s) {
			return true
		}
	}
	return false
}
