// Package password hashes and checks passwords for the reference server:
// argon2id in PHC string format with rehash-on-login, a bounded number of
// hashes in flight (argon2id at 19 MiB per hash would let a burst of logins
// exhaust memory), a length-only policy, and a breached-password check by
// k-anonymity range lookups.
package password

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/crypto/argon2"
)

// Params are argon2id cost parameters.
type Params struct {
	MemoryKiB uint32
	Time      uint32
	Threads   uint8
}

// DefaultParams is OWASP's argon2id point m=19 MiB, t=2, p=1 (the checklist's
// minimum line). Raise Memory or Time and every login rehashes old hashes.
var DefaultParams = Params{MemoryKiB: 19 * 1024, Time: 2, Threads: 1}

const (
	saltLen = 16
	keyLen  = 32
)

// ErrBusy is returned when no hashing slot is free and the queue for one
// is full, or when none frees up in time.
var ErrBusy = errors.New("password: too many hashes in progress")

// Hasher hashes and verifies passwords with at most Slots hashes running at
// once, so peak memory for hashing is Slots × Params.MemoryKiB. Callers
// that find every slot taken wait in a bounded queue for a bounded time:
// a caller is refused at once (ErrBusy) when the queue is full or when its
// predicted wait (its place in the queue × the recent time of a hash ÷
// slots) exceeds maxWait, so that overload is shed (503 and Retry-After)
// instead of piling up as latency. maxWait is also a hard timeout, for
// when the prediction is wrong.
type Hasher struct {
	params   Params
	slots    chan struct{}
	maxWait  time.Duration
	maxQueue int64
	dummy    string

	waiting  atomic.Int64 // callers queued for a slot
	shed     atomic.Int64 // ErrBusy answers so far
	hashTime atomic.Int64 // moving average of a hash's duration, ns

	rateMu    sync.Mutex
	rateStart time.Time // start of the current one-second count of refusals
	rateCount int       // refusals in it
	shedRate  int       // refusals in the previous second
}

// refused counts a refusal, in total and per second.
func (h *Hasher) refused() {
	h.shed.Add(1)
	now := time.Now()
	h.rateMu.Lock()
	defer h.rateMu.Unlock()
	if since := now.Sub(h.rateStart); since >= time.Second {
		h.shedRate = h.rateCount
		if since >= 2*time.Second {
			h.shedRate = 0 // the previous second had none
		}
		h.rateStart, h.rateCount = now, 0
	}
	h.rateCount++
}

// NewHasher returns a hasher. slots bounds concurrent hashes; maxQueue
// bounds how many callers wait for a slot (0: none wait) and maxWait how
// long each waits before ErrBusy.
func NewHasher(p Params, slots, maxQueue int, maxWait time.Duration) (*Hasher, error) {
	if p.MemoryKiB < 8 || p.Time < 1 || p.Threads < 1 {
		return nil, fmt.Errorf("password: invalid argon2id parameters m=%d t=%d p=%d", p.MemoryKiB, p.Time, p.Threads)
	}
	if slots < 1 {
		slots = 1
	}
	if maxQueue < 0 {
		maxQueue = 0
	}
	h := &Hasher{params: p, slots: make(chan struct{}, slots), maxWait: maxWait, maxQueue: int64(maxQueue)}
	// The dummy hash is verified for unknown accounts so that a login for an
	// account that does not exist costs the same as a wrong password.
	filler := make([]byte, 24)
	if _, err := rand.Read(filler); err != nil {
		return nil, err
	}
	h.dummy = h.encode(filler)
	return h, nil
}

// Params returns the current parameters.
func (h *Hasher) Params() Params { return h.params }

// MemoryBound is the most memory that hashing can hold at once, in bytes.
func (h *Hasher) MemoryBound() int64 { return int64(cap(h.slots)) * int64(h.params.MemoryKiB) * 1024 }

// Acquire takes a hashing slot the way Hash and Verify do (queueing
// within the bounds, or ErrBusy) and returns its release: for work that
// must count against the hashing bound, and for tests that fill the
// hasher.
func (h *Hasher) Acquire(ctx context.Context) (release func(), err error) { return h.acquire(ctx) }

// Admit returns ErrBusy (and counts it as shed) when a hash now would be
// refused at once: every slot taken and the queue full. Callers check it
// before doing other work for a request that would only be shed.
func (h *Hasher) Admit() error {
	if len(h.slots) == cap(h.slots) && h.overBound(h.waiting.Load()+1) {
		h.refused()
		return ErrBusy
	}
	return nil
}

// overBound reports whether a caller at place pos of the queue is past
// its bounds: the queue length, or the predicted wait.
func (h *Hasher) overBound(pos int64) bool {
	return pos > h.maxQueue || h.expectedWait(pos) > h.maxWait
}

// expectedWait predicts the wait of the caller at place pos of the queue.
func (h *Hasher) expectedWait(pos int64) time.Duration {
	return time.Duration(pos) * time.Duration(h.hashTime.Load()) / time.Duration(cap(h.slots))
}

// observe folds a hash's duration into the moving average (weight 1/8).
func (h *Hasher) observe(d time.Duration) {
	for {
		old := h.hashTime.Load()
		next := int64(d)
		if old != 0 {
			next = old + (int64(d)-old)/8
		}
		if h.hashTime.CompareAndSwap(old, next) {
			return
		}
	}
}

// Waiting is how many callers are queued for a slot now.
func (h *Hasher) Waiting() int { return int(h.waiting.Load()) }

// Shed is how many calls got ErrBusy since the hasher was made.
func (h *Hasher) Shed() int64 { return h.shed.Load() }

// maxRetryAfter caps RetryAfter.
const maxRetryAfter = time.Minute

// RetryAfter tells a caller refused now when to come back. At least the
// predicted wait of the queue ahead (and a second); under a flood, a
// random point in the time it takes to hash for everyone refused in the
// last second (refusals per second ÷ hashes per second), so that the
// refused clients come back spread over it at about the rate the hasher
// serves, instead of all at once (at most a minute).
func (h *Hasher) RetryAfter() time.Duration {
	d := max(h.expectedWait(h.waiting.Load()+1), time.Second)
	h.rateMu.Lock()
	rate := h.shedRate
	if time.Since(h.rateStart) >= 2*time.Second {
		rate = 0
	}
	h.rateMu.Unlock()
	if per := time.Duration(h.hashTime.Load()); per > 0 && rate > 0 {
		spread := min(time.Duration(rate)*per/time.Duration(cap(h.slots)), maxRetryAfter)
		if spread > d {
			d += mrand.N(spread - d + 1)
		}
	}
	return d
}

func (h *Hasher) acquire(ctx context.Context) (func(), error) {
	start := time.Now()
	release := func() {
		h.observe(time.Since(start))
		<-h.slots
	}
	select {
	case h.slots <- struct{}{}:
		return release, nil
	default:
	}
	if h.overBound(h.waiting.Add(1)) {
		h.waiting.Add(-1)
		h.refused()
		return nil, ErrBusy
	}
	defer h.waiting.Add(-1)
	t := time.NewTimer(h.maxWait)
	defer t.Stop()
	select {
	case h.slots <- struct{}{}:
		start = time.Now()
		return release, nil
	case <-t.C:
		h.refused()
		return nil, ErrBusy
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Hash returns the PHC string of password with a fresh salt.
func (h *Hasher) Hash(ctx context.Context, password string) (string, error) {
	release, err := h.acquire(ctx)
	if err != nil {
		return "", err
	}
	defer release()
	return h.encode([]byte(password)), nil
}

func (h *Hasher) encode(password []byte) string {
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		panic("password: crypto/rand failed: " + err.Error()) // never returns an error on supported platforms
	}
	key := argon2.IDKey(password, salt, h.params.Time, h.params.MemoryKiB, h.params.Threads, keyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version,
		h.params.MemoryKiB, h.params.Time, h.params.Threads, b64.EncodeToString(salt), b64.EncodeToString(key))
}

// Verify reports whether password matches the PHC string encoded, and
// whether the stored hash should be replaced because its parameters are
// below the current ones.
func (h *Hasher) Verify(ctx context.Context, password, encoded string) (ok, rehash bool, err error) {
	stored, err := decodePHC(encoded)
	if err != nil {
		return false, false, err
	}
	release, err := h.acquire(ctx)
	if err != nil {
		return false, false, err
	}
	defer release()
	key := argon2.IDKey([]byte(password), stored.salt, stored.params.Time, stored.params.MemoryKiB, stored.params.Threads, uint32(len(stored.key)))
	ok = subtle.ConstantTimeCompare(key, stored.key) == 1
	rehash = stored.params.MemoryKiB < h.params.MemoryKiB || stored.params.Time < h.params.Time ||
		stored.params.Threads != h.params.Threads || len(stored.key) != keyLen
	return ok, rehash, nil
}

// VerifyDummy does the work of Verify against a hash no password matches.
// Call it when the account does not exist.
func (h *Hasher) VerifyDummy(ctx context.Context, password string) error {
	_, _, err := h.Verify(ctx, password, h.dummy)
	return err
}

type phc struct {
	params Params
	salt   []byte
	key    []byte
}

func decodePHC(s string) (phc, error) {
	var out phc
	parts := strings.Split(s, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return out, errors.New("password: not an argon2id PHC string")
	}
	if parts[2] != "v="+strconv.Itoa(argon2.Version) {
		return out, fmt.Errorf("password: unsupported argon2 version %q", parts[2])
	}
	for _, kv := range strings.Split(parts[3], ",") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return out, errors.New("password: malformed argon2id parameters")
		}
		n, err := strconv.ParseUint(v, 10, 32)
		if err != nil {
			return out, errors.New("password: malformed argon2id parameters")
		}
		switch k {
		case "m":
			out.params.MemoryKiB = uint32(n)
		case "t":
			out.params.Time = uint32(n)
		case "p":
			if n > 255 {
				return out, errors.New("password: malformed argon2id parameters")
			}
			out.params.Threads = uint8(n)
		}
	}
	if out.params.MemoryKiB == 0 || out.params.Time == 0 || out.params.Threads == 0 {
		return out, errors.New("password: missing argon2id parameters")
	}
	var err error
	if out.salt, err = base64.RawStdEncoding.DecodeString(parts[4]); err != nil {
		return out, errors.New("password: malformed salt")
	}
	if out.key, err = base64.RawStdEncoding.DecodeString(parts[5]); err != nil || len(out.key) < 16 {
		return out, errors.New("password: malformed hash")
	}
	return out, nil
}
