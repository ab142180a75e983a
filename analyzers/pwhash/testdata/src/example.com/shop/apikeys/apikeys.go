// Package apikeys issues and verifies API keys and session tokens. They
// are random, high-entropy secrets: storing their SHA-256 is what the
// checklist asks for, and nothing here may be reported.
package apikeys

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"strings"

	"example.com/shop/hashutil"
)

// Key is a stored API key.
type Key struct {
	Prefix string
	Hash   [32]byte
}

// Issue creates a key, returns it once and stores its SHA-256.
func Issue() (plaintext string, k Key) {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	apiKey := "shop_" + base64.RawURLEncoding.EncodeToString(b)
	return apiKey, Key{Prefix: apiKey[:9], Hash: sha256.Sum256([]byte(apiKey))}
}

// Verify checks a presented key against the stored hash.
func Verify(r *http.Request, k Key) bool {
	presented := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	sum := sha256.Sum256([]byte(presented))
	return subtle.ConstantTimeCompare(sum[:], k.Hash[:]) == 1
}

// SessionID returns the lookup key for a session token.
func SessionID(sessionToken string) string { // want SessionID:`fast-hashes\(sessionToken→SHA-256\)`
	h := sha256.New()
	h.Write([]byte(sessionToken))
	return hex.EncodeToString(h.Sum(nil))
}

// ResetTokenHash stores password reset tokens hashed: "password" in the
// name does not make a reset token a password.
func ResetTokenHash(passwordResetToken string) string { // want ResetTokenHash:`fast-hashes\(passwordResetToken→SHA-256\)`
	return hashutil.Digest(passwordResetToken)
}

// hashPasswordResetToken: a helper whose name mentions passwords, but
// resets are tokens.
func hashPasswordResetToken(t string) []byte {
	sum := sha256.Sum256([]byte(t))
	return sum[:]
}

// RefreshTokenID derives the refresh-token family ID.
func RefreshTokenID(refreshToken string, r *http.Request) []byte { // want RefreshTokenID:`fast-hashes\(refreshToken→HMAC-SHA-256\)`
	_ = hashPasswordResetToken(r.FormValue("reset_token"))
	return hashutil.NewSigner([]byte("k")).Sign([]byte(refreshToken))
}

// WebhookSignature signs an outgoing webhook body with the client secret.
func WebhookSignature(clientSecret, body []byte) string { // want WebhookSignature:`fast-hashes\(clientSecret→HMAC-SHA-256, body→HMAC-SHA-256\)`
	mac := hmac.New(sha256.New, clientSecret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

// BindToPassword makes API keys die with a password change: it mixes in the
// password *hash*, not the password.
func BindToPassword(apiKey string, passwordHash []byte) string { // want BindToPassword:`fast-hashes\(apiKey→SHA-256, passwordHash→SHA-256\)`
	return hashutil.Fingerprint(apiKey + string(passwordHash))
}
