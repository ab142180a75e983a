package httpcheck

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestClassifySetCookie(t *testing.T) {
	for _, tc := range []struct {
		line     string
		httpOnly bool
		secure   bool
		sameSite string
		prefix   string
	}{
		{"__Host-s=v; Path=/; Secure; HttpOnly; SameSite=Strict", true, true, sameSiteStrict, prefixHost},
		{"__host-s=v; path=/; secure; httponly; samesite=strict", true, true, sameSiteStrict, prefixHost}, // prefixes match case-insensitively
		{"__Host-s=v; Secure; HttpOnly; SameSite=Lax", true, true, sameSiteLax, prefixHostRejected},       // no Path=/
		{"__Host-s=v; Path=/; Domain=example.com; Secure", false, true, sameSiteMissing, prefixHostRejected},
		{"__Host-s=v; Path=/app; Secure", false, true, sameSiteMissing, prefixHostRejected},
		{"__Host-s=v; Path=/", false, false, sameSiteMissing, prefixHostRejected},
		{"__Secure-s=v; Secure; SameSite=None", false, true, sameSiteNone, prefixSecure},
		{"__Secure-s=v; SameSite=None", false, false, sameSiteNone, prefixSecureRejected},
		{"sid=v; SameSite", false, false, sameSiteInvalid, prefixNone},
		{"sid=v; SameSite=Stricter", false, false, sameSiteInvalid, prefixNone},
		{"sid=v; SameSite=Strict; SameSite=None", false, false, sameSiteNone, prefixNone}, // the last one wins, as in browsers
		{"sid=v; HttpOnly=no; Secure=0", true, true, sameSiteMissing, prefixNone},         // attribute names decide
		{`sid="quoted"; Secure`, false, true, sameSiteMissing, prefixNone},
	} {
		v, err := classifySetCookie(tc.line)
		if err != nil {
			t.Errorf("%q: %v", tc.line, err)
			continue
		}
		if v.HTTPOnly != tc.httpOnly || v.Secure != tc.secure || v.SameSite != tc.sameSite || v.Prefix != tc.prefix {
			t.Errorf("%q = %+v, want HttpOnly %v Secure %v SameSite %s prefix %s", tc.line, v, tc.httpOnly, tc.secure, tc.sameSite, tc.prefix)
		}
		if (v.Prefix == prefixHostRejected || v.Prefix == prefixSecureRejected) == (v.PrefixProblem == "") {
			t.Errorf("%q: prefix %s with problem %q", tc.line, v.Prefix, v.PrefixProblem)
		}
	}
	for _, bad := range []string{"", "noequals", "bad name=v", "=v"} {
		if _, err := classifySetCookie(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// FuzzClassifySetCookie: classification never panics and agrees with the
// attributes in the line: a verdict can only claim what the line says.
func FuzzClassifySetCookie(f *testing.F) {
	for _, s := range []string{
		"__Host-session=abc; Path=/; Secure; HttpOnly; SameSite=Strict",
		"sid=1; SameSite=Lax", "a=b; SameSite", "__Secure-x=1; Secure", "x=\"y\"; Domain=.e.com; Path=/p",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		v, err := classifySetCookie(line)
		if err != nil {
			return
		}
		lower := strings.ToLower(line)
		attrs := lower
		if i := strings.IndexByte(attrs, ';'); i >= 0 {
			attrs = attrs[i:]
		} else {
			attrs = ""
		}
		if v.HTTPOnly && !strings.Contains(attrs, "httponly") {
			t.Fatalf("%q: HttpOnly without the attribute", line)
		}
		if v.Secure && !strings.Contains(attrs, "secure") {
			t.Fatalf("%q: Secure without the attribute", line)
		}
		switch v.SameSite {
		case sameSiteStrict, sameSiteLax, sameSiteNone:
			if !strings.Contains(attrs, "samesite") || !strings.Contains(attrs, strings.ToLower(v.SameSite)) {
				t.Fatalf("%q: SameSite=%s without it in the line", line, v.SameSite)
			}
		case sameSiteMissing:
			// Go ignores attributes with bytes outside cookie-octet values,
			// so a line may mention samesite and still count as missing.
		case sameSiteInvalid:
			if !strings.Contains(attrs, "samesite") {
				t.Fatalf("%q: invalid SameSite without the attribute", line)
			}
		default:
			t.Fatalf("%q: unknown SameSite verdict %q", line, v.SameSite)
		}
		if v.Prefix == prefixHost {
			if !strings.HasPrefix(strings.ToLower(v.Name), "__host-") || !v.Secure || !strings.Contains(attrs, "path") {
				t.Fatalf("%q: valid __Host- verdict without its requirements", line)
			}
		}
		if (v.Prefix == prefixHostRejected || v.Prefix == prefixSecureRejected) && v.PrefixProblem == "" {
			t.Fatalf("%q: rejected prefix without a reason", line)
		}
	})
}

func TestSessionIDsInURL(t *testing.T) {
	secret := "0123456789abcdef"
	for _, tc := range []struct {
		url  string
		want string // "" for clean
	}{
		{"https://a.example/home", ""},
		{"https://a.example/home?next=/x&lang=en", ""},
		{"https://a.example/home?sid=zz", "parameter sid="},
		{"https://a.example/home?PHPSESSID=zz", "parameter PHPSESSID="},
		{"https://a.example/app;jsessionid=ABC?x=1", "path parameter ;jsessionid="},
		{"https://a.example/cb#access_token=zz&state=1", "parameter access_token="},
		{"https://a.example/go/" + secret, "own credential"},
		{"https://a.example/go?t=" + url.QueryEscape(secret), "own credential"},
		{"https://a.example/x?v=1234", ""}, // too short to be the secret "1234"
	} {
		u, err := url.Parse(tc.url)
		if err != nil {
			t.Fatal(err)
		}
		why := strings.Join(sessionIDsInURL(u, []string{secret, "1234", ""}), "; ")
		if (tc.want == "") != (why == "") || !strings.Contains(why, tc.want) {
			t.Errorf("%s: %q, want %q", tc.url, why, tc.want)
		}
	}
	if got := redactSecrets("a?sid="+secret, []string{secret}); strings.Contains(got, secret) {
		t.Errorf("redactSecrets left the secret: %q", got)
	}
}

func TestCheckRetryAfter(t *testing.T) {
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	date := now.Format(http.TimeFormat)
	for _, tc := range []struct {
		values []string
		date   string
		ok     bool
	}{
		{[]string{"120"}, "", true},
		{[]string{"1"}, "", true},
		{[]string{"86400"}, "", true},
		{[]string{now.Add(90 * time.Second).Format(http.TimeFormat)}, date, true},
		{[]string{now.Add(90 * time.Second).Format(http.TimeFormat)}, "", true}, // measured from now
		{nil, "", false},
		{[]string{"0"}, "", false},
		{[]string{"86401"}, "", false},
		{[]string{"-5"}, "", false},
		{[]string{"1.5"}, "", false},
		{[]string{"soon"}, "", false},
		{[]string{"99999999999999999999"}, "", false},
		{[]string{"60", "60"}, "", false},
		{[]string{now.Add(-time.Minute).Format(http.TimeFormat)}, date, false},
		{[]string{now.Add(48 * time.Hour).Format(http.TimeFormat)}, date, false},
	} {
		h := http.Header{}
		for _, v := range tc.values {
			h.Add("Retry-After", v)
		}
		if tc.date != "" {
			h.Set("Date", tc.date)
		}
		_, err := checkRetryAfter(h, now)
		if (err == nil) != tc.ok {
			t.Errorf("Retry-After %q (Date %q): err = %v, want ok=%v", tc.values, tc.date, err, tc.ok)
		}
	}
}
