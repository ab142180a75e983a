// Package screening screens new passwords against a range API of known
// passwords (k-anonymity: only the first five hex digits of the SHA-1 are
// sent; the suffix is compared locally). The SHA-1 here is a lookup key,
// not storage, also when the prefix is cut in a helper.
package screening

import (
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"strings"
)

// Fetcher returns "SUFFIX:COUNT" lines for a prefix.
type Fetcher interface {
	Range(prefix string) ([]string, error)
}

// Screener rejects passwords seen in the range corpus.
type Screener struct{ api Fetcher }

// Seen hashes the password and lets lookup cut the digest.
func (s *Screener) Seen(password string) (bool, error) {
	sum := sha1.Sum([]byte(password)) // the prefix is cut in lookup: fine
	return s.lookup(strings.ToUpper(hex.EncodeToString(sum[:])))
}

// lookup sends the prefix and compares the suffix.
func (s *Screener) lookup(digest string) (bool, error) {
	lines, err := s.api.Range(digest[:5])
	if err != nil {
		return false, err
	}
	for _, l := range lines {
		if suffix, _, _ := strings.Cut(l, ":"); suffix == digest[5:] {
			return true, nil
		}
	}
	return false, nil
}

// sha1Hex is a helper whose only callers cut its output for the range
// query: not reported, neither here nor at the callers.
func sha1Hex(pw string) string {
	sum := sha1.Sum([]byte(pw))
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}

// Known screens with the helper above.
func (s *Screener) Known(password string) bool {
	h := sha1Hex(password)
	lines, _ := s.api.Range(h[:5])
	for _, l := range lines {
		if strings.HasPrefix(l, h[5:]) {
			return true
		}
	}
	return false
}

// md5Hex is also used for storage below: reported inside, once.
func md5Hex(pw string) string {
	sum := md5.Sum([]byte(pw)) // want `\[AC101\] a password \(pw\) is hashed with MD5, a fast hash`
	return hex.EncodeToString(sum[:])
}

// Account is a stored account.
type Account struct{ Hash string }

// Save stores the MD5 of the password: the helper reports it, the call
// here is the same flow and is not reported a second time.
func Save(a *Account, password string) { // want Save:`fast-hashes\(password→MD5\)`
	a.Hash = md5Hex(password)
}

// Tag cuts a fast hash of the password without any suffix comparison:
// that is not a range query, it is a short fast hash of the password.
func Tag(password string) string { // want Tag:`fast-hashes\(password→SHA-1\)`
	sum := sha1.Sum([]byte(password)) // want `\[AC101\] a password \(password\) is hashed with SHA-1`
	return tagOf(hex.EncodeToString(sum[:]))
}

func tagOf(s string) string { return s[:6] }

// Validator is configured with the range service's host.
type Validator struct {
	RangeLookupEnabled bool
	HaveIBeenPwnedHost string
	api                Fetcher
}

// Check hashes the password and lets fetch format and cut the digest; the
// suffix is compared as prefix+line, and the function names the service.
func (v *Validator) Check(password string) (bool, error) {
	if !v.RangeLookupEnabled {
		return false, nil
	}
	h := sha1.New()
	h.Write([]byte(password)) // a k-anonymity lookup key: fine
	return v.fetch(h.Sum(nil), v.HaveIBeenPwnedHost)
}

func (v *Validator) fetch(digest []byte, host string) (bool, error) {
	prefix := fmt.Sprintf("%X", digest)[0:5]
	lines, err := v.api.Range(host + prefix)
	if err != nil {
		return false, err
	}
	for _, l := range lines {
		if prefix+l == fmt.Sprintf("%X", digest) {
			return true, nil
		}
	}
	return false, nil
}
