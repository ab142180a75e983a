// Package fix exercises the AC307 suggested fix.
package fix

import (
	jwtv5 "github.com/golang-jwt/jwt/v5"
)

func keyfunc(t *jwtv5.Token) (any, error) {
	if _, ok := t.Method.(*jwtv5.SigningMethodEd25519); !ok {
		return nil, jwtv5.ErrSignatureInvalid
	}
	return nil, nil
}

// newParser builds a multi-line parser with a trailing comma.
func newParser() *jwtv5.Parser {
	return jwtv5.NewParser( // want `jwt.NewParser accepts tokens without an exp claim`
		jwtv5.WithValidMethods([]string{"EdDSA"}),
		jwtv5.WithIssuer("https://auth.example.com"),
		jwtv5.WithAudience("billing"),
	)
}

// Verify parses with a one-line option list.
func Verify(raw string) (*jwtv5.Token, error) {
	return jwtv5.Parse(raw, keyfunc, jwtv5.WithIssuer("https://auth.example.com"), jwtv5.WithAudience("billing")) // want `jwt.Parse accepts tokens without an exp claim`
}

// bare has no options at all.
var bare = jwtv5.NewParser() // want `jwt.NewParser does not validate the issuer` `jwt.NewParser does not validate the audience` `jwt.NewParser accepts tokens without an exp claim`

// VerifyBare uses the bare parser.
func VerifyBare(raw string) (*jwtv5.Token, error) {
	return bare.Parse(raw, keyfunc)
}
