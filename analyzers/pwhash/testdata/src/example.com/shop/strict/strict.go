// Package strict is checked with every threshold raised (see
// TestThresholdFlags): the same calls that pass by default are reported.
package strict

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

func bcryptCosts(password []byte) {
	_, _ = bcrypt.GenerateFromPassword(password, 14)
	_, _ = bcrypt.GenerateFromPassword(password, 13) // want `\[AC103\] bcrypt cost 13 is below the checklist's minimum of 14; use cost 14 or more`
	_, _ = bcrypt.GenerateFromPassword(password, 11) // want `\[AC102\] bcrypt cost 11 is below the checklist's minimum of 14`
}

func argon2Points(password, salt []byte) {
	_ = argon2.IDKey(password, salt, 1, 65536, 1, 32) // below the first point: held to it
	_ = argon2.IDKey(password, salt, 5, 32768, 1, 32)
	_ = argon2.IDKey(password, salt, 2, 40000, 1, 32) // want `\[AC106\] argon2id memory 40000 KiB with time 2 is below OWASP's line, which needs 65536 KiB at t=2; use at least 65536 KiB at t=2, or another point of the line \(m=65536 t=2, m=32768 t=3\)`
	_ = argon2.IDKey(password, salt, 3, 19456, 1, 32) // want `\[AC106\] argon2id memory 19456 KiB with time 3 is below OWASP's line, which needs 32768 KiB at t=3`
	_ = argon2.IDKey(password, salt, 2, 8192, 1, 32)  // want `\[AC105\] argon2id memory 8192 KiB with time 2 is below`
}

func scryptN(password, salt []byte) {
	_, _ = scrypt.Key(password, salt, 1<<20, 8, 1, 32)
	_, _ = scrypt.Key(password, salt, 1<<19, 8, 1, 32) // want `\[AC108\] scrypt N=524288 \(2\^19\) is below OWASP's minimum of N=1048576 \(2\^20\)`
	_, _ = scrypt.Key(password, salt, 1<<17, 8, 1, 32) // want `\[AC107\] scrypt N=131072 \(2\^17\) is below`
}

func pbkdf2Iterations(password, salt []byte) {
	_ = pbkdf2.Key(password, salt, 1_000_000, 32, sha256.New)
	_ = pbkdf2.Key(password, salt, 600_000, 32, sha256.New) // want `\[AC110\] PBKDF2 with HMAC-SHA-256 and 600000 iterations is below OWASP's minimum of 1000000`
	_ = pbkdf2.Key(password, salt, 210_000, 64, sha512.New) // want `\[AC109\] PBKDF2 with HMAC-SHA-512 and 210000 iterations is below OWASP's minimum of 500000`
	_ = pbkdf2.Key(password, salt, 1_300_000, 20, sha1.New) // want `\[AC110\] PBKDF2 with HMAC-SHA-1 and 1300000 iterations is below OWASP's minimum of 2000000`
}
