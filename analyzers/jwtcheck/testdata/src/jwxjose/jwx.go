// Package jwxjose verifies tokens with lestrrat-go/jwx and go-jose.
package jwxjose

import (
	"os"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

// Principal is the authenticated caller.
type Principal struct {
	UserID string
}

var jwxKey = []byte(os.Getenv("JWX_KEY"))

// PrincipalFromInsecure trusts a token it never verified.
func PrincipalFromInsecure(raw []byte) (*Principal, error) {
	tok, err := jwt.ParseInsecure(raw) // want `jwt.ParseInsecure does not verify the signature, yet its claims are stored in field UserID`
	if err != nil {
		return nil, err
	}
	return &Principal{UserID: tok.Subject()}, nil
}

// IssuerOf peeks at iss to choose a key set.
func IssuerOf(raw []byte) (string, error) {
	tok, err := jwt.Parse(raw, jwt.WithVerify(false))
	if err != nil {
		return "", err
	}
	return tok.Issuer(), nil
}

// SubjectOf returns the unverified subject.
func SubjectOf(raw string) string {
	tok, err := jwt.ParseString(raw, jwt.WithVerify(false)) // want `jwt.ParseString with jwt.WithVerify\(false\) does not verify the signature, yet its claims are returned`
	if err != nil {
		return ""
	}
	sub, _ := tok.Get(jwt.SubjectKey)
	return sub.(string)
}

// Verified verifies with a key from the environment.
func Verified(raw []byte) (*Principal, error) {
	tok, err := jwt.Parse(raw, jwt.WithKey(jwa.HS256, jwxKey), jwt.WithIssuer("https://auth.example.com")) // want `jwt.Parse does not validate the audience`
	if err != nil {
		return nil, err
	}
	return &Principal{UserID: tok.Subject()}, nil
}

// VerifiedLiteral verifies with a key written here.
func VerifiedLiteral(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.HS256, []byte("jwx-secret")), jwt.WithIssuer("https://auth.example.com"), jwt.WithAudience("api")) // want `the key passed to jwt.WithKey is a string literal`
}

// IgnoredError uses the verified token without looking at the error.
func IgnoredError(raw []byte) string {
	tok, _ := jwt.Parse(raw, jwt.WithKey(jwa.HS256, jwxKey), jwt.WithIssuer("https://auth.example.com"), jwt.WithAudience("api")) // want `the error of jwt.Parse is discarded, but its token or claims are used \(line \d+\); the request must stop`
	return tok.Subject()
}

// Issue builds a two-hour token.
func Issue(userID string) ([]byte, error) {
	tok, err := jwt.NewBuilder().Subject(userID).Expiration(time.Now().Add(2 * time.Hour)).Build() // want `access token lifetime is 2h`
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, jwxKey))
}

// IssueRefresh builds a refresh token.
func IssueRefresh(userID string) ([]byte, error) {
	tok, err := jwt.NewBuilder().Subject(userID).Expiration(time.Now().Add(14 * 24 * time.Hour)).Build()
	if err != nil {
		return nil, err
	}
	return jwt.Sign(tok, jwt.WithKey(jwa.HS256, jwxKey))
}

// IssueUnsigned signs with "none".
func IssueUnsigned(tok jwt.Token) ([]byte, error) {
	return jwt.Sign(tok, jwt.WithInsecureNoSignature()) // want `jwt.WithInsecureNoSignature\(\) signs tokens with alg "none"`
}

// IssueNone names the none algorithm.
func IssueNone(tok jwt.Token) ([]byte, error) {
	return jwt.Sign(tok, jwt.WithKey(jwa.NoSignature, nil)) // want `jwa.NoSignature is the "none" algorithm`
}
