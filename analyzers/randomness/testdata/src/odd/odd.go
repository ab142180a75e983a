// Package odd holds shapes that must stay bounded and quiet: recursion,
// mutual recursion through parameters, cycles of assignments.
package odd

import "math/rand"

func ping(n int, v int64) int64 {
	if n == 0 {
		return v
	}
	return pong(n-1, v+rand.Int63())
}

func pong(n int, v int64) int64 { return ping(n, v) }

var a, b int64

func init() {
	a = b
	b = a + rand.Int63()
}

// Count is a number, not a secret.
func Count() int64 { return ping(10, 0) }
