// Package reqauth authenticates with golang-jwt's request helpers.
package reqauth

import (
	"context"
	"crypto/rsa"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/golang-jwt/jwt/v5/request"
)

type ctxKey struct{}

var verifier = jwt.NewParser(
	jwt.WithValidMethods([]string{"RS256"}),
	jwt.WithIssuer("https://auth.example.com"),
	jwt.WithAudience("reports"),
	jwt.WithExpirationRequired(),
)

// Auth verifies RS256 tokens with a public key.
type Auth struct {
	pub *rsa.PublicKey
}

func (a *Auth) key(*jwt.Token) (any, error) { return a.pub, nil }

// Handler uses the pinned parser.
func (a *Auth) Handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims := &jwt.RegisteredClaims{}
		tok, err := request.ParseFromRequest(r, request.AuthorizationHeaderExtractor, a.key,
			request.WithParser(verifier), request.WithClaims(claims))
		if err != nil || !tok.Valid {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, claims.Subject)))
	})
}

// Legacy uses the default parser: nothing pinned.
func (a *Auth) Legacy(r *http.Request) (*jwt.Token, error) {
	tok, err := request.ParseFromRequest(r, request.AuthorizationHeaderExtractor, a.key) // want `request.ParseFromRequest accepts whatever algorithm the token names and the keyfunc never checks token.Method: pass request.WithParser` `request.ParseFromRequest does not validate the issuer` `request.ParseFromRequest does not validate the audience` `request.ParseFromRequest accepts tokens without an exp claim`
	if err != nil {
		return nil, err
	}
	return tok, nil
}

// UserID ignores the result of the parse.
func (a *Auth) UserID(r *http.Request) string {
	claims := &jwt.RegisteredClaims{}
	request.ParseFromRequest(r, request.AuthorizationHeaderExtractor, a.key, request.WithParser(verifier), request.WithClaims(claims)) // want `the error of request.ParseFromRequest is discarded, but its token or claims are used`
	return claims.Subject
}
