// Package bcrypt is a stub of golang.org/x/crypto/bcrypt with the real
// signatures and constants.
package bcrypt

import "errors"

const (
	MinCost     int = 4  // the minimum allowable cost as passed in to GenerateFromPassword
	MaxCost     int = 31 // the maximum allowable cost as passed in to GenerateFromPassword
	DefaultCost int = 10 // the cost that will actually be set if a cost below MinCost is passed into GenerateFromPassword
)

var ErrMismatchedHashAndPassword = errors.New("crypto/bcrypt: hashedPassword is not the hash of the given password")

var ErrPasswordTooLong = errors.New("bcrypt: password length exceeds 72 bytes")

func GenerateFromPassword(password []byte, cost int) ([]byte, error) { return nil, nil }

func CompareHashAndPassword(hashedPassword, password []byte) error { return nil }

func Cost(hashedPassword []byte) (int, error) { return 0, nil }
