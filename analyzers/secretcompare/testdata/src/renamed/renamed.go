// Package renamed imports crypto/subtle under another name.
package renamed

import (
	ct "crypto/subtle"
	"net/http"
)

// Check compares an API key; the fix uses the existing import name.
func Check(r *http.Request, apiKey string) bool {
	return r.Header.Get("X-Api-Key") == apiKey // want `secret r.Header.Get\("X-Api-Key"\) compared with apiKey using ==: .*use ct.ConstantTimeCompare\(\[\]byte\(r.Header.Get\("X-Api-Key"\)\), \[\]byte\(apiKey\)\) == 1`
}

// CheckCorrect is already constant-time.
func CheckCorrect(r *http.Request, apiKey string) bool {
	return ct.ConstantTimeCompare([]byte(r.Header.Get("X-Api-Key")), []byte(apiKey)) == 1
}
