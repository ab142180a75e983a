// Package csrfapp wraps its router in gorilla/csrf.
package csrfapp

import (
	"net/http"

	"github.com/gorilla/csrf"
)

type Config struct {
	CSRFKey []byte
	Dev     bool
}

// Protect was copied from a local-development example.
func Protect(key []byte, h http.Handler) http.Handler {
	return csrf.Protect(key, csrf.Secure(false), csrf.Path("/"))(h) // want `gorilla/csrf is configured with csrf.Secure\(false\)`
}

// ProtectConfigured decides at run time, and sets other options.
func ProtectConfigured(cfg Config, h http.Handler) http.Handler {
	return csrf.Protect(cfg.CSRFKey,
		csrf.Secure(!cfg.Dev),
		csrf.HttpOnly(false),
		csrf.SameSite(csrf.SameSiteLaxMode),
		csrf.CookieName("_csrf"),
	)(h)
}

// ProtectDefault keeps the default (Secure).
func ProtectDefault(key []byte, h http.Handler) http.Handler {
	return csrf.Protect(key, csrf.Secure(true))(h)
}
