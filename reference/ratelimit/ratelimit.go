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
type Memory struct {
	mu       sync.Mutex
	windows  map[string][]entry
	failures map[string]failure
	lastGC   time.Time
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
	return &Memory{windows: map[string][]entry{}, failures: map[string]failure{}}
}

// Take admits or refuses one request.
func (m *Memory) Take(_ context.Context, p Policy, key string, now time.Time) (Decision, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.gc(now)
	k := p.Name + "\x00" + key
	live := prune(m.windows[k], now.Add(-p.Window))
	if len(live) >= p.Limit {
		m.windows[k] = live
		oldest := live[0].at
		return Decision{Allowed: false, RetryAfter: oldest.Add(p.Window).Sub(now), Reset: live[len(live)-1].at.Add(p.Window).Sub(now)}, nil
	}
	t := newTicket()
	live = append(live, entry{now, t})
	m.windows[k] = live
	return Decision{Allowed: true, Remaining: p.Limit - len(live), Reset: p.Window, Ticket: t}, nil
}

// Refund removes an admitted request.
func (m *Memory) Refund(_ context.Context, p Policy, key, ticket string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := p.Name + "\x00" + key
	es := m.windows[k]
	for i, e := range es {
		if e.ticket == ticket {
			m.windows[k] = append(es[:i:i], es[i+1:]...)
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
	f := m.failures[key]
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

// gc drops idle windows and counters now and then so that memory stays
// proportional to recent traffic. Windows are at most a day long.
func (m *Memory) gc(now time.Time) {
	if now.Sub(m.lastGC) < time.Minute {
		return
	}
	m.lastGC = now
	for k, es := range m.windows {
		if len(es) == 0 || now.Sub(es[len(es)-1].at) > 24*time.Hour {
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
