// Package gorillacors is a gorilla/mux service with gorilla/handlers CORS.
package gorillacors

import (
	"net/http"

	"github.com/gorilla/handlers"
	"github.com/gorilla/mux"
	"github.com/gorilla/pat"

	"example.com/corsapp/settings"
)

type server struct{}

func (s *server) logout(http.ResponseWriter, *http.Request)        {}
func (s *server) deleteAccount(http.ResponseWriter, *http.Request) {}
func (s *server) revokeToken(http.ResponseWriter, *http.Request)   {}
func (s *server) profile(http.ResponseWriter, *http.Request)       {}
func (s *server) setPassword(http.ResponseWriter, *http.Request)   {}

// Routes registers the handlers.
func Routes(s *server) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/logout", s.logout).Methods("GET")                                                      // want `gorilla/mux .Methods\("GET"\) on "/logout" registers a state-changing action \(logout\) for GET`
	r.HandleFunc("/account/delete", s.deleteAccount).Methods("POST")                                      // fine
	r.HandleFunc("/profile", s.profile).Methods(http.MethodGet)                                           // read-only
	r.Path("/api/tokens/{id}/revoke").Methods(http.MethodGet, http.MethodPost).HandlerFunc(s.revokeToken) // want `\(revocation\) for GET`
	r.HandleFunc("/signout", s.logout)                                                                    // no method: out of scope
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/password/set", s.setPassword).Methods("GET") // want `\(e-mail or password change\) for GET`
	return r
}

// Reflecting allows every origin with credentials through a validator.
func Reflecting(h http.Handler) http.Handler {
	return handlers.CORS(
		handlers.AllowedOriginValidator(func(origin string) bool { return true }), // want `gorilla/handlers AllowedOriginValidator returns true for every origin with AllowCredentials: true`
		handlers.AllowCredentials(),
	)(h)
}

// StarCredentials sends "*" with credentials: low.
func StarCredentials(h http.Handler) http.Handler {
	opts := []handlers.CORSOption{
		handlers.AllowedOrigins([]string{settings.AnyOrigin}), // want `gorilla/handlers allows every origin \("\*"\) together with AllowCredentials\(\)`
		handlers.AllowedMethods([]string{"GET", "POST"}),
		handlers.AllowCredentials(),
	}
	return handlers.CORS(opts...)(h)
}

// DefaultCredentials has no origins: gorilla's default is "*".
func DefaultCredentials(h http.Handler) http.Handler {
	return handlers.CORS(handlers.AllowCredentials())(h) // want `gorilla/handlers.CORS has AllowCredentials\(\) but no AllowedOrigins`
}

var trusted = map[string]bool{settings.FrontendOrigin: true}

// Validated looks the origin up.
func Validated(h http.Handler) http.Handler {
	return handlers.CORS(
		handlers.AllowedOriginValidator(func(origin string) bool { return trusted[origin] }),
		handlers.AllowCredentials(),
	)(h)
}

// Public has no credentials.
func Public(h http.Handler) http.Handler {
	return handlers.CORS(handlers.AllowedOrigins([]string{"*"}))(h)
}

// Listed allows the front ends.
func Listed(h http.Handler) http.Handler {
	return handlers.CORS(
		handlers.AllowedOrigins([]string{settings.FrontendOrigin, settings.AdminOrigin}),
		handlers.AllowCredentials(),
	)(h)
}

// PatRoutes uses gorilla/pat, which sits on gorilla/mux.
func PatRoutes(s *server) *pat.Router {
	p := pat.New()
	p.Get("/logout/{provider}", s.logout) // want `gorilla/pat Get\("/logout/\{provider\}"\) registers a state-changing action \(logout\) for GET`
	p.Get("/profile", s.profile)
	p.Post("/account/delete", s.deleteAccount)
	return p
}
