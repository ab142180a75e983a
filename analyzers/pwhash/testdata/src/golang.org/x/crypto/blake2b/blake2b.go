// Package blake2b is a stub of golang.org/x/crypto/blake2b with the real
// signatures.
package blake2b

import "hash"

const Size256 = 32

func Sum256(data []byte) [Size256]byte { return [Size256]byte{} }

func New256(key []byte) (hash.Hash, error) { return nil, nil }
