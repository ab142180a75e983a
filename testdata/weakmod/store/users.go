// Package store keeps users with deliberately weak password storage: the
// end-to-end tests of authcheck scan expect findings here.
package store

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
)

type User struct {
	Email        string
	Password     string
	PasswordHash string
}

// HashLegacy hashes a password with MD5: AC101.
func HashLegacy(u *User) {
	sum := md5.Sum([]byte(u.Password))
	u.PasswordHash = hex.EncodeToString(sum[:])
}

// HashBcrypt uses bcrypt's default cost, 10: below the checklist's 12.
func HashBcrypt(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

// APIKeyDigest is correct: SHA-256 of a random API key must not be flagged.
func APIKeyDigest(apiKey string) string {
	sum := sha256.Sum256([]byte(apiKey))
	return hex.EncodeToString(sum[:])
}

// HashSuppressed is weak too, but waived with a reason.
func HashSuppressed(password string) [16]byte {
	//authcheck:ignore AC101 -- legacy import format, rehashed at next login
	return md5.Sum([]byte(password))
}
