// Package apikeys creates API keys and keeps sessions, the way peers'
// rules get wrong in both directions.
package apikeys

import (
	"context"
	"database/sql"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"

	"example.com/app/tokens"
)

type createKeyResponse struct {
	ID     int64  `json:"id"`
	Prefix string `json:"prefix"`
	APIKey string `json:"api_key"` // shown once, in the response that creates it
}

type keyView struct {
	ID     int64  `json:"id"`
	Prefix string `json:"prefix"`
}

type Handler struct {
	db  *sql.DB
	rdb *redis.Client
	log *slog.Logger
}

// Create returns the new key once and stores only its hash: right.
func (h *Handler) Create(w http.ResponseWriter, r *http.Request) {
	key := tokens.NewAPIKey()
	var id int64
	err := h.db.QueryRowContext(r.Context(), `INSERT INTO api_keys (prefix, key_hash) VALUES ($1, $2) RETURNING id`,
		tokens.Prefix(key), tokens.Hash(key)).Scan(&id)
	if err != nil {
		h.log.Error("creating key", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h.log.Info("api key created", "id", id, "prefix", tokens.Prefix(key))
	json.NewEncoder(w).Encode(createKeyResponse{ID: id, Prefix: tokens.Prefix(key), APIKey: key})
}

// List shows prefixes and metadata only: right.
func (h *Handler) List(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode([]keyView{{ID: 1, Prefix: "ak_1234"}})
}

type storedSession struct {
	UserID       int64  `json:"user_id"`
	RefreshToken string `json:"refresh_token"`
}

// Remember stores a session whose JSON holds the refresh token.
func (h *Handler) Remember(ctx context.Context, sid string, userID int64, refresh string) error {
	b, err := json.Marshal(storedSession{UserID: userID, RefreshToken: refresh})
	if err != nil {
		return err
	}
	return h.rdb.Set(ctx, "sess:"+sid, b, time.Hour).Err() // want `\[AC909\] refresh token from field storedSession.RefreshToken in json.Marshal`
}

type sessionData struct {
	UserID    int64     `json:"user_id"`
	CSRFToken string    `json:"csrf_token"`
	Created   time.Time `json:"created"`
}

// Save is a server-side session store keyed by the session ID: right.
func (h *Handler) Save(ctx context.Context, sessionID string, d sessionData) error { // want Save:`sinks\(2→redis\ Set\ at\ apikeys\.go:81\)`
	b, err := json.Marshal(d)
	if err != nil {
		return err
	}
	return h.rdb.Set(ctx, "session:"+sessionID, b, 24*time.Hour).Err()
}
