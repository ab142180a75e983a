// Package identifiers holds session, token and client stores whose
// comparisons involve identifiers, not secrets, next to the ones that do
// compare secrets.
package identifiers

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/google/uuid"
)

// Session is a server-side session; its ID is a UUID, its Token the
// bearer credential.
type Session struct {
	ID       uuid.UUID
	Token    string
	Identity string
}

// Sessions is the session store.
type Sessions struct{ byID map[uuid.UUID]*Session }

// RevokeHandler revokes a session named in the URL path: the UUID from the
// path is a lookup key, not a secret.
func (s *Sessions) RevokeHandler(w http.ResponseWriter, r *http.Request, current *Session) {
	sessionID, err := uuid.Parse(chi.URLParam(r, "id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if current.ID == sessionID { // UUIDs: fine
		http.Error(w, "cannot revoke the current session", http.StatusConflict)
		return
	}
	delete(s.byID, sessionID)
}

// OwnsSession compares the raw path segment with the session's identity.
func (s *Sessions) OwnsSession(r *http.Request, sess *Session) bool {
	sessionID := chi.URLParam(r, "session_id")
	return sess.Identity == sessionID // an identifier from the URL path: fine
}

// VerifyToken still compares the bearer token: leaks.
func (s *Sessions) VerifyToken(sess *Session, presented string) bool {
	return sess.Token == presented // want `secret sess.Token compared with presented using ==`
}

// TokenRecord is a stored refresh token.
type TokenRecord struct {
	TokenID   string // the jti
	KeyID     string
	ClientID  string
	Signature string // HMAC of the token, the credential's verifier
}

// Revoked reports whether a token's ID is on the revocation list: token IDs
// (jti) and key IDs identify, they do not authenticate.
func Revoked(rec *TokenRecord, revokedTokenID, jti, accessKeyID string, claims map[string]any) bool {
	if rec.TokenID == revokedTokenID || rec.TokenID == jti { // token IDs: fine
		return true
	}
	if rec.KeyID == accessKeyID { // key IDs: fine
		return true
	}
	return claims["jti"] == rec.TokenID // fine
}

// SameSignature compares the stored verifier with a presented one: leaks.
func SameSignature(rec *TokenRecord, presented string) bool {
	return rec.Signature == presented // want `secret rec.Signature compared with presented using ==`
}

// Client is a registered OAuth client.
type Client struct {
	ID     string
	Secret string
}

// clientCredentials reads HTTP Basic credentials of a client.
func clientCredentials(r *http.Request) (clientID, clientSecret string, err error) {
	id, secret, ok := r.BasicAuth()
	if !ok {
		return "", "", errors.New("no client credentials")
	}
	return id, secret, nil
}

// Authenticate looks a client up by its public ID, then checks its secret:
// only the secret comparison leaks.
func Authenticate(r *http.Request, c *Client) error {
	clientID, clientSecret, err := clientCredentials(r)
	if err != nil {
		return err
	}
	if clientID != c.ID { // a public client ID: fine
		return errors.New("unknown client")
	}
	if clientSecret != c.Secret { // want `secret clientSecret compared with c.Secret using !=`
		return errors.New("bad client secret")
	}
	return nil
}

// PublicKey is an SSH-style public key.
type PublicKey struct{ fp [32]byte }

// Signature renders the key's fingerprint for display.
func (k PublicKey) Signature() string { return fmt.Sprintf("SHA256:%x", k.fp) }

// SameKey compares two keys' printable fingerprints: public.
func SameKey(a, b PublicKey) bool {
	return a.Signature() == b.Signature() // fingerprints of public keys: fine
}

// CSRFCheck compares the header copy with the double-submit cookie: both
// come from the same request, no server-held secret is involved.
func CSRFCheck(r *http.Request) bool {
	cookie, err := r.Cookie("csrf_token")
	if err != nil {
		return false
	}
	return r.Header.Get("X-CSRF-Token") == cookie.Value // both from the request: fine
}

// signupRequest is the body of a sign-up.
type signupRequest struct {
	Email           string `json:"email"`
	Password        string `json:"password"`
	PasswordConfirm string `json:"password_confirm"`
}

// Signup checks the two passwords the user typed against each other.
func Signup(w http.ResponseWriter, r *http.Request) {
	var req signupRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if req.Password != req.PasswordConfirm { // both typed by the user: fine
		http.Error(w, "passwords differ", http.StatusBadRequest)
		return
	}
	if req.Password == req.Email { // a policy check: fine
		http.Error(w, "password equals e-mail", http.StatusBadRequest)
	}
}

// BearerMiddleware holds the configured scheme.
type BearerMiddleware struct{ TokenHeadName string }

// tokenFromHeader splits the Authorization header: the first part is the
// scheme, compared with configuration, not a secret.
func (m *BearerMiddleware) tokenFromHeader(r *http.Request) (string, bool) {
	authHeader := r.Header.Get("Authorization")
	parts := strings.SplitN(authHeader, " ", 2)
	if len(parts) != 2 || parts[0] != m.TokenHeadName { // a scheme: fine
		return "", false
	}
	return parts[1], true
}

// IDClaims are the claims of an OIDC ID token.
type IDClaims struct {
	Nonce           string
	AccessTokenHash string
}

// VerifyAtHash checks the at_hash claim, which the ID token carries in
// the clear: public to the token's holder.
func VerifyAtHash(c *IDClaims, accessToken string) bool {
	sum := sha256.Sum256([]byte(accessToken))
	actual := base64.RawURLEncoding.EncodeToString(sum[:16])
	return actual == c.AccessTokenHash // the at_hash claim: fine
}

// Callback checks the ID token's nonce against the nonce cookie the same
// client sent: the client holds the value already.
func Callback(r *http.Request, c *IDClaims) bool {
	nonce, err := r.Cookie("nonce")
	if err != nil {
		return false
	}
	return c.Nonce == nonce.Value // nonce from the client's own cookie: fine
}

// accessTokenFromRequest reads the bearer token of r.
func accessTokenFromRequest(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// Introspect refuses to introspect the caller's own token: both values
// come from the same request.
func Introspect(r *http.Request) bool {
	token := r.PostFormValue("token")
	if clientToken := accessTokenFromRequest(r); clientToken != "" {
		return token == clientToken // both from the request: fine
	}
	return false
}

// KeySet verifies JWS signatures.
type KeySet interface {
	VerifySignature(jws string) ([]byte, error)
}

// CheckPayload compares the verified payload with the token's payload
// segment: public data.
func CheckPayload(set KeySet, jws string, payload []byte) bool {
	signedPayload, err := set.VerifySignature(jws)
	return err == nil && bytes.Equal(signedPayload, payload) // a verified payload: fine
}
