// Package keyselect authenticates OAuth clients by signed assertions and
// reads unverified claims only to find the key that verifies them.
package keyselect

import (
	"context"
	"errors"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	"github.com/golang-jwt/jwt/v5"
)

var assertionAlgs = []jose.SignatureAlgorithm{jose.RS256, jose.EdDSA}

// Registered is an OAuth client with the keys it signs assertions with.
type Registered struct {
	ClientID string
	Keys     []any
}

// Registry looks clients up.
type Registry interface {
	Lookup(ctx context.Context, clientID string) (*Registered, error)
	KeysFor(ctx context.Context, issuer, subject string) ([]any, error)
}

// AuthenticateClient reads iss/sub without verification to find the
// client, then verifies the assertion with that client's key.
func AuthenticateClient(ctx context.Context, reg Registry, assertion, tokenURL string) (*Registered, error) {
	tok, err := josejwt.ParseSigned(assertion, assertionAlgs)
	if err != nil {
		return nil, err
	}
	var peek josejwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&peek); err != nil {
		return nil, err
	}
	client, err := reg.Lookup(ctx, peek.Subject)
	if err != nil {
		return nil, err
	}
	for _, key := range client.Keys {
		var verified josejwt.Claims
		if err := tok.Claims(key, &verified); err != nil {
			continue
		}
		if err := verified.Validate(josejwt.Expected{Issuer: client.ClientID, AnyAudience: josejwt.Audience{tokenURL}, Time: time.Now()}); err != nil {
			return nil, err
		}
		return client, nil
	}
	return nil, errors.New("no registered key verifies the assertion")
}

// FindKey returns the registered key that verifies the assertion; the
// issuer and subject are read unverified to narrow the search.
func FindKey(ctx context.Context, reg Registry, tok *josejwt.JSONWebToken) (any, error) {
	var peek josejwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&peek); err != nil {
		return nil, err
	}
	keys, err := reg.KeysFor(ctx, peek.Issuer, peek.Subject)
	if err != nil {
		return nil, err
	}
	var scratch josejwt.Claims
	for _, k := range keys {
		if tok.Claims(k, &scratch) == nil {
			return k, nil
		}
	}
	return nil, errors.New("unknown signing key")
}

// CheckPresent only requires that iss and sub are present before the
// expensive key lookup.
func CheckPresent(tok *josejwt.JSONWebToken) error {
	var peek josejwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&peek); err != nil {
		return err
	}
	if peek.Subject == "" {
		return errors.New("assertion has no sub")
	}
	if len(peek.Audience) == 0 {
		return errors.New("assertion has no aud")
	}
	return nil
}

// ClientOf trusts the unverified subject: any caller can name any client.
func ClientOf(ctx context.Context, reg Registry, tok *josejwt.JSONWebToken) (*Registered, error) {
	var peek josejwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&peek); err != nil { // want `JSONWebToken.UnsafeClaimsWithoutVerification does not verify the signature, yet its claims are returned`
		return nil, err
	}
	return reg.Lookup(ctx, peek.Subject)
}

// SessionClaims is what the web tier keeps about a login.
type SessionClaims struct {
	jwt.RegisteredClaims
	Roles []string `json:"roles"`
}

var parser = jwt.NewParser(jwt.WithValidMethods([]string{"EdDSA"}), jwt.WithIssuer("https://id.example.com"),
	jwt.WithAudience("web"), jwt.WithExpirationRequired())

// ParseSession fills the claims unverified so the keyfunc can pick the
// tenant's key, then verifies them in place.
func ParseSession(raw string, keys map[string]any) (*SessionClaims, error) {
	claims := &SessionClaims{}
	if _, _, err := parser.ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	keyfunc := func(t *jwt.Token) (any, error) {
		k, ok := keys[claims.Subject]
		if !ok {
			return nil, errors.New("unknown tenant")
		}
		return k, nil
	}
	if _, err := parser.ParseWithClaims(raw, claims, keyfunc); err != nil {
		return nil, err
	}
	return claims, nil
}

// RolesFromHeader returns roles of a token nobody verified.
func RolesFromHeader(raw string) ([]string, error) {
	claims := &SessionClaims{}
	if _, _, err := parser.ParseUnverified(raw, claims); err != nil { // want `jwt.Parser.ParseUnverified does not verify the signature, yet its claims are returned`
		return nil, err
	}
	return claims.Roles, nil
}

var signingKey any

// MintAndDescribe signs a token and reads back what it just wrote, for
// the audit log.
func MintAndDescribe(userID string) (string, string, error) {
	claims := SessionClaims{RegisteredClaims: jwt.RegisteredClaims{Subject: userID, ExpiresAt: jwt.NewNumericDate(time.Now().Add(10 * time.Minute))}}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodEdDSA, claims).SignedString(signingKey)
	if err != nil {
		return "", "", err
	}
	var back SessionClaims
	if _, _, err := parser.ParseUnverified(signed, &back); err != nil {
		return "", "", err
	}
	return signed, back.Subject, nil
}

// IDClaims are the verified claims of an ID token.
type IDClaims struct {
	Subject string
	Email   string
}

// TenantProvider verifies ID tokens of one tenant.
type TenantProvider interface {
	Verify(ctx context.Context, raw string) (*IDClaims, error)
}

// Discovery finds a tenant's OpenID provider.
type Discovery interface {
	NewProvider(ctx context.Context, issuer string) (TenantProvider, error)
}

type tenantClaims struct {
	jwt.RegisteredClaims
	TenantID string `json:"tid"`
}

// MultiTenantLogin reads the tenant unverified to find the issuer whose
// provider then verifies the token.
func MultiTenantLogin(ctx context.Context, disc Discovery, raw string) (*IDClaims, error) {
	var peek tenantClaims
	if _, _, err := parser.ParseUnverified(raw, &peek); err != nil {
		return nil, err
	}
	provider, err := disc.NewProvider(ctx, "https://login.example.com/"+peek.TenantID+"/v2.0")
	if err != nil {
		return nil, err
	}
	return provider.Verify(ctx, raw)
}
