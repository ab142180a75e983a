// Package signup holds the HTTP handlers for registration and login.
package signup

import (
	"crypto"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"net/http"
	"os"
	"strings"

	"example.com/shop/hashutil"
	"golang.org/x/crypto/blake2b"
)

type signupRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

var pepper = []byte(os.Getenv("PASSWORD_PEPPER"))

const siteSalt = "shop-2016"

// hashPassword is this package's legacy helper: its name says it hashes
// passwords (reported here), and callers passing a password are reported too.
func hashPassword(p string) string {
	s := sha256.Sum256([]byte(p)) // want `\[AC101\] parameter p of hashPassword is hashed with SHA-256, a fast hash`
	return hex.EncodeToString(s[:])
}

// saltedDigest is a generic helper: only its callers can tell what it
// hashes.
func saltedDigest(salt, value string) string {
	return hashPassword(salt + value)
}

func handleSignup(w http.ResponseWriter, r *http.Request) {
	var req signupRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	sum := sha256.Sum256([]byte(req.Password)) // want `\[AC101\] a password \(req.Password\) is hashed with SHA-256, a fast hash: use argon2id \(argon2.IDKey\), scrypt or bcrypt for passwords`
	store(req.Email, hex.EncodeToString(sum[:]))

	// hashPassword, saltedDigest (through hashPassword) and
	// hashutil.HashPassword report their own password parameter: one flow
	// is reported once, inside the helper, where the fix goes.
	store(req.Email, hashPassword(req.Password))
	store(req.Email, hashutil.Digest(req.Password)) // want `\[AC101\] a password \(req.Password\) is passed to hashutil.Digest, which hashes it with SHA-256`
	store(req.Email, saltedDigest(siteSalt, req.Password))
	store(req.Email, hashutil.HashPassword(req.Password, siteSalt))
}

func handleFormSignup(w http.ResponseWriter, r *http.Request) {
	pw := r.FormValue("password")
	salted := siteSalt + pw
	h := sha1.New()
	io.WriteString(h, salted) // want `\[AC101\] a password \(pw\) is hashed with SHA-1, a fast hash`
	store(r.FormValue("email"), hex.EncodeToString(h.Sum(nil)))

	h2 := sha512.New()
	fmt.Fprintf(h2, "%s:%s", r.FormValue("email"), r.PostFormValue("password")) // want `\[AC101\] a password \(r.PostFormValue\("password"\)\) is hashed with SHA-512`
	store(r.FormValue("email"), hex.EncodeToString(h2.Sum(nil)))
}

func handleLogin(w http.ResponseWriter, r *http.Request) {
	password := r.PostFormValue("password")
	mac := hmac.New(sha256.New, pepper)
	mac.Write([]byte(password)) // want `\[AC101\] a password \(password\) is hashed with HMAC-SHA-256, a fast hash`
	check(r.FormValue("email"), mac.Sum(nil))

	keyed := hmac.New(sha512.New, []byte(password)) // want `\[AC101\] a password \(password\) is hashed with HMAC-SHA-512`
	keyed.Write([]byte(r.FormValue("email")))
	check(r.FormValue("email"), keyed.Sum(nil))

	hmac.New(sha256.New, pepper).Write([]byte(r.FormValue("password"))) // want `\[AC101\] a password \(r.FormValue\("password"\)\) is hashed with HMAC-SHA-256`

	encKey, _ := hkdf.Key(sha256.New, []byte(password), pepper, "vault key", 32) // want `\[AC101\] a password \(password\) is hashed with HKDF-SHA-256, a fast hash`
	_ = encKey

	signer := hashutil.NewSigner(pepper)
	check(r.FormValue("email"), signer.Sign([]byte(password))) // want `\[AC101\] a password \(password\) is passed to hashutil.Signer.Sign, which hashes it with HMAC-SHA-256`
}

func handleAPILogin(w http.ResponseWriter, r *http.Request) {
	var creds map[string]string
	_ = json.NewDecoder(r.Body).Decode(&creds)
	d := sha3.Sum256([]byte(creds["passphrase"])) // want `\[AC101\] a password \(creds\["passphrase"\]\) is hashed with SHA3-256`
	check(creds["user"], d[:])
	h := crypto.SHA1.New()
	h.Write([]byte(creds["password"])) // want `\[AC101\] a password \(creds\["password"\]\) is hashed with SHA-1`
	check(creds["user"], h.Sum(nil))
	b := blake2b.Sum256([]byte(creds["password"])) // want `\[AC101\] a password \(creds\["password"\]\) is hashed with BLAKE2b-256`
	check(creds["user"], b[:])
}

// legacyVerifier checks passwords of accounts imported from the old PHP
// shop, whose hash function is configured at start-up.
type legacyVerifier struct {
	h    hash.Hash
	salt []byte
}

func (v *legacyVerifier) matches(storedHex, password string) bool {
	v.h.Reset()
	v.h.Write(v.salt)
	v.h.Write([]byte(strings.TrimSpace(password))) // want `\[AC101\] a password \(password\) is hashed with a hash.Hash, a fast hash`
	return hex.EncodeToString(v.h.Sum(nil)) == storedHex
}

func handleCacheKeys(w http.ResponseWriter, r *http.Request) {
	var req signupRequest
	_ = json.NewDecoder(r.Body).Decode(&req)
	store(req.Email, hashutil.Join(req.Email, "signup"))
	store(req.Email, hashutil.Join(req.Email, strings.ToLower(req.Password))) // want `\[AC101\] a password \(req.Password\) is passed to hashutil.Join, which hashes it with SHA-256`
	parts := []string{req.Email, "v2"}
	store(req.Email, hashutil.Join(parts...))
}

// Hard negatives in the same handlers: hashing non-passwords.
func handleVerify(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("token")
	sum := sha256.Sum256([]byte(token)) // a random token: SHA-256 is correct
	check(r.FormValue("email"), sum[:])

	emailDigest := hashPassword(r.FormValue("email")) // a helper misused, but not on a password
	store(r.FormValue("email"), emailDigest)

	store(r.FormValue("email"), saltedDigest(siteSalt, r.FormValue("password_hash")))

	mac := hmac.New(sha256.New, pepper)
	mac.Write([]byte(r.FormValue("password_reset_token"))) // a reset token, not a password
	check(r.FormValue("email"), mac.Sum(nil))

	h := sha256.New()
	for pass := 0; pass < 3; pass++ {
		fmt.Fprintf(h, "%d", pass) // an int named pass is not a password
	}
	check(r.FormValue("email"), h.Sum(nil))

	policy := os.Getenv("PASSWORD_POLICY")
	p := sha1.Sum([]byte(policy))
	check("policy", p[:])
}

func store(email, hash string)          {}
func check(email string, digest []byte) {}
