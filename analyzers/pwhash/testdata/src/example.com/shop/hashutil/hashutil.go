// Package hashutil holds hashing helpers shared across the shop. Its
// functions carry facts: callers in other packages that pass a password are
// reported at their call sites.
package hashutil

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"io"
	"strings"
)

// Digest returns the hex SHA-256 of s: right for API keys and tokens,
// wrong for passwords.
func Digest(s string) string { // want Digest:`fast-hashes\(s→SHA-256\)`
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// Fingerprint normalises s and digests it: a wrapper of a wrapper.
func Fingerprint(s string) string { // want Fingerprint:`fast-hashes\(s→SHA-256\)`
	return Digest(strings.ToLower(strings.TrimSpace(s)))
}

// HashPassword is the legacy salted SHA-512 scheme. Its name says it hashes
// passwords, so the hash inside is reported too.
func HashPassword(password, salt string) string { // want HashPassword:`fast-hashes\(password→SHA-512, salt→SHA-512\)`
	h := sha512.New()
	h.Write([]byte(salt))
	h.Write([]byte(password)) // want `\[AC101\] a password \(password\) is hashed with SHA-512, a fast hash: use argon2id`
	return hex.EncodeToString(h.Sum(nil))
}

// Join digests several parts, e.g. for a cache key: a variadic helper.
func Join(parts ...string) string { // want Join:`fast-hashes\(parts→SHA-256\)`
	h := sha256.New()
	for _, p := range parts {
		io.WriteString(h, p)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Signer signs webhook payloads.
type Signer struct{ key []byte }

// NewSigner returns a Signer keyed with key.
func NewSigner(key []byte) *Signer { return &Signer{key: key} }

// Sign returns HMAC-SHA-256(key, msg).
func (s *Signer) Sign(msg []byte) []byte { // want Sign:`fast-hashes\(msg→HMAC-SHA-256\)`
	mac := hmac.New(sha256.New, s.key)
	mac.Write(msg)
	return mac.Sum(nil)
}

// Checksum hashes a stream; nothing it hashes is a parameter's value.
func Checksum(r io.Reader) (string, error) {
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// digest is unexported: it gets no fact (nobody outside can call it), but
// calls inside this package are still followed.
func digest(b []byte) []byte {
	sum := sha256.Sum256(b)
	return sum[:]
}

// CacheKey digests a user's e-mail for a cache key.
func CacheKey(email string) string { // want CacheKey:`fast-hashes\(email→SHA-256\)`
	return hex.EncodeToString(digest([]byte(email)))
}
