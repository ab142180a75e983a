// Package legacy is an older service on dgrijalva/jwt-go and
// golang-jwt/jwt/v4.
package legacy

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"net/http"
	"time"

	jwt "github.com/dgrijalva/jwt-go"
)

const jwtSecret = "change-me"

// UserClaims are the claims of the legacy session token.
type UserClaims struct {
	UserID int64 `json:"uid"`
	jwt.StandardClaims
}

// Login issues a three-day token signed with a constant.
func Login(userID int64) (string, error) {
	claims := UserClaims{
		UserID: userID,
		StandardClaims: jwt.StandardClaims{
			ExpiresAt: time.Now().Add(72 * time.Hour).Unix(), // want `access token lifetime is 72h`
			Issuer:    "legacy",
		},
	}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString([]byte(jwtSecret)) // want `the key passed to SignedString is the constant jwtSecret`
}

// RefreshLogin issues the long-lived refresh token.
func RefreshLogin(userID int64, key *rsa.PrivateKey) (string, error) {
	claims := UserClaims{UserID: userID, StandardClaims: jwt.StandardClaims{ExpiresAt: time.Now().Add(30 * 24 * time.Hour).Unix()}}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// Authenticate accepts any algorithm.
func Authenticate(r *http.Request) (*UserClaims, error) {
	claims := &UserClaims{}
	token, err := jwt.ParseWithClaims(r.Header.Get("X-Auth"), claims, func(*jwt.Token) (interface{}, error) { // want `jwt.ParseWithClaims accepts whatever algorithm the token names and the keyfunc never checks token.Method: set jwt.Parser`
		return []byte(jwtSecret), nil // want `the key returned by the keyfunc is the constant jwtSecret`
	})
	if err != nil || !token.Valid {
		return nil, errors.New("unauthorized")
	}
	return claims, nil
}

type rsaVerifier struct {
	pub *rsa.PublicKey
}

func (v *rsaVerifier) publicKey(*jwt.Token) (interface{}, error) { return v.pub, nil }

var parser = &jwt.Parser{ValidMethods: []string{"RS256"}}

// Verify pins the method with Parser.ValidMethods.
func (v *rsaVerifier) Verify(raw string) (*UserClaims, error) {
	claims := &UserClaims{}
	if _, err := parser.ParseWithClaims(raw, claims, v.publicKey); err != nil {
		return nil, err
	}
	return claims, nil
}

// keyForAlg switches on the method type.
func (v *rsaVerifier) keyForAlg(t *jwt.Token) (interface{}, error) {
	switch t.Method.(type) {
	case *jwt.SigningMethodRSA:
		return v.pub, nil
	default:
		return nil, fmt.Errorf("unexpected alg %v", t.Header["alg"])
	}
}

// VerifySwitch checks the method in the keyfunc.
func (v *rsaVerifier) VerifySwitch(raw string) (int64, error) {
	token, err := jwt.Parse(raw, v.keyForAlg)
	if err != nil {
		return 0, err
	}
	claims, _ := token.Claims.(jwt.MapClaims)
	uid, _ := claims["uid"].(float64)
	return int64(uid), nil
}

// permissiveParser has no ValidMethods.
var permissiveParser = new(jwt.Parser)

// VerifyPermissive delegates to a helper that never checks the method.
func (v *rsaVerifier) VerifyPermissive(raw string) (*jwt.Token, error) {
	return permissiveParser.Parse(raw, v.lookup) // want `jwt.Parser.Parse accepts whatever algorithm`
}

func (v *rsaVerifier) lookup(t *jwt.Token) (interface{}, error) { return v.keyFromHeader(t) }

func (v *rsaVerifier) keyFromHeader(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Header["kid"].(string); !ok {
		return nil, errors.New("no kid")
	}
	return v.pub, nil
}
