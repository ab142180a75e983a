package lifecycle

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// jwtFlaws are the mistakes of a JWT verifier, one per attack.
type jwtFlaws struct {
	EmbeddedJWK   bool // verifies with the key in the jwk header
	JKU, X5U      bool // fetches the key from the jku / x5u URL
	KidPath       bool // kid is a file name under /srv/keys (HMAC key = file contents)
	KidSQL        bool // kid goes into a query: UNION SELECT 'k' yields key k
	Psychic       bool // ECDSA verifier that accepts r = s = 0
	EmptySig      bool // an empty signature segment skips verification
	WeakSecret    bool // HS256 under "secret"
	TypeConfusion bool // no typ check: refresh and ID tokens work as access tokens
	NoNbf         bool // nbf not checked
}

// jwtServer issues and verifies access, refresh and ID tokens with one
// algorithm. With no flaws it refuses every attack of jwt-attacks.
type jwtServer struct {
	jwtFlaws
	alg    string
	priv   crypto.Signer // nil for HS256
	secret []byte
	srv    *httptest.Server
}

func newJWTServer(t *testing.T, alg string, f jwtFlaws) *jwtServer {
	s := &jwtServer{jwtFlaws: f, alg: alg}
	var err error
	switch alg {
	case "EdDSA":
		_, s.priv, err = ed25519.GenerateKey(rand.Reader)
	case "ES256":
		s.priv, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	case "ES384":
		s.priv, err = ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	case "RS256":
		s.priv, err = rsa.GenerateKey(rand.Reader, 2048)
	case "HS256":
		s.secret = []byte(randToken(32))
		if f.WeakSecret {
			s.secret = []byte("secret")
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/login", s.login)
	mux.HandleFunc("GET /api/me", s.me)
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

func (s *jwtServer) mint(typ string, claims map[string]any) string {
	h := map[string]any{"alg": s.alg, "typ": typ, "kid": "k1"}
	raw := encodeSegment(claims)
	if s.priv == nil {
		return hmacSign(s.alg, h, raw, s.secret)
	}
	input := encodeSegment(h) + "." + raw
	sig, err := signWith(s.priv, s.alg, []byte(input))
	if err != nil {
		panic(err)
	}
	return input + "." + b64.EncodeToString(sig)
}

func (s *jwtServer) login(w http.ResponseWriter, r *http.Request) {
	var in struct{ Email, Password string }
	if json.NewDecoder(r.Body).Decode(&in) != nil || in.Email != testAccounts[0].Username || in.Password != testAccounts[0].Password {
		fail(w, http.StatusUnauthorized, "invalid credentials")
		return
	}
	now := time.Now().Unix()
	base := func(aud string, life int64) map[string]any {
		return map[string]any{"sub": "u1", "iss": testIssuer, "aud": aud, "iat": now, "nbf": now, "exp": now + life, "jti": randToken(8)}
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, map[string]any{
		"access_token":  s.mint("at+jwt", base(testAudience, 300)),
		"refresh_token": s.mint("refresh+jwt", base(testAudience, 86400)),
		"id_token":      s.mint("JWT", base("client-1", 3600)),
	})
}

func (s *jwtServer) me(w http.ResponseWriter, r *http.Request) {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || !s.verify(tok) {
		fail(w, http.StatusUnauthorized, "invalid token")
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"sub": "u1"})
}

var unionKey = regexp.MustCompile(`UNION SELECT ['"]([^'"]*)['"]`)

func (s *jwtServer) verify(tok string) bool {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		return false
	}
	hdr, err := decodeSegment(parts[0])
	if err != nil {
		return false
	}
	sig, err := b64.DecodeString(parts[2])
	if err != nil {
		return false
	}
	input := []byte(parts[0] + "." + parts[1])
	alg, _ := hdr["alg"].(string)
	kid, _ := hdr["kid"].(string)
	var pub any
	switch {
	case s.EmptySig && len(sig) == 0:
	case s.EmbeddedJWK && hdr["jwk"] != nil:
		m, _ := hdr["jwk"].(map[string]any)
		if pub, _, err = publicKeyOf(m); err != nil || !verifyWith(pub, alg, input, sig) {
			return false
		}
	case s.JKU && hdr["jku"] != nil:
		if pub = fetchKey(hdr["jku"], kid, false); pub == nil || !verifyWith(pub, alg, input, sig) {
			return false
		}
	case s.X5U && hdr["x5u"] != nil:
		if pub = fetchKey(hdr["x5u"], kid, true); pub == nil || !verifyWith(pub, alg, input, sig) {
			return false
		}
	case s.KidPath && alg == "HS256" && strings.Contains(kid, "/"):
		key, err := os.ReadFile(path.Join("/srv/keys", kid))
		if err != nil || !hmac.Equal(hmacOf(alg, key, string(input)), sig) {
			return false
		}
	case s.KidSQL && alg == "HS256" && unionKey.MatchString(kid):
		if !hmac.Equal(hmacOf(alg, []byte(unionKey.FindStringSubmatch(kid)[1]), string(input)), sig) {
			return false
		}
	case s.Psychic && strings.HasPrefix(alg, "ES") && len(sig) > 0 && !slices.ContainsFunc(sig, func(b byte) bool { return b != 0 }):
	case alg != s.alg || kid != "k1":
		return false
	case s.priv == nil:
		if !hmac.Equal(hmacOf(alg, s.secret, string(input)), sig) {
			return false
		}
	default:
		if !verifyWith(s.priv.Public(), alg, input, sig) {
			return false
		}
	}
	if !s.TypeConfusion && hdr["typ"] != "at+jwt" {
		return false
	}
	claims, err := decodeSegment(parts[1])
	if err != nil {
		return false
	}
	now := time.Now().Unix()
	exp, err := claims["exp"].(json.Number).Int64()
	if err != nil || now >= exp {
		return false
	}
	if nbf, ok := claims["nbf"].(json.Number); ok && !s.NoNbf {
		if n, err := nbf.Int64(); err != nil || n > now+30 {
			return false
		}
	}
	return claims["iss"] == testIssuer && (s.TypeConfusion || claims["aud"] == testAudience)
}

func verifyWith(pub any, alg string, input, sig []byte) bool {
	switch k := pub.(type) {
	case ed25519.PublicKey:
		return ed25519.Verify(k, input, sig)
	case *rsa.PublicKey:
		h, hf := hashFor(alg)
		h.Write(input)
		return rsa.VerifyPKCS1v15(k, hf, h.Sum(nil), sig) == nil
	case *ecdsa.PublicKey:
		h, _ := hashFor(alg)
		h.Write(input)
		n := len(sig) / 2
		return ecdsa.Verify(k, h.Sum(nil), new(big.Int).SetBytes(sig[:n]), new(big.Int).SetBytes(sig[n:]))
	}
	return false
}

// fetchKey is the flawed servers' key download (loopback only in tests).
func fetchKey(u any, kid string, cert bool) any {
	us, _ := u.(string)
	if !strings.HasPrefix(us, "http://127.0.0.1:") {
		return nil
	}
	resp, err := http.Get(us)
	if err != nil {
		return nil
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if cert {
		block, _ := pem.Decode(b)
		if block == nil {
			return nil
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil
		}
		return c.PublicKey
	}
	var doc struct{ Keys []map[string]any }
	if json.Unmarshal(b, &doc) != nil {
		return nil
	}
	for _, k := range doc.Keys {
		if k["kid"] == kid {
			pub, _, _ := publicKeyOf(k)
			return pub
		}
	}
	return nil
}

// target describes s; withKey writes its signing key for tokens.signingKey.
func (s *jwtServer) target(t *testing.T, withKey bool) *probes.Target {
	tokens := map[string]string{"accessToken": "access_token", "refreshToken": "refresh_token", "idToken": "id_token"}
	p := &profile.Profile{
		BaseURL: s.srv.URL,
		Endpoints: profile.Endpoints{
			Login: &profile.Endpoint{Method: "POST", Path: "/api/login", Fields: map[string]string{"username": "email"}, Response: tokens},
			Me:    &profile.Endpoint{Method: "GET", Path: "/api/me"},
		},
		Tokens:   profile.Tokens{Algorithms: []string{s.alg}, Issuer: testIssuer, Audience: testAudience},
		Accounts: testAccounts[:1],
	}
	if withKey {
		file := filepath.Join(t.TempDir(), "signing.key")
		b := s.secret
		if s.priv != nil {
			der, err := x509.MarshalPKCS8PrivateKey(s.priv)
			if err != nil {
				t.Fatal(err)
			}
			b = pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
		}
		if err := os.WriteFile(file, b, 0o600); err != nil {
			t.Fatal(err)
		}
		p.Tokens.SigningKey = file
	}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	tg, err := probes.NewTarget(probes.Options{URL: s.srv.URL, Profile: p, ProbeTimeout: 45 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// TestJWTAttacksCorrect: a correct verifier of each algorithm refuses
// every attack.
func TestJWTAttacksCorrect(t *testing.T) {
	for _, alg := range []string{"EdDSA", "ES256", "ES384", "RS256", "HS256"} {
		t.Run(alg, func(t *testing.T) {
			t.Parallel()
			s := newJWTServer(t, alg, jwtFlaws{})
			cs := runNamed(t, s.target(t, true), "jwt-attacks")
			st := statuses(cs)
			for _, id := range jwtAttackRules {
				if got := st[id]; !slices.Equal(got, []string{report.StatusPass}) {
					logChecks(t, cs)
					t.Errorf("%s: %v, want pass", id, got)
				}
			}
		})
	}
}

// TestJWTAttacksNoKey: without tokens.signingKey the nbf check cannot be
// made, and says so.
func TestJWTAttacksNoKey(t *testing.T) {
	s := newJWTServer(t, "EdDSA", jwtFlaws{})
	cs := runNamed(t, s.target(t, false), "jwt-attacks")
	if got := statuses(cs)[ruleNotBefore]; !slices.Equal(got, []string{report.StatusSkip}) {
		logChecks(t, cs)
		t.Errorf("AP820: %v, want skip", got)
	}
}

// TestJWTAttackFlaws: each one-flaw verifier fails its rule only.
func TestJWTAttackFlaws(t *testing.T) {
	for _, tc := range []struct {
		name, alg string
		flaw      jwtFlaws
		rule      string
		also      []string
	}{
		{"embedded jwk (Ed25519)", "EdDSA", jwtFlaws{EmbeddedJWK: true}, ruleEmbeddedJWK, nil},
		{"embedded jwk (RSA)", "RS256", jwtFlaws{EmbeddedJWK: true}, ruleEmbeddedJWK, nil},
		{"jku", "ES256", jwtFlaws{JKU: true}, ruleRemoteKeyURL, nil},
		{"x5u", "EdDSA", jwtFlaws{X5U: true}, ruleRemoteKeyURL, nil},
		{"kid path traversal", "HS256", jwtFlaws{KidPath: true}, ruleKidInjection, nil},
		{"kid SQL injection", "EdDSA", jwtFlaws{KidSQL: true}, ruleKidInjection, nil},
		{"psychic signature ES256", "ES256", jwtFlaws{Psychic: true}, ruleNullSig, nil},
		{"psychic signature ES384", "ES384", jwtFlaws{Psychic: true}, ruleNullSig, nil},
		{"empty signature", "RS256", jwtFlaws{EmptySig: true}, ruleNullSig, nil},
		{"weak HS256 secret", "HS256", jwtFlaws{WeakSecret: true}, ruleWeakSecret, nil},
		{"refresh and ID tokens as access tokens", "ES256", jwtFlaws{TypeConfusion: true}, ruleTypeConfuse, nil},
		{"nbf not checked", "EdDSA", jwtFlaws{NoNbf: true}, ruleNotBefore, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := newJWTServer(t, tc.alg, tc.flaw)
			cs := runNamed(t, s.target(t, true), "jwt-attacks")
			st := statuses(cs)
			if got := st[tc.rule]; !slices.Contains(got, report.StatusFail) {
				logChecks(t, cs)
				t.Fatalf("%s: %v, want fail", tc.rule, got)
			}
			for _, c := range cs {
				if c.Rule != tc.rule && c.Status != report.StatusPass && !slices.Contains(tc.also, c.Rule) {
					logChecks(t, cs)
					t.Errorf("%s: %s (%s); the flaw should only break %s", c.Rule, c.Status, c.Message, tc.rule)
				}
			}
		})
	}
}

// TestWeakSecretCrackedEnablesNbf: a target that signs with a weak secret
// is caught offline, and the cracked secret mints the nbf token.
func TestWeakSecretCrackedEnablesNbf(t *testing.T) {
	s := newJWTServer(t, "HS256", jwtFlaws{WeakSecret: true, NoNbf: true})
	cs := runNamed(t, s.target(t, false), "jwt-attacks")
	st := statuses(cs)
	if !slices.Contains(st[ruleWeakSecret], report.StatusFail) || !slices.Contains(st[ruleNotBefore], report.StatusFail) {
		logChecks(t, cs)
		t.Fatalf("AP818 %v, AP820 %v; want both fail", st[ruleWeakSecret], st[ruleNotBefore])
	}
}
