// Package tokens issues sessions, API keys, reset links and OTP codes:
// some from math/rand or too few bytes, most done right.
package tokens

import (
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"math/rand"
	"net/http"
	"strings"
	"time"

	"github.com/google/uuid"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// randString is a neutral helper: what it returns becomes a secret only
// where it is used as one.
func randString(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

// newSessionID is named for a secret and returns math/rand output.
func newSessionID() string {
	return fmt.Sprintf("%x", rand.Int63()) // want `math/rand value from newSessionID \(tokens.go:\d+\) becomes the result of newSessionID`
}

// Login sets the session cookie from the helper.
func Login(w http.ResponseWriter, r *http.Request) {
	sid := randString(32) // want `math/rand value from randString \(tokens.go:\d+\) becomes sid: math/rand is predictable, so the session ID can be guessed`
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true})
}

// Remember sets a cookie straight from math/rand.
func Remember(w http.ResponseWriter) {
	v := hex.EncodeToString([]byte(fmt.Sprint(rand.Uint64())))
	http.SetCookie(w, &http.Cookie{Name: "remember", Value: v}) // want `math/rand value from Remember \(tokens.go:\d+\) becomes the value of cookie "remember"`
}

// APIKey is stored in a struct field.
type APIKey struct {
	Prefix string
	Secret string
	Hash   []byte
}

// IssueKey builds an API key from math/rand via a builder.
func IssueKey() APIKey {
	var sb strings.Builder
	for i := 0; i < 40; i++ {
		sb.WriteByte(letters[rand.Intn(len(letters))])
	}
	return APIKey{Prefix: "ak_", Secret: sb.String()} // want `math/rand value from IssueKey \(tokens.go:\d+\) becomes field Secret`
}

// SendReset mails a reset link with a math/rand token.
func SendReset(email string, send func(to, body string) error) error {
	code := rand.Int31()
	link := "https://example.com/reset?token=" + fmt.Sprint(code) // want `math/rand value from SendReset \(tokens.go:\d+\) becomes part of a link`
	return send(email, "Reset your password: "+link)
}

// Salt from the v1 generator's Read.
func hashWithSalt(pw string) []byte {
	salt := make([]byte, 16)
	rand.Read(salt) // want `math/rand value from hashWithSalt \(tokens.go:\d+\) becomes salt`
	sum := sha256.Sum256(append(salt, pw...))
	return sum[:]
}

// OTP from math/rand (a one-time code: still predictable).
func GenerateOTP() string {
	return fmt.Sprintf("%06d", rand.Intn(1000000)) // want `math/rand value from GenerateOTP \(tokens.go:\d+\) becomes the result of GenerateOTP`
}

// ShortToken reads 8 bytes from crypto/rand for a token.
func ShortToken() string {
	b := make([]byte, 8)
	if _, err := crand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b) // want `8 random bytes from ShortToken \(tokens.go:\d+\) become the result of ShortToken: a token needs at least 16 bytes`
}

// --- hard negatives ---

// NewToken is right: 32 bytes from crypto/rand.
func NewToken() (string, error) {
	b := make([]byte, 32)
	if _, err := io.ReadFull(crand.Reader, b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// NewSessionToken is right: exactly 16 bytes is enough.
func NewSessionToken() string {
	var b [16]byte
	crand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// NewCSRFToken uses rand.Text (128 bits).
func NewCSRFToken() string { return crand.Text() }

// NewOTPCode draws six digits from crypto/rand: short by design.
func NewOTPCode() (string, error) {
	n, err := crand.Int(crand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

// sealNonce is a 12-byte AES-GCM nonce: its size is fixed by the cipher.
func sealNonce() []byte {
	nonce := make([]byte, 12)
	crand.Read(nonce)
	return nonce
}

// Backoff adds jitter to retries (gosec G404 flags it).
func Backoff(attempt int) time.Duration {
	base := time.Duration(1<<attempt) * 100 * time.Millisecond
	jitter := time.Duration(rand.Int63n(int64(base / 2)))
	return base + jitter
}

// PickBackend balances load across replicas.
func PickBackend(backends []string) string {
	return backends[rand.Intn(len(backends))]
}

// Sampled decides whether to trace a request.
func Sampled(rate float64) bool { return rand.Float64() < rate }

// ShuffleQuestions shuffles quiz questions for display.
func ShuffleQuestions(qs []string) {
	rand.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
}

// AvatarColor picks a display colour.
func AvatarColor() string {
	colors := []string{"red", "green", "blue"}
	return colors[rand.Intn(len(colors))]
}

// RequestID tags a request for the logs.
func RequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requestID := uuid.New().String()
		w.Header().Set("X-Request-ID", requestID)
		next.ServeHTTP(w, r)
	})
}

// PollDelay waits between polls.
func PollDelay() { time.Sleep(time.Duration(rand.Intn(500)) * time.Millisecond) }

// tokenBucket is a rate limiter, not a secret, despite the name.
type tokenBucket struct{ tokens int }

// Refill adds a random number of tokens (a simulation).
func (b *tokenBucket) Refill() { b.tokens += rand.Intn(3) }
