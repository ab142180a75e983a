// Package signuptests has a weak hash only in its test file.
package signuptests

import "golang.org/x/crypto/bcrypt"

// Hash uses the checklist's cost.
func Hash(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), 12)
}
