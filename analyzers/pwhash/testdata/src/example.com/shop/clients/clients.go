// Package clients registers OAuth clients and API keys. Their secrets are
// generated at random, so the bcrypt cost that protects guessable
// passwords does not matter for them; the operator password does.
package clients

import (
	"crypto/rand"
	"encoding/base64"

	"golang.org/x/crypto/bcrypt"
)

// Client is a registered OAuth client.
type Client struct {
	ID         string
	SecretHash []byte
}

func randomString(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// Register creates a client with a generated 32-character secret.
func Register(id string) (*Client, string, error) {
	secret := randomString(32)
	h, err := bcrypt.GenerateFromPassword([]byte(secret), bcrypt.DefaultCost) // a random secret: fine
	if err != nil {
		return nil, "", err
	}
	return &Client{ID: id, SecretHash: h}, secret, nil
}

// NewAPIKey issues an API key and stores its bcrypt hash.
func NewAPIKey() (key string, hash []byte, err error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", nil, err
	}
	hash, err = bcrypt.GenerateFromPassword(raw, 10) // random bytes: fine
	return base64.StdEncoding.EncodeToString(raw), hash, err
}

// SetOperatorPassword hashes a human-chosen password: the cost matters.
func SetOperatorPassword(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost) // want `\[AC103\] bcrypt cost 10 \(bcrypt.DefaultCost\) is below`
}

// Rotate hashes a value of unknown origin: still checked.
func Rotate(value []byte) ([]byte, error) {
	return bcrypt.GenerateFromPassword(value, 11) // want `\[AC103\] bcrypt cost 11 is below`
}
