package password

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Length limits. No composition rules: length is what makes a password
// strong, and composition rules push users to predictable patterns (NIST SP
// 800-63B 3.1.1.2).
const (
	MinLength = 8
	// MaxLength leaves room for long passphrases while bounding the bytes
	// fed to the hash.
	MaxLength = 256
)

// PolicyError says why a password was refused; its message is shown to the
// user.
type PolicyError struct{ Reason string }

func (e *PolicyError) Error() string { return e.Reason }

// ErrBreachCheckUnavailable is returned when the breach source failed and
// the checker is configured to fail closed.
var ErrBreachCheckUnavailable = errors.New("password: breached-password check unavailable")

// Policy checks a new password.
type Policy struct {
	Breached BreachChecker // nil: no breach check
}

// Check returns a *PolicyError when the password is refused, or
// ErrBreachCheckUnavailable.
func (p Policy) Check(ctx context.Context, password, email string) error {
	if !utf8.ValidString(password) {
		return &PolicyError{"password must be valid UTF-8"}
	}
	n := utf8.RuneCountInString(password)
	if n < MinLength {
		return &PolicyError{fmt.Sprintf("password must be at least %d characters", MinLength)}
	}
	if n > MaxLength {
		return &PolicyError{fmt.Sprintf("password must be at most %d characters", MaxLength)}
	}
	if strings.IndexFunc(password, func(r rune) bool { return unicode.IsControl(r) }) >= 0 {
		return &PolicyError{"password must not contain control characters"}
	}
	if email != "" && strings.EqualFold(strings.TrimSpace(password), email) {
		return &PolicyError{"password must not be your e-mail address"}
	}
	if p.Breached == nil {
		return nil
	}
	breached, err := p.Breached.Breached(ctx, password)
	if err != nil {
		return err
	}
	if breached {
		return &PolicyError{"this password appears in a list of breached passwords; choose another"}
	}
	return nil
}
