// Package legacyauth verifies the Argon2i hashes of the old service.
package legacyauth

import (
	"crypto/subtle"

	"golang.org/x/crypto/argon2"
)

// Params of the old service: on the line, but Argon2i.
const (
	time    = 3
	memory  = 64 * 1024
	threads = 2
)

// Hash derives a password hash the old way.
func Hash(password, salt []byte) []byte {
	return argon2.Key(password, salt, time, memory, threads, 32) // want `\[AC104\] argon2.Key derives with Argon2i; use argon2.IDKey \(Argon2id, same signature\) for passwords`
}

// Verify checks a password against an old hash, with too little memory.
func Verify(password, salt, want []byte) bool {
	got := argon2.Key(password, salt, 1, 32*1024, threads, uint32(len(want))) // want `\[AC104\] argon2.Key derives with Argon2i` `\[AC106\] argon2i \(argon2.Key\) memory 32768 KiB with time 1 is below OWASP's line`
	return subtle.ConstantTimeCompare(got, want) == 1
}

// Upgraded already uses Argon2id.
func Upgraded(password, salt []byte) []byte {
	return argon2.IDKey(password, salt, time, memory, threads, 32)
}

// StoredParams are decoded from an encoded Argon2i hash.
type StoredParams struct {
	Time, Memory uint32
	Threads      uint8
}

// CompareArgon2i verifies an imported Argon2i hash with the parameters
// stored in it: only argon2.Key can, so it is not reported.
func CompareArgon2i(password, salt, want []byte, p StoredParams) bool {
	got := argon2.Key(password, salt, p.Time, p.Memory, p.Threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}
