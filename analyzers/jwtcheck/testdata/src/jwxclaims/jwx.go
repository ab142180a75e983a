// Package jwxclaims verifies tokens with lestrrat-go/jwx.
package jwxclaims

import (
	"net/http"
	"os"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

var secret = []byte(os.Getenv("REPORTS_KEY"))

// Reports verifies the signature and nothing about who issued the token
// or for whom.
func Reports(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse([]byte(r.Header.Get("X-Token")), jwt.WithKey(jwa.HS256, secret)) // want `jwt.Parse does not validate the issuer` `jwt.Parse does not validate the audience`
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.Write([]byte(tok.Subject()))
}

// Checked names both.
func Checked(raw []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.HS256, secret), jwt.WithIssuer("https://id.example.com"), jwt.WithAudience("reports"))
}

// Middleware verifies first and validates with configured options after.
type Middleware struct {
	verify   jwt.ParseOption
	validate []jwt.ValidateOption
}

func (m *Middleware) Token(raw []byte) (jwt.Token, error) {
	tok, err := jwt.Parse(raw, m.verify, jwt.WithValidate(false))
	if err != nil {
		return nil, err
	}
	if err := jwt.Validate(tok, m.validate...); err != nil {
		return nil, err
	}
	return tok, nil
}

// Configured takes its options from the caller.
func Configured(raw []byte, opts ...jwt.ParseOption) (jwt.Token, error) {
	return jwt.Parse(raw, opts...)
}

// devKey is a symmetric key written into the source.
func devKey() (jwk.Key, error) {
	return jwk.FromRaw([]byte("reports-dev-signing-key")) // want `the key passed to jwk.FromRaw is a string literal`
}

// envKey loads it.
func envKey() (jwk.Key, error) {
	return jwk.FromRaw(secret)
}
