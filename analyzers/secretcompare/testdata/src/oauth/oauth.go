// Package oauth checks OAuth 2 token responses and OIDC ID token claims.
package oauth

import (
	"errors"
	"net/http"
	"strings"
	"time"
)

// TokenResponse is RFC 6749 §5.1.
type TokenResponse struct {
	AccessToken  string `json:"access_token"`
	TokenType    string `json:"token_type"`
	ExpiresIn    int    `json:"expires_in"`
	RefreshToken string `json:"refresh_token"`
	Scope        string `json:"scope"`
}

// Claims are the parsed claims of an access token.
type Claims struct {
	TokenType string
	Subject   string
	Expiry    time.Time
}

// Token is a validated token.
type Token struct {
	Raw   string
	Valid bool
}

// CheckResponse validates a token response. Token types, scopes and
// lifetimes are not secrets.
func CheckResponse(resp *TokenResponse, wantType, requestedScope string, maxTokens, tokenCount int) error {
	if !strings.EqualFold(resp.TokenType, "Bearer") { // constant
		return errors.New("oauth: unexpected token_type")
	}
	if resp.TokenType != wantType { // a token type
		return errors.New("oauth: unexpected token_type")
	}
	if strings.EqualFold(resp.TokenType, wantType) { // a token type
		return nil
	}
	if resp.ExpiresIn == 0 || tokenCount == maxTokens { // integers
		return errors.New("oauth: no expiry")
	}
	if resp.Scope != requestedScope { // scopes
		return errors.New("oauth: scope narrowed")
	}
	if resp.AccessToken == "" { // empty string
		return errors.New("oauth: no access token")
	}
	return nil
}

// CheckAccess refuses refresh tokens used as access tokens.
func CheckAccess(claims *Claims, tok *Token, wantValid bool, tokenExpiry time.Time) error {
	if claims.TokenType != "access" { // constant
		return errors.New("oauth: not an access token")
	}
	tokenType := claims.TokenType
	expectedTokenType := "access"
	if tokenType != expectedTokenType { // token types, in variables
		return errors.New("oauth: not an access token")
	}
	if tok.Valid != wantValid { // boolean
		return errors.New("oauth: invalid token")
	}
	if claims.Expiry == tokenExpiry { // time value
		return errors.New("oauth: expiry mismatch")
	}
	return nil
}

// CheckNonce compares the OIDC nonce claim: an empty interface holding a
// string, so no mechanical fix.
func CheckNonce(idClaims map[string]any, nonce string) error {
	if idClaims["nonce"] != nonce { // want `secret idClaims\["nonce"\] compared with nonce using !=: .*use subtle.ConstantTimeCompare$`
		return errors.New("oidc: nonce mismatch")
	}
	if idClaims["token_type"] != idClaims["typ"] { // metadata claims
		return errors.New("oidc: type mismatch")
	}
	return nil
}

// Rotate compares the presented refresh token with the stored one.
func Rotate(stored, presented *TokenResponse, r *http.Request) error {
	if r.URL.Query().Get("grant_type") != "refresh_token" { // constant
		return errors.New("oauth: unsupported grant")
	}
	if stored.RefreshToken != presented.RefreshToken { // want `secret stored.RefreshToken compared with presented.RefreshToken using !=`
		return errors.New("oauth: refresh token reuse")
	}
	return nil
}
