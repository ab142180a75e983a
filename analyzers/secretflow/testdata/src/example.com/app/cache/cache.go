// Package cache keeps sessions and tokens in Redis.
package cache

import (
	"context"
	"encoding/json"
	"time"

	"github.com/redis/go-redis/v9"

	"example.com/app/tokens"
)

type Cache struct{ rdb *redis.Client }

// SaveSession is a server-side session store keyed by the session ID: the
// ID is the key, the value is the user's data.
func (c *Cache) SaveSession(ctx context.Context, sessionID string, userID int64) error {
	data, _ := json.Marshal(map[string]int64{"user_id": userID})
	return c.rdb.Set(ctx, "session:"+sessionID, data, 24*time.Hour).Err()
}

// SaveRefresh stores the refresh token itself as the value.
func (c *Cache) SaveRefresh(ctx context.Context, userID string, refreshToken string) error {
	return c.rdb.Set(ctx, "refresh:"+userID, refreshToken, 30*24*time.Hour).Err() // want `\[AC909\] refresh token from refreshToken .* \(Redis, by redis Set\)`
}

// SaveRefreshHashed keys by the hash: right.
func (c *Cache) SaveRefreshHashed(ctx context.Context, userID string, refreshToken string) error { // want SaveRefreshHashed:`sinks\(1→redis\ Set\ at\ cache\.go:30\)`
	return c.rdb.Set(ctx, "refresh:"+tokens.Hash(refreshToken), userID, 30*24*time.Hour).Err()
}

// SaveKey stores an API key in a hash field.
func (c *Cache) SaveKey(ctx context.Context, userID string) (string, error) { // want SaveKey:`returns\(API\ key\ from\ tokens\.NewAPIKey\)`
	key := tokens.NewAPIKey()
	err := c.rdb.HSet(ctx, "user:"+userID, "api_key", key).Err() // want `\[AC907\] API key from tokens.NewAPIKey`
	return key, err
}
