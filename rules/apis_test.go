package rules

import (
	"slices"
	"testing"
)

// TestAPIs: the rules that need a library say which; name-based rules
// apply to any code.
func TestAPIs(t *testing.T) {
	for id, want := range map[string]string{
		"AC101": "crypto/sha256",
		"AC104": "golang.org/x/crypto/argon2",
		"AC302": "github.com/golang-jwt/jwt",
		"AC309": "github.com/lestrrat-go/jwx/v2",
	} {
		r, ok := Lookup(id)
		if !ok || !slices.Contains(r.APIs, want) {
			t.Errorf("%s APIs = %v, want %s among them", id, r.APIs, want)
		}
	}
	for _, id := range []string{"AC001", "AC201", "AC401"} {
		if r, ok := Lookup(id); !ok || len(r.APIs) != 0 {
			t.Errorf("%s applies to any code; APIs = %v", id, r.APIs)
		}
	}
	for _, r := range All() {
		if !r.Static() && len(r.APIs) > 0 {
			t.Errorf("%s is a live check; APIs are for static rules", r.ID)
		}
	}
}
