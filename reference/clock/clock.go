// Package clock lets the reference server read the time and wait through an
// interface, so that tests can move time forward (reset-token expiry, session
// timeouts, rate-limit windows, back-off) without sleeping.
package clock

import (
	"context"
	"sync"
	"time"
)

// Clock is the server's source of time.
type Clock interface {
	Now() time.Time
	// Sleep waits for d or until ctx is done, whichever comes first.
	Sleep(ctx context.Context, d time.Duration) error
}

// Real is the wall clock.
type Real struct{}

// Now returns time.Now().
func (Real) Now() time.Time { return time.Now() }

// Sleep waits for d or ctx.
func (Real) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Fake is a manually advanced clock for tests. Sleep returns at once, adds
// the duration to the clock and records it, so a test can assert that a
// back-off happened without waiting for it.
type Fake struct {
	mu     sync.Mutex
	now    time.Time
	slept  []time.Duration
	onStep func(time.Time)
}

// NewFake returns a fake clock set to start.
func NewFake(start time.Time) *Fake { return &Fake{now: start} }

// Now returns the fake time.
func (f *Fake) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

// Advance moves the clock forward by d.
func (f *Fake) Advance(d time.Duration) {
	f.mu.Lock()
	f.now = f.now.Add(d)
	f.mu.Unlock()
}

// Sleep records d and returns without waiting. It does not move the clock:
// concurrent requests would otherwise see each other's back-off as elapsed
// time.
func (f *Fake) Sleep(ctx context.Context, d time.Duration) error {
	f.mu.Lock()
	f.slept = append(f.slept, d)
	f.mu.Unlock()
	return ctx.Err()
}

// Slept returns the durations passed to Sleep so far, and forgets them.
func (f *Fake) Slept() []time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := f.slept
	f.slept = nil
	return s
}

// Offset is a clock running at the speed of a base clock plus an offset
// that only grows. It backs the reference server's development-only clock
// endpoint (--dev-clock), which lets probes check expiry without waiting.
type Offset struct {
	base   Clock
	mu     sync.Mutex
	offset time.Duration
}

// NewOffset returns base with a zero offset.
func NewOffset(base Clock) *Offset { return &Offset{base: base} }

// Now returns the base time plus the offset.
func (o *Offset) Now() time.Time {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.base.Now().Add(o.offset)
}

// Sleep waits on the base clock.
func (o *Offset) Sleep(ctx context.Context, d time.Duration) error { return o.base.Sleep(ctx, d) }

// Advance moves the clock forward by d (negative d is ignored: time that
// went backwards would revive expired credentials).
func (o *Offset) Advance(d time.Duration) time.Time {
	o.mu.Lock()
	if d > 0 {
		o.offset += d
	}
	o.mu.Unlock()
	return o.Now()
}
