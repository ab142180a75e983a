// Package jwt is a stub of github.com/golang-jwt/jwt/v5 with the real
// signatures of the API that jwtcheck looks at.
package jwt

import (
	"crypto/ecdsa"
	"crypto/rsa"
	"time"
)

type Keyfunc func(*Token) (any, error)

type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]any
	Claims    Claims
	Signature []byte
	Valid     bool
}

type TokenOption func(*Token)

func New(method SigningMethod, opts ...TokenOption) *Token { return nil }

func NewWithClaims(method SigningMethod, claims Claims, opts ...TokenOption) *Token { return nil }

func (t *Token) SignedString(key any) (string, error) { return "", nil }

func (t *Token) SigningString() (string, error) { return "", nil }

type SigningMethod interface {
	Verify(signingString string, sig []byte, key any) error
	Sign(signingString string, key any) ([]byte, error)
	Alg() string
}

type SigningMethodHMAC struct{ Name string }

func (m *SigningMethodHMAC) Alg() string                                            { return m.Name }
func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

type SigningMethodRSA struct{ Name string }

func (m *SigningMethodRSA) Alg() string                                            { return m.Name }
func (m *SigningMethodRSA) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodRSA) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

type SigningMethodEd25519 struct{}

func (m *SigningMethodEd25519) Alg() string                                            { return "EdDSA" }
func (m *SigningMethodEd25519) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodEd25519) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

var (
	SigningMethodHS256 *SigningMethodHMAC
	SigningMethodHS512 *SigningMethodHMAC
	SigningMethodRS256 *SigningMethodRSA
	SigningMethodEdDSA *SigningMethodEd25519
	SigningMethodNone  *signingMethodNone
)

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

type signingMethodNone struct{}
type unsafeNoneMagicConstant string

func (m *signingMethodNone) Alg() string                                            { return "none" }
func (m *signingMethodNone) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *signingMethodNone) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }

type Claims interface {
	GetExpirationTime() (*NumericDate, error)
	GetIssuedAt() (*NumericDate, error)
	GetNotBefore() (*NumericDate, error)
	GetIssuer() (string, error)
	GetSubject() (string, error)
	GetAudience() (ClaimStrings, error)
}

type NumericDate struct{ time.Time }

func NewNumericDate(t time.Time) *NumericDate { return &NumericDate{t} }

type ClaimStrings []string

type RegisteredClaims struct {
	Issuer    string       `json:"iss,omitempty"`
	Subject   string       `json:"sub,omitempty"`
	Audience  ClaimStrings `json:"aud,omitempty"`
	ExpiresAt *NumericDate `json:"exp,omitempty"`
	NotBefore *NumericDate `json:"nbf,omitempty"`
	IssuedAt  *NumericDate `json:"iat,omitempty"`
	ID        string       `json:"jti,omitempty"`
}

func (c RegisteredClaims) GetExpirationTime() (*NumericDate, error) { return c.ExpiresAt, nil }
func (c RegisteredClaims) GetNotBefore() (*NumericDate, error)      { return c.NotBefore, nil }
func (c RegisteredClaims) GetIssuedAt() (*NumericDate, error)       { return c.IssuedAt, nil }
func (c RegisteredClaims) GetAudience() (ClaimStrings, error)       { return c.Audience, nil }
func (c RegisteredClaims) GetIssuer() (string, error)               { return c.Issuer, nil }
func (c RegisteredClaims) GetSubject() (string, error)              { return c.Subject, nil }

type MapClaims map[string]any

func (m MapClaims) GetExpirationTime() (*NumericDate, error) { return nil, nil }
func (m MapClaims) GetNotBefore() (*NumericDate, error)      { return nil, nil }
func (m MapClaims) GetIssuedAt() (*NumericDate, error)       { return nil, nil }
func (m MapClaims) GetAudience() (ClaimStrings, error)       { return nil, nil }
func (m MapClaims) GetIssuer() (string, error)               { return "", nil }
func (m MapClaims) GetSubject() (string, error)              { return "", nil }

type Parser struct {
	validMethods []string
}

type ParserOption func(*Parser)

func NewParser(options ...ParserOption) *Parser { return &Parser{} }

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }

func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}

func (p *Parser) ParseUnverified(tokenString string, claims Claims) (token *Token, parts []string, err error) {
	return nil, nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

func WithValidMethods(methods []string) ParserOption                 { return nil }
func WithJSONNumber() ParserOption                                   { return nil }
func WithoutClaimsValidation() ParserOption                          { return nil }
func WithLeeway(leeway time.Duration) ParserOption                   { return nil }
func WithTimeFunc(f func() time.Time) ParserOption                   { return nil }
func WithIssuedAt() ParserOption                                     { return nil }
func WithExpirationRequired() ParserOption                           { return nil }
func WithNotBeforeRequired() ParserOption                            { return nil }
func WithAudience(aud ...string) ParserOption                        { return nil }
func WithAllAudiences(aud ...string) ParserOption                    { return nil }
func WithIssuer(iss string) ParserOption                             { return nil }
func WithSubject(sub string) ParserOption                            { return nil }
func WithPaddingAllowed() ParserOption                               { return nil }
func WithStrictDecoding() ParserOption                               { return nil }
func ParseRSAPrivateKeyFromPEM(key []byte) (*rsa.PrivateKey, error)  { return nil, nil }
func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error)    { return nil, nil }
func ParseECPrivateKeyFromPEM(key []byte) (*ecdsa.PrivateKey, error) { return nil, nil }

var (
	ErrTokenExpired     error
	ErrTokenMalformed   error
	ErrSignatureInvalid error
)

type Validator struct{}

func NewValidator(opts ...ParserOption) *Validator { return &Validator{} }

func (v *Validator) Validate(claims Claims) error { return nil }
