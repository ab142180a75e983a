package reference_test

import (
	"crypto/ed25519"
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// signingKey reads the server's active signing key from its data dir, to
// forge tokens that differ from valid ones in one claim only.
func signingKey(t *testing.T, dataDir string) (string, ed25519.PrivateKey) {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(dataDir, "signing-keys"))
	if err != nil || len(entries) == 0 {
		t.Fatalf("signing keys: %v", err)
	}
	name := entries[0].Name()
	b, _ := os.ReadFile(filepath.Join(dataDir, "signing-keys", name))
	block, _ := pem.Decode(b)
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(name, ".pem"), k.(ed25519.PrivateKey)
}

func TestAccessTokenValidationOverHTTP(t *testing.T) {
	e := start(t, nil)
	_, _, _, access, _ := e.user("jwt")
	expect(t, e.bearer(access).do("GET", "/api/v1/me", nil), 200, "valid token")

	kid, key := signingKey(t, e.cfg.DataDir)
	valid, _, err := jwt.NewParser().ParseUnverified(access, jwt.MapClaims{})
	if err != nil {
		t.Fatal(err)
	}
	claims := valid.Claims.(jwt.MapClaims)
	forge := func(method jwt.SigningMethod, signKey any, edit func(jwt.MapClaims)) string {
		c := jwt.MapClaims{}
		for k, v := range claims {
			c[k] = v
		}
		if edit != nil {
			edit(c)
		}
		tok := jwt.NewWithClaims(method, c)
		tok.Header["kid"] = kid
		s, err := tok.SignedString(signKey)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	// The control: re-signing the same claims with the real key works, so
	// each refusal below is due to the one thing changed.
	expect(t, e.bearer(forge(jwt.SigningMethodEdDSA, key, nil)).do("GET", "/api/v1/me", nil), 200, "re-signed control")
	cases := map[string]string{
		"alg none":              forge(jwt.SigningMethodNone, jwt.UnsafeAllowNoneSignatureType, nil),
		"HS256 with public key": forge(jwt.SigningMethodHS256, []byte(key.Public().(ed25519.PublicKey)), nil),
		"wrong aud":             forge(jwt.SigningMethodEdDSA, key, func(c jwt.MapClaims) { c["aud"] = []string{"another-api"} }),
		"wrong iss":             forge(jwt.SigningMethodEdDSA, key, func(c jwt.MapClaims) { c["iss"] = "https://evil.example" }),
		"no exp":                forge(jwt.SigningMethodEdDSA, key, func(c jwt.MapClaims) { delete(c, "exp") }),
		"other user":            forge(jwt.SigningMethodEdDSA, key, func(c jwt.MapClaims) { c["sub"] = "999" }),
		"unknown session":       forge(jwt.SigningMethodEdDSA, key, func(c jwt.MapClaims) { c["sid"] = "deadbeef" }),
		"garbage":               "eyJhbGciOiJub25lIn0.e30.",
	}
	for name, tok := range cases {
		r := e.bearer(tok).do("GET", "/api/v1/me", nil)
		if r.status != 401 {
			t.Errorf("%s: status %d, want 401", name, r.status)
		}
	}
	// Expiry: at most 15 minutes.
	parsed, _, _ := jwt.NewParser().ParseUnverified(access, jwt.MapClaims{})
	exp, _ := parsed.Claims.GetExpirationTime()
	iat, _ := parsed.Claims.GetIssuedAt()
	if life := exp.Sub(iat.Time); life > 15*time.Minute || parsed.Header["alg"] != "EdDSA" || parsed.Header["kid"] == "" {
		t.Fatalf("lifetime %v header %v", life, parsed.Header)
	}
	e.clock.Advance(16 * time.Minute)
	expect(t, e.bearer(access).do("GET", "/api/v1/me", nil), 401, "expired token")
	// A token in the query string is never consulted.
	expect(t, e.client().do("GET", "/api/v1/me?access_token="+access, nil), 401, "token in query")
	r := e.client().do("GET", "/.well-known/jwks.json", nil)
	if r.status != 200 || !strings.Contains(string(r.body), `"kid":"`+kid+`"`) || strings.Contains(string(r.body), `"d"`) {
		t.Fatalf("jwks: %d %s", r.status, r.body)
	}
}

func refresh(e *env, token string) *resp {
	return e.client().do("POST", "/api/v1/auth/refresh", map[string]string{"refreshToken": token})
}

func TestRefreshRotationAndReuseRevokesFamily(t *testing.T) {
	e := start(t, nil)
	_, _, _, _, r0 := e.user("rot")
	res := refresh(e, r0)
	expect(t, res, 200, "first refresh")
	if res.header.Get("Cache-Control") != "no-store" {
		t.Fatal("refresh response cacheable")
	}
	r1, a1 := res.str(t, "refreshToken"), res.str(t, "accessToken")
	if r1 == r0 || r1 == "" {
		t.Fatal("refresh token not rotated")
	}
	res = refresh(e, r1)
	expect(t, res, 200, "second refresh")
	r2, a2 := res.str(t, "refreshToken"), res.str(t, "accessToken")
	// Reusing r1 (already rotated) is theft: the whole family dies, r2
	// and its access tokens included.
	expect(t, refresh(e, r1), 401, "reuse of rotated token")
	expect(t, refresh(e, r2), 401, "newest token of a revoked family")
	expect(t, e.bearer(a2).do("GET", "/api/v1/me", nil), 401, "access token of a revoked family")
	expect(t, e.bearer(a1).do("GET", "/api/v1/me", nil), 401, "older access token of a revoked family")
	kinds := strings.Join(e.alertKinds(), ",")
	if !strings.Contains(kinds, "token_reuse") {
		t.Fatalf("no token_reuse alert: %s", kinds)
	}
	expect(t, refresh(e, "not-a-token"), 401, "garbage token")
}

func TestLogoutAllRevokesRefreshTokens(t *testing.T) {
	e := start(t, nil)
	c, email, pw, _, r0 := e.user("all")
	_, a1, r1 := e.login(email, pw)
	expect(t, c.do("POST", "/api/v1/auth/logout-all", nil), 204, "logout-all")
	expect(t, refresh(e, r0), 401, "refresh token 0")
	expect(t, refresh(e, r1), 401, "refresh token 1")
	expect(t, e.bearer(a1).do("GET", "/api/v1/me", nil), 401, "access token of another session")
}

// TestConcurrentRefreshYieldsOnePair: 20 parallel uses of one refresh token
// yield exactly one new pair; the rest count as reuse.
func TestConcurrentRefreshYieldsOnePair(t *testing.T) {
	for _, backend := range backends() {
		t.Run(backend.name, func(t *testing.T) {
			e := start(t, backend.configure(t))
			_, _, _, _, r0 := e.user("race")
			c := e.client()
			results := parallel(t, 20, func(int) (*resp, error) {
				return c.try("POST", "/api/v1/auth/refresh", map[string]string{"refreshToken": r0})
			})
			ok := 0
			for _, r := range results {
				switch r.status {
				case 200:
					ok++
				case 401:
				default:
					t.Errorf("unexpected status %d: %s", r.status, r.body)
				}
			}
			if ok != 1 {
				t.Fatalf("%d of 20 concurrent refreshes succeeded, want exactly 1 (%s)", ok, fmtStatus(results))
			}
		})
	}
}
