package rules

// sourceAPIs are the import paths whose use gives an analyzer's rules
// something to check, for rules that do not list their own APIs (see
// Rule.APIs). An audit grades a rule's part of a checklist item n/a when
// no scanned package imports any of them. Analyzers absent here look at
// any Go code:
//   - secretcompare (AC2xx): secrets are recognised by name and by where
//     values come from, and == needs no import;
//   - urlcreds (AC4xx): a URL built with + needs no import (the
//     "?access_token=" literal is the evidence);
//   - suppression (AC001): directives can be in any file.
var sourceAPIs = map[string][]string{
	// The hash and KDF packages the pwhash analyzer's fast path watches.
	"pwhash": {
		"crypto/md5", "crypto/sha1", "crypto/sha256", "crypto/sha512", "crypto/sha3",
		"crypto/hmac", "crypto/hkdf", "crypto/pbkdf2",
		"golang.org/x/crypto/argon2", "golang.org/x/crypto/bcrypt", "golang.org/x/crypto/scrypt",
		"golang.org/x/crypto/pbkdf2", "golang.org/x/crypto/sha3", "golang.org/x/crypto/blake2b",
		"golang.org/x/crypto/blake2s", "golang.org/x/crypto/md4", "golang.org/x/crypto/ripemd160",
		"golang.org/x/crypto/hkdf", "github.com/alexedwards/argon2id",
	},
	// The JWT libraries jwtcheck understands (each path also covers its
	// subpackages: /v5, /request, /jwt).
	"jwtcheck": {
		"github.com/golang-jwt/jwt", "github.com/dgrijalva/jwt-go", "github.com/form3tech-oss/jwt-go",
		"github.com/lestrrat-go/jwx/v2", "github.com/lestrrat-go/jwx/v3",
		"github.com/go-jose/go-jose/v3", "github.com/go-jose/go-jose/v4",
		"gopkg.in/go-jose/go-jose.v2", "gopkg.in/square/go-jose.v2",
	},
}
