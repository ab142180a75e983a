// Package rscors configures github.com/rs/cors the ways services do.
package rscors

import (
	"net/http"
	"strings"

	"github.com/rs/cors"

	"example.com/corsapp/settings"
)

// ReflectAll allows every origin with cookies through a callback.
func ReflectAll(h http.Handler) http.Handler {
	c := cors.New(cors.Options{
		AllowOriginFunc:  func(origin string) bool { return true }, // want `rs/cors AllowOriginFunc returns true for every origin with AllowCredentials: true`
		AllowCredentials: true,
	})
	return c.Handler(h)
}

func allowAnyOrigin(r *http.Request, origin string) (bool, []string) {
	return true, nil
}

// VaryFunc uses a named callback, without credentials.
func VaryFunc(h http.Handler) http.Handler {
	return cors.New(cors.Options{
		AllowOriginVaryRequestFunc: allowAnyOrigin, // want `rs/cors AllowOriginVaryRequestFunc returns true for every origin \(without credentials`
	}).Handler(h)
}

// RequestFunc logs and allows, with credentials set later.
func RequestFunc(h http.Handler) http.Handler {
	opts := cors.Options{
		AllowOriginRequestFunc: func(r *http.Request, origin string) bool { // want `AllowOriginRequestFunc returns true for every origin with AllowCredentials: true`
			println("cors", origin)
			return true
		},
	}
	opts.AllowCredentials = true
	return cors.New(opts).Handler(h)
}

// AnyHTTPS matches every https origin.
func AnyHTTPS(h http.Handler) http.Handler {
	return cors.New(cors.Options{
		AllowedOrigins:   []string{"https://*"}, // want `rs/cors pattern "https://\*" matches every https origin with AllowCredentials: true`
		AllowCredentials: true,
	}).Handler(h)
}

// MissingDot matches https://evilexample.com.
func MissingDot(h http.Handler) http.Handler {
	return cors.New(cors.Options{
		AllowedOrigins:   []string{"https://*example.com", settings.FrontendOrigin}, // want `pattern "https://\*example.com" also matches https://attackerexample.com: put a dot before the domain`
		AllowCredentials: true,
	}).Handler(h)
}

// Null lets sandboxed frames in.
func Null(h http.Handler) http.Handler {
	return cors.New(cors.Options{
		AllowedOrigins:   []string{settings.FrontendOrigin, settings.SandboxOrigin}, // want `rs/cors allows the "null" origin`
		AllowCredentials: true,
	}).Handler(h)
}

var publicOrigins = []string{settings.AnyOrigin} // want `rs/cors allows every origin \("\*"\) together with AllowCredentials: true`

// StarWithCredentials: rs/cors sends a literal "*", browsers refuse it.
func StarWithCredentials(h http.Handler) http.Handler {
	return cors.New(cors.Options{
		AllowedOrigins:   publicOrigins,
		AllowCredentials: settings.Credentials,
	}).Handler(h)
}

// DefaultOrigins with credentials: the default is "*".
func DefaultOrigins(h http.Handler) http.Handler {
	return cors.New(cors.Options{
		AllowedMethods:   []string{http.MethodGet, http.MethodPost},
		AllowCredentials: true, // want `rs/cors has AllowCredentials: true but no AllowedOrigins, and its default is "\*"`
	}).Handler(h)
}

// --- negatives ---

// Public is a read-only public API.
func Public(h http.Handler) http.Handler { return cors.AllowAll().Handler(h) }

// Defaults are "*" without credentials.
func Defaults(h http.Handler) http.Handler { return cors.Default().Handler(h) }

// StarNoCredentials is a public API.
func StarNoCredentials(h http.Handler) http.Handler {
	return cors.New(cors.Options{AllowedOrigins: []string{"*"}}).Handler(h)
}

// Exact lists the front ends.
func Exact(h http.Handler) http.Handler {
	return cors.New(cors.Options{
		AllowedOrigins:   []string{settings.FrontendOrigin, settings.AdminOrigin, "https://*.example.com", "http://localhost:*"},
		AllowCredentials: true,
	}).Handler(h)
}

// Loaded takes everything from the environment: no evidence.
func Loaded(h http.Handler) http.Handler {
	cfg := settings.LoadCORS()
	return cors.New(cors.Options{
		AllowedOrigins:   cfg.AllowedOrigins,
		AllowCredentials: cfg.AllowCredentials,
	}).Handler(h)
}

// LoadedStar: the list is "*" but credentials come from the environment.
func LoadedStar(h http.Handler) http.Handler {
	cfg := settings.LoadCORS()
	return cors.New(cors.Options{
		AllowedOrigins:   []string{"*"},
		AllowCredentials: cfg.AllowCredentials,
	}).Handler(h)
}

var trusted = map[string]bool{settings.FrontendOrigin: true}

// CheckedFunc looks the origin up.
func CheckedFunc(h http.Handler) http.Handler {
	return cors.New(cors.Options{
		AllowOriginFunc:  func(origin string) bool { return trusted[strings.ToLower(origin)] },
		AllowCredentials: true,
	}).Handler(h)
}

// FactoryFunc gets its callback from a constructor: not followed.
func FactoryFunc(h http.Handler, allow func(string) bool) http.Handler {
	return cors.New(cors.Options{AllowOriginFunc: allow, AllowCredentials: true}).Handler(h)
}

// Provider overlays configured origins on the defaults it is given.
type Provider interface {
	CORS(prefix string, defaults cors.Options) (cors.Options, bool)
}

// WithDefaults hands credentials-only defaults to the configuration
// provider, which fills in the allowed origins: no evidence of "*".
func WithDefaults(p Provider) (cors.Options, bool) {
	return p.CORS("serve.public", cors.Options{
		AllowedMethods:   []string{"GET", "POST"},
		AllowCredentials: true,
	})
}

// baseOptions are completed by the caller.
func baseOptions() cors.Options {
	opts := cors.Options{AllowCredentials: true}
	return opts
}

var _ = baseOptions
