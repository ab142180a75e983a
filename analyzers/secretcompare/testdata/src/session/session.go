// Package session stores server-side sessions.
package session

import (
	"crypto/sha256"
	"sync"
	"time"
)

// Session is one login.
type Session struct {
	ID        string
	TokenHash [32]byte
	UserID    string
	Expires   time.Time
}

// Store keeps sessions by the SHA-256 of their token.
type Store struct {
	mu       sync.Mutex
	byHash   map[[32]byte]*Session
	sessions []*Session
}

// Lookup finds a session by hashed token: a map lookup, not a comparison.
func (s *Store) Lookup(token string) (*Session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sess, ok := s.byHash[sha256.Sum256([]byte(token))]
	if !ok || sess == nil { // nil: fine
		return nil, false
	}
	if time.Now().After(sess.Expires) {
		return nil, false
	}
	return sess, true
}

// FindLinear scans every session and compares IDs: leaks.
func (s *Store) FindLinear(sessionID string) *Session {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, sess := range s.sessions {
		if sess.ID == sessionID { // want `secret sessionID compared with sess.ID using ==`
			return sess
		}
	}
	return nil
}

// Verify re-checks a session against a presented token.
func (s *Store) Verify(sess *Session, token string) bool {
	sum := sha256.Sum256([]byte(token))
	return sess.TokenHash == sum // want `secret sess.TokenHash compared with sum using ==: .*use subtle.ConstantTimeCompare\(sess.TokenHash\[:\], sum\[:\]\) == 1`
}

// VerifyHash compares with a hash computed inline: not addressable, so no fix.
func (s *Store) VerifyHash(sess *Session, token string) bool {
	return sha256.Sum256([]byte(token)) == sess.TokenHash // want `hash of a secret sha256.Sum256\(\[\]byte\(token\)\) compared with sess.TokenHash using ==: .*use subtle.ConstantTimeCompare$`
}

// SameUser compares owners, expiries and pointers: none is a secret.
func (s *Store) SameUser(a, b *Session, userID string, deadline time.Time) bool {
	if a == b || a.UserID != userID { // pointers and user IDs
		return false
	}
	if a.Expires == deadline { // time value
		return false
	}
	return a.ID != "" // empty string
}
