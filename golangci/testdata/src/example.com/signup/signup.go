// Package signup stores new accounts: the fixture of the plugin's tests.
// AC103 (bcrypt cost below 12) is disabled by the tests' settings, so the
// cost-11 call carries no want comment.
package signup

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
)

type Account struct {
	Email        string
	Password     string
	PasswordHash []byte
	APIKeyDigest string
}

// Register hashes with cost 11: AC103, disabled in the tests.
func Register(a *Account) error {
	h, err := bcrypt.GenerateFromPassword([]byte(a.Password), 11)
	a.PasswordHash = h
	return err
}

// RegisterFast uses bcrypt's minimum cost: AC102 is still reported.
func RegisterFast(a *Account) error {
	h, err := bcrypt.GenerateFromPassword([]byte(a.Password), bcrypt.MinCost) // want `bcrypt.*\(AC102\)$`
	a.PasswordHash = h
	return err
}

// LegacyDigest hashes the password with MD5: AC101.
func LegacyDigest(a *Account) string {
	sum := md5.Sum([]byte(a.Password)) // want `\(AC101\)$`
	return hex.EncodeToString(sum[:])
}

// ImportDigest is the same, waived with a directive.
func ImportDigest(a *Account) string {
	//authcheck:ignore AC101 -- fixture: waived on the line above
	sum := md5.Sum([]byte(a.Password))
	return hex.EncodeToString(sum[:])
}

// KeyDigest is correct: SHA-256 of an API key. pwhash records that its
// parameter reaches a fast hash, in case a caller passes a password.
func KeyDigest(a *Account, apiKey string) { // want KeyDigest:`fast-hashes\(apiKey→SHA-256\)`
	sum := sha256.Sum256([]byte(apiKey))
	a.APIKeyDigest = hex.EncodeToString(sum[:])
}

// StrongEnough uses the checklist's cost.
func StrongEnough(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), 12)
}
