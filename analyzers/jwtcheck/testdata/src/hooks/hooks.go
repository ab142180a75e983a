// Package hooks is an auth middleware library whose callers may plug in
// their own keyfunc and parser options.
package hooks

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

// Middleware verifies bearer tokens.
type Middleware struct {
	Key []byte
	// KeyFunc, when set, replaces the built-in HS256 keyfunc.
	KeyFunc jwt.Keyfunc
	// ParseOptions are passed to every parse.
	ParseOptions []jwt.ParserOption
}

func (m *Middleware) Parse(raw string) (*jwt.Token, error) {
	if m.KeyFunc != nil {
		return jwt.Parse(raw, m.KeyFunc, m.ParseOptions...)
	}
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		if t.Method != jwt.SigningMethodHS256 {
			return nil, errors.New("unexpected algorithm")
		}
		return m.Key, nil
	}, m.ParseOptions...)
}
