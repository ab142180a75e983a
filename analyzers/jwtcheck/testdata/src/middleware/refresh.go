package middleware

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// gatewayPublicPEM is the gateway's public key: public keys may live in
// the source.
const gatewayPublicPEM = `-----BEGIN PUBLIC KEY-----
MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf
-----END PUBLIC KEY-----`

// Refresher renews access tokens close to expiry.
type Refresher struct {
	peek   *jwt.Parser
	verify *jwt.Parser
	pub    *rsa.PublicKey
}

func NewRefresher() (*Refresher, error) {
	pub, err := jwt.ParseRSAPublicKeyFromPEM([]byte(gatewayPublicPEM))
	if err != nil {
		return nil, err
	}
	return &Refresher{
		peek: jwt.NewParser(),
		verify: jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}), jwt.WithIssuer("https://gateway.example.com"),
			jwt.WithAudience("orders-api"), jwt.WithExpirationRequired()),
		pub: pub,
	}, nil
}

func (rf *Refresher) gatewayKey(t *jwt.Token) (any, error) {
	if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
		return nil, fmt.Errorf("unexpected method %s", t.Method.Alg())
	}
	return rf.pub, nil
}

// NeedsRefresh looks only at the expiry of an unverified token.
func (rf *Refresher) NeedsRefresh(raw string) bool {
	var claims jwt.RegisteredClaims
	if _, _, err := rf.peek.ParseUnverified(raw, &claims); err != nil {
		return true
	}
	return claims.ExpiresAt == nil || time.Until(claims.ExpiresAt.Time) < time.Minute
}

// Debug prints the token before deciding, as the library's CLI does.
func (rf *Refresher) Debug(raw string) error {
	token, err := rf.verify.Parse(raw, rf.gatewayKey)
	if token != nil {
		log.Printf("header %v claims %v", token.Header, token.Claims)
	}
	if err != nil {
		return fmt.Errorf("invalid token: %w", err)
	}
	return nil
}

// Kind switches on the outcome, the style of the library's examples.
func (rf *Refresher) Kind(raw string) string {
	token, err := rf.verify.Parse(raw, rf.gatewayKey)
	switch {
	case token.Valid:
		return "valid"
	case errors.Is(err, jwt.ErrTokenExpired):
		return "expired"
	default:
		return "invalid"
	}
}

// signingSecret is set from the environment in init.
var signingSecret []byte

func init() {
	signingSecret = []byte(os.Getenv("SIGNING_SECRET"))
}

// Reissue issues a 15-minute access token with Unix arithmetic.
func Reissue(sub string) (string, error) {
	claims := jwt.MapClaims{"sub": sub, "exp": time.Now().Unix() + 900}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingSecret)
}
