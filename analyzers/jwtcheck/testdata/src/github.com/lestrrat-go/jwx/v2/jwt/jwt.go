// Package jwt is a stub of github.com/lestrrat-go/jwx/v2/jwt with the real
// signatures of the API that jwtcheck looks at.
package jwt

import (
	"io"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
)

const (
	AudienceKey   = "aud"
	ExpirationKey = "exp"
	IssuedAtKey   = "iat"
	IssuerKey     = "iss"
	JwtIDKey      = "jti"
	NotBeforeKey  = "nbf"
	SubjectKey    = "sub"
)

type Token interface {
	Audience() []string
	Expiration() time.Time
	IssuedAt() time.Time
	Issuer() string
	JwtID() string
	NotBefore() time.Time
	Subject() string
	PrivateClaims() map[string]interface{}
	Get(string) (interface{}, bool)
	Set(string, interface{}) error
}

type Option interface {
	Ident() interface{}
	Value() interface{}
}

type ParseOption interface {
	Option
	parseOption()
}

type ValidateOption interface {
	ParseOption
	validateOption()
}

type SignOption interface {
	Option
	signOption()
}

type SignEncryptParseOption interface {
	ParseOption
	SignOption
}

func Parse(s []byte, options ...ParseOption) (Token, error)            { return nil, nil }
func ParseString(s string, options ...ParseOption) (Token, error)      { return nil, nil }
func ParseReader(src io.Reader, options ...ParseOption) (Token, error) { return nil, nil }
func ParseInsecure(s []byte, options ...ParseOption) (Token, error)    { return nil, nil }
func Sign(t Token, options ...SignOption) ([]byte, error)              { return nil, nil }

func WithVerify(v bool) ParseOption   { return nil }
func WithValidate(v bool) ParseOption { return nil }
func WithKey(alg jwa.KeyAlgorithm, key interface{}, suboptions ...Option) SignEncryptParseOption {
	return nil
}
func WithIssuer(s string) ValidateOption   { return nil }
func WithAudience(s string) ValidateOption { return nil }
func WithInsecureNoSignature() SignOption  { return nil }

type Builder struct{}

func NewBuilder() *Builder                                       { return &Builder{} }
func (b *Builder) Subject(v string) *Builder                     { return b }
func (b *Builder) Issuer(v string) *Builder                      { return b }
func (b *Builder) IssuedAt(v time.Time) *Builder                 { return b }
func (b *Builder) Expiration(v time.Time) *Builder               { return b }
func (b *Builder) Claim(name string, value interface{}) *Builder { return b }
func (b *Builder) Build() (Token, error)                         { return nil, nil }

func Validate(t Token, options ...ValidateOption) error { return nil }
