package legacy

import (
	"errors"

	jwtv4 "github.com/golang-jwt/jwt/v4"
)

// serviceClaims checks issuer and audience itself: v4 parsers call Valid
// after verifying the signature.
type serviceClaims struct {
	jwtv4.RegisteredClaims
}

func (c *serviceClaims) Valid() error {
	if !c.VerifyIssuer("https://auth.example.com", true) || !c.VerifyAudience("orders", true) {
		return errors.New("wrong issuer or audience")
	}
	return c.RegisteredClaims.Valid()
}
