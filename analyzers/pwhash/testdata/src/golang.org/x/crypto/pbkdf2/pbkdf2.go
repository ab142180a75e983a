// Package pbkdf2 is a stub of golang.org/x/crypto/pbkdf2 with the real
// signature. Like the real package, it wraps crypto/pbkdf2.
package pbkdf2

import (
	"crypto/pbkdf2"
	"hash"
)

func Key(password, salt []byte, iter, keyLen int, h func() hash.Hash) []byte {
	k, _ := pbkdf2.Key(h, string(password), salt, iter, keyLen)
	return k
}
