// Package token issues and checks the reference server's credentials:
// EdDSA-signed JWT access tokens with a pinned algorithm and key IDs, opaque
// random tokens (session IDs, refresh and reset tokens) stored only as
// SHA-256, and API keys in a prefixed, checksummed format that secret
// scanners can match.
package token

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// MaxAccessLifetime is the checklist's upper bound for access tokens.
const MaxAccessLifetime = 15 * time.Minute

// signingAlgorithm is the only algorithm issued and accepted.
const signingAlgorithm = "EdDSA"

// Claims are the access token's claims.
type Claims struct {
	// SessionID is the public ID of the login session the token belongs to,
	// so that logout and revocation reach tokens already handed out.
	SessionID string `json:"sid"`
	jwt.RegisteredClaims
}

// signingKey is one Ed25519 key with its ID.
type signingKey struct {
	id      string
	private ed25519.PrivateKey
	public  ed25519.PublicKey
	created time.Time
}

// Keys signs with the newest key and verifies with any key in the set, by
// kid, so a key can be rotated without invalidating tokens in flight.
type Keys struct {
	Issuer   string
	Audience string
	Lifetime time.Duration
	Now      func() time.Time

	active signingKey
	all    map[string]signingKey
}

// LoadOrCreateKeys reads the Ed25519 signing keys in dir (PKCS#8 PEM files
// named <kid>.pem) and creates one when there is none or the newest is
// older than rotateAfter. Keys older than rotateAfter + retain are no longer
// trusted (their tokens have long expired) and are removed.
func LoadOrCreateKeys(dir string, now time.Time, rotateAfter, retain time.Duration) (map[string]ed25519.PrivateKey, string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, "", err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, "", err
	}
	type found struct {
		kid     string
		key     ed25519.PrivateKey
		created time.Time
	}
	var keys []found
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".pem") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		info, err := e.Info()
		if err != nil {
			return nil, "", err
		}
		if now.Sub(info.ModTime()) > rotateAfter+retain {
			_ = os.Remove(path)
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, "", err
		}
		block, _ := pem.Decode(b)
		if block == nil {
			return nil, "", fmt.Errorf("token: %s is not PEM", path)
		}
		k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
		if err != nil {
			return nil, "", fmt.Errorf("token: %s: %w", path, err)
		}
		ed, ok := k.(ed25519.PrivateKey)
		if !ok {
			return nil, "", fmt.Errorf("token: %s is not an Ed25519 key", path)
		}
		keys = append(keys, found{strings.TrimSuffix(e.Name(), ".pem"), ed, info.ModTime()})
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].created.After(keys[j].created) })
	if len(keys) == 0 || now.Sub(keys[0].created) > rotateAfter {
		_, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, "", err
		}
		der, err := x509.MarshalPKCS8PrivateKey(priv)
		if err != nil {
			return nil, "", err
		}
		kid := keyID(priv.Public().(ed25519.PublicKey))
		path := filepath.Join(dir, kid+".pem")
		if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600); err != nil {
			return nil, "", err
		}
		keys = append([]found{{kid, priv, now}}, keys...)
	}
	out := make(map[string]ed25519.PrivateKey, len(keys))
	for _, k := range keys {
		out[k.kid] = k.key
	}
	return out, keys[0].kid, nil
}

// keyID derives a key ID from the public key (RFC 7638 style thumbprint,
// shortened): stable across restarts and unique per key.
func keyID(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	return base64.RawURLEncoding.EncodeToString(sum[:12])
}

// NewKeys builds a key set; activeKID signs.
func NewKeys(keys map[string]ed25519.PrivateKey, activeKID, issuer, audience string, lifetime time.Duration, now func() time.Time) (*Keys, error) {
	if lifetime <= 0 || lifetime > MaxAccessLifetime {
		return nil, fmt.Errorf("token: access-token lifetime %v outside (0, %v]", lifetime, MaxAccessLifetime)
	}
	if issuer == "" || audience == "" {
		return nil, errors.New("token: issuer and audience are required")
	}
	k := &Keys{Issuer: issuer, Audience: audience, Lifetime: lifetime, Now: now, all: map[string]signingKey{}}
	for kid, priv := range keys {
		k.all[kid] = signingKey{id: kid, private: priv, public: priv.Public().(ed25519.PublicKey)}
	}
	active, ok := k.all[activeKID]
	if !ok {
		return nil, fmt.Errorf("token: active key %q not in set", activeKID)
	}
	k.active = active
	return k, nil
}

// Issue signs an access token for subject in session sid.
func (k *Keys) Issue(subject, sid string) (string, time.Time, error) {
	now := k.Now()
	exp := now.Add(k.Lifetime)
	jti := make([]byte, 16)
	if _, err := rand.Read(jti); err != nil {
		return "", time.Time{}, err
	}
	claims := Claims{
		SessionID: sid,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    k.Issuer,
			Subject:   subject,
			Audience:  jwt.ClaimStrings{k.Audience},
			ExpiresAt: jwt.NewNumericDate(exp),
			NotBefore: jwt.NewNumericDate(now),
			IssuedAt:  jwt.NewNumericDate(now),
			ID:        base64.RawURLEncoding.EncodeToString(jti),
		},
	}
	t := jwt.NewWithClaims(jwt.SigningMethodEdDSA, claims)
	t.Header["kid"] = k.active.id
	signed, err := t.SignedString(k.active.private)
	return signed, exp, err
}

// Verify parses and validates an access token: the algorithm is pinned to
// EdDSA, the key is chosen by kid, and iss, aud and exp are required and
// checked on every call.
func (k *Keys) Verify(raw string) (*Claims, error) {
	parser := jwt.NewParser(
		jwt.WithValidMethods([]string{signingAlgorithm}),
		jwt.WithIssuer(k.Issuer),
		jwt.WithAudience(k.Audience),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithTimeFunc(k.Now),
		jwt.WithLeeway(5*time.Second),
	)
	claims := &Claims{}
	tok, err := parser.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) {
		kid, _ := t.Header["kid"].(string)
		key, ok := k.all[kid]
		if !ok {
			return nil, errors.New("unknown kid")
		}
		return key.public, nil
	})
	if err != nil {
		return nil, err
	}
	if !tok.Valid || claims.Subject == "" || claims.SessionID == "" {
		return nil, errors.New("token: invalid access token")
	}
	return claims, nil
}

// JWKS returns the public keys as a JSON Web Key Set (RFC 8037 OKP keys).
func (k *Keys) JWKS() map[string]any {
	var keys []map[string]string
	ids := make([]string, 0, len(k.all))
	for id := range k.all {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		keys = append(keys, map[string]string{
			"kty": "OKP", "crv": "Ed25519", "use": "sig", "alg": signingAlgorithm, "kid": id,
			"x": base64.RawURLEncoding.EncodeToString(k.all[id].public),
		})
	}
	return map[string]any{"keys": keys}
}
