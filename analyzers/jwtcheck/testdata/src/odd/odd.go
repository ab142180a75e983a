// Package odd holds unusual but valid code the analyzer must survive.
package odd

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

var envKey = []byte(os.Getenv("K"))

// A parse at package level, outside any function.
var bootToken, bootErr = jwt.Parse(os.Getenv("BOOT_TOKEN"), nil, jwt.WithValidMethods([]string{"HS256"}), // want `jwt.Parse does not validate the issuer` `jwt.Parse does not validate the audience` `jwt.Parse accepts tokens without an exp claim`
	jwt.WithLeeway(0))

// recursive keyfuncs must not loop forever.
func ping(t *jwt.Token) (any, error) { return pong(t) }
func pong(t *jwt.Token) (any, error) { return ping(t) }

// Cache is generic over its value.
type Cache[V any] struct{ m map[string]V }

func (c *Cache[V]) Get(k string) V { return c.m[k] }

// ParseGeneric uses a generic helper for the key.
func ParseGeneric(raw string, keys *Cache[[]byte]) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		return keys.Get(t.Header["kid"].(string)), nil
	}, jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("i"), jwt.WithAudience("a"), jwt.WithExpirationRequired())
}

// ParseRecursive uses the recursive keyfunc: the analyzer gives up
// following it and stays silent.
func ParseRecursive(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, ping, jwt.WithIssuer("i"), jwt.WithAudience("a"), jwt.WithExpirationRequired())
}

// Options come from a function: unknown, not reported.
func options() []jwt.ParserOption { return nil }

func ParseOpaque(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, ping, options()...)
}

// Method expressions and conversions.
type verifier struct{}

func (verifier) key(*jwt.Token) (any, error) { return envKey, nil }

func ParseConverted(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, jwt.Keyfunc(verifier{}.key), jwt.WithValidMethods([]string{"HS256"}), jwt.WithIssuer("i"), jwt.WithAudience("a"), jwt.WithExpirationRequired())
}

// Claims of an unverified parse flowing through a closure.
func Closure(raw string) func() string {
	var claims jwt.RegisteredClaims
	_, _, _ = jwt.NewParser().ParseUnverified(raw, &claims)
	return func() string { return claims.Issuer }
}
