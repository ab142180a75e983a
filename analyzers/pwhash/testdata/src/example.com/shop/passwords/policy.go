// Package passwords holds the password policy: length rules and the
// breached-password check. The check hashes passwords with SHA-1 because
// that is the lookup key of the k-anonymity range protocol (Have I Been
// Pwned's Pwned Passwords API), not storage: it must not be reported.
package passwords

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// RangeSource returns the "SUFFIX:COUNT" lines for a 5-hex-digit prefix.
type RangeSource func(prefix string) ([]string, error)

// RangeChecker looks passwords up by SHA-1 prefix.
type RangeChecker struct{ Source RangeSource }

// ErrBreached rejects a password found in a breach corpus.
var ErrBreached = errors.New("passwords: this password appears in a data breach")

// Breached splits the SHA-1 into the prefix that is sent and the suffix
// that is compared.
func (c RangeChecker) Breached(password string) (bool, error) {
	sum := sha1.Sum([]byte(password))
	digest := strings.ToUpper(hex.EncodeToString(sum[:]))
	prefix, suffix := digest[:5], digest[5:]
	lines, err := c.Source(prefix)
	if err != nil {
		return false, err
	}
	for _, line := range lines {
		if s, _, _ := strings.Cut(line, ":"); s == suffix {
			return true, nil
		}
	}
	return false, nil
}

// IsPwned is the streaming variant; only the prefix is sliced, and the
// name says what it is for.
func IsPwned(pw string, fetch RangeSource) bool {
	h := sha1.New()
	io.WriteString(h, pw)
	hexSum := strings.ToUpper(hex.EncodeToString(h.Sum(nil)))
	lines, _ := fetch(hexSum[:5])
	for _, line := range lines {
		if s, _, _ := strings.Cut(line, ":"); hexSum == hexSum[:5]+s {
			return true
		}
	}
	return false
}

// Validate applies the policy to a new password.
func Validate(password string, c RangeChecker) error {
	if utf8.RuneCountInString(password) < 15 {
		return errors.New("passwords: at least 15 characters")
	}
	if breached, err := c.Breached(password); err != nil || breached {
		return ErrBreached
	}
	if IsPwned(password, c.Source) {
		return ErrBreached
	}
	return nil
}

// LogTag returns a short tag for the audit log. A truncated fast hash of
// the password is still a fast hash of the password (and guessable).
func LogTag(password string) string { // want LogTag:`fast-hashes\(password→SHA-256\)`
	sum := sha256.Sum256([]byte(password)) // want `\[AC101\] a password \(password\) is hashed with SHA-256`
	return hex.EncodeToString(sum[:])[:8]
}
