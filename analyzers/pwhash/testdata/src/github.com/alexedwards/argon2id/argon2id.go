// Package argon2id is a stub of github.com/alexedwards/argon2id with the
// real signatures and parameter sets.
package argon2id

import "runtime"

type Params struct {
	Memory      uint32
	Iterations  uint32
	Parallelism uint8
	SaltLength  uint32
	KeyLength   uint32
}

var DefaultParams = DevelopmentParams

var DevelopmentParams = &Params{
	Memory:      64 * 1024,
	Iterations:  1,
	Parallelism: uint8(runtime.NumCPU()),
	SaltLength:  16,
	KeyLength:   32,
}

var FirstRecommendedParams = &Params{Memory: 1 << 21, Iterations: 1, Parallelism: 4, SaltLength: 16, KeyLength: 32}

var SecondRecommendedParams = &Params{Memory: 64 * 1024, Iterations: 3, Parallelism: 4, SaltLength: 16, KeyLength: 32}

func CreateHash(password string, params *Params) (hash string, err error) { return "", nil }

func ComparePasswordAndHash(password, hash string) (match bool, err error) { return false, nil }

func CheckHash(password, hash string) (match bool, params *Params, err error) { return false, nil, nil }

func DecodeHash(hash string) (params *Params, salt, key []byte, err error) { return nil, nil, nil, nil }
