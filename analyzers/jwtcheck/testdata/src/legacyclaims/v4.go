// Package legacyclaims verifies tokens with golang-jwt v4 and jwt-go and
// never looks at the issuer or the audience.
package legacyclaims

import (
	"errors"
	"os"

	jwtgo "github.com/dgrijalva/jwt-go"
	"github.com/golang-jwt/jwt/v4"
)

var key = []byte(os.Getenv("ORDERS_JWT_KEY"))

func hmacOnly(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("unexpected algorithm")
	}
	return key, nil
}

// Subject verifies signature and expiry only.
func Subject(raw string) (string, error) {
	claims := &jwt.RegisteredClaims{}
	tok, err := jwt.ParseWithClaims(raw, claims, hmacOnly) // want `jwt.ParseWithClaims \(golang-jwt v4\) does not validate the issuer` `jwt.ParseWithClaims \(golang-jwt v4\) does not validate the audience`
	if err != nil || !tok.Valid {
		return "", errors.New("invalid token")
	}
	return claims.Subject, nil
}

// LegacySubject does the same with jwt-go.
func LegacySubject(raw string) (string, error) {
	claims := &jwtgo.StandardClaims{}
	p := &jwtgo.Parser{ValidMethods: []string{"HS256"}}
	tok, err := p.ParseWithClaims(raw, claims, func(*jwtgo.Token) (interface{}, error) { return key, nil }) // want `jwt.Parser.ParseWithClaims \(jwt-go \(v3 API\)\) does not validate the issuer` `does not validate the audience`
	if err != nil || !tok.Valid {
		return "", errors.New("invalid token")
	}
	return claims.Subject, nil
}

// WithHook lets the caller's keyfunc, which sees the claims, decide.
func WithHook(raw string, keyfunc jwt.Keyfunc) (*jwt.Token, error) {
	return jwt.Parse(raw, keyfunc)
}
