// Package jwk is a stub of github.com/lestrrat-go/jwx/v2/jwk with the real
// signatures of the API that jwtcheck looks at.
package jwk

type Key interface {
	KeyID() string
}

func FromRaw(raw interface{}) (Key, error) { return nil, nil }
