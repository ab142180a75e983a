// Package apikey authenticates API clients by key, bearer token or basic
// auth.
package apikey

import (
	"net/http"
	"os"
	"strings"
)

// Config holds the credentials the service accepts.
type Config struct {
	APIKey       string
	KeyPrefix    string
	AdminToken   string
	MaxKeyLength int
}

// RequireAPIKey checks the X-Api-Key header against the configured key.
func RequireAPIKey(cfg Config, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Api-Key")
		if key == "" { // empty string: fine
			http.Error(w, "missing API key", http.StatusUnauthorized)
			return
		}
		if len(key) > cfg.MaxKeyLength { // lengths: fine
			http.Error(w, "malformed API key", http.StatusUnauthorized)
			return
		}
		if !strings.HasPrefix(key, cfg.KeyPrefix) { // not an equality test
			http.Error(w, "malformed API key", http.StatusUnauthorized)
			return
		}
		if keyPrefix := key[:len(cfg.KeyPrefix)]; keyPrefix != cfg.KeyPrefix { // a prefix is metadata
			http.Error(w, "malformed API key", http.StatusUnauthorized)
			return
		}
		if key != cfg.APIKey { // want `secret key \(from r.Header.Get\("X-Api-Key"\)\) compared with cfg.APIKey using !=: the time taken leaks how many leading bytes match; use subtle.ConstantTimeCompare\(\[\]byte\(key\), \[\]byte\(cfg.APIKey\)\) != 1`
			http.Error(w, "invalid API key", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// RequireBearer checks "Authorization: Bearer <token>".
func RequireBearer(adminToken string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		scheme, cred, ok := strings.Cut(auth, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") { // the scheme, against a constant: fine
			http.Error(w, "bearer token required", http.StatusUnauthorized)
			return
		}
		if authScheme := scheme; authScheme == r.URL.Query().Get("expected_scheme") { // a scheme is metadata
			return
		}
		if cred != adminToken { // want `secret cred \(from r.Header.Get\("Authorization"\)\) compared with adminToken using !=`
			http.Error(w, "invalid token", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// IsAdmin trims the scheme with strings.TrimPrefix.
func IsAdmin(r *http.Request, cfg Config) bool {
	token := strings.TrimSpace(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
	return token == cfg.AdminToken // want `secret token compared with cfg.AdminToken using ==`
}

// RequireBasic checks HTTP basic auth. The user name is not a secret; the
// password is.
func RequireBasic(user, pass string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, p, ok := r.BasicAuth()
		if !ok || u != user || p != pass { // want `password p \(from r.BasicAuth\(\)\) compared with pass using !=`
			w.Header().Set("WWW-Authenticate", `Basic realm="api"`)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Route dispatches on the request, not on credentials.
func Route(r *http.Request, cfg Config) string {
	if r.Method != http.MethodPost { // constants: fine
		return "read"
	}
	if r.URL.Path == r.Header.Get("X-Original-Path") { // not secrets
		return "same"
	}
	if r.Header.Get("Content-Type") == r.Header.Get("Accept") { // not secrets
		return "echo"
	}
	if r.Header.Get("Authorization") == "" { // empty string: fine
		return "anonymous"
	}
	return "write"
}

// IsOperator checks a key configured in the environment.
func IsOperator(r *http.Request) bool {
	if os.Getenv("APP_ENV") == r.Header.Get("X-Env") { // not secrets
		return false
	}
	return r.Header.Get("X-Operator-Key") == os.Getenv("OPERATOR_API_KEY") // want `secret os.Getenv\("OPERATOR_API_KEY"\) compared with r.Header.Get\("X-Operator-Key"\) using ==`
}
