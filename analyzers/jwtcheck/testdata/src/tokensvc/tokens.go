// Package tokensvc issues access and refresh tokens (golang-jwt v5).
package tokensvc

import (
	"errors"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const (
	accessTTL  = 15 * time.Minute
	refreshTTL = 30 * 24 * time.Hour
)

// signingKey was committed "for local development".
var signingKey = []byte("s3cr3t-signing-key")

// Service signs tokens with a key from the environment.
type Service struct {
	key    []byte
	issuer string
	now    func() time.Time
}

func New() (*Service, error) {
	key := os.Getenv("JWT_SIGNING_KEY")
	if key == "" {
		return nil, errors.New("JWT_SIGNING_KEY is not set")
	}
	return &Service{key: []byte(key), issuer: "https://auth.example.com", now: time.Now}, nil
}

// IssueAccess issues a 15-minute access token: fine.
func (s *Service) IssueAccess(userID string) (string, error) {
	now := s.now()
	claims := jwt.RegisteredClaims{
		Issuer:    s.issuer,
		Subject:   userID,
		Audience:  jwt.ClaimStrings{"orders-api"},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(accessTTL)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.key)
}

// IssueRefresh issues a 30-day refresh token: long-lived by design.
func (s *Service) IssueRefresh(userID string) (string, error) {
	claims := jwt.RegisteredClaims{
		Issuer:    s.issuer,
		Subject:   userID,
		ExpiresAt: jwt.NewNumericDate(s.now().Add(refreshTTL)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.key)
}

// IssueSession issues a day-long token to a browser.
func (s *Service) IssueSession(userID string) (string, error) {
	claims := jwt.MapClaims{
		"sub": userID,
		"iss": s.issuer,
		"exp": time.Now().Add(24 * time.Hour).Unix(), // want `access token lifetime is 24h, longer than 15m`
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.key)
}

// IssuePair issues both tokens of a login.
func (s *Service) IssuePair(userID string) (access, refresh string, err error) {
	now := time.Now()
	accessClaims := jwt.RegisteredClaims{Subject: userID, ExpiresAt: jwt.NewNumericDate(now.Add(time.Hour))} // want `access token lifetime is 1h, longer than 15m`
	access, err = jwt.NewWithClaims(jwt.SigningMethodHS256, accessClaims).SignedString(s.key)
	if err != nil {
		return "", "", err
	}
	refreshClaims := jwt.RegisteredClaims{Subject: userID, ExpiresAt: jwt.NewNumericDate(now.AddDate(0, 0, 30))}
	refresh, err = jwt.NewWithClaims(jwt.SigningMethodHS256, refreshClaims).SignedString(s.key)
	return access, refresh, err
}

// IssueTyped marks the refresh token with a typ claim.
func (s *Service) IssueTyped(userID string) (string, error) {
	claims := jwt.MapClaims{"sub": userID, "typ": "refresh", "exp": time.Now().Unix() + 7*24*3600}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.key)
}

// Extend pushes the expiry of existing claims by a week.
func Extend(claims *jwt.RegisteredClaims) {
	claims.ExpiresAt = jwt.NewNumericDate(time.Now().Add(7 * 24 * time.Hour)) // want `access token lifetime is 168h, longer than 15m`
}

// IssueWithConfiguredTTL reads the lifetime from configuration: unknown,
// not reported.
func (s *Service) IssueWithConfiguredTTL(userID string, ttl time.Duration) (string, error) {
	claims := jwt.RegisteredClaims{Subject: userID, ExpiresAt: jwt.NewNumericDate(time.Now().Add(ttl))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(s.key)
}

// IssueServiceToken signs with the committed key.
func IssueServiceToken(service string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: service, ExpiresAt: jwt.NewNumericDate(time.Now().Add(5 * time.Minute))}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey) // want `the key passed to SignedString comes from variable signingKey, which is a string literal`
}

// IssueDebug signs with a literal.
func IssueDebug() (string, error) {
	return jwt.New(jwt.SigningMethodHS512).SignedString([]byte("debug")) // want `the key passed to SignedString is a string literal`
}

// IssueUnsigned makes a token nobody signed.
func IssueUnsigned(userID string) (string, error) {
	claims := jwt.RegisteredClaims{Subject: userID}                                                        // want `a JWT is issued with no exp claim`
	return jwt.NewWithClaims(jwt.SigningMethodNone, claims).SignedString(jwt.UnsafeAllowNoneSignatureType) // want `jwt.SigningMethodNone makes unsigned tokens` `jwt.UnsafeAllowNoneSignatureType makes the parser accept unsigned`
}

// allowNoneParser lists "none" among the valid methods.
var allowNoneParser = jwt.NewParser(jwt.WithValidMethods([]string{"HS256", "none"}), // want `"none" is listed as a valid signing method`
	jwt.WithIssuer("https://auth.example.com"), jwt.WithAudience("orders-api"), jwt.WithExpirationRequired())

// VerifyLegacyClient verifies tokens of an old client.
func (s *Service) VerifyLegacyClient(raw string) (*jwt.Token, error) {
	return allowNoneParser.Parse(raw, func(*jwt.Token) (any, error) { return s.key, nil })
}

// Config is filled from the environment at start-up; the zero default is
// a placeholder, not a key.
type Config struct {
	SigningKey string
}

var defaultConfig = Config{SigningKey: ""}

// SignWithConfig signs with the configured key.
func SignWithConfig(cfg Config, claims jwt.Claims) (string, error) {
	if cfg.SigningKey == "" {
		cfg = defaultConfig
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString([]byte(cfg.SigningKey))
}

// lenient accepts expired tokens "to avoid clock problems".
var lenient = jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}), jwt.WithoutClaimsValidation()) // want `claim validation is switched off`

// VerifyLenient uses the lenient parser.
func (s *Service) VerifyLenient(raw string) (*jwt.Token, error) {
	return lenient.Parse(raw, func(*jwt.Token) (any, error) { return s.key, nil })
}
