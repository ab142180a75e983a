// Package fix holds the origin patterns whose fix is mechanical.
package fix

import (
	"net/http"
	"regexp"
)

var frontends = regexp.MustCompile(`https://(app|admin)\.example\.com$`) // want `without \^`

var caseless = regexp.MustCompile(`(?i)https://([a-z]+\.)?example\.com$`) // want `without \^`

// Allowed checks the origin against the patterns.
func Allowed(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	return frontends.MatchString(origin) || caseless.MatchString(origin)
}

var loose = regexp.MustCompile(`example\.com`) // want `without \^ and \$`

// Loose has no safe fix: anchoring "example\.com" would match nothing.
func Loose(origin string) bool { return loose.MatchString(origin) }
