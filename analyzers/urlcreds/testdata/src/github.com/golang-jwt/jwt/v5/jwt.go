// Package jwt is a stub of github.com/golang-jwt/jwt/v5 with the real signatures.
package jwt

// Token is a JWT.
type Token struct {
	Raw   string
	Valid bool
}

// Keyfunc supplies the verification key.
type Keyfunc func(*Token) (interface{}, error)

// Claims is the claims interface.
type Claims interface{}

// MapClaims is a claims map.
type MapClaims map[string]interface{}
