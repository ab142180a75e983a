package hooks

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

var testKey = make([]byte, 32)

// The test plugs in a keyfunc that skips the algorithm check; that is the
// test's choice, not the library's.
func TestCustomKeyFunc(t *testing.T) {
	m := &Middleware{
		KeyFunc:      func(*jwt.Token) (any, error) { return testKey, nil },
		ParseOptions: []jwt.ParserOption{jwt.WithLeeway(0)},
	}
	if _, err := m.Parse("x.y.z"); err == nil {
		t.Fatal("want an error")
	}
}
