// Package jwa is a stub of github.com/lestrrat-go/jwx/v2/jwa.
package jwa

type KeyAlgorithm interface{ String() string }

type SignatureAlgorithm string

func (s SignatureAlgorithm) String() string { return string(s) }

const (
	ES256       SignatureAlgorithm = "ES256"
	EdDSA       SignatureAlgorithm = "EdDSA"
	HS256       SignatureAlgorithm = "HS256"
	RS256       SignatureAlgorithm = "RS256"
	NoSignature SignatureAlgorithm = "none"
)
