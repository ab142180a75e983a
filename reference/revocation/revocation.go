// Package revocation records revoked login sessions, so that access tokens
// already handed out for a session (stateless JWTs, valid up to 15 minutes)
// stop working as soon as the session is logged out, revoked, reset or
// locked. Entries only need to outlive the longest access token. Memory
// serves one process; Redis shares revocations among replicas.
package revocation

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// Store records revoked session IDs.
type Store interface {
	Revoke(ctx context.Context, sessionIDs []string, ttl time.Duration, now time.Time) error
	IsRevoked(ctx context.Context, sessionID string, now time.Time) (bool, error)
}

// Memory is an in-process Store.
type Memory struct {
	mu      sync.Mutex
	revoked map[string]time.Time // session ID -> forget after
}

// NewMemory returns an empty store.
func NewMemory() *Memory { return &Memory{revoked: map[string]time.Time{}} }

// Revoke records session IDs until now+ttl.
func (m *Memory) Revoke(_ context.Context, ids []string, ttl time.Duration, now time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for id, until := range m.revoked {
		if now.After(until) {
			delete(m.revoked, id)
		}
	}
	for _, id := range ids {
		m.revoked[id] = now.Add(ttl)
	}
	return nil
}

// IsRevoked reports whether the session was revoked.
func (m *Memory) IsRevoked(_ context.Context, id string, now time.Time) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	until, ok := m.revoked[id]
	return ok && !now.After(until), nil
}

// Redis is a Store shared through Redis.
type Redis struct {
	Client *redis.Client
	Prefix string
}

// Revoke records session IDs with a TTL.
func (r *Redis) Revoke(ctx context.Context, ids []string, ttl time.Duration, _ time.Time) error {
	if len(ids) == 0 {
		return nil
	}
	pipe := r.Client.TxPipeline()
	for _, id := range ids {
		pipe.Set(ctx, r.Prefix+"revoked:"+id, 1, ttl)
	}
	_, err := pipe.Exec(ctx)
	return err
}

// IsRevoked reports whether the session was revoked.
func (r *Redis) IsRevoked(ctx context.Context, id string, _ time.Time) (bool, error) {
	n, err := r.Client.Exists(ctx, r.Prefix+"revoked:"+id).Result()
	if errors.Is(err, redis.Nil) {
		return false, nil
	}
	return n == 1, err
}
