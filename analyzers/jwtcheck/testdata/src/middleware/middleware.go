// Package middleware authenticates API requests with bearer JWTs
// (golang-jwt v5).
package middleware

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type ctxKey struct{}

// Claims are the claims the API issues.
type Claims struct {
	jwt.RegisteredClaims
	Role     string `json:"role"`
	TenantID string `json:"tid"`
}

var hmacKey = []byte(os.Getenv("JWT_HMAC_KEY"))

// claimPolicy is the issuer, audience and expiry policy shared by
// verifiers that pin the algorithm in their keyfunc.
var claimPolicy = []jwt.ParserOption{
	jwt.WithIssuer("https://auth.example.com"),
	jwt.WithAudience("orders-api"),
	jwt.WithExpirationRequired(),
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// Verifier is the correct setup: algorithm, issuer, audience and expiry
// are all pinned, the key comes from the environment.
type Verifier struct {
	parser *jwt.Parser
	key    []byte
}

func NewVerifier() *Verifier {
	return &Verifier{
		parser: jwt.NewParser(
			jwt.WithValidMethods([]string{"HS256"}),
			jwt.WithIssuer("https://auth.example.com"),
			jwt.WithAudience("orders-api"),
			jwt.WithExpirationRequired(),
		),
		key: []byte(os.Getenv("JWT_KEY")),
	}
}

func (v *Verifier) keyFor(*jwt.Token) (any, error) { return v.key, nil }

// Middleware checks the error and token.Valid before trusting anything.
func (v *Verifier) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var claims Claims
		token, err := v.parser.ParseWithClaims(bearer(r), &claims, v.keyFor)
		if err != nil || !token.Valid {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		ctx := context.WithValue(r.Context(), ctxKey{}, claims.Subject)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// Subject follows the library README: the claims are read in the same
// statement that checks token.Valid.
func (v *Verifier) Subject(raw string) (string, error) {
	token, err := v.parser.Parse(raw, v.keyFor)
	if claims, ok := token.Claims.(jwt.MapClaims); ok && token.Valid {
		return claims["sub"].(string), nil
	}
	return "", err
}

// Token hands the error to its caller.
func (v *Verifier) Token(raw string) (*jwt.Token, error) {
	return v.parser.Parse(raw, v.keyFor)
}

// CurrentUser drops the error: a forged token's subject is returned.
func (v *Verifier) CurrentUser(r *http.Request) string {
	tok, _ := v.parser.Parse(bearer(r), v.keyFor) // want `the error of jwt.Parser.Parse is discarded, but its token or claims are used \(line \d+\); golang-jwt fills them`
	claims := tok.Claims.(jwt.MapClaims)
	sub, _ := claims["sub"].(string)
	return sub
}

// Role reads the claims before looking at the error.
func (v *Verifier) Role(raw string) (string, error) {
	var claims Claims
	_, err := v.parser.ParseWithClaims(raw, &claims, v.keyFor) // want `from jwt.Parser.ParseWithClaims are used \(line \d+\) before err or token.Valid is checked`
	role := claims.Role
	if err != nil {
		return "", err
	}
	return role, nil
}

// RequireUser is an older handler: any algorithm, no iss/aud/exp policy.
func RequireUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token, err := jwt.Parse(bearer(r), func(t *jwt.Token) (any, error) { // want `jwt.Parse accepts whatever algorithm the token names` `jwt.Parse does not validate the issuer` `jwt.Parse does not validate the audience` `jwt.Parse accepts tokens without an exp claim`
			log.Printf("verifying token signed with %s", t.Method.Alg())
			return hmacKey, nil
		})
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, token.Claims)))
	})
}

// checkedKeyfunc rejects "none" and anything but HMAC.
func checkedKeyfunc(t *jwt.Token) (any, error) {
	if t.Method == jwt.SigningMethodNone || t.Method.Alg() == jwt.SigningMethodNone.Alg() {
		return nil, errors.New("unsigned token")
	}
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
	}
	return hmacKey, nil
}

// ParseChecked pins the method in the keyfunc instead of the options.
func ParseChecked(raw string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(raw, claims, checkedKeyfunc,
		jwt.WithIssuer("https://auth.example.com"), jwt.WithAudience("orders-api"), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// algSwitch compares the alg header.
var algSwitch = func(t *jwt.Token) (any, error) {
	switch t.Method.Alg() {
	case "HS256":
		return hmacKey, nil
	}
	return nil, errors.New("unexpected algorithm")
}

// ParseSwitch resolves its keyfunc through a package variable.
func ParseSwitch(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, algSwitch, claimPolicy...)
}

// JWKS is a key-set client from another module.
type JWKS interface {
	Keyfunc(*jwt.Token) (any, error)
}

// ParseJWKS uses a keyfunc the analyzer cannot see: not reported.
func ParseJWKS(raw string, jwks JWKS) (*jwt.Token, error) {
	return jwt.Parse(raw, jwks.Keyfunc, claimPolicy...)
}

// KeyStore verifies tokens whose kid names one of several keys.
type KeyStore struct {
	keys   map[string][]byte
	parser *jwt.Parser
}

func NewKeyStore(keys map[string][]byte) *KeyStore {
	return &KeyStore{keys: keys, parser: jwt.NewParser(
		jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("https://auth.example.com"),
		jwt.WithAudience("orders-api"), jwt.WithExpirationRequired())}
}

// Verify peeks at kid without verification, then verifies with that key.
func (ks *KeyStore) Verify(raw string) (*Claims, error) {
	unverified, _, err := jwt.NewParser().ParseUnverified(raw, &jwt.RegisteredClaims{})
	if err != nil {
		return nil, err
	}
	kid, _ := unverified.Header["kid"].(string)
	key, ok := ks.keys[kid]
	if !ok {
		return nil, errors.New("unknown key id")
	}
	claims := &Claims{}
	_, err = jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) { return key, nil },
		jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("https://auth.example.com"),
		jwt.WithAudience("orders-api"), jwt.WithExpirationRequired())
	if err != nil {
		return nil, err
	}
	return claims, nil
}

// VerifyByIssuer reads iss from the unverified claims to pick a key, then
// verifies into the same claims value.
func (ks *KeyStore) VerifyByIssuer(raw string) (*Claims, error) {
	var claims Claims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &claims); err != nil {
		return nil, err
	}
	key := ks.keys[claims.Issuer]
	if _, err := ks.parser.ParseWithClaims(raw, &claims, func(*jwt.Token) (any, error) { return key, nil }); err != nil {
		return nil, err
	}
	return &claims, nil
}

// LogRejected logs who an unverified token claims to be.
func LogRejected(raw string) {
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		log.Printf("malformed token: %v", err)
		return
	}
	log.Printf("rejected token for %v (kid %v)", tok.Claims.(jwt.MapClaims)["sub"], tok.Header["kid"])
}

// UntrustedContext puts unverified claims into the request context.
func UntrustedContext(r *http.Request) context.Context {
	claims := jwt.MapClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(bearer(r), claims) // want `jwt.Parser.ParseUnverified does not verify the signature, yet its claims are stored in a context value`
	if err != nil {
		return r.Context()
	}
	return context.WithValue(r.Context(), ctxKey{}, claims["user_id"])
}

// TenantOf returns the tenant of an unverified token.
func TenantOf(raw string) (string, error) {
	var claims Claims
	tok, _, err := jwt.NewParser().ParseUnverified(raw, &claims) // want `ParseUnverified does not verify the signature, yet its claims are returned`
	if err != nil {
		return "", err
	}
	_ = tok
	return claims.TenantID, nil
}

// IsAdmin decides on the unverified subject.
func IsAdmin(raw string, admins map[string]bool) bool {
	tok, _, err := jwt.NewParser().ParseUnverified(raw, &jwt.RegisteredClaims{}) // want `yet its claims provide the subject \(sub\) the code acts on`
	if err != nil {
		return false
	}
	sub, _ := tok.Claims.GetSubject()
	if admins[sub] {
		return true
	}
	return false
}

// VerifyTenant picks the tenant's key from the unverified tid claim: the
// unverified value only chooses the key.
func (ks *KeyStore) VerifyTenant(raw string) (*Claims, error) {
	var peeked Claims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &peeked); err != nil {
		return nil, err
	}
	claims := &Claims{}
	_, err := ks.parser.ParseWithClaims(raw, claims, func(*jwt.Token) (any, error) {
		return ks.keys[peeked.TenantID], nil
	})
	if err != nil {
		return nil, err
	}
	return claims, nil
}
