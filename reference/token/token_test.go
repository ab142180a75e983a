package token

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/subtle"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func testKeys(t *testing.T, now *time.Time) *Keys {
	t.Helper()
	keys, kid, err := LoadOrCreateKeys(t.TempDir(), *now, 24*time.Hour, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	k, err := NewKeys(keys, kid, "iss-test", "aud-test", 10*time.Minute, func() time.Time { return *now })
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestAccessTokenValidation(t *testing.T) {
	now := time.Now()
	k := testKeys(t, &now)
	good, exp, err := k.Issue("42", "sess1")
	if err != nil {
		t.Fatal(err)
	}
	if exp.Sub(now) != 10*time.Minute {
		t.Fatalf("lifetime %v", exp.Sub(now))
	}
	c, err := k.Verify(good)
	if err != nil || c.Subject != "42" || c.SessionID != "sess1" {
		t.Fatalf("Verify(good) = %+v, %v", c, err)
	}

	sign := func(method jwt.SigningMethod, key any, claims jwt.Claims, kid string) string {
		tok := jwt.NewWithClaims(method, claims)
		if kid != "" {
			tok.Header["kid"] = kid
		}
		s, err := tok.SignedString(key)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	base := func() Claims {
		return Claims{SessionID: "s", RegisteredClaims: jwt.RegisteredClaims{
			Issuer: "iss-test", Subject: "42", Audience: jwt.ClaimStrings{"aud-test"},
			ExpiresAt: jwt.NewNumericDate(now.Add(time.Minute)), IssuedAt: jwt.NewNumericDate(now),
		}}
	}
	_, otherKey, _ := ed25519.GenerateKey(rand.Reader)
	wrongAud, wrongIss, noExp, expired := base(), base(), base(), base()
	wrongAud.Audience = jwt.ClaimStrings{"other"}
	wrongIss.Issuer = "evil"
	noExp.ExpiresAt = nil
	expired.ExpiresAt = jwt.NewNumericDate(now.Add(-time.Minute))
	active := k.active
	pub := []byte(active.public)
	bad := map[string]string{
		"alg none":           sign(jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, base(), active.id),
		"HS256 with pub key": sign(jwt.SigningMethodHS256, pub, base(), active.id),
		"wrong key":          sign(jwt.SigningMethodEdDSA, otherKey, base(), active.id),
		"unknown kid":        sign(jwt.SigningMethodEdDSA, active.private, base(), "nope"),
		"no kid":             sign(jwt.SigningMethodEdDSA, active.private, base(), ""),
		"wrong aud":          sign(jwt.SigningMethodEdDSA, active.private, wrongAud, active.id),
		"wrong iss":          sign(jwt.SigningMethodEdDSA, active.private, wrongIss, active.id),
		"no exp":             sign(jwt.SigningMethodEdDSA, active.private, noExp, active.id),
		"expired":            sign(jwt.SigningMethodEdDSA, active.private, expired, active.id),
		"garbage":            "not.a.jwt",
		"tampered":           tamper(good),
	}
	for name, tok := range bad {
		if _, err := k.Verify(tok); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	now = now.Add(11 * time.Minute)
	if _, err := k.Verify(good); err == nil {
		t.Error("token accepted after expiry")
	}
	if _, err := NewKeys(map[string]ed25519.PrivateKey{"a": otherKey}, "a", "i", "a", 16*time.Minute, time.Now); err == nil {
		t.Error("lifetime above 15 min accepted")
	}
}

func TestKeyRotationKeepsOldTokensValid(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	keys1, kid1, _ := LoadOrCreateKeys(dir, now, 0, time.Hour) // rotateAfter 0: rotates next time
	k1, _ := NewKeys(keys1, kid1, "i", "a", time.Minute, func() time.Time { return now })
	old, _, _ := k1.Issue("1", "s")
	time.Sleep(10 * time.Millisecond)
	keys2, kid2, err := LoadOrCreateKeys(dir, time.Now(), 0, time.Hour)
	if err != nil || kid2 == kid1 || len(keys2) != 2 {
		t.Fatalf("rotation: kid1=%s kid2=%s n=%d err=%v", kid1, kid2, len(keys2), err)
	}
	k2, _ := NewKeys(keys2, kid2, "i", "a", time.Minute, func() time.Time { return now })
	if _, err := k2.Verify(old); err != nil {
		t.Fatalf("token signed with the previous key refused: %v", err)
	}
	if n := len(k2.JWKS()["keys"].([]map[string]string)); n != 2 {
		t.Fatalf("JWKS has %d keys", n)
	}
}

func TestAPIKeyFormat(t *testing.T) {
	key, digest, display, err := NewAPIKey()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(key, APIKeyPrefix) || len(key) != len(APIKeyPrefix)+49 || len(digest) != 32 || !strings.HasPrefix(key, display) {
		t.Fatalf("key %q display %q", key, display)
	}
	if err := CheckAPIKeyFormat(key); err != nil {
		t.Fatal(err)
	}
	flipped := []byte(key)
	flipped[10] ^= 1 // stays alphanumeric for the characters we generate
	for _, bad := range []string{string(flipped), key[:len(key)-1], "acr_" + strings.Repeat("!", 49), "xyz_" + key[4:], ""} {
		if CheckAPIKeyFormat(bad) == nil {
			t.Errorf("bad key %q accepted", bad)
		}
	}
	plain, d, _ := NewOpaque()
	if len(plain) != 43 || subtle.ConstantTimeCompare(Digest(plain), d) != 1 {
		t.Fatal("opaque token digest mismatch")
	}
}

// tamper changes one character in the middle of the signature.
func tamper(jwtString string) string {
	b := []byte(jwtString)
	i := len(b) - 20
	if b[i] == 'A' {
		b[i] = 'B'
	} else {
		b[i] = 'A'
	}
	return string(b)
}
