// Package negatives holds the shapes that make peers noisy: none of them
// is a finding.
package negatives

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"math/rand"
	"net/http"
	"os"
	"strings"
	"time"
)

const (
	PasswordMinLength = 8
	passwordField     = "password"
	tokenHeader       = "X-Auth-Token"
	envAPIKey         = "SERVICE_API_KEY"
)

var ErrInvalidPassword = errors.New("invalid password")

type User struct {
	ID           int64
	Email        string
	Username     string
	PasswordHash []byte
}

// Token redacts itself everywhere a logger could look.
type Token struct {
	ID    string
	Value string
}

func (t Token) String() string               { return "token(" + t.ID + ")" }
func (t Token) LogValue() slog.Value         { return slog.StringValue(t.ID) }
func (t Token) MarshalJSON() ([]byte, error) { return []byte(`"` + t.ID + `"`), nil }

func redact(s string) string { return strings.Repeat("*", len(s)) }

func Backoff(attempt int) time.Duration { // want Backoff:`sinks\(0→log\.Printf\ at\ negatives\.go:52\)`
	jitter := time.Duration(rand.Int63n(int64(time.Second)))
	d := time.Duration(attempt)*time.Second + jitter
	log.Printf("retry %d in %v (jitter %v)", attempt, d, jitter)
	return d
}

func Config() {
	if os.Getenv("DB_PASSWORD") == "" {
		log.Printf("warning: %s is not set", "DB_PASSWORD")
	}
	if _, ok := os.LookupEnv(envAPIKey); !ok {
		log.Fatalf("%s is required", envAPIKey)
	}
	log.Printf("passwords need at least %d characters (field %q, header %s)", PasswordMinLength, passwordField, tokenHeader)
}

func Login(w http.ResponseWriter, r *http.Request, u User) error {
	log.Printf("login: user %d <%s> (%s)", u.ID, u.Email, u.Username)
	slog.Info("login", "user", u.Username, "email", u.Email, "user_id", u.ID)
	if len(u.PasswordHash) == 0 {
		return ErrInvalidPassword
	}
	if r.FormValue("password") == "" {
		return errors.New("invalid password")
	}
	if r.Header.Get("Authorization") == "" {
		return fmt.Errorf("missing Authorization header for %s", r.URL.Path)
	}
	return nil
}

func Tokens(t Token, tokenID string, sessionID int64) { // want Tokens:`sinks\(0→log\.Printf\ at\ negatives\.go:82,\ 1→log\.Printf\ at\ negatives\.go:85,\ 2→log\.Printf\ at\ negatives\.go:85\)`
	log.Printf("token %v", t)
	log.Printf("token %s", t)
	slog.Info("token", "token", t)
	log.Printf("revoked token %s (session %d)", tokenID, sessionID)
	log.Printf("token %s", redact(t.Value))
	log.Printf("token length %d", len(t.Value))
	log.Printf("token ends in %s", t.Value[len(t.Value)-4:])
}

func StoreKeyHash(ctx context.Context, db *sql.DB, userID int64, apiKey string) error { // want StoreKeyHash:`sinks\(2→DB\.ExecContext\ at\ negatives\.go:95\)`
	sum := sha256.Sum256([]byte(apiKey))
	digest := hex.EncodeToString(sum[:])
	_, err := db.ExecContext(ctx, `INSERT INTO api_keys (user_id, key_prefix, key_sha256) VALUES ($1, $2, $3)`,
		userID, apiKey[:8], digest)
	return err
}

func ChangePassword(ctx context.Context, db *sql.DB, userID int64, newPasswordHash string) error { // want ChangePassword:`sinks\(2→log\.Printf\ at\ negatives\.go:104,\ 2→DB\.ExecContext\ at\ negatives\.go:100,\ 3→DB\.ExecContext\ at\ negatives\.go:100\)`
	_, err := db.ExecContext(ctx, `UPDATE users SET password_hash = $1, password_changed_at = now() WHERE id = $2`, newPasswordHash, userID)
	if err != nil {
		return fmt.Errorf("changing password of user %d: %w", userID, err)
	}
	log.Printf("password changed for user %d", userID)
	return nil
}

func Lookup(ctx context.Context, db *sql.DB, token string) (int64, error) {
	sum := sha256.Sum256([]byte(token))
	var id int64
	err := db.QueryRowContext(ctx, `SELECT user_id FROM sessions WHERE token_sha256 = $1`, hex.EncodeToString(sum[:])).Scan(&id)
	return id, err
}

func Parse(src string) []string {
	var tokens []string
	for _, tok := range strings.Fields(src) {
		tokens = append(tokens, tok)
		log.Printf("token %q", tok)
	}
	nextPageToken := "abc"
	log.Printf("next page %s", nextPageToken)
	return tokens
}

func CSRF(w http.ResponseWriter, r *http.Request) {
	csrfToken := r.FormValue("csrf_token")
	log.Printf("csrf token present: %t", csrfToken != "")
	c, err := r.Cookie("theme")
	if err == nil {
		log.Printf("theme %s", c.Value)
	}
}

func Probe(codes []int) error {
	tried := map[string]string{}
	for i, c := range codes {
		tried[[]string{"Authorization: Bearer", "X-API-Key"}[i%2]] = fmt.Sprint(c)
	}
	wd := os.Getenv("PWD")
	return fmt.Errorf("refused with Authorization (%s) and X-API-Key (%s) in %s", tried["Authorization: Bearer"], tried["X-API-Key"], wd)
}
