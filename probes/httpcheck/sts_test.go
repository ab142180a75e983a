package httpcheck

import (
	"math"
	"regexp"
	"strings"
	"testing"
)

func TestParseSTSValid(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want STSPolicy
	}{
		{"max-age=31536000", STSPolicy{MaxAge: 31536000}},
		{"max-age=31536000; includeSubDomains", STSPolicy{MaxAge: 31536000, IncludeSubDomains: true}},
		{"MAX-AGE=5;INCLUDESUBDOMAINS;Preload", STSPolicy{MaxAge: 5, IncludeSubDomains: true, Preload: true}},
		{`max-age="31536000"`, STSPolicy{MaxAge: 31536000}},
		{`max-age="3\1"`, STSPolicy{MaxAge: 31}}, // quoted-pair unescapes
		{"  max-age = 10 ;\tincludeSubDomains  ", STSPolicy{MaxAge: 10, IncludeSubDomains: true}},
		{"includeSubDomains; max-age=0", STSPolicy{MaxAge: 0, IncludeSubDomains: true}},
		{";;max-age=1;;", STSPolicy{MaxAge: 1}}, // empty directives are allowed
		{"max-age=1; report-uri=\"https://r.example/a;b\"; x-ext", STSPolicy{MaxAge: 1, Unknown: []string{"report-uri", "x-ext"}}},
		{"max-age=99999999999999999999999", STSPolicy{MaxAge: math.MaxInt64}},
		{"max-age=007", STSPolicy{MaxAge: 7}},
	} {
		got, err := ParseSTS(tc.in)
		if err != nil {
			t.Errorf("ParseSTS(%q): %v", tc.in, err)
			continue
		}
		if got.String() != tc.want.String() {
			t.Errorf("ParseSTS(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestParseSTSInvalid(t *testing.T) {
	for _, tc := range []struct{ in, why string }{
		{"", "max-age is missing"},
		{"includeSubDomains", "max-age is missing"},
		{"max-age", "needs a value"},
		{"max-age=", "no value"},
		{"max-age=-1", "not a number"}, // '-' is a tchar: the token "-1" is read whole, then refused
		{"max-age=1.5", "not a number"},
		{"max-age=1e6", "not a number"},
		{"max-age=31536000; max-age=1", "more than once"},
		{"max-age=1; MAX-AGE=1", "more than once"},
		{"max-age=1; includeSubDomains; includesubdomains", "more than once"},
		{"max-age=1; includeSubDomains=true", "takes no value"},
		{"max-age=1; preload=yes", "takes no value"},
		{"max-age=1, max-age=2", "comma"},
		{"max-age=31536000 includeSubDomains", "unexpected"},
		{"max age=1", "unexpected"},
		{`max-age="1`, "unterminated"},
		{`max-age="1\`, "unterminated escape"},
		{"max-age=\"1\x01\"", "control character"},
		{"max-age=1; =x", "expected a directive name"},
		{"max-age=1; \"x\"", "expected a directive name"},
		{"max-age=1;\x00", "expected a directive name"},
	} {
		_, err := ParseSTS(tc.in)
		if err == nil {
			t.Errorf("ParseSTS(%q): no error", tc.in)
			continue
		}
		if !strings.Contains(err.Error(), tc.why) {
			t.Errorf("ParseSTS(%q) = %v, want it to say %q", tc.in, err, tc.why)
		}
	}
}

// stsGrammar is RFC 6797 §6.1's syntax (with implied whitespace) as a
// regular expression, for ASCII input: a second, independent reading of
// the grammar that the fuzzer compares with ParseSTS.
var stsGrammar = func() *regexp.Regexp {
	ows := `[ \t]*`
	token := "[!#$%&'*+.^_`|~0-9A-Za-z-]+"
	quoted := `"(?:[\t \x21\x23-\x5b\x5d-\x7e]|\\[\t \x21-\x7e])*"`
	directive := token + "(?:" + ows + "=" + ows + "(?:" + token + "|" + quoted + "))?"
	return regexp.MustCompile("^" + ows + "(?:" + directive + ")?" + ows + "(?:;" + ows + "(?:" + directive + ")?" + ows + ")*$")
}()

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// FuzzParseSTS: ParseSTS never panics; it accepts only what the grammar
// allows; what it accepts has a max-age, round-trips through String, and
// never repeats a directive.
func FuzzParseSTS(f *testing.F) {
	for _, s := range []string{
		"max-age=31536000; includeSubDomains; preload",
		`max-age="0"`, "max-age=1, max-age=2", ";;", "max-age=1; x=\"a\\\"b\"", "INCLUDESUBDOMAINS; Max-Age=5",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		p, err := ParseSTS(v)
		if isASCII(v) && !stsGrammar.MatchString(v) && err == nil {
			t.Fatalf("ParseSTS(%q) accepted a value outside the grammar", v)
		}
		if err != nil {
			if _, ok := err.(*STSSyntaxError); !ok {
				t.Fatalf("error of type %T", err)
			}
			if off := err.(*STSSyntaxError).Offset; off < 0 || off > len(v) {
				t.Fatalf("offset %d outside the value (len %d)", off, len(v))
			}
			return
		}
		if p.MaxAge < 0 {
			t.Fatalf("negative max-age %d", p.MaxAge)
		}
		if !strings.Contains(strings.ToLower(v), "max-age") {
			t.Fatalf("ParseSTS(%q) accepted a value without max-age", v)
		}
		again, err := ParseSTS(p.String())
		if err != nil || again.String() != p.String() {
			t.Fatalf("round trip of %q: %q → %v, %v", v, p.String(), again, err)
		}
		seen := map[string]bool{}
		for _, u := range p.Unknown {
			if seen[u] || u == "max-age" || u == "includesubdomains" {
				t.Fatalf("directive %q twice in %q", u, v)
			}
			seen[u] = true
		}
	})
}
