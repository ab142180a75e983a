// Package chicors is a chi service with go-chi/cors.
package chicors

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/cors"

	"example.com/corsapp/settings"
)

// API holds the handlers.
type API struct{}

func (API) Logout(http.ResponseWriter, *http.Request)         {}
func (API) DeleteAccount(http.ResponseWriter, *http.Request)  {}
func (API) Me(http.ResponseWriter, *http.Request)             {}
func (API) RevokeKey(http.ResponseWriter, *http.Request)      {}
func (API) ChangePassword(http.ResponseWriter, *http.Request) {}
func (API) ShowPassword(http.ResponseWriter, *http.Request)   {}
func (API) VerifyEmail(http.ResponseWriter, *http.Request)    {}
func (API) Transfer(http.ResponseWriter, *http.Request)       {}

// Router builds the service's routes.
func Router(api API) http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	r.Use(cors.Handler(cors.Options{
		AllowOriginFunc:  func(r *http.Request, origin string) bool { return true }, // want `go-chi/cors AllowOriginFunc returns true for every origin with AllowCredentials: true`
		AllowedMethods:   []string{"GET", "POST", "DELETE"},
		AllowCredentials: true,
	}))

	r.Get("/logout", api.Logout)                // want `chi Get\("/logout"\) registers a state-changing action \(logout\) for GET`
	r.Post("/auth/logout", api.Logout)          // fine
	r.Get("/me", api.Me)                        // read-only
	r.Get("/account/delete", api.DeleteAccount) // want `\(deletion\) for GET`
	r.Delete("/account", api.DeleteAccount)
	r.Get("/password/change", api.ShowPassword) // also POST below: the GET is the form
	r.Post("/password/change", api.ChangePassword)
	r.Get("/email/verify/{token}", api.VerifyEmail) // a link from a mail
	r.Route("/api/keys", func(r chi.Router) {
		r.Method(http.MethodGet, "/{id}/revoke", http.HandlerFunc(api.RevokeKey)) // want `chi Method\("GET", "/\{id\}/revoke"\) registers a state-changing action \(revocation\)`
		r.Get("/", api.Me)
	})
	r.MethodFunc("POST", "/transfer", api.Transfer)
	r.HandleFunc("/signout", api.Logout) // no method: out of scope
	return r
}

// Public is a public API with the chi cors defaults: "*" without credentials.
func Public() func(http.Handler) http.Handler {
	return cors.AllowAll().Handler
}

// AnyHTTPS allows every https origin, without credentials.
func AnyHTTPS() func(http.Handler) http.Handler {
	return cors.Handler(cors.Options{
		AllowedOrigins: []string{"https://*", "http://*"}, // want `go-chi/cors pattern "https://\*" matches every https origin \(without credentials` `go-chi/cors pattern "http://\*" matches every http origin`
	})
}

// PrefixPattern matches https://app.example.com.attacker.example.
func PrefixPattern() func(http.Handler) http.Handler {
	return cors.Handler(cors.Options{
		AllowedOrigins:   []string{"https://app.example.com*"}, // want `pattern "https://app.example.com\*" also matches https://app.example.com.attacker.example`
		AllowCredentials: true,
	})
}

// Listed allows the front ends with credentials.
func Listed() func(http.Handler) http.Handler {
	return cors.Handler(cors.Options{
		AllowedOrigins:   []string{settings.FrontendOrigin, "https://*.example.com"},
		AllowCredentials: true,
		MaxAge:           300,
	})
}

// StarCredentials is "*" with credentials: low.
func StarCredentials() func(http.Handler) http.Handler {
	opts := cors.Options{AllowedOrigins: []string{"*"}} // want `go-chi/cors allows every origin \("\*"\) together with AllowCredentials: true`
	opts.AllowCredentials = true
	return cors.Handler(opts)
}
