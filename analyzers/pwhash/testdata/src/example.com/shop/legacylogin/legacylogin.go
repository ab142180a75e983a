// Package legacylogin keeps accounts migrated from an old system whose
// variables do not say "password": they are recognised by where they go.
package legacylogin

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"

	"golang.org/x/crypto/bcrypt"
)

// Member is a stored account.
type Member struct {
	Login        string
	PasswordHash string
	AvatarHash   string
}

// Enroll stores the MD5 of pwtext into PasswordHash: pwtext is a password.
func Enroll(m *Member, pwtext string) { // want Enroll:`fast-hashes\(pwtext→MD5\)`
	sum := md5.Sum([]byte(pwtext)) // want `\[AC101\] a password \(\[\]byte\(pwtext\), whose hash is stored in PasswordHash\) is hashed with MD5`
	m.PasswordHash = hex.EncodeToString(sum[:])
}

// Check verifies bcrypt hashes, and falls back to SHA-256 for old rows:
// input goes to bcrypt.CompareHashAndPassword, so it is a password.
func Check(m *Member, input string) bool { // want Check:`fast-hashes\(input→SHA-256\)`
	if len(m.PasswordHash) > 0 && m.PasswordHash[0] == '$' {
		return bcrypt.CompareHashAndPassword([]byte(m.PasswordHash), []byte(input)) == nil
	}
	sum := sha256.Sum256([]byte(input)) // want `\[AC101\] a password \(input, which is also passed to bcrypt.CompareHashAndPassword\) is hashed with SHA-256`
	return hex.EncodeToString(sum[:]) == m.PasswordHash
}

// Avatar hashes an e-mail address into AvatarHash: not a password.
func Avatar(m *Member, email string) { // want Avatar:`fast-hashes\(email→MD5\)`
	sum := md5.Sum([]byte(email)) // fine
	m.AvatarHash = hex.EncodeToString(sum[:])
}

// PrehashedCheck pre-hashes for bcrypt's 72-byte limit: fine.
func PrehashedCheck(m *Member, phrase string) bool {
	pre := sha256.Sum256([]byte(phrase))
	return bcrypt.CompareHashAndPassword([]byte(m.PasswordHash), []byte(hex.EncodeToString(pre[:]))) == nil
}
