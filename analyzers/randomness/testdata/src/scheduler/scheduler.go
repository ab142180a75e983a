// Package scheduler spreads jobs with math/rand/v2: nothing here is a
// secret (gosec G404 reports every call).
package scheduler

import (
	"math/rand/v2"
	"time"
)

type Job struct {
	Name  string
	Every time.Duration
	Delay time.Duration
}

// Spread staggers job start times.
func Spread(jobs []Job) {
	for i := range jobs {
		jobs[i].Delay = time.Duration(rand.Int64N(int64(jobs[i].Every)))
	}
}

// Sample keeps one event in n.
func Sample(n int) bool { return rand.IntN(n) == 0 }

// Salt for a cache key (hash partitioning), from math/rand/v2.
func newPasswordSalt() []byte { // a real salt: reported
	b := make([]byte, 16)
	for i := range b {
		b[i] = byte(rand.UintN(256))
	}
	return b // want `math/rand value from newPasswordSalt \(scheduler.go:\d+\) becomes the result of newPasswordSalt: math/rand is predictable, so the salt can be guessed`
}
