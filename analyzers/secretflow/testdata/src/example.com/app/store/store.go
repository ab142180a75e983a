// Package store keeps users, API keys and tokens in database/sql.
package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"example.com/app/tokens"
)

type Store struct{ db *sql.DB }

type User struct {
	ID       int64
	Email    string
	Password string // the bcrypt hash once saved
}

// hashPassword stands for bcrypt.GenerateFromPassword.
func hashPassword(pw string) (string, error) { return "$2a$12$" + fmt.Sprint(len(pw)), nil }

// CreateUserPlain stores the password itself.
func (s *Store) CreateUserPlain(ctx context.Context, email, password string) error { // want CreateUserPlain:`sinks\(1→DB\.ExecContext\ at\ store\.go:29\)`
	_, err := s.db.ExecContext(ctx, `INSERT INTO users (email, password) VALUES ($1, $2)`, email, password) // want `\[AC906\] password from password \(store.go:\d+\) stored in plaintext here \(a SQL INSERT`
	return err
}

// CreateUser stores the hash.
func (s *Store) CreateUser(ctx context.Context, email, password string) (int64, error) { // want CreateUser:`sinks\(1→DB\.QueryRowContext\ at\ store\.go:40\)`
	hash, err := hashPassword(password)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.db.QueryRowContext(ctx, `INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id`, email, hash).Scan(&id)
	return id, err
}

// Save writes a user whose Password field holds the hash (assigned below).
func (s *Store) Save(u *User, plain string) error {
	h, _ := hashPassword(plain)
	u.Password = h
	_, err := s.db.Exec(`UPDATE users SET email = ?, password = ? WHERE id = ?`, u.Email, u.Password, u.ID)
	return err
}

// SaveAPIKeyPlain stores the key itself.
func (s *Store) SaveAPIKeyPlain(userID int64, apiKey string) error { // want SaveAPIKeyPlain:`sinks\(0→DB\.Exec\ at\ store\.go:54\)`
	_, err := s.db.Exec("INSERT INTO api_keys (user_id, key) VALUES (?, ?)", userID, apiKey) // want `\[AC907\] API key from apiKey`
	return err
}

// SaveAPIKey stores SHA-256 of the key and its prefix: right.
func (s *Store) SaveAPIKey(userID int64, key string) error { // want SaveAPIKey:`sinks\(0→DB\.Exec\ at\ store\.go:62\)`
	sum := sha256.Sum256([]byte(key))
	_, err := s.db.Exec("INSERT INTO api_keys (user_id, prefix, key_hash) VALUES (?, ?, ?)",
		userID, key[:8], hex.EncodeToString(sum[:]))
	return err
}

// SaveAPIKeyHelper hashes through a helper of another package: right.
func (s *Store) SaveAPIKeyHelper(userID int64, key string) error { // want SaveAPIKeyHelper:`sinks\(0→DB\.Exec\ at\ store\.go:69\)`
	_, err := s.db.Exec("INSERT INTO api_keys (user_id, prefix, key_hash) VALUES (?, ?, ?)",
		userID, tokens.Prefix(key), tokens.Hash(key))
	return err
}

// StartReset stores the reset token itself.
func (s *Store) StartReset(ctx context.Context, userID int64) (string, error) { // want StartReset:`returns\(reset\ token\ from\ resetToken\)` StartReset:`sinks\(1→DB\.ExecContext\ at\ store\.go:80\)`
	resetToken, err := tokens.NewToken()
	if err != nil {
		return "", err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO password_resets (user_id, token, expires_at) VALUES ($1, $2, $3)`,
		userID, resetToken, time.Now().Add(15*time.Minute)) // want `\[AC908\] reset token from resetToken`
	return resetToken, err
}

// StartMagicLink stores SHA-256 of the token: right.
func (s *Store) StartMagicLink(ctx context.Context, userID int64) (string, error) { // want StartMagicLink:`sinks\(1→DB\.ExecContext\ at\ store\.go:90\)` StartMagicLink:`returns\(token\ from\ tokens\.NewToken\)`
	tok, err := tokens.NewToken()
	if err != nil {
		return "", err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO magic_links (user_id, token_hash) VALUES ($1, $2)`, userID, tokens.Hash(tok))
	return tok, err
}

// Rotate stores the refresh token itself.
func (s *Store) Rotate(ctx context.Context, tx *sql.Tx, sessionID int64, refreshToken string) error { // want Rotate:`sinks\(2→Tx\.ExecContext\ at\ store\.go:96\)`
	_, err := tx.ExecContext(ctx, `UPDATE sessions SET refresh_token = $1, rotated_at = now() WHERE id = $2`, refreshToken, sessionID) // want `\[AC909\] refresh token from refreshToken`
	return err
}

// FindByToken looks a token up by its hash: a SELECT is not storage.
func (s *Store) FindByToken(ctx context.Context, token string) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT user_id FROM api_keys WHERE key_hash = $1`, tokens.Hash(token)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, errors.New("invalid token")
	}
	return id, err
}

// Touch records use by token ID: IDs are not secrets.
func (s *Store) Touch(tokenID int64, lastUsedIP string) error { // want Touch:`sinks\(0→DB\.Exec\ at\ store\.go:112,\ 1→DB\.Exec\ at\ store\.go:112\)`
	_, err := s.db.Exec(`UPDATE api_keys SET last_used_at = now(), last_ip = ? WHERE id = ?`, lastUsedIP, tokenID)
	return err
}
