// Package nojwt has names that look like JWT code but imports no JWT
// library: the analyzer's fast path skips it.
package nojwt

import "time"

type Token struct{ Valid bool }

var SigningMethodNone = "none"

func Parse(raw string, keyfunc func(*Token) (any, error)) (*Token, error) { return &Token{}, nil }

func SignedString(key any) string { return "" }

func Issue() (string, time.Time) {
	tok, _ := Parse("x", func(*Token) (any, error) { return []byte("secret"), nil })
	_ = tok
	return SignedString([]byte("secret")), time.Now().Add(24 * time.Hour)
}
