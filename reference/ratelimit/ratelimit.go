// Package ratelimit implements the reference server's rate limits as exact
// sliding windows ("at most N in any window of length W") and failure
// counters for progressive back-off. Two implementations share one
// interface: Memory, for a single process, and Redis, whose atomic Lua
// scripts make several replicas share one budget. Both take the time from
// the caller so that tests can drive them with a fake clock.
package ratelimit

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sort"
	"sync"
	"time"
)

// Len is the number of keys Memory holds (windows and counters), for
// tests and metrics.
func (m *Memory) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.windows) + len(m.failures)
}

// Policy is one limit.
type Policy struct {
	Name   string // appears in RateLimit headers, e.g. "login-ip"
	Limit  int
	Window time.Duration
}

// Decision is the outcome of one Take.
type Decision struct {
	Allowed    bool
	Remaining  int
	RetryAfter time.Duration // when refused: until a slot frees up
	Reset      time.Duration // until the window is fully clear
	// Ticket identifies the admitted request, for Refund.
	Ticket string
}

// Limiter admits requests against sliding-window policies.
type Limiter interface {
	// Take admits one request for key under p, atomically.
	Take(ctx context.Context, p Policy, key string, now time.Time) (Decision, error)
	// Refund returns an admitted request's slot (e.g. a login that
	// succeeded, when only failures should count).
	Refund(ctx context.Context, p Policy, key, ticket string) error
	// Failures increments (or, with reset, clears) a failure counter that
	// expires ttl after its last increment, and returns its value.
	Failures(ctx context.Context, key string, ttl time.Duration, reset bool, now time.Time) (int, error)
	// PeekFailures returns a failure counter without changing it.
	PeekFailures(ctx context.Context, key string, now time.Time) (int, error)
}

func newTicket() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// Memory is an in-process Limiter. A mutex makes each Take atomic.
// Entries expire with their policy's window, and the number of keys is
// capped (MaxKeys): a client that invents keys (addresses, e-mail
// addresses) cannot grow the process without bound.
type Memory struct {
	mu       sync.Mutex
	windows  map[string]*window
	failures map[string]failure
	lastGC   time.Time
	// MaxKeys caps windows plus failure counters (default
	// DefaultMaxKeys). When the cap is reached and nothing has expired, a
	// new key is refused (fail closed) until entries expire.
	MaxKeys int
}

// DefaultMaxKeys is Memory's default cap on keys (about 40 MB).
const DefaultMaxKeys = 100_000

type window struct {
	length  time.Duration
	entries []entry
}

type entry struct {
	at     time.Time
	ticket string
}

type failure struct {
	n       int
	expires time.Time
}

// NewMemory returns an empty in-process limiter.
func NewMemory() *Memory {
	return &Memory{windows: map[string]*window{}, failures: map[string]failure{}}
}

// full reports whether a new key would pass the cap, after collecting
// expired entries.
func (m *Memory) full(now time.Time) bool {
	limit := m.MaxKeys
	if limit <= 0 {
		limit = DefaultMaxKeys
	}
	if len(m.windows)+len(m.failures) < limit {
		return false
	}
	m.lastGC = time.Time{}
	m.gc(now)
	return len(m.windows)+len(m.failures) >= limit
}

// Take admits or refuses one request.
func (m *Memory) Take(_ context.Context, p Policy, key string, now time.Time) (Decision, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.gc(now)
	k := p.Name + "\x00" + key
	w := m.windows[k]
	if w == nil {
		if m.full(now) {
			return Decision{Allowed: false, RetryAfter: time.Minute, Reset: time.Minute}, nil
		}
		w = &window{}
		m.windows[k] = w
	}
	w.length = max(w.length, p.Window)
	live := prune(w.entries, now.Add(-p.Window))
	if len(live) >= p.Limit {
		w.entries = live
		oldest := live[0].at
		return Decision{Allowed: false, RetryAfter: oldest.Add(p.Window).Sub(now), Reset: live[len(live)-1].at.Add(p.Window).Sub(now)}, nil
	}
	t := newTicket()
	w.entries = append(live, entry{now, t})
	return Decision{Allowed: true, Remaining: p.Limit - len(w.entries), Reset: p.Window, Ticket: t}, nil
}

// Refund removes an admitted request.
func (m *Memory) Refund(_ context.Context, p Policy, key, ticket string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	w := m.windows[p.Name+"\x00"+key]
	if w == nil {
		return nil
	}
	for i, e := range w.entries {
		if e.ticket == ticket {
			w.entries = append(w.entries[:i:i], w.entries[i+1:]...)
			break
		}
	}
	return nil
}

// Failures updates a failure counter.
func (m *Memory) Failures(_ context.Context, key string, ttl time.Duration, reset bool, now time.Time) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if reset {
		delete(m.failures, key)
		return 0, nil
	}
	f, ok := m.failures[key]
	if !ok && m.full(now) {
		return 0, nil
	}
	if !now.Before(f.expires) {
		f = failure{}
	}
	f.n++
	f.expires = now.Add(ttl)
	m.failures[key] = f
	return f.n, nil
}

// PeekFailures reads a failure counter.
func (m *Memory) PeekFailures(_ context.Context, key string, now time.Time) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f := m.failures[key]
	if !now.Before(f.expires) {
		return 0, nil
	}
	return f.n, nil
}

// gc drops windows whose newest entry is older than the window, and
// expired counters, now and then, so that memory stays proportional to
// recent traffic.
func (m *Memory) gc(now time.Time) {
	if now.Sub(m.lastGC) < time.Minute {
		return
	}
	m.lastGC = now
	for k, w := range m.windows {
		if len(w.entries) == 0 || now.Sub(w.entries[len(w.entries)-1].at) >= w.length {
			delete(m.windows, k)
		}
	}
	for k, f := range m.failures {
		if !now.Before(f.expires) {
			delete(m.failures, k)
		}
	}
}

func prune(es []entry, cutoff time.Time) []entry {
	i := sort.Search(len(es), func(i int) bool { return es[i].at.After(cutoff) })
	return es[i:]
}
