// Package joseclaims verifies service tokens with go-jose.
package joseclaims

import (
	"errors"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

var algs = []jose.SignatureAlgorithm{jose.EdDSA}

// Caller checks the signature only: exp, iss and aud are never looked at.
func Caller(raw string, key any) (string, error) {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return "", err
	}
	var c jwt.Claims
	if err := tok.Claims(key, &c); err != nil { // want `claims of JSONWebToken.Claims are never validated` `claims of JSONWebToken.Claims are never validated` `claims of JSONWebToken.Claims are never validated`
		return "", err
	}
	return c.Subject, nil
}

// NoAudience validates time and issuer but accepts any audience.
func NoAudience(raw string, key any) (string, error) {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return "", err
	}
	var c jwt.Claims
	if err := tok.Claims(key, &c); err != nil { // want `validated with a jwt.Expected that names no audience`
		return "", err
	}
	if err := c.ValidateWithLeeway(jwt.Expected{Issuer: "https://id.example.com", Time: time.Now()}, time.Minute); err != nil {
		return "", err
	}
	return c.Subject, nil
}

// serviceClaims embeds the registered claims.
type serviceClaims struct {
	jwt.Claims
	Scope string `json:"scope"`
}

// Full validates everything it should.
func Full(raw string, key any) (string, error) {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return "", err
	}
	var c serviceClaims
	if err := tok.Claims(key, &c); err != nil {
		return "", err
	}
	want := jwt.Expected{Issuer: "https://id.example.com", AnyAudience: jwt.Audience{"ledger"}, Time: time.Now()}
	if err := c.Validate(want); err != nil {
		return "", err
	}
	if c.Scope != "ledger:write" {
		return "", errors.New("scope")
	}
	return c.Subject, nil
}

// Decode leaves validation to its caller.
func Decode(raw string, key any) (*serviceClaims, error) {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return nil, err
	}
	c := &serviceClaims{}
	if err := tok.Claims(key, c); err != nil {
		return nil, err
	}
	return c, nil
}
