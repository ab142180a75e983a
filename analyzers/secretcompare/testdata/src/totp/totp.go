// Package totp verifies RFC 6238 one-time passwords.
//
// Codes compared as strings are reported; codes compared as integers are
// not: a word-sized == compiles to one comparison with no early exit.
package totp

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/binary"
	"fmt"
	"time"
)

const (
	digits    = 6
	otpPeriod = 30 * time.Second
)

// hotp computes an RFC 4226 code.
func hotp(secret []byte, counter uint64) uint32 {
	var msg [8]byte
	binary.BigEndian.PutUint64(msg[:], counter)
	mac := hmac.New(sha1.New, secret)
	mac.Write(msg[:])
	sum := mac.Sum(nil)
	off := sum[len(sum)-1] & 0x0f
	return (binary.BigEndian.Uint32(sum[off:off+4]) & 0x7fffffff) % 1000000
}

// generateTOTP renders the current code as the user types it.
func generateTOTP(secret []byte, t time.Time) string {
	return fmt.Sprintf("%0*d", digits, hotp(secret, uint64(t.Unix())/30))
}

// VerifyString compares the code as a string: leaks.
func VerifyString(secret []byte, otpCode string, now time.Time) bool {
	return generateTOTP(secret, now) == otpCode // want `secret generateTOTP\(secret, now\) compared with otpCode using ==: .*use subtle.ConstantTimeCompare\(\[\]byte\(generateTOTP\(secret, now\)\), \[\]byte\(otpCode\)\) == 1`
}

// VerifyNumeric compares the code as an integer: not reported.
func VerifyNumeric(secret []byte, code uint32, now time.Time) bool {
	counter := uint64(now.Unix()) / 30
	for _, drift := range []int64{-1, 0, 1} {
		if hotp(secret, uint64(int64(counter)+drift)) == code {
			return true
		}
	}
	return false
}

// VerifyConstantTime is the correct string form.
func VerifyConstantTime(secret []byte, otpCode string, now time.Time) bool {
	expected := generateTOTP(secret, now)
	return subtle.ConstantTimeCompare([]byte(expected), []byte(otpCode)) == 1
}

// Enrollment tracks the last step used, to refuse replays.
type Enrollment struct {
	Secret       []byte
	LastOTPStep  uint64
	OTPIssued    time.Time
	OTPWindow    time.Duration
	otpIsEnabled bool
}

// Replayed compares steps, times and flags: none is a secret.
func (e *Enrollment) Replayed(step uint64, issued time.Time, window time.Duration, enabled bool) bool {
	if e.LastOTPStep == step { // integer
		return true
	}
	if e.OTPIssued == issued { // time value
		return true
	}
	if e.OTPWindow != window || window == otpPeriod { // durations
		return true
	}
	return e.otpIsEnabled != enabled // boolean
}
