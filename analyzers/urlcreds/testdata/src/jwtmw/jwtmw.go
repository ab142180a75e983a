// Package jwtmw is JWT middleware built on golang-jwt's request package.
package jwtmw

import (
	"context"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/golang-jwt/jwt/v5/request"
)

type ctxKey struct{}

// Middleware verifies the bearer token of every request.
type Middleware struct {
	Keyfunc jwt.Keyfunc
}

// OAuth2 accepts the token from the header or ?access_token=.
func (m *Middleware) OAuth2(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tok, err := request.ParseFromRequest(r, request.OAuth2Extractor, m.Keyfunc) // want `access token read from the URL query by request.OAuth2Extractor`
		if err != nil || !tok.Valid {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, tok)))
	})
}

// tokenSources tries the header, then a form or query argument.
var tokenSources = request.MultiExtractor{
	request.AuthorizationHeaderExtractor,
	request.ArgumentExtractor{"access_token", "jwt"}, // want `access token read from the URL query by request.ArgumentExtractor \(access_token=…\)` `access token read from the URL query by request.ArgumentExtractor \(jwt=…\)`
}

// Lenient uses the extractor above.
func (m *Middleware) Lenient(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequest(r, tokenSources, m.Keyfunc)
}

// Strict reads only the Authorization header: fine.
func (m *Middleware) Strict(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequest(r, request.AuthorizationHeaderExtractor, m.Keyfunc)
}

// Custom reads a custom header and a non-credential argument: fine.
func (m *Middleware) Custom(r *http.Request) (*jwt.Token, error) {
	ex := request.MultiExtractor{
		request.HeaderExtractor{"X-Auth-Token"},
		request.ArgumentExtractor{"callback"},
	}
	return request.ParseFromRequestWithClaims(r, ex, jwt.MapClaims{}, m.Keyfunc)
}
