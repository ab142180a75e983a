// Package mfa implements TOTP (RFC 6238): HMAC-SHA1 over a counter keyed
// with the shared secret is the standard, not a password hash.
package mfa

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/binary"
	"fmt"
	"time"
)

// Code returns the six-digit TOTP code for secret at t.
func Code(secret []byte, t time.Time) string { // want Code:`fast-hashes\(secret→HMAC-SHA-1\)`
	var counter [8]byte
	binary.BigEndian.PutUint64(counter[:], uint64(t.Unix()/30))
	mac := hmac.New(sha1.New, secret)
	mac.Write(counter[:])
	sum := mac.Sum(nil)
	off := sum[len(sum)-1] & 0x0f
	v := binary.BigEndian.Uint32(sum[off:]) & 0x7fffffff
	return fmt.Sprintf("%06d", v%1_000_000)
}

// Valid checks a presented code in a ±1 step window.
func Valid(totpSecret []byte, code string, now time.Time) bool { // want Valid:`fast-hashes\(totpSecret→HMAC-SHA-1\)`
	for _, d := range []time.Duration{-30 * time.Second, 0, 30 * time.Second} {
		if hmac.Equal([]byte(Code(totpSecret, now.Add(d))), []byte(code)) {
			return true
		}
	}
	return false
}
