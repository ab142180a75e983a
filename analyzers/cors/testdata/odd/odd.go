// Package odd holds unusual but valid code the analyzer must survive
// without guessing.
package odd

import (
	"net/http"

	"github.com/rs/cors"
)

// SetOrigin writes an origin its caller chose: no evidence of reflection.
func SetOrigin(w http.ResponseWriter, origin string) {
	w.Header().Set("Access-Control-Allow-Origin", origin)
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

// Positional literals and nil callbacks.
var (
	_ = cors.Options{AllowOriginFunc: nil, AllowedOrigins: []string{"https://app.example.com"}, AllowCredentials: true}
	_ = &cors.Options{AllowCredentials: true}
)

// Recursive validators must not loop.
func ping(origin string) bool { return pong(origin) }
func pong(origin string) bool { return ping(origin) }

// Recursive uses the recursive validator.
func Recursive(h http.Handler) http.Handler {
	return cors.New(cors.Options{AllowOriginFunc: ping, AllowCredentials: true}).Handler(h)
}

// Validator is a function variable assigned twice: not followed.
var Validator = func(string) bool { return true }

func init() { Validator = func(o string) bool { return o == "https://app.example.com" } }

// Variable uses it.
func Variable(h http.Handler) http.Handler {
	return cors.New(cors.Options{AllowOriginFunc: Validator, AllowCredentials: true}).Handler(h)
}

// Generic middleware.
type Chain[T any] struct{ items []T }

func (c *Chain[T]) Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if len(c.items) > 0 {
			w.Header().Set("Access-Control-Allow-Origin", origin) // want `without an allowlist check \(no credentials`
		}
		h.ServeHTTP(w, r)
	})
}

// Reassigned origin: the value is no longer the raw header.
func Reassigned(w http.ResponseWriter, r *http.Request, fallback string) {
	origin := r.Header.Get("Origin")
	if origin == "" {
		origin = fallback
	}
	w.Header().Set("Access-Control-Allow-Origin", origin)
}
