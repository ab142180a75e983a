// Package kdfparams derives password hashes with Argon2, scrypt and PBKDF2
// at various strengths: the parameter checks apply to every call.
package kdfparams

import (
	"crypto"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"hash"

	"github.com/alexedwards/argon2id"
	"golang.org/x/crypto/argon2"
	xpbkdf2 "golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

// ---- Argon2id ----

const (
	argonTime    = 2
	argonMemory  = 19 * 1024 // 19456 KiB: exactly on the line for t=2
	argonThreads = 1
	keyLen       = 32
)

// config is the service's own parameter struct.
type config struct {
	Time    uint32
	Memory  uint32
	Threads uint8
}

var production = config{Time: 3, Memory: 64 * 1024, Threads: 2}

var lowMemory = &config{Time: 2, Memory: 16 * 1024, Threads: 1}

// tiny is positional: Time 1, Memory 8 MiB.
var tiny = config{1, 8 * 1024, 1}

// Hasher holds runtime-configured parameters.
type Hasher struct {
	cfg config
}

func argonGood(password, salt []byte, h *Hasher) {
	_ = argon2.IDKey(password, salt, argonTime, argonMemory, argonThreads, keyLen)
	_ = argon2.IDKey(password, salt, 1, 47104, 1, 32)
	_ = argon2.IDKey(password, salt, 5, 7168, 1, 32)
	_ = argon2.IDKey(password, salt, 9, 7168, 1, 32) // beyond the last point: m ≥ 7168 still suffices
	_ = argon2.IDKey(password, salt, production.Time, production.Memory, production.Threads, keyLen)
	_ = argon2.IDKey(password, salt, h.cfg.Time, h.cfg.Memory, h.cfg.Threads, keyLen) // runtime values: unknown
	mem := uint32(64 * 1024)
	_ = argon2.IDKey(password, salt, 1, mem, 4, 32)
}

func argonWeak(password, salt []byte) {
	_ = argon2.IDKey(password, salt, 1, 64, 4, 32)                            // want `\[AC105\] argon2id memory 64 KiB with time 1 is below OWASP's line, which needs 47104 KiB at t=1`
	_ = argon2.IDKey(password, salt, 2, 12*1024, 1, 32)                       // want `\[AC106\] argon2id memory 12288 KiB with time 2 is below OWASP's line, which needs 19456 KiB at t=2`
	_ = argon2.IDKey(password, salt, lowMemory.Time, lowMemory.Memory, 1, 32) // want `\[AC106\] argon2id memory 16384 KiB \(lowMemory.Memory\) with time 2 \(lowMemory.Time\) is below OWASP's line`
	_ = argon2.IDKey(password, salt, tiny.Time, tiny.Memory, 1, 32)           // want `\[AC105\] argon2id memory 8192 KiB \(tiny.Memory\) with time 1 \(tiny.Time\) is below`
	memory := uint32(4 * 1024)
	_ = argon2.IDKey(password, salt, 3, memory, 1, 32) // want `\[AC105\] argon2id memory 4096 KiB \(memory\) with time 3 is below OWASP's line, which needs 12288 KiB at t=3`
	var iterations uint32 = 4
	_ = argon2.IDKey(password, salt, iterations, 9000, 1, 32) // want `\[AC106\] argon2id memory 9000 KiB with time 4 \(iterations\) is below`
}

func argonUnknownTime(password, salt []byte, t uint32) {
	_ = argon2.IDKey(password, salt, t, 2048, 1, 32) // want `\[AC105\] argon2id memory 2048 KiB is below OWASP's line at any time cost \(lowest point 7168 KiB\)`
	_ = argon2.IDKey(password, salt, t, 8192, 1, 32) // could be t=5: not reported
	f := 19.5
	_ = argon2.IDKey(password, salt, 2, uint32(f*1024), 1, 32) // float arithmetic: not resolved (and no panic)
}

// ---- github.com/alexedwards/argon2id ----

var recommended = &argon2id.Params{Memory: 19 * 1024, Iterations: 2, Parallelism: 1, SaltLength: 16, KeyLength: 32}

var cheap = &argon2id.Params{
	Memory:      16 * 1024, // want `\[AC106\] argon2id.Params memory 16384 KiB with time 2 is below OWASP's line, which needs 19456 KiB at t=2`
	Iterations:  2,
	Parallelism: 1,
	SaltLength:  16,
	KeyLength:   32,
}

var veryCheap = argon2id.Params{Memory: 4096, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32} // want `\[AC105\] argon2id.Params memory 4096 KiB with time 1 is below`

func createHashes(password string) {
	_, _ = argon2id.CreateHash(password, argon2id.DefaultParams) // m=64 MiB, t=1: on the line
	_, _ = argon2id.CreateHash(password, argon2id.SecondRecommendedParams)
	_, _ = argon2id.CreateHash(password, recommended)
	_, _ = argon2id.CreateHash(password, cheap)
	_, _ = argon2id.CreateHash(password, &argon2id.Params{Memory: 32 * 1024, Iterations: 1, Parallelism: 2, SaltLength: 16, KeyLength: 32}) // want `\[AC106\] argon2id.Params memory 32768 KiB with time 1 is below`
	d := argon2id.DefaultParams
	_ = argon2.IDKey([]byte(password), nil, d.Iterations, d.Memory, d.Parallelism, d.KeyLength)
	_ = argon2.IDKey([]byte(password), nil, argon2id.DefaultParams.Iterations, argon2id.DefaultParams.Memory, 1, 32)
	_ = argon2id.Params{Parallelism: 2} // filled in later: fields left out are not guessed
}

// ---- scrypt ----

const scryptN = 1 << 15

func scryptCalls(password, salt []byte, n int) {
	_, _ = scrypt.Key(password, salt, 1<<17, 8, 1, 32)
	_, _ = scrypt.Key(password, salt, 1<<20, 8, 1, 32)
	_, _ = scrypt.Key(password, salt, n, 8, 1, 32)
	_, _ = scrypt.Key(password, salt, 16384, 8, 1, 32)   // want `\[AC107\] scrypt N=16384 \(2\^14\) is below OWASP's minimum of N=131072 \(2\^17\) \(with r=8, p=1\)`
	_, _ = scrypt.Key(password, salt, scryptN, 8, 1, 32) // want `\[AC108\] scrypt N=32768 \(2\^15\) \(scryptN\) is below OWASP's minimum`
	cost := 1 << 16
	_, _ = scrypt.Key(password, salt, cost, 8, 1, 32) // want `\[AC108\] scrypt N=65536 \(2\^16\) \(cost\) is below`
}

// ---- PBKDF2 ----

const iterations = 600_000

var legacyHash = sha1.New

func pbkdf2Calls(password, salt []byte, iter int, h func() hash.Hash) {
	_ = xpbkdf2.Key(password, salt, iterations, 32, sha256.New)
	_ = xpbkdf2.Key(password, salt, 210_000, 64, sha512.New)
	_ = xpbkdf2.Key(password, salt, 1_300_000, 20, sha1.New)
	_ = xpbkdf2.Key(password, salt, iter, 32, sha256.New)
	_ = xpbkdf2.Key(password, salt, 250_000, 32, h) // unknown hash: held to the lowest line (210 000)

	_ = xpbkdf2.Key(password, salt, 4096, 32, sha256.New)                                  // want `\[AC109\] PBKDF2 with HMAC-SHA-256 and 4096 iterations is below OWASP's minimum of 600000 for that hash`
	_ = xpbkdf2.Key(password, salt, 310_000, 32, sha256.New)                               // want `\[AC110\] PBKDF2 with HMAC-SHA-256 and 310000 iterations is below OWASP's minimum of 600000`
	_ = xpbkdf2.Key(password, salt, 600_000, 20, legacyHash)                               // want `\[AC110\] PBKDF2 with HMAC-SHA-1 and 600000 iterations is below OWASP's minimum of 1300000`
	_ = xpbkdf2.Key(password, salt, 100_000, 64, func() hash.Hash { return sha512.New() }) // want `\[AC110\] PBKDF2 with HMAC-SHA-512 and 100000 iterations is below OWASP's minimum of 210000`
	_ = xpbkdf2.Key(password, salt, 100_000, 32, crypto.SHA256.New)                        // want `\[AC109\] PBKDF2 with HMAC-SHA-256 and 100000 iterations is below OWASP's minimum of 600000`
	_ = xpbkdf2.Key(password, salt, 1000, 32, h)                                           // want `\[AC109\] PBKDF2 with an unresolved hash and 1000 iterations is below OWASP's minimum of 210000`
}

// Go 1.24's crypto/pbkdf2 (generic, password as a string).
func stdPBKDF2(password string, salt []byte) {
	_, _ = pbkdf2.Key(sha256.New, password, salt, 600_000, 32)
	_, _ = pbkdf2.Key(sha512.New, password, salt, 210_000, 64)
	_, _ = pbkdf2.Key(sha256.New, password, salt, 10_000, 32)  // want `\[AC109\] PBKDF2 with HMAC-SHA-256 and 10000 iterations is below`
	_, _ = pbkdf2.Key(sha512.New, password, salt, 120_000, 64) // want `\[AC110\] PBKDF2 with HMAC-SHA-512 and 120000 iterations is below OWASP's minimum of 210000`
}
