// Package users is the user store: account creation, password changes and
// the legacy login path.
package users

import (
	"crypto/md5"
	"crypto/sha256"
	"crypto/sha512"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"example.com/shop/hashutil"
	"golang.org/x/crypto/bcrypt"
)

// User is a stored account.
type User struct {
	ID           int64
	Email        string
	Password     string // plaintext, set only on input
	PasswordHash []byte
	PasswordSalt []byte
	APIKey       string
}

// Password is a plaintext password as typed.
type Password string

// AuditTag returns a short digest for the audit log: a fast hash of the
// password, found through the receiver's type.
func (p Password) AuditTag() string {
	sum := sha256.Sum256([]byte(p)) // want `\[AC101\] a password \(p\) is hashed with SHA-256`
	return hex.EncodeToString(sum[:4])
}

// Store persists users.
type Store struct {
	db   *sql.DB
	cost int // from configuration: not resolvable statically
}

const (
	legacyCost  = 8
	currentCost = 13
)

// ErrNotFound is returned for unknown users.
var ErrNotFound = errors.New("users: not found")

// CreateLegacy is the 2009 code path, kept for the import job.
func (s *Store) CreateLegacy(u *User) error {
	sum := md5.Sum([]byte(u.Password)) // want `\[AC101\] a password \(u.Password\) is hashed with MD5, a fast hash`
	u.PasswordHash = sum[:]
	_, err := s.db.Exec("INSERT INTO users(email, pw) VALUES(?, ?)", u.Email, hex.EncodeToString(sum[:]))
	return err
}

// Create stores a new user with bcrypt at the configured cost.
func (s *Store) Create(u *User) error {
	h, err := bcrypt.GenerateFromPassword([]byte(u.Password), s.cost)
	if err != nil {
		return err
	}
	u.PasswordHash = h
	return nil
}

// SetPassword changes a password with bcrypt's default cost.
func (s *Store) SetPassword(u *User, newPassword string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(newPassword), bcrypt.DefaultCost) // want `\[AC103\] bcrypt cost 10 \(bcrypt.DefaultCost\) is below the checklist's minimum of 12; use cost 12 or more, or argon2id`
	if err != nil {
		return err
	}
	u.PasswordHash = h
	return nil
}

// ImportBatch hashes imported passwords cheaply, "to make the import fast".
func (s *Store) ImportBatch(us []*User) error {
	for _, u := range us {
		h, err := bcrypt.GenerateFromPassword([]byte(u.Password), bcrypt.MinCost) // want `\[AC102\] bcrypt cost 4 \(bcrypt.MinCost\) is below the checklist's minimum of 12`
		if err != nil {
			return err
		}
		u.PasswordHash = h
	}
	return nil
}

// Rehash upgrades old hashes on login.
func (s *Store) Rehash(u *User, password string) ([]byte, error) {
	if _, err := bcrypt.GenerateFromPassword([]byte(password), legacyCost); err != nil { // want `\[AC102\] bcrypt cost 8 \(legacyCost\) is below`
		return nil, err
	}
	cost := 11
	if _, err := bcrypt.GenerateFromPassword([]byte(password), cost); err != nil { // want `\[AC103\] bcrypt cost 11 \(cost\) is below the checklist's minimum of 12`
		return nil, err
	}
	// Cost 0 is below bcrypt.MinCost: bcrypt silently uses DefaultCost.
	if _, err := bcrypt.GenerateFromPassword([]byte(password), 0); err != nil { // want `\[AC103\] bcrypt cost 0 is below bcrypt.MinCost, so bcrypt silently uses bcrypt.DefaultCost \(10\), which is below the checklist's minimum of 12`
		return nil, err
	}
	return bcrypt.GenerateFromPassword([]byte(password), currentCost)
}

// hashCost is assigned twice: not a single value, so not resolved.
var hashCost = 12

func init() {
	if testing := false; testing {
		hashCost = 4
	}
}

// Register uses a cost that is fine or unknown: nothing to report.
func (s *Store) Register(u *User, password string, configuredCost int) error {
	for _, cost := range []int{configuredCost, hashCost, s.cost, 12, bcrypt.DefaultCost + 4} {
		if _, err := bcrypt.GenerateFromPassword([]byte(password), cost); err != nil {
			return err
		}
	}
	strong := currentCost + 1
	_, err := bcrypt.GenerateFromPassword([]byte(password), strong)
	return err
}

// SetLongPassword pre-hashes so that passphrases over bcrypt's 72 bytes
// keep all their entropy: SHA-256 feeding bcrypt is not password storage.
func (s *Store) SetLongPassword(u *User, password string) error {
	sum := sha256.Sum256([]byte(password))
	pre := base64.StdEncoding.EncodeToString(sum[:])
	h, err := bcrypt.GenerateFromPassword([]byte(pre), 12)
	if err != nil {
		return err
	}
	u.PasswordHash = h
	return nil
}

// CheckLongPassword verifies a pre-hashed password (streaming variant).
func (s *Store) CheckLongPassword(u *User, password string) error {
	h := sha512.New()
	h.Write([]byte(password))
	return bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(hex.EncodeToString(h.Sum(nil))))
}

// SessionFingerprint binds sessions to the current password hash, so that
// a password change logs other sessions out. The hash is not a password.
func (s *Store) SessionFingerprint(u *User) string {
	sum := sha256.Sum256(append([]byte(fmt.Sprint(u.ID)), u.PasswordHash...))
	return hex.EncodeToString(sum[:])
}

// GravatarURL uses MD5 of the e-mail, as Gravatar requires.
func GravatarURL(u *User) string {
	sum := md5.Sum([]byte(strings.ToLower(strings.TrimSpace(u.Email))))
	return "https://www.gravatar.com/avatar/" + hex.EncodeToString(sum[:])
}

// Lookup finds users by API key (stored as SHA-256) and by e-mail.
func (s *Store) Lookup(u *User) (string, string) {
	return hashutil.Digest(u.APIKey), hashutil.CacheKey(u.Email)
}

// LegacyLookup matches imported accounts by a normalised password digest.
func (s *Store) LegacyLookup(u *User) string {
	return hashutil.Fingerprint(u.Password) // want `\[AC101\] a password \(u.Password\) is passed to hashutil.Fingerprint, which hashes it with SHA-256, a fast hash`
}
