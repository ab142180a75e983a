// Package webhook validates signed webhook deliveries (GitHub, Stripe,
// Slack style).
package webhook

import (
	"bytes"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

var errBadSignature = errors.New("webhook: bad signature")

// Validator checks deliveries signed with a shared secret.
type Validator struct {
	Secret       []byte
	lastDelivery string
}

// ValidateGitHub checks X-Hub-Signature-256: sha256=<hex HMAC of the body>.
func (v *Validator) ValidateGitHub(r *http.Request) ([]byte, error) {
	if r.Header.Get("X-GitHub-Event") != "push" { // constant: fine
		return nil, errors.New("webhook: unexpected event")
	}
	sig := r.Header.Get("X-Hub-Signature-256")
	if sig == "" || len(sig) != len("sha256=")+64 { // empty string and lengths: fine
		return nil, errBadSignature
	}
	if delivery := r.Header.Get("X-GitHub-Delivery"); delivery == v.lastDelivery { // a delivery ID is not a secret
		return nil, errors.New("webhook: replayed delivery")
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	mac := hmac.New(sha256.New, v.Secret)
	mac.Write(body)
	expected := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	if sig != expected { // want `HMAC digest expected \(from mac.Sum\(nil\)\) compared with sig using !=: .*forged byte by byte; use !hmac.Equal\(\[\]byte\(sig\), \[\]byte\(expected\)\)`
		return nil, errBadSignature
	}
	return body, nil
}

// ValidateGitHubInline compares the header against the digest in one
// expression.
func (v *Validator) ValidateGitHubInline(r *http.Request, body []byte) bool {
	mac := hmac.New(sha256.New, v.Secret)
	mac.Write(body)
	return r.Header.Get("X-Hub-Signature-256") == "sha256="+hex.EncodeToString(mac.Sum(nil)) // want `HMAC digest .* compared with r.Header.Get\("X-Hub-Signature-256"\) using ==: .*forged byte by byte`
}

// ValidateGitHubRaw decodes the signature and compares bytes.
func (v *Validator) ValidateGitHubRaw(r *http.Request, body []byte) error {
	got, err := hex.DecodeString(strings.TrimPrefix(r.Header.Get("X-Hub-Signature-256"), "sha256="))
	if err != nil {
		return err
	}
	mac := hmac.New(sha256.New, v.Secret)
	mac.Write(body)
	sum := mac.Sum(nil)
	if !bytes.Equal(sum, got) { // want `HMAC digest sum .* compared with got using bytes.Equal: .*forged byte by byte; use !hmac.Equal\(sum, got\)`
		return errBadSignature
	}
	return nil
}

// ValidateGitHubCorrect is the right way: decode, then hmac.Equal.
func (v *Validator) ValidateGitHubCorrect(r *http.Request, body []byte) error {
	got, err := hex.DecodeString(strings.TrimPrefix(r.Header.Get("X-Hub-Signature-256"), "sha256="))
	if err != nil {
		return err
	}
	mac := hmac.New(sha256.New, v.Secret)
	mac.Write(body)
	if !hmac.Equal(got, mac.Sum(nil)) {
		return errBadSignature
	}
	return nil
}

// computeSignature is Stripe's scheme: HMAC-SHA256 of "<timestamp>.<payload>".
func computeSignature(secret []byte, t time.Time, payload []byte) string {
	mac := hmac.New(sha256.New, secret)
	fmt.Fprintf(mac, "%d.", t.Unix())
	mac.Write(payload)
	return hex.EncodeToString(mac.Sum(nil))
}

// ValidateStripe checks a Stripe-Signature header: t=<unix>,v1=<hex>,….
func ValidateStripe(header string, payload, secret []byte, tolerance time.Duration) error {
	var ts time.Time
	var sigs []string
	for _, part := range strings.Split(header, ",") {
		k, val, _ := strings.Cut(part, "=")
		switch k { // the switch tag is a key name, not a secret
		case "t":
			n, err := strconv.ParseInt(val, 10, 64)
			if err != nil {
				return err
			}
			ts = time.Unix(n, 0)
		case "v1":
			sigs = append(sigs, val)
		}
	}
	if time.Since(ts) > tolerance {
		return errors.New("webhook: timestamp outside tolerance")
	}
	expected := computeSignature(secret, ts, payload)
	for _, sig := range sigs {
		if sig == expected { // want `signature expected \(from computeSignature\(secret, ts, payload\)\) compared with sig using ==: .*forged byte by byte`
			return nil
		}
	}
	return errBadSignature
}

// ValidateSlack checks X-Slack-Signature correctly, and the timestamp,
// which is not a secret.
func ValidateSlack(r *http.Request, body, secret []byte, lastTimestamp string) error {
	ts := r.Header.Get("X-Slack-Request-Timestamp")
	if ts == lastTimestamp { // a timestamp is not a secret
		return errors.New("webhook: replay")
	}
	mac := hmac.New(sha256.New, secret)
	io.WriteString(mac, "v0:"+ts+":")
	mac.Write(body)
	expected := "v0=" + hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(r.Header.Get("X-Slack-Signature")), []byte(expected)) {
		return errBadSignature
	}
	return nil
}

// SameDeterministicSignature compares ed25519 signatures, which anyone
// with the public key can check: public values, not MACs.
func SameDeterministicSignature(priv ed25519.PrivateKey, msg, publishedSig []byte) bool {
	sig := ed25519.Sign(priv, msg)
	return bytes.Equal(sig, publishedSig)
}
