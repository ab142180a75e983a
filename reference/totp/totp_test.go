package totp

import (
	"net/url"
	"strings"
	"testing"
	"time"
)

// RFC 6238 Appendix B: SHA-1 rows, seed "12345678901234567890", 8 digits.
func TestRFC6238Vectors(t *testing.T) {
	key := []byte("12345678901234567890")
	for _, v := range []struct {
		unix int64
		code string
	}{
		{59, "94287082"},
		{1111111109, "07081804"},
		{1111111111, "14050471"},
		{1234567890, "89005924"},
		{2000000000, "69279037"},
		{20000000000, "65353130"},
	} {
		if got := Code(key, Step(time.Unix(v.unix, 0)), 8); got != v.code {
			t.Errorf("T=%d: %s, want %s", v.unix, got, v.code)
		}
	}
	// RFC 4226 Appendix D (HOTP, 6 digits), counters 0 and 9.
	if got := Code(key, 0, 6); got != "755224" {
		t.Errorf("HOTP(0) = %s", got)
	}
	if got := Code(key, 9, 6); got != "520489" {
		t.Errorf("HOTP(9) = %s", got)
	}
}

func TestMatchWindowAndReplay(t *testing.T) {
	key := []byte("12345678901234567890")
	now := time.Unix(1111111111, 0)
	cur := Step(now)
	for d := int64(-1); d <= 1; d++ {
		if s, ok := Match(key, Code(key, cur+d, Digits), now, 0); !ok || s != cur+d {
			t.Errorf("step %+d refused (%d %v)", d, s, ok)
		}
	}
	for _, d := range []int64{-2, 2, 10} {
		if _, ok := Match(key, Code(key, cur+d, Digits), now, 0); ok {
			t.Errorf("step %+d accepted", d)
		}
	}
	// A step at or before the last used one never matches.
	if _, ok := Match(key, Code(key, cur, Digits), now, cur); ok {
		t.Error("used step accepted")
	}
	if s, ok := Match(key, Code(key, cur+1, Digits), now, cur); !ok || s != cur+1 {
		t.Error("next step refused after the current one was used")
	}
	if s, ok := MatchAny(key, Code(key, cur, Digits), now); !ok || s != cur {
		t.Error("MatchAny")
	}
	for _, bad := range []string{"", "12345", "1234567", "12a456", "１２３４５６", " 123456", strings.Repeat("1", 1<<16)} {
		if WellFormed(bad) {
			t.Errorf("%q well formed", bad)
		}
		if _, ok := Match(key, bad, now, 0); ok {
			t.Errorf("%q matched", bad)
		}
	}
}

func TestURIAndSecret(t *testing.T) {
	k, err := NewSecret()
	if err != nil || len(k) != SecretSize {
		t.Fatal(len(k), err)
	}
	u, err := url.Parse(URI("authcheck reference", "a+b@example.org", k))
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	if u.Scheme != "otpauth" || u.Host != "totp" || q.Get("secret") != EncodeSecret(k) || q.Get("digits") != "6" || q.Get("period") != "30" ||
		q.Get("algorithm") != "SHA1" || q.Get("issuer") != "authcheck reference" || u.Path != "/authcheck reference:a+b@example.org" {
		t.Fatalf("URI %s", u)
	}
	if strings.Contains(EncodeSecret(k), "=") {
		t.Fatal("padding in secret")
	}
}
