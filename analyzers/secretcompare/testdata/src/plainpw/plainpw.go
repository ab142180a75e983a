// Package plainpw authenticates users whose passwords, or fast hashes of
// them, are compared with ==, and verifies one-time codes.
package plainpw

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
)

// User is a stored account.
type User struct {
	Name         string
	Password     string // plaintext, legacy
	PasswordHash string // hex SHA-256, legacy
	PIN          string
}

// Credentials is a login request.
type Credentials struct {
	Username string
	Password string
}

var expectedPassword = "hunter2"

// AdminLogin checks a password against configuration: leaks.
func AdminLogin(creds Credentials) error {
	if expectedPassword != creds.Password { // want `password expectedPassword compared with creds.Password using !=`
		return errors.New("denied")
	}
	return nil
}

// Login checks a stored plaintext password: leaks.
func Login(u *User, password string) bool {
	return u.Password == password // want `password u.Password compared with password using ==`
}

// LoginHashed compares a fast hash of the password with ==: leaks.
func LoginHashed(u *User, password string) bool {
	sum := sha256.Sum256([]byte(password))
	return hex.EncodeToString(sum[:]) == u.PasswordHash // want `compared with u.PasswordHash using ==`
}

// ChangePassword compares the two new passwords the user typed: fine.
func ChangePassword(r *http.Request) error {
	newPassword := r.PostFormValue("new_password")
	confirmPassword := r.PostFormValue("confirm_password")
	if newPassword != confirmPassword { // both from the request: fine
		return errors.New("passwords differ")
	}
	return nil
}

// VerifyTOTP compares the typed code with the expected one as strings: leaks.
func VerifyTOTP(code, expectedCode string) bool {
	return code == expectedCode // want `one-time code code compared with expectedCode using ==`
}

// CheckPIN compares a card PIN: leaks.
func CheckPIN(u *User, pin string) bool {
	return pin == u.PIN // want `one-time code pin compared with u.PIN using ==`
}

// Response is an upstream API response.
type Response struct{ Code string }

// Retryable compares status codes, which are not one-time codes.
func Retryable(resp Response, retryCode string) bool {
	return resp.Code == retryCode // fine: not an OTP context
}

// VerifyEmailAddress compares error codes of a mail provider.
func VerifyEmailAddress(errorCode, lastErrorCode string) bool {
	return errorCode == lastErrorCode // error codes: fine
}

// CodeChallenge is a PKCE challenge from an authorization request.
type CodeChallenge struct{ Challenge, Method string }

// VerifyCodeChallenge checks a plain PKCE verifier: the challenge came
// from the client through the browser, it is not a one-time code.
func VerifyCodeChallenge(c *CodeChallenge, codeVerifier string) bool {
	return codeVerifier == c.Challenge // PKCE: fine
}

// restorePassword is client code: it compares two copies of a password it
// holds itself, in a function that authenticates no one.
func restorePassword(u *User, current string) bool {
	return current == u.Password // not an authentication check: fine
}
