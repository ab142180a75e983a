// Package jose is a stub of github.com/go-jose/go-jose/v4.
package jose

type SignatureAlgorithm string

const (
	HS256 = SignatureAlgorithm("HS256")
	RS256 = SignatureAlgorithm("RS256")
	EdDSA = SignatureAlgorithm("EdDSA")
)

type SigningKey struct {
	Algorithm SignatureAlgorithm
	Key       interface{}
}

type SignerOptions struct{}

type Signer interface{}

func NewSigner(sig SigningKey, opts *SignerOptions) (Signer, error) { return nil, nil }

type JSONWebSignature struct{}

func ParseSigned(signature string, signatureAlgorithms []SignatureAlgorithm) (*JSONWebSignature, error) {
	return nil, nil
}

func (obj JSONWebSignature) Verify(verificationKey interface{}) ([]byte, error) { return nil, nil }

func (obj JSONWebSignature) UnsafePayloadWithoutVerification() []byte { return nil }
