// Package argon2 is a stub of golang.org/x/crypto/argon2 with the real
// signatures.
package argon2

// IDKey derives a key from the password, salt, and cost parameters using
// Argon2id.
func IDKey(password, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
	return make([]byte, keyLen)
}

// Key derives a key from the password, salt, and cost parameters using
// Argon2i.
func Key(password, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
	return make([]byte, keyLen)
}
