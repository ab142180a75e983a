package urlcreds

import (
	"strings"

	"github.com/authcheck/authcheck/analyzers/internal/secretname"
)

// credentialKind names what a query parameter carries, for messages, and
// what to use instead.
type credentialKind struct {
	what        string // "access token", "API key", …
	sendInstead string // advice for code that puts it into a URL
	readInstead string // advice for code that reads it from a URL
}

var (
	kindAccessToken = credentialKind{"access token",
		"send it in the Authorization header (Authorization: Bearer …)",
		"accept it only from the Authorization header"}
	kindRefreshToken = credentialKind{"refresh token",
		"send it in the body of a POST to the token endpoint",
		"accept it only from the body of a POST"}
	kindIDToken = credentialKind{"ID token",
		"send it in the body of a POST (or the Authorization header)",
		"accept it only from the body of a POST or the Authorization header"}
	kindAPIKey = credentialKind{"API key",
		"send it in a request header (Authorization or X-API-Key)",
		"accept it only from a request header (Authorization or X-API-Key)"}
	kindPassword = credentialKind{"password",
		"send it in the body of a POST",
		"read it from the body of a POST"}
	kindSession = credentialKind{"session ID",
		"keep it in an HttpOnly, Secure cookie",
		"read it from the session cookie"}
	kindClientSecret = credentialKind{"client secret",
		"send it in the token request's POST body or with HTTP Basic authentication",
		"accept it only from the POST body or HTTP Basic authentication"}
	kindSecret = credentialKind{"secret",
		"send it in a request header or the body of a POST",
		"accept it only from a request header or the body of a POST"}
	kindToken = credentialKind{"token",
		"send it in the Authorization header or the body of a POST",
		"accept it only from the Authorization header or the body of a POST"}
	kindCredential = credentialKind{"credential",
		"send it in a request header or the body of a POST",
		"accept it only from a request header or the body of a POST"}
)

// classify describes a parameter already known to be a URL credential.
func classify(param string) credentialKind {
	words := secretname.Words(param)
	j := strings.Join(words, "")
	has := func(w string) bool {
		for _, x := range words {
			if x == w {
				return true
			}
		}
		return false
	}
	switch {
	case strings.Contains(j, "refreshtoken"):
		return kindRefreshToken
	case strings.Contains(j, "idtoken"):
		return kindIDToken
	case strings.Contains(j, "clientsecret"):
		return kindClientSecret
	case strings.Contains(j, "apikey") || strings.Contains(j, "accesskey"):
		return kindAPIKey
	case secretname.IsPassword(param) || strings.Contains(j, "password"):
		return kindPassword
	case strings.Contains(j, "session") || has("sid"):
		return kindSession
	case strings.Contains(j, "accesstoken") || has("jwt") || has("bearer") || has("auth") || has("authorization"):
		return kindAccessToken
	case strings.HasSuffix(j, "secret"):
		return kindSecret
	case strings.HasSuffix(j, "token"):
		return kindToken
	}
	return kindCredential
}

// Names that say only "a token", which in a password-reset mailer or an
// e-mail verification handler is the one-time link token. A specific name
// (access_token, api_key, session_id) keeps its meaning wherever it is.
var genericTokenNames = map[string]bool{
	"token": true, "tok": true, "t": true, "secret": true, "key": true, "code": true,
	"otp": true, "nonce": true, "sig": true, "signature": true, "hash": true,
}

func isGeneric(name string) bool {
	return genericTokenNames[strings.Join(secretname.Words(name), "")]
}

// isSpecificCredential reports whether name names a credential that is
// never a one-time link token: an access token, API key, session ID, …
func isSpecificCredential(name string) bool {
	return name != "" && isCredentialParam(name) && !isGeneric(name) && !secretname.IsOneTimeLink(name)
}

// oneTimeLink decides whether a credential in a URL is a one-time link
// token (password reset, e-mail verification, magic link, invitation) and
// returns the link's kind for the message. The parameter and the value's
// own names count first; the enclosing function's name and the URL's path
// count only when neither name is specific, so that an access token in a
// function called ConfirmOrder stays an access token.
func oneTimeLink(param, valueName string, context []string) (kind string, ok bool) {
	if isSpecificCredential(param) || isSpecificCredential(valueName) {
		return "", false
	}
	for _, s := range append([]string{param, valueName}, context...) {
		if s != "" && secretname.IsOneTimeLink(s) {
			return oneTimeKind(s), true
		}
	}
	return "", false
}

// oneTimeKind words the kind of link for the message, using the same
// vocabulary as secretname.IsOneTimeLink.
func oneTimeKind(s string) string {
	j := strings.Join(secretname.Words(s), "")
	for _, k := range []struct{ sub, kind string }{
		{"reset", "password-reset"},
		{"recovery", "account-recovery"},
		{"magic", "magic"},
		{"invit", "invitation"},
		{"activat", "activation"},
		{"unsubscribe", "unsubscribe"},
		{"verif", "verification"},
		{"confirm", "confirmation"},
	} {
		if strings.Contains(j, k.sub) {
			return k.kind
		}
	}
	return "one-time"
}

// paramBefore reads the query parameter whose value follows text: text
// must end in "name=", with name preceded by a query separator ("?", "&"
// or "#"). If name starts the text, sep is "" and the caller decides from
// the context (the value of URL.RawQuery starts with a name).
func paramBefore(text string) (name string, sep byte, ok bool) {
	if !strings.HasSuffix(text, "=") {
		return "", 0, false
	}
	end := len(text) - 1
	start := end
	for start > 0 && isParamNameByte(text[start-1]) {
		start--
	}
	if start == end {
		return "", 0, false
	}
	name = text[start:end]
	if start == 0 {
		return name, 0, true
	}
	switch text[start-1] {
	case '?', '&', '#':
		return name, text[start-1], true
	}
	return "", 0, false
}

func isParamNameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' ||
		b == '_' || b == '-' || b == '.' || b == '[' || b == ']'
}

// looksLikeURL reports whether constant text preceding a "&name=" shows
// that the string is a URL rather than a form body: it has a query or
// fragment start, a scheme, or is an absolute path.
func looksLikeURL(prior string) bool {
	return strings.ContainsAny(prior, "?#") || strings.Contains(prior, "://")
}

// endsQueryStart reports whether text ends where a query string (or the
// next parameter of one) starts, so that what follows is query content.
func endsQueryStart(text string) bool {
	return strings.HasSuffix(text, "?") || strings.HasSuffix(text, "#") ||
		(strings.HasSuffix(text, "&") && looksLikeURL(text))
}

// Parameter names that carry a session in URLs but that
// secretname.IsURLCredential leaves out: "?session=…", PHP's "?sess=…".
var extraURLCredentials = map[string]bool{
	"session": true, "sess": true, "sessid": true, "sessionkey": true,
}

// isCredentialParam reports whether a query parameter or form key names
// a credential.
func isCredentialParam(name string) bool {
	return secretname.IsURLCredential(name) || extraURLCredentials[strings.Join(secretname.Words(name), "")]
}

// Parameter names too bare to classify on their own ("?key=…", "?k=…"):
// they are credentials when the value put into them or read from them is
// named like one ("?key=" + apiKey, apiKey := q.Get("key")).
var bareParams = map[string]bool{"key": true, "k": true}

// credentialName decides whether a query parameter carries a credential
// and returns the name to describe it by: the parameter itself, or for a
// bare parameter the value's name.
func credentialName(param, valueName string) (string, bool) {
	if isCredentialParam(param) {
		return param, true
	}
	if bareParams[strings.Join(secretname.Words(param), "")] && valueName != "" && isCredentialParam(valueName) {
		return valueName, true
	}
	return "", false
}

// logoutWords name a logout, whose link token only guards against
// cross-site logout.
func namesLogout(s string) bool {
	j := strings.Join(secretname.Words(s), "")
	return strings.Contains(j, "logout") || strings.Contains(j, "signout") || strings.Contains(j, "logoff")
}

// logoutToken decides whether a credential in a URL is a logout link's
// anti-CSRF token: the parameter is a generic token name or names the
// logout, and the parameter, the value, the function or the URL say
// logout. A specific credential (access_token, session_id) in a logout
// URL keeps its meaning.
func logoutToken(param, valueName string, context []string) bool {
	if !isGeneric(param) && !namesLogout(param) && !strings.Contains(strings.Join(secretname.Words(param), ""), "csrf") {
		return false
	}
	if valueName != "" && isSpecificCredential(valueName) && !namesLogout(valueName) {
		return false
	}
	for _, s := range append([]string{param, valueName}, context...) {
		if s != "" && namesLogout(s) {
			return true
		}
	}
	return false
}
