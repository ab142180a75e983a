// Package tokens generates and hashes secrets.
package tokens

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
)

// Config is a client's configuration.
type Config struct {
	BaseURL string
	APIKey  string
	Timeout int
}

// NewToken returns 32 random bytes, base64url-encoded.
func NewToken() (string, error) { // want NewToken:`returns\(token\ from\ NewToken\)`
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// NewAPIKey returns a new key with a recognisable prefix.
func NewAPIKey() string { // want NewAPIKey:`returns\(API\ key\ from\ NewAPIKey\)`
	t, _ := NewToken()
	return "ak_" + t
}

// Hash is SHA-256 of a key or token, as stored.
func Hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// Prefix is the part of a key that may be shown and stored.
func Prefix(key string) string { return key[:8] }

// Mask shows the last four characters only.
func Mask(s string) string {
	if len(s) < 4 {
		return "****"
	}
	return "****" + s[len(s)-4:]
}
