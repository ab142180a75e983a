// Package secret holds credentials (passwords, tokens, keys) in a type that
// cannot leak by accident: printing, logging (log/slog) or JSON-encoding a
// Value yields "[REDACTED]". The plaintext is only available through Reveal,
// so every place that handles it is visible in the code.
package secret

import (
	"encoding/json"
	"fmt"
	"log/slog"
)

const redacted = "[REDACTED]"

// Value is a credential received from or sent to a client.
type Value struct{ v string }

// New wraps s.
func New(s string) Value { return Value{v: s} }

// Reveal returns the plaintext. Call it only where the value is used:
// hashing, verifying, or writing it into the one response that hands it out.
func (s Value) Reveal() string { return s.v }

// Empty reports whether no value was given.
func (s Value) Empty() bool { return s.v == "" }

// String redacts.
func (Value) String() string { return redacted }

// GoString redacts (%#v).
func (Value) GoString() string { return redacted }

// Format redacts for every verb, so %s, %q, %v and %x cannot leak.
func (Value) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(redacted)) }

// LogValue redacts in log/slog.
func (Value) LogValue() slog.Value { return slog.StringValue(redacted) }

// MarshalJSON redacts: responses that hand out a credential copy it into a
// plain string field on purpose.
func (Value) MarshalJSON() ([]byte, error) { return json.Marshal(redacted) }

// UnmarshalJSON accepts a JSON string.
func (s *Value) UnmarshalJSON(b []byte) error {
	var v string
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	s.v = v
	return nil
}
