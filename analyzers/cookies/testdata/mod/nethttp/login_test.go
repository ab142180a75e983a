package nethttp

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Test files are not special-cased by the analyzer: the driver decides
// whether to scan them (authcheck only with --tests).
func TestLogin(t *testing.T) {
	rec := httptest.NewRecorder()
	http.SetCookie(rec, &http.Cookie{Name: "session", Value: "test"}) // want `cookie "session" is not HttpOnly` `cookie "session" is not Secure` `cookie "session" has no SameSite`
}
