package token

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"math/big"
	"strings"
)

// OpaqueBytes is the entropy of session IDs, refresh and reset tokens.
const OpaqueBytes = 32

// NewOpaque returns a random token (32 bytes from crypto/rand, base64url)
// and the SHA-256 to store in its place.
func NewOpaque() (plain string, digest []byte, err error) {
	b := make([]byte, OpaqueBytes)
	if _, err := rand.Read(b); err != nil {
		return "", nil, err
	}
	plain = base64.RawURLEncoding.EncodeToString(b)
	return plain, Digest(plain), nil
}

// Digest is the stored form of an opaque token or API key. A fast hash is
// right here: the input has 256 bits of entropy, so it cannot be guessed,
// and lookups by digest need no comparison of secrets in Go code.
func Digest(plain string) []byte {
	sum := sha256.Sum256([]byte(plain))
	return sum[:]
}

// NewID returns a random public identifier (128 bits, hex), for rows whose
// IDs are shown to users: sessions and API keys.
func NewID() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// APIKeyPrefix starts every API key, so that secret scanners can match
// leaked keys: acr_ + 43 base62 characters of randomness + 6 base62
// characters of CRC-32 checksum (the scheme GitHub uses for its tokens).
const APIKeyPrefix = "acr_"

const (
	apiKeyRandomLen   = 43 // 256 bits in base62
	apiKeyChecksumLen = 6
	base62            = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)

// ErrMalformedAPIKey is returned for strings that cannot be API keys.
var ErrMalformedAPIKey = errors.New("token: malformed API key")

// NewAPIKey returns a fresh API key, its stored digest and a short display
// prefix that identifies it in listings without revealing it.
func NewAPIKey() (key string, digest []byte, display string, err error) {
	var sb strings.Builder
	max := big.NewInt(int64(len(base62)))
	for range apiKeyRandomLen {
		n, err := rand.Int(rand.Reader, max)
		if err != nil {
			return "", nil, "", err
		}
		sb.WriteByte(base62[n.Int64()])
	}
	body := sb.String()
	key = APIKeyPrefix + body + checksum(body)
	return key, Digest(key), key[:len(APIKeyPrefix)+6], nil
}

// CheckAPIKeyFormat validates the prefix, alphabet, length and checksum, so
// that typos and random strings are refused without a database lookup.
func CheckAPIKeyFormat(key string) error {
	body, ok := strings.CutPrefix(key, APIKeyPrefix)
	if !ok || len(body) != apiKeyRandomLen+apiKeyChecksumLen {
		return ErrMalformedAPIKey
	}
	for i := 0; i < len(body); i++ {
		if strings.IndexByte(base62, body[i]) < 0 {
			return ErrMalformedAPIKey
		}
	}
	random, sum := body[:apiKeyRandomLen], body[apiKeyRandomLen:]
	// The checksum is derived from the secret part: compare in constant time.
	if subtle.ConstantTimeCompare([]byte(checksum(random)), []byte(sum)) != 1 {
		return ErrMalformedAPIKey
	}
	return nil
}

// IsAPIKeyShaped reports whether s looks like an API key (has the prefix),
// to route Bearer credentials between API keys and JWTs.
func IsAPIKeyShaped(s string) bool { return strings.HasPrefix(s, APIKeyPrefix) }

func checksum(s string) string {
	n := crc32.ChecksumIEEE([]byte(s))
	out := make([]byte, apiKeyChecksumLen)
	for i := apiKeyChecksumLen - 1; i >= 0; i-- {
		out[i] = base62[n%62]
		n /= 62
	}
	return string(out)
}
