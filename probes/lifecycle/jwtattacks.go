package lifecycle

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"hash"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the JWT header and token-type attacks.
const (
	ruleEmbeddedJWK  = "AP814"
	ruleRemoteKeyURL = "AP815"
	ruleKidInjection = "AP816"
	ruleNullSig      = "AP817"
	ruleWeakSecret   = "AP818"
	ruleTypeConfuse  = "AP819"
	ruleNotBefore    = "AP820"
)

var jwtAttackRules = []string{ruleEmbeddedJWK, ruleRemoteKeyURL, ruleKidInjection, ruleNullSig, ruleWeakSecret, ruleTypeConfuse, ruleNotBefore}

func init() {
	probes.Register(&probes.Probe{
		Name:  "jwt-attacks",
		Area:  "tokens",
		Rules: jwtAttackRules,
		Needs: requireLogin,
		Run:   runJWTAttacks,
	})
}

// WeakSecrets is the short built-in list of HMAC secrets seen in
// tutorials, defaults and leaked configs. Tokens are signed with each; a
// target that accepts one (or signs its own tokens with one) fails AP818.
var WeakSecrets = []string{
	"secret", "password", "changeme", "change-me", "123456", "12345678", "qwerty",
	"your-256-bit-secret", "your-secret-key", "secretkey", "secret-key", "jwt-secret",
	"jwtsecret", "jwt_secret", "mysecret", "supersecret", "key", "test", "admin", "default",
}

// kidInjections are kid values that a verifier which looks keys up in
// files or SQL would turn into a key the prober knows, with that key.
var kidInjections = []struct{ kid, secret, what string }{
	{"../../../../../../../../../../dev/null", "", "path traversal to /dev/null (empty key)"},
	{"/dev/null", "", "absolute path /dev/null (empty key)"},
	{"x' UNION SELECT 'authcheck'-- ", "authcheck", "SQL injection returning a chosen key"},
	{"x\" UNION SELECT \"authcheck\"-- ", "authcheck", "SQL injection (double quotes) returning a chosen key"},
}

// ownKey is a signing key the prober made for this run.
type ownKey struct {
	alg  string
	kid  string
	priv crypto.Signer
	jwk  map[string]any
	cert []byte // self-signed certificate, PEM (for x5u)
}

// newOwnKey makes a key of the target's family (so that a verifier which
// pins the algorithm but takes the key from the token is caught), ES256
// when the target uses HMAC.
func newOwnKey(targetAlg string) (*ownKey, error) {
	k := &ownKey{kid: "authcheck-" + probes.RandomHex(4)}
	var err error
	switch {
	case targetAlg == "EdDSA":
		_, priv, e := ed25519.GenerateKey(rand.Reader)
		k.alg, k.priv, err = "EdDSA", priv, e
		if err == nil {
			k.jwk = map[string]any{"kty": "OKP", "crv": "Ed25519", "x": b64.EncodeToString(priv.Public().(ed25519.PublicKey))}
		}
	case strings.HasPrefix(targetAlg, "RS") || strings.HasPrefix(targetAlg, "PS"):
		priv, e := rsa.GenerateKey(rand.Reader, 2048)
		k.alg, k.priv, err = "RS256", priv, e
		if err == nil {
			k.jwk = map[string]any{"kty": "RSA", "n": b64.EncodeToString(priv.N.Bytes()), "e": b64.EncodeToString(big.NewInt(int64(priv.E)).Bytes())}
		}
	default:
		curve, alg, crv := elliptic.P256(), "ES256", "P-256"
		if targetAlg == "ES384" {
			curve, alg, crv = elliptic.P384(), "ES384", "P-384"
		}
		priv, e := ecdsa.GenerateKey(curve, rand.Reader)
		k.alg, k.priv, err = alg, priv, e
		if err == nil {
			size := (curve.Params().BitSize + 7) / 8
			k.jwk = map[string]any{"kty": "EC", "crv": crv,
				"x": b64.EncodeToString(leftPad(priv.X.Bytes(), size)), "y": b64.EncodeToString(leftPad(priv.Y.Bytes(), size))}
		}
	}
	if err != nil {
		return nil, err
	}
	k.jwk["kid"] = k.kid
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "authcheck probe key"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, k.priv.Public(), k.priv)
	if err != nil {
		return nil, err
	}
	k.cert = pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	return k, nil
}

// sign makes a compact JWS of header (alg set to the key's) and the raw
// payload segment.
func (k *ownKey) sign(header map[string]any, rawClaim string) (string, error) {
	h := clone(header)
	h["alg"] = k.alg
	input := encodeSegment(h) + "." + rawClaim
	sig, err := signWith(k.priv, k.alg, []byte(input))
	if err != nil {
		return "", err
	}
	return input + "." + b64.EncodeToString(sig), nil
}

// signWith signs input for a JWS algorithm (RFC 7518 encodings: ECDSA as
// fixed-size r||s).
func signWith(priv crypto.Signer, alg string, input []byte) ([]byte, error) {
	switch p := priv.(type) {
	case ed25519.PrivateKey:
		return ed25519.Sign(p, input), nil
	case *rsa.PrivateKey:
		h, hf := hashFor(alg)
		h.Write(input)
		return rsa.SignPKCS1v15(rand.Reader, p, hf, h.Sum(nil))
	case *ecdsa.PrivateKey:
		h, _ := hashFor(alg)
		h.Write(input)
		r, s, err := ecdsa.Sign(rand.Reader, p, h.Sum(nil))
		if err != nil {
			return nil, err
		}
		size := (p.Curve.Params().BitSize + 7) / 8
		return append(leftPad(r.Bytes(), size), leftPad(s.Bytes(), size)...), nil
	}
	return nil, fmt.Errorf("unsupported key type %T", priv)
}

func hashFor(alg string) (hash.Hash, crypto.Hash) {
	switch {
	case strings.HasSuffix(alg, "384"):
		return sha512.New384(), crypto.SHA384
	case strings.HasSuffix(alg, "512"):
		return sha512.New(), crypto.SHA512
	}
	return sha256.New(), crypto.SHA256
}

// hmacSign makes an HS256/384/512 token of header and raw claims.
func hmacSign(alg string, header map[string]any, rawClaim string, secret []byte) string {
	h := clone(header)
	h["alg"] = alg
	input := encodeSegment(h) + "." + rawClaim
	return input + "." + b64.EncodeToString(hmacOf(alg, secret, input))
}

func hmacOf(alg string, secret []byte, input string) []byte {
	newHash := sha256.New
	switch alg {
	case "HS384":
		newHash = sha512.New384
	case "HS512":
		newHash = sha512.New
	}
	mac := hmac.New(newHash, secret)
	mac.Write([]byte(input))
	return mac.Sum(nil)
}

// keyServer is the prober's loopback listener that publishes its own key
// as a JWKS (for jku) and a certificate (for x5u), and counts fetches.
type keyServer struct {
	srv        *http.Server
	base       string
	jwks, cert atomic.Int32
}

func startKeyServer(k *ownKey) (*keyServer, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	ks := &keyServer{base: "http://" + ln.Addr().String()}
	mux := http.NewServeMux()
	jwks, _ := json.Marshal(map[string]any{"keys": []any{k.jwk}})
	mux.HandleFunc("/jwks.json", func(w http.ResponseWriter, r *http.Request) {
		ks.jwks.Add(1)
		w.Header().Set("Content-Type", "application/json")
		w.Write(jwks)
	})
	mux.HandleFunc("/cert.pem", func(w http.ResponseWriter, r *http.Request) {
		ks.cert.Add(1)
		w.Header().Set("Content-Type", "application/pem-certificate-chain")
		w.Write(k.cert)
	})
	ks.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go ks.srv.Serve(ln)
	return ks, nil
}

func (ks *keyServer) close() { ks.srv.Close() }

// isLoopback reports whether host names this machine.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// runJWTAttacks sends tokens whose header or type is hostile to the
// authenticated endpoint, bearer only; each must be refused.
func runJWTAttacks(ctx context.Context, t *probes.Target) []report.Check {
	acct, _ := probes.LoginAccount(t.Profile)
	c := newClient(t)
	s, err := c.login(ctx, acct)
	if err != nil {
		return outcome(t, err, jwtAttackRules...)
	}
	if s.AccessToken == "" {
		return probes.SkipAll(t, fmt.Sprintf("the login (%s) returned no access token: the target does not take bearer JWTs", requestLabel(s.Login)), jwtAttackRules...)
	}
	j, err := parseJWT(s.AccessToken)
	if err != nil {
		return probes.SkipAll(t, "the access token is opaque ("+err.Error()+"): no JWT header to attack", jwtAttackRules...)
	}
	v, resp, err := c.me(ctx, bearer(s.AccessToken), nil)
	if err != nil {
		return outcome(t, fmt.Errorf("me with the genuine access token: %s", probes.DescribeError(err)), jwtAttackRules...)
	}
	if v != accepted {
		return outcome(t, fmt.Errorf("me answers %d to the genuine access token alone (Authorization: Bearer), so refusals of forged ones would prove nothing%s", resp.StatusCode, bodyHint(resp)), jwtAttackRules...)
	}
	try := func(token string) (bool, string, error) {
		v, resp, err := c.me(ctx, bearer(token), nil)
		if err != nil {
			return false, "", fmt.Errorf("me with a forged token: %s", probes.DescribeError(err))
		}
		return v == accepted, fmt.Sprint(resp.StatusCode), nil
	}
	key, err := newOwnKey(j.alg())
	if err != nil {
		return outcome(t, fmt.Errorf("making the prober's own key: %v", err), jwtAttackRules...)
	}
	known, knownHow := signingKnowledge(t, j)
	return []report.Check{
		checkEmbeddedJWK(t, j, key, try),
		checkRemoteKeyURL(t, j, key, try),
		checkKidInjection(t, j, try),
		checkNullSignature(t, j, try),
		checkWeakSecret(t, j, try),
		checkTypeConfusion(t, s, try),
		checkNotBefore(t, j, known, knownHow, try),
	}
}

// forgery is one forged token and what it is.
type forgery struct{ name, token string }

// judgeAttempts sends every attempt and fails the rule if any is accepted.
func judgeAttempts(t *probes.Target, rule string, attempts []forgery, try tryFunc, passMsg, failMsg string, e map[string]string) report.Check {
	if e == nil {
		e = map[string]string{}
	}
	var acceptedAs []string
	for _, a := range attempts {
		ok, status, err := try(a.token)
		if err != nil {
			return t.Error(rule, err)
		}
		e[a.name] = status
		if ok {
			acceptedAs = append(acceptedAs, a.name)
		}
	}
	if len(acceptedAs) > 0 {
		return t.Fail(rule, failMsg+" ("+strings.Join(acceptedAs, "; ")+"): anyone can forge tokens", e)
	}
	return t.Pass(rule, passMsg, e)
}

func checkEmbeddedJWK(t *probes.Target, j *jwt, k *ownKey, try tryFunc) report.Check {
	h := clone(j.header)
	h["jwk"], h["kid"] = k.jwk, k.kid
	tok, err := k.sign(h, j.rawClaim)
	if err != nil {
		return t.Error(ruleEmbeddedJWK, err)
	}
	// Some verifiers use the embedded key only when the kid is unknown,
	// others always: also keep the target's own kid.
	h2 := clone(j.header)
	h2["jwk"] = k.jwk
	tok2, err := k.sign(h2, j.rawClaim)
	if err != nil {
		return t.Error(ruleEmbeddedJWK, err)
	}
	return judgeAttempts(t, ruleEmbeddedJWK, []forgery{{"jwk header, prober's kid", tok}, {"jwk header, target's kid", tok2}}, try,
		fmt.Sprintf("me refuses tokens signed with the prober's own %s key and carrying that key in a jwk header", k.alg),
		fmt.Sprintf("me accepts a token signed with the prober's own %s key, published in the token's jwk header", k.alg),
		probes.Evidence("alg", k.alg))
}

func checkRemoteKeyURL(t *probes.Target, j *jwt, k *ownKey, try tryFunc) report.Check {
	if !isLoopback(t.URL.Hostname()) {
		return t.Skip(ruleRemoteKeyURL, "the target is not on loopback: the prober serves its key URL (jku/x5u) only on 127.0.0.1 and never on the internet, so the target could not reach it")
	}
	ks, err := startKeyServer(k)
	if err != nil {
		return t.Error(ruleRemoteKeyURL, fmt.Errorf("starting the prober's key listener: %v", err))
	}
	defer ks.close()
	var attempts []forgery
	for _, v := range []struct{ name, param, url string }{
		{"jku to the prober's JWKS", "jku", ks.base + "/jwks.json"},
		{"x5u to the prober's certificate", "x5u", ks.base + "/cert.pem"},
	} {
		h := clone(j.header)
		h[v.param], h["kid"] = v.url, k.kid
		tok, err := k.sign(h, j.rawClaim)
		if err != nil {
			return t.Error(ruleRemoteKeyURL, err)
		}
		attempts = append(attempts, forgery{v.name, tok})
	}
	e := probes.Evidence("listener", ks.base)
	c := judgeAttempts(t, ruleRemoteKeyURL, attempts, try,
		"me refuses tokens whose jku/x5u header points at a key the prober controls",
		"me accepts a token signed with the prober's key, fetched from the jku/x5u URL in the token", e)
	e["jwksFetches"], e["certFetches"] = fmt.Sprint(ks.jwks.Load()), fmt.Sprint(ks.cert.Load())
	if c.Status == report.StatusPass && ks.jwks.Load()+ks.cert.Load() > 0 {
		c.Message += fmt.Sprintf(" (note: the target fetched the URL %d time(s): fetching token-named URLs is server-side request forgery even when the key is then refused)", ks.jwks.Load()+ks.cert.Load())
	}
	return c
}

func checkKidInjection(t *probes.Target, j *jwt, try tryFunc) report.Check {
	var attempts []forgery
	for _, in := range kidInjections {
		h := clone(j.header)
		h["kid"] = in.kid
		attempts = append(attempts, forgery{"kid " + in.what, hmacSign("HS256", h, j.rawClaim, []byte(in.secret))})
	}
	return judgeAttempts(t, ruleKidInjection, attempts, try,
		fmt.Sprintf("me refuses HS256 tokens whose kid is a path traversal or SQL injection (%d tried)", len(attempts)),
		"me accepts an HS256 token whose kid steers key lookup to a key the prober knows", nil)
}

func checkNullSignature(t *probes.Target, j *jwt, try tryFunc) report.Check {
	attempts := []forgery{{"empty signature", j.rawHeader + "." + j.rawClaim + "."}}
	note := "the target does not sign with ES256/ES384, so the psychic signature (r = s = 0) was not tried"
	if size := map[string]int{"ES256": 32, "ES384": 48, "ES512": 66}[j.alg()]; size > 0 {
		attempts = append(attempts,
			forgery{"psychic signature r = s = 0 (raw)", j.rawHeader + "." + j.rawClaim + "." + b64.EncodeToString(make([]byte, 2*size))},
			forgery{"psychic signature r = s = 0 (DER)", j.rawHeader + "." + j.rawClaim + "." + b64.EncodeToString([]byte{0x30, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00})})
		note = "psychic signature (r = s = 0) tried for " + j.alg()
	}
	return judgeAttempts(t, ruleNullSig, attempts, try,
		"me refuses the access token with an empty signature; "+note,
		"me accepts the access token with a null signature", probes.Evidence("alg", j.alg()))
}

func checkWeakSecret(t *probes.Target, j *jwt, try tryFunc) report.Check {
	e := probes.Evidence("secretsTried", fmt.Sprint(len(WeakSecrets)))
	if alg := j.alg(); strings.HasPrefix(alg, "HS") {
		sig, err := b64.DecodeString(strings.TrimRight(j.sig, "="))
		if err == nil {
			for _, s := range WeakSecrets {
				if hmac.Equal(hmacOf(alg, []byte(s), j.rawHeader+"."+j.rawClaim), sig) {
					e["secret"] = s
					return t.Fail(ruleWeakSecret, fmt.Sprintf("the target signs its access tokens with %s under the well-known secret %q: anyone can forge tokens", alg, s), e)
				}
			}
		}
	}
	var attempts []forgery
	for _, s := range WeakSecrets {
		attempts = append(attempts, forgery{"HS256 with " + fmt.Sprintf("%q", s), j.signedHS256([]byte(s))})
	}
	msg := fmt.Sprintf("me refuses HS256 tokens signed with %d well-known secrets", len(WeakSecrets))
	if strings.HasPrefix(j.alg(), "HS") {
		msg += ", and the genuine token's signature matches none of them"
	}
	return judgeAttempts(t, ruleWeakSecret, attempts, try, msg, "me accepts an HS256 token signed with a well-known secret", e)
}

func checkTypeConfusion(t *probes.Target, s *probes.Session, try tryFunc) report.Check {
	ep := t.Profile.Endpoints.Login
	var attempts []forgery
	if s.RefreshToken != "" && subtle.ConstantTimeCompare([]byte(s.RefreshToken), []byte(s.AccessToken)) != 1 {
		attempts = append(attempts, forgery{"refresh token as bearer", s.RefreshToken})
	}
	id := probes.JSONString(s.Login.Body, ep.ResponseKey("idToken"))
	if id == "" {
		id = probes.JSONString(s.Login.Body, "id_token")
	}
	if id != "" && subtle.ConstantTimeCompare([]byte(id), []byte(s.AccessToken)) != 1 {
		attempts = append(attempts, forgery{"ID token as bearer", id})
	}
	if len(attempts) == 0 {
		return t.Skip(ruleTypeConfuse, "the login returned neither a refresh token nor an ID token (profile endpoints.login.response.refreshToken / idToken name where they are)")
	}
	var tried []string
	for _, a := range attempts {
		tried = append(tried, strings.TrimSuffix(a.name, " as bearer"))
	}
	return judgeAttempts(t, ruleTypeConfuse, attempts, try,
		"me refuses the "+strings.Join(tried, " and the ")+" the login issued when presented as an access token",
		"me accepts a token that is not an access token as one", nil)
}

// signingKnowledge returns a way to mint genuinely signed tokens: the
// profile's tokens.signingKey (test environments), or a weak HMAC secret
// the target was found to sign with.
func signingKnowledge(t *probes.Target, j *jwt) (func(h map[string]any, rawClaim string) (string, error), string) {
	if path := t.Profile.Tokens.SigningKey; path != "" {
		if !filepath.IsAbs(path) && t.Profile.Dir != "" {
			path = filepath.Join(t.Profile.Dir, path)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return func(map[string]any, string) (string, error) { return "", fmt.Errorf("tokens.signingKey: %v", err) }, "the profile's tokens.signingKey"
		}
		return signerFromKey(j.alg(), b), "the profile's tokens.signingKey"
	}
	if alg := j.alg(); strings.HasPrefix(alg, "HS") {
		sig, _ := b64.DecodeString(strings.TrimRight(j.sig, "="))
		for _, s := range WeakSecrets {
			if hmac.Equal(hmacOf(alg, []byte(s), j.rawHeader+"."+j.rawClaim), sig) {
				return func(h map[string]any, raw string) (string, error) { return hmacSign(alg, h, raw, []byte(s)), nil }, "the weak secret the target signs with"
			}
		}
	}
	return nil, ""
}

// signerFromKey reads a PEM private key (PKCS#8, EC, PKCS#1) or, for HS*
// algorithms, a raw secret (a final newline is dropped).
func signerFromKey(alg string, b []byte) func(map[string]any, string) (string, error) {
	if strings.HasPrefix(alg, "HS") {
		secret := []byte(strings.TrimRight(string(b), "\r\n"))
		return func(h map[string]any, raw string) (string, error) { return hmacSign(alg, h, raw, secret), nil }
	}
	return func(h map[string]any, raw string) (string, error) {
		block, _ := pem.Decode(b)
		if block == nil {
			return "", errors.New("tokens.signingKey: not a PEM private key")
		}
		var key any
		var err error
		if key, err = x509.ParsePKCS8PrivateKey(block.Bytes); err != nil {
			if key, err = x509.ParseECPrivateKey(block.Bytes); err != nil {
				if key, err = x509.ParsePKCS1PrivateKey(block.Bytes); err != nil {
					return "", errors.New("tokens.signingKey: not a PKCS#8, EC or PKCS#1 private key")
				}
			}
		}
		signer, ok := key.(crypto.Signer)
		if !ok {
			return "", fmt.Errorf("tokens.signingKey: unsupported key %T", key)
		}
		hh := clone(h)
		hh["alg"] = alg
		input := encodeSegment(hh) + "." + raw
		sig, err := signWith(signer, alg, []byte(input))
		if err != nil {
			return "", err
		}
		return input + "." + b64.EncodeToString(sig), nil
	}
}

func checkNotBefore(t *probes.Target, j *jwt, sign func(map[string]any, string) (string, error), how string, try tryFunc) report.Check {
	future := time.Now().Add(time.Hour).Unix()
	claims := func(p map[string]any) {
		p["nbf"] = future
		p["iat"] = future
		p["exp"] = future + 300
	}
	unsigned := j.withClaims(claims)
	if sign == nil {
		ok, status, err := try(unsigned)
		if err != nil {
			return t.Error(ruleNotBefore, err)
		}
		e := probes.Evidence("nbfInFutureOriginalSignature", status)
		if ok {
			return t.Fail(ruleNotBefore, "me accepts a copy with nbf an hour ahead and the original signature: claims are read unverified and nbf is not checked", e)
		}
		return t.Skip(ruleNotBefore, "only the target can sign a token with nbf in the future; a copy with the original signature was refused ("+status+"), which shows the signature check, not the nbf check (give tokens.signingKey in a test profile to check nbf)")
	}
	p := clone(j.payload)
	claims(p)
	tok, err := sign(j.header, encodeSegment(p))
	if err != nil {
		return t.Error(ruleNotBefore, err)
	}
	return judgeAttempts(t, ruleNotBefore, []forgery{{"nbf an hour ahead, signed with " + how, tok}}, try,
		"me refuses a validly signed token whose nbf is an hour in the future (signed with "+how+")",
		"me accepts a validly signed token that is not valid yet", nil)
}
