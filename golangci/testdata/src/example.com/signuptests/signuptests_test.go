package signuptests

import (
	"crypto/md5"
	"testing"
)

// A weak hash in a test file: dropped unless the tests setting is true.
func TestFixture(t *testing.T) {
	password := "correct horse"
	_ = md5.Sum([]byte(password))
}
