package httpcheck

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// STSPolicy is a parsed Strict-Transport-Security header value.
type STSPolicy struct {
	// MaxAge is the max-age directive in seconds; values past the int64
	// range saturate at math.MaxInt64.
	MaxAge            int64
	IncludeSubDomains bool
	// Preload is the valueless "preload" directive of the HSTS preload
	// list (not part of RFC 6797).
	Preload bool
	// Unknown lists directives RFC 6797 does not define, lower-cased, in
	// order; browsers ignore them.
	Unknown []string
}

// String writes the policy in canonical form.
func (p STSPolicy) String() string {
	parts := []string{"max-age=" + strconv.FormatInt(p.MaxAge, 10)}
	if p.IncludeSubDomains {
		parts = append(parts, "includeSubDomains")
	}
	if p.Preload {
		parts = append(parts, "preload")
	}
	parts = append(parts, p.Unknown...)
	return strings.Join(parts, "; ")
}

// STSSyntaxError says why a header value is not a valid STS policy, and
// where.
type STSSyntaxError struct {
	Offset int // byte offset into the value
	Reason string
}

func (e *STSSyntaxError) Error() string {
	return fmt.Sprintf("at byte %d: %s", e.Offset, e.Reason)
}

// ParseSTS parses one Strict-Transport-Security header value strictly, by
// RFC 6797 §6.1:
//
//	value     = [ directive ] *( ";" [ directive ] )   (implied *LWS)
//	directive = token [ "=" ( token / quoted-string ) ]
//
// Directive names are case-insensitive and may each appear once; max-age is
// required and its (optionally quoted) value is delta-seconds;
// includeSubDomains takes no value. Any violation is an error, because
// RFC 6797 §6.1 tells browsers to ignore such a header entirely. Unknown
// directives are kept in Unknown (browsers ignore just them). A comma is
// an error too: it is what a proxy leaves when it merges two STS headers.
func ParseSTS(v string) (STSPolicy, error) {
	var (
		p    STSPolicy
		seen = map[string]bool{}
		i    = 0
	)
	fail := func(at int, format string, args ...any) (STSPolicy, error) {
		return STSPolicy{}, &STSSyntaxError{Offset: at, Reason: fmt.Sprintf(format, args...)}
	}
	skipOWS := func() {
		for i < len(v) && (v[i] == ' ' || v[i] == '\t') {
			i++
		}
	}
	for {
		skipOWS()
		if i >= len(v) {
			break
		}
		if v[i] == ';' { // empty directive: allowed by the grammar
			i++
			continue
		}
		start := i
		for i < len(v) && isTokenChar(v[i]) {
			i++
		}
		if i == start {
			return fail(i, "expected a directive name, found %s", describeByte(v[i]))
		}
		name := strings.ToLower(v[start:i])
		skipOWS()
		value, hasValue := "", false
		if i < len(v) && v[i] == '=' {
			i++
			skipOWS()
			hasValue = true
			switch {
			case i < len(v) && v[i] == '"':
				q, n, err := readQuotedString(v[i:])
				if err != "" {
					return fail(i+n, "%s in the value of %s", err, name)
				}
				value = q
				i += n
			default:
				vs := i
				for i < len(v) && isTokenChar(v[i]) {
					i++
				}
				if i == vs {
					if i < len(v) {
						return fail(i, "%s has \"=\" but no value (found %s)", name, describeByte(v[i]))
					}
					return fail(i, "%s has \"=\" but no value", name)
				}
				value = v[vs:i]
			}
			skipOWS()
		}
		if i < len(v) && v[i] != ';' {
			if v[i] == ',' {
				return fail(i, "comma after %s: two STS headers merged into one line, or a list where \";\" belongs", name)
			}
			return fail(i, "unexpected %s after %s (directives are separated by \";\")", describeByte(v[i]), name)
		}
		if seen[name] {
			return fail(start, "directive %s appears more than once", name)
		}
		seen[name] = true
		switch name {
		case "max-age":
			if !hasValue {
				return fail(start, "max-age needs a value")
			}
			n, ok := parseDeltaSeconds(value)
			if !ok {
				return fail(start, "max-age value %q is not a number of seconds", value)
			}
			p.MaxAge = n
		case "includesubdomains":
			if hasValue {
				return fail(start, "includeSubDomains takes no value (got %q)", value)
			}
			p.IncludeSubDomains = true
		case "preload":
			if hasValue {
				return fail(start, "preload takes no value (got %q)", value)
			}
			p.Preload = true
		default:
			p.Unknown = append(p.Unknown, name)
		}
	}
	if !seen["max-age"] {
		return fail(len(v), "max-age is missing (it is required)")
	}
	return p, nil
}

// parseDeltaSeconds parses 1*DIGIT, saturating at math.MaxInt64.
func parseDeltaSeconds(s string) (int64, bool) {
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil { // only ErrRange is possible here
		return math.MaxInt64, true
	}
	return n, true
}

// readQuotedString reads an RFC 9110 quoted-string at the start of s and
// returns its unescaped content and length, or an error text and the
// offset of the problem.
func readQuotedString(s string) (string, int, string) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			return b.String(), i + 1, ""
		case c == '\\':
			if i+1 >= len(s) {
				return "", i, "unterminated escape"
			}
			i++
			if n := s[i]; n != '\t' && (n < 0x20 || n == 0x7f) {
				return "", i, "control character " + describeByte(n) + " escaped"
			}
			b.WriteByte(s[i])
		case c == '\t' || c == ' ' || c == 0x21 || (c >= 0x23 && c <= 0x5b) || (c >= 0x5d && c <= 0x7e) || c >= 0x80:
			b.WriteByte(c)
		default:
			return "", i, "control character " + describeByte(c) + " in a quoted string"
		}
	}
	return "", len(s), "unterminated quoted string"
}

// isTokenChar reports whether c is an RFC 9110 tchar.
func isTokenChar(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

func describeByte(c byte) string {
	if c >= 0x21 && c <= 0x7e {
		return fmt.Sprintf("%q", rune(c))
	}
	return fmt.Sprintf("byte 0x%02x", c)
}
