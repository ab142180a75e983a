// Package totp implements time-based one-time passwords (RFC 6238) as the
// reference server uses them: HMAC-SHA-1 (RFC 4226 dynamic truncation),
// 30-second steps, 6 digits, and a verifier that accepts the current step
// and one on either side and reports which step matched, so that the
// caller can refuse a code whose step was already used (RFC 6238 §5.2).
//
// It is small on purpose and has no dependency beyond the standard
// library; the RFC 6238 Appendix B vectors are its tests.
package totp

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/base32"
	"encoding/binary"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Parameters the server uses (and authenticator apps assume by default).
const (
	Period     = 30 * time.Second
	Digits     = 6
	Skew       = 1  // steps accepted on either side of the current one
	SecretSize = 20 // bytes: 160 bits, RFC 4226 §4 R6
)

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// NewSecret returns a random secret.
func NewSecret() ([]byte, error) {
	k := make([]byte, SecretSize)
	if _, err := rand.Read(k); err != nil {
		return nil, err
	}
	return k, nil
}

// EncodeSecret is the secret in unpadded base32, as users type it into an
// authenticator app.
func EncodeSecret(key []byte) string { return b32.EncodeToString(key) }

// Step is the time step (counter) of t.
func Step(t time.Time) int64 { return t.Unix() / int64(Period/time.Second) }

// Code is the digits-digit HOTP value (RFC 4226 §5.3) of key at counter.
func Code(key []byte, counter int64, digits int) string {
	var msg [8]byte
	binary.BigEndian.PutUint64(msg[:], uint64(counter))
	mac := hmac.New(sha1.New, key)
	mac.Write(msg[:])
	sum := mac.Sum(nil)
	off := sum[len(sum)-1] & 0x0f
	bin := binary.BigEndian.Uint32(sum[off:off+4]) & 0x7fffffff
	mod := uint32(1)
	for range digits {
		mod *= 10
	}
	s := strconv.FormatUint(uint64(bin%mod), 10)
	return strings.Repeat("0", digits-len(s)) + s
}

// WellFormed reports whether code is exactly Digits ASCII digits.
func WellFormed(code string) bool {
	if len(code) != Digits {
		return false
	}
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return false
		}
	}
	return true
}

// Match checks code against the steps around now (±Skew) and returns the
// latest matching step later than after, or ok=false. Steps at or before
// after were used already and never match. The comparison is constant
// time.
func Match(key []byte, code string, now time.Time, after int64) (step int64, ok bool) {
	if !WellFormed(code) {
		return 0, false
	}
	cur := Step(now)
	for s := cur + Skew; s >= cur-Skew; s-- {
		if s <= after {
			break
		}
		if subtle.ConstantTimeCompare([]byte(Code(key, s, Digits)), []byte(code)) == 1 {
			return s, true
		}
	}
	return 0, false
}

// MatchAny is Match without the used-step bound, returning the matching
// step (or ok=false): a caller tells a replay (matches, but not after the
// last used step) from a wrong code.
func MatchAny(key []byte, code string, now time.Time) (int64, bool) {
	return Match(key, code, now, -1<<62)
}

// URI is the otpauth:// key URI authenticator apps read from a QR code:
// otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30.
func URI(issuer, account string, key []byte) string {
	q := url.Values{}
	//authcheck:ignore AC401 -- an otpauth:// key URI for an authenticator app (QR code), never requested over HTTP; handed out once, at enrolment
	q.Set("secret", EncodeSecret(key))
	q.Set("issuer", issuer)
	q.Set("algorithm", "SHA1")
	q.Set("digits", strconv.Itoa(Digits))
	q.Set("period", strconv.Itoa(int(Period/time.Second)))
	label := url.PathEscape(issuer) + ":" + url.PathEscape(account)
	return "otpauth://totp/" + label + "?" + q.Encode()
}
