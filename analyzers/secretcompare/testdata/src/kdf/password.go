// Package kdf checks passwords against argon2id hashes.
package kdf

import (
	"bytes"
	"errors"

	"golang.org/x/crypto/argon2"
)

// User is a stored account.
type User struct {
	Salt         []byte
	PasswordHash []byte
}

// CheckPassword derives the hash of the attempt and compares it: leaks.
func (u *User) CheckPassword(password string) bool {
	derived := argon2.IDKey([]byte(password), u.Salt, 2, 19*1024, 1, 32)
	return bytes.Equal(derived, u.PasswordHash) // want `derived key derived \(from argon2.IDKey\(.*\)\) compared with u.PasswordHash using bytes.Equal: .*use subtle.ConstantTimeCompare\(derived, u.PasswordHash\) == 1`
}

// ChangePassword compares plaintext form fields typed by the same user:
// not secrets against an attacker, and storage is AC1xx's concern.
func ChangePassword(newPassword, confirmPassword, oldPassword string) error {
	if len(newPassword) < 12 { // length
		return errors.New("password too short")
	}
	if newPassword != confirmPassword {
		return errors.New("passwords do not match")
	}
	if newPassword == oldPassword {
		return errors.New("choose a new password")
	}
	return nil
}
