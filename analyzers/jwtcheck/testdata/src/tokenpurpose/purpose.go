// Package tokenpurpose issues JWTs for several purposes; only access
// tokens fall under the 15-minute rule, and every JWT needs an exp.
package tokenpurpose

import (
	"crypto/ecdsa"
	"encoding/json"
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var hmacKey = []byte(os.Getenv("APP_JWT_KEY"))

// newOAuthState packs the login attempt into the state parameter; the
// provider round trip may take a while.
func newOAuthState(returnTo string) (string, error) {
	claims := jwt.MapClaims{
		"return_to": returnTo,
		"exp":       time.Now().Add(time.Hour).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hmacKey)
}

// appleClientSecret is the client assertion Apple wants as client_secret;
// Apple accepts up to six months.
func appleClientSecret(teamID, clientID string, key *ecdsa.PrivateKey) (string, error) {
	now := time.Now()
	claims := jwt.RegisteredClaims{
		Issuer:    teamID,
		Subject:   clientID,
		Audience:  jwt.ClaimStrings{"https://appleid.apple.com"},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(150 * 24 * time.Hour)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(key)
}

// MagicLinkClaims are mailed to the user as a one-click login link.
type MagicLinkClaims struct {
	jwt.RegisteredClaims
	Email string `json:"email"`
}

func mailMagicLink(email string) (string, error) {
	claims := MagicLinkClaims{
		RegisteredClaims: jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(time.Now().Add(30 * time.Minute))},
		Email:            email,
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hmacKey)
}

// emailVerificationToken proves the address belongs to the user.
func emailVerificationToken(userID string) (string, error) {
	exp := time.Now().Add(48 * time.Hour)
	claims := jwt.RegisteredClaims{Subject: userID, ExpiresAt: jwt.NewNumericDate(exp)}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hmacKey)
}

// mockProviderIDToken is what the fake identity provider of the
// integration environment hands out.
func mockProviderIDToken(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
		"sub": sub,
		"exp": time.Now().Add(24 * time.Hour).Unix(),
	}).SignedString(hmacKey)
}

// issueStateCookie names "state" but is set as the session cookie: it is
// an access credential.
func issueStateCookie(w http.ResponseWriter, userID string) error {
	claims := jwt.RegisteredClaims{Subject: userID, ExpiresAt: jwt.NewNumericDate(time.Now().Add(8 * time.Hour))} // want `access token lifetime is 8h`
	stateToken, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hmacKey)
	if err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{Name: "session", Value: stateToken, HttpOnly: true, Secure: true})
	return nil
}

// tokenResponse is the OAuth token endpoint's answer.
type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

// grant returns a two-hour access token.
func grant(w http.ResponseWriter, clientID string) error {
	claims := jwt.RegisteredClaims{Subject: clientID, ExpiresAt: jwt.NewNumericDate(time.Now().Add(2 * time.Hour))} // want `access token lifetime is 2h`
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hmacKey)
	if err != nil {
		return err
	}
	return json.NewEncoder(w).Encode(tokenResponse{AccessToken: signed, ExpiresIn: 7200})
}

// apiToken never expires.
func apiToken(userID string) (string, error) {
	claims := jwt.MapClaims{"sub": userID, "scope": "orders:read"} // want `a JWT is issued with no exp claim`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hmacKey)
}

// UserClaims carry the caller's roles.
type UserClaims struct {
	jwt.RegisteredClaims
	Roles []string `json:"roles"`
}

func loginToken(userID string, roles []string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, &UserClaims{ // want `a JWT is issued with no exp claim`
		RegisteredClaims: jwt.RegisteredClaims{Subject: userID, IssuedAt: jwt.NewNumericDate(time.Now())},
		Roles:            roles,
	}).SignedString(hmacKey)
}

func deviceToken(deviceID string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: deviceID}).SignedString(hmacKey) // want `a JWT is issued with no exp claim`
}

// expLater sets exp after building the claims.
func expLater(userID string) (string, error) {
	claims := jwt.MapClaims{"sub": userID}
	claims["exp"] = time.Now().Add(5 * time.Minute).Unix()
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hmacKey)
}

// withLifetime lets a helper stamp iat and exp.
func withLifetime(userID string) (string, error) {
	claims := &UserClaims{RegisteredClaims: jwt.RegisteredClaims{Subject: userID}}
	stamp(claims, 10*time.Minute)
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hmacKey)
}

func stamp(c *UserClaims, ttl time.Duration) {
	now := time.Now()
	c.IssuedAt = jwt.NewNumericDate(now)
	c.ExpiresAt = jwt.NewNumericDate(now.Add(ttl))
}

// reissue copies claims it was given: their exp is the caller's business.
func reissue(c jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(hmacKey)
}
