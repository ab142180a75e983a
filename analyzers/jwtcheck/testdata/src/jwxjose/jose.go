package jwxjose

import (
	"os"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
)

type session struct {
	user string
}

var algorithms = []jose.SignatureAlgorithm{jose.EdDSA}

// SessionFromUnverified stores the unverified subject in a session.
func SessionFromUnverified(raw string) (*session, error) {
	tok, err := josejwt.ParseSigned(raw, algorithms)
	if err != nil {
		return nil, err
	}
	var claims josejwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&claims); err != nil { // want `JSONWebToken.UnsafeClaimsWithoutVerification does not verify the signature, yet its claims are stored in field user`
		return nil, err
	}
	s := &session{}
	s.user = claims.Subject
	return s, nil
}

// IssuerOfJose reads iss from the unverified claims to choose a key.
func IssuerOfJose(raw string) (string, error) {
	tok, err := josejwt.ParseSigned(raw, algorithms)
	if err != nil {
		return "", err
	}
	var claims josejwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&claims); err != nil {
		return "", err
	}
	return claims.Issuer, nil
}

// VerifiedSubject verifies before reading the subject.
func VerifiedSubject(raw string, key any) (string, error) {
	tok, err := josejwt.ParseSigned(raw, algorithms)
	if err != nil {
		return "", err
	}
	var claims josejwt.Claims
	if err := tok.Claims(key, &claims); err != nil {
		return "", err
	}
	if err := claims.Validate(josejwt.Expected{Issuer: "https://auth.example.com", AnyAudience: josejwt.Audience{"api"}, Time: time.Now()}); err != nil {
		return "", err
	}
	return claims.Subject, nil
}

// SubjectIgnoringError drops the verification error.
func SubjectIgnoringError(tok *josejwt.JSONWebToken, key any) string {
	var claims josejwt.Claims
	tok.Claims(key, &claims) // want `the error of JSONWebToken.Claims is discarded` `claims of JSONWebToken.Claims are never validated` `claims of JSONWebToken.Claims are never validated` `claims of JSONWebToken.Claims are never validated`
	return claims.Subject
}

// Signer signs with a literal HMAC key.
func Signer() (jose.Signer, error) {
	return jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: []byte("jose-secret")}, nil) // want `the key in go-jose SigningKey.Key is a string literal`
}

// EnvSigner signs with a key from the environment.
func EnvSigner() (jose.Signer, error) {
	return jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: []byte(os.Getenv("JOSE_KEY"))}, nil)
}

// IssueJose issues an hour-long token.
func IssueJose(sig jose.Signer, userID string) (string, error) {
	claims := josejwt.Claims{Subject: userID, Expiry: josejwt.NewNumericDate(time.Now().Add(time.Hour))} // want `access token lifetime is 1h`
	return josejwt.Signed(sig).Claims(claims).Serialize()
}
