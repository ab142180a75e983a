// Package comparefuncs compares API keys and signatures with the standard
// library's comparison functions.
package comparefuncs

import (
	"bytes"
	"reflect"
	"slices"
	"sort"
	"strings"
)

// Key is a stored API key.
type Key struct {
	Name   string
	Secret []byte
	Scopes []string
	Hash   []byte
}

// MatchCompare uses strings.Compare for equality.
func MatchCompare(presentedToken, storedToken string) bool {
	return strings.Compare(presentedToken, storedToken) == 0 // want `secret presentedToken compared with storedToken using strings.Compare: .*use subtle.ConstantTimeCompare\(\[\]byte\(presentedToken\), \[\]byte\(storedToken\)\) == 1`
}

// MismatchCompare puts the zero first.
func MismatchCompare(k *Key, apiKey []byte) bool {
	return 0 != bytes.Compare(k.Secret, apiKey) // want `secret k.Secret compared with apiKey using bytes.Compare: .*use subtle.ConstantTimeCompare\(k.Secret, apiKey\) != 1`
}

// OrderKeys orders by secret: no equality form, so no fix.
func OrderKeys(a, b *Key) bool {
	return bytes.Compare(a.Secret, b.Secret) < 0 // want `secret a.Secret compared with b.Secret using bytes.Compare: .*use subtle.ConstantTimeCompare for equality`
}

// SortByName orders keys by name and hash: not secrets.
func SortByName(keys []*Key) {
	sort.Slice(keys, func(i, j int) bool {
		if c := strings.Compare(keys[i].Name, keys[j].Name); c != 0 {
			return c < 0
		}
		return bytes.Compare(keys[i].Hash, keys[j].Hash) < 0
	})
}

// HasKey uses bytes.Equal, negated.
func HasKey(k *Key, presented []byte) bool {
	if !bytes.Equal(presented, k.Secret) { // want `secret k.Secret compared with presented using bytes.Equal: .*use subtle.ConstantTimeCompare\(presented, k.Secret\) != 1`
		return false
	}
	return bytes.Equal(k.Secret, presented) == true // want `secret k.Secret compared with presented using bytes.Equal`
}

// SameSignature compares case-insensitively: no mechanical fix.
func SameSignature(signature, expectedSig string) bool {
	return strings.EqualFold(signature, expectedSig) // want `secret signature compared with expectedSig using strings.EqualFold: .*use subtle.ConstantTimeCompare on case-normalised values`
}

// DeepToken uses reflect.DeepEqual on byte slices.
func DeepToken(token, stored []byte) bool {
	return reflect.DeepEqual(token, stored) // want `secret token compared with stored using reflect.DeepEqual: .*use subtle.ConstantTimeCompare\(token, stored\) == 1`
}

// SliceToken uses slices.Equal on byte slices.
func SliceToken(k *Key, token []byte) bool {
	return slices.Equal(token, k.Secret) // want `secret token compared with k.Secret using slices.Equal`
}

// SameScopes compares scope lists and names: not secrets.
func SameScopes(a, b *Key, want map[string]bool) bool {
	if !slices.Equal(a.Scopes, b.Scopes) || !reflect.DeepEqual(want, map[string]bool{}) {
		return false
	}
	return strings.EqualFold(a.Name, b.Name) && bytes.Equal(a.Hash, b.Hash)
}

// Dispatch switches on a token.
func Dispatch(token, adminToken, readOnlyToken string) string {
	switch token {
	case "": // constant
		return "anonymous"
	case adminToken: // want `secret token compared with adminToken using a switch statement: .*use an if statement with subtle.ConstantTimeCompare per candidate`
		return "admin"
	case readOnlyToken: // want `secret token compared with readOnlyToken using a switch statement`
		return "read"
	}
	return "unknown"
}

// Route switches on a name, not a secret.
func Route(name, adminName string) string {
	switch name {
	case adminName:
		return "admin"
	}
	return "user"
}
