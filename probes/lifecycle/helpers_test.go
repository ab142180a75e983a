package lifecycle

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"math"
	"math/big"
	"net/http"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/probes"
)

func TestMannWhitneyExact(t *testing.T) {
	for _, tc := range []struct {
		name string
		x, y []float64
		u, p float64
	}{
		// Values checked against scipy.stats.mannwhitneyu(method="exact").
		{"separated", []float64{1, 2, 3, 4, 5}, []float64{6, 7, 8, 9, 10}, 0, 2.0 / 252},
		{"separated, reversed", []float64{6, 7, 8, 9, 10}, []float64{1, 2, 3, 4, 5}, 25, 2.0 / 252},
		{"interleaved", []float64{1, 3, 5, 7}, []float64{2, 4, 6, 8}, 6, 48.0 / 70},
		{"ten each, separated", seq(0, 10), seq(100, 10), 0, 2.0 / 184756},
		{"unequal sizes", []float64{1, 2}, []float64{3, 4, 5}, 0, 2.0 / 10},
	} {
		u, p := mannWhitney(tc.x, tc.y)
		if u != tc.u || math.Abs(p-tc.p) > 1e-12 {
			t.Errorf("%s: U=%v p=%v, want U=%v p=%v", tc.name, u, p, tc.u, tc.p)
		}
	}
}

func TestMannWhitneyTiesUseNormalApproximation(t *testing.T) {
	x := []float64{1, 1, 2, 2, 3, 3, 4, 4}
	u, p := mannWhitney(x, x)
	if u != 32 || p < 0.99 {
		t.Errorf("identical samples: U=%v p=%v, want U=32 p≈1", u, p)
	}
	_, p = mannWhitney([]float64{1, 1, 1, 1, 1, 1}, []float64{9, 9, 9, 9, 9, 9})
	if p > 0.01 {
		t.Errorf("separated samples with ties: p=%v, want < 0.01", p)
	}
}

func TestHodgesLehmann(t *testing.T) {
	if got := hodgesLehmann([]float64{10, 11, 12}, []float64{1, 2, 3}); got != 9 {
		t.Errorf("shift = %v, want 9", got)
	}
	// Robust: one huge outlier does not move it much.
	if got := hodgesLehmann([]float64{10, 11, 12, 1000}, []float64{1, 2, 3, 4}); got > 10 {
		t.Errorf("shift with an outlier = %v, want ≤ 10", got)
	}
}

func seq(from float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = from + float64(i)
	}
	return out
}

func resp(status int, body string, kv ...string) *probes.Response {
	h := http.Header{}
	for i := 0; i+1 < len(kv); i += 2 {
		h.Add(kv[i], kv[i+1])
	}
	return &probes.Response{StatusCode: status, Header: h, Body: []byte(body)}
}

func TestAnswerDiff(t *testing.T) {
	const unknown, known = "nobody@example.com", "alice@example.com"
	echo := []string{unknown, known}
	for _, tc := range []struct {
		name     string
		a, b     []*probes.Response
		wantDiff string // "" for none
	}{
		{"identical", []*probes.Response{resp(401, `{"error":"invalid"}`)}, []*probes.Response{resp(401, `{"error":"invalid"}`)}, ""},
		{"status", []*probes.Response{resp(404, `{}`)}, []*probes.Response{resp(401, `{}`)}, "status 404 vs 401"},
		{"message", []*probes.Response{resp(401, `{"error":"no such user"}`)}, []*probes.Response{resp(401, `{"error":"wrong password"}`)}, "body fields error"},
		{"request IDs and dates ignored",
			[]*probes.Response{resp(401, `{"error":"x","requestId":"3f2a9c1e-8b7d-4e6f-9a1b-2c3d4e5f6a7b"}`, "X-Request-Id", "a1", "Date", "Mon")},
			[]*probes.Response{resp(401, `{"error":"x","requestId":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"}`, "X-Request-Id", "b2", "Date", "Tue")}, ""},
		{"the submitted name echoed",
			[]*probes.Response{resp(401, `{"error":"invalid login for nobody@example.com"}`)},
			[]*probes.Response{resp(401, `{"error":"invalid login for alice@example.com"}`)}, ""},
		{"rate-limit counters ignored, policies compared",
			[]*probes.Response{resp(401, `{}`, "RateLimit", `"login";r=9;t=3600`, "RateLimit-Policy", `"login";q=10`)},
			[]*probes.Response{resp(401, `{}`, "RateLimit", `"login";r=7;t=3600`, "RateLimit-Policy", `"login";q=10`)}, ""},
		{"extra header for known accounts",
			[]*probes.Response{resp(401, `{}`)},
			[]*probes.Response{resp(401, `{}`, "X-Account-Locked", "false")}, "header X-Account-Locked"},
		{"cookie values ignored, names compared",
			[]*probes.Response{resp(401, `{}`, "Set-Cookie", "csrf=aaa; Path=/")},
			[]*probes.Response{resp(401, `{}`, "Set-Cookie", "csrf=bbb; Path=/")}, ""},
		{"a cookie only for known accounts",
			[]*probes.Response{resp(401, `{}`)},
			[]*probes.Response{resp(401, `{}`, "Set-Cookie", "failed_attempts=1; Path=/")}, "Set-Cookie"},
		{"a field that changes between repeats is volatile",
			[]*probes.Response{resp(401, `{"error":"x","n":"a"}`), resp(401, `{"error":"x","n":"b"}`)},
			[]*probes.Response{resp(401, `{"error":"x","n":"c"}`), resp(401, `{"error":"x","n":"d"}`)}, ""},
		{"a header that changes between repeats is volatile",
			[]*probes.Response{resp(401, `{}`, "X-Node", "1"), resp(401, `{}`, "X-Node", "2")},
			[]*probes.Response{resp(401, `{}`, "X-Node", "3"), resp(401, `{}`, "X-Node", "4")}, ""},
		{"plain text bodies", []*probes.Response{resp(401, "Unknown user")}, []*probes.Response{resp(401, "Bad password")}, "body"},
	} {
		diffs, _ := answerDiff(tc.a, tc.b, echo)
		got := strings.Join(diffs, "; ")
		if tc.wantDiff == "" && got != "" || tc.wantDiff != "" && !strings.Contains(got, tc.wantDiff) {
			t.Errorf("%s: diffs %q, want %q", tc.name, got, tc.wantDiff)
		}
	}
}

func sign(t *testing.T, hdr, claims map[string]any, priv ed25519.PrivateKey) string {
	t.Helper()
	input := encodeSegment(hdr) + "." + encodeSegment(claims)
	return input + "." + base64.RawURLEncoding.EncodeToString(ed25519.Sign(priv, []byte(input)))
}

func TestJWTForgeries(t *testing.T) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	tok := sign(t, map[string]any{"alg": "EdDSA", "kid": "k"}, map[string]any{"sub": "1", "exp": 1893456000, "aud": []any{"a"}}, priv)
	j, err := parseJWT(tok)
	if err != nil {
		t.Fatal(err)
	}
	verifies := func(s string) bool {
		p := strings.Split(s, ".")
		sig, _ := base64.RawURLEncoding.DecodeString(p[2])
		return ed25519.Verify(pub, []byte(p[0]+"."+p[1]), sig)
	}
	if !verifies(tok) {
		t.Fatal("test token does not verify")
	}
	none := j.withAlgNone("nOnE")
	if !strings.HasSuffix(none, ".") || strings.Count(none, ".") != 2 {
		t.Errorf("alg none token %q should end in an empty signature", none)
	}
	if h, _ := parseJWT(none); h == nil || h.alg() != "nOnE" || h.header["kid"] != "k" {
		t.Errorf("alg none header: %v", h)
	}
	flipped, ok := j.withFlippedSignature()
	if !ok || verifies(flipped) || flipped == tok {
		t.Errorf("flipped signature still verifies")
	}
	changed := j.withClaims(func(p map[string]any) { p["sub"] = "2" })
	if verifies(changed) {
		t.Error("changed claims still verify")
	}
	if c, _ := parseJWT(changed); c.claimString("sub") != "2" || c.payload["exp"].(json.Number).String() != "1893456000" {
		t.Errorf("changed payload: %v (numbers must survive re-encoding)", c.payload)
	}
	if exp, ok := j.claimTime("exp"); !ok || exp.Unix() != 1893456000 {
		t.Errorf("exp = %v", exp)
	}
	if got := j.audiences(); len(got) != 1 || got[0] != "a" {
		t.Errorf("aud = %v", got)
	}
	// HS256 with the PEM of the public key verifies under that secret.
	der, _ := x509.MarshalPKIXPublicKey(pub)
	secret := pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})
	hs := j.signedHS256(secret)
	p := strings.Split(hs, ".")
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(p[0] + "." + p[1]))
	if base64.RawURLEncoding.EncodeToString(mac.Sum(nil)) != p[2] {
		t.Error("HS256 token does not verify with its secret")
	}
	for _, bad := range []string{"opaque", "a.b", "!!.e30.x", "e30.!!.x"} {
		if _, err := parseJWT(bad); err == nil {
			t.Errorf("parseJWT(%q): no error", bad)
		}
	}
}

func TestConfusionSecrets(t *testing.T) {
	edPub, _, _ := ed25519.GenerateKey(rand.Reader)
	rsaKey, _ := rsa.GenerateKey(rand.Reader, 2048)
	ecKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	b := base64.RawURLEncoding.EncodeToString
	ecRaw, _ := ecKey.PublicKey.Bytes()
	jwks, _ := json.Marshal(map[string]any{"keys": []map[string]string{
		{"kty": "OKP", "crv": "Ed25519", "kid": "ed", "x": b(edPub)},
		{"kty": "RSA", "kid": "rsa", "n": b(rsaKey.N.Bytes()), "e": b(big.NewInt(int64(rsaKey.E)).Bytes())},
		{"kty": "EC", "crv": "P-256", "kid": "ec", "x": b(ecRaw[1:33]), "y": b(ecRaw[33:])},
		{"kty": "oct", "kid": "sym", "k": "c2VjcmV0"},
	}})
	secrets, err := confusionSecrets(jwks)
	if err != nil {
		t.Fatal(err)
	}
	forms := map[string]bool{}
	for _, s := range secrets {
		forms[s.kid+" "+s.form] = true
	}
	der, _ := x509.MarshalPKIXPublicKey(&rsaKey.PublicKey)
	wantPEM := string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der}))
	found := false
	for _, s := range secrets {
		if s.kid == "rsa" && s.form == "PEM" && string(s.secret) == wantPEM {
			found = true
		}
	}
	if !found {
		t.Error("the RSA key's PEM is not among the secrets")
	}
	for _, want := range []string{"ed PEM", "ed DER", "ed raw key bytes", "rsa PKCS#1 PEM", "ec PEM", "ec PEM without final newline"} {
		if !forms[want] {
			t.Errorf("missing %s (have %v)", want, forms)
		}
	}
	if _, err := confusionSecrets([]byte(`{"keys":[{"kty":"oct"}]}`)); err == nil {
		t.Error("a JWKS with only symmetric keys: no error")
	}
}

func TestTokenBits(t *testing.T) {
	for _, tc := range []struct {
		tok      string
		min, max float64
	}{
		{"123456", 19, 20},
		{strings.Repeat("ab12", 8), 127, 129}, // 32 hex characters
		{randToken(32), 250, 260},
	} {
		if got := tokenBits(tc.tok); got < tc.min || got > tc.max {
			t.Errorf("tokenBits(%q) = %.1f, want %v–%v", tc.tok, got, tc.min, tc.max)
		}
	}
}

func TestTokenFromText(t *testing.T) {
	for text, want := range map[string]string{
		"Open https://x.example/reset#token=abc123 within 15 minutes": "abc123",
		"https://x.example/reset?code=9876&lang=en":                   "9876",
		"Click https://x.example/reset/QmFzZTY0VG9rZW5WYWx1ZQ now":    "QmFzZTY0VG9rZW5WYWx1ZQ",
		"no link here": "",
		`<a href="https://x.example/r?reset_token=zz-top">reset</a>`: "zz-top",
	} {
		if got := tokenFromText(text); got != want {
			t.Errorf("tokenFromText(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestNoStore(t *testing.T) {
	for v, want := range map[string]bool{"no-store": true, "private, NO-STORE": true, "no-cache": false, "max-age=0": false, "": false} {
		h := http.Header{}
		if v != "" {
			h.Set("Cache-Control", v)
		}
		if got := noStore(h); got != want {
			t.Errorf("noStore(%q) = %v", v, got)
		}
	}
}
