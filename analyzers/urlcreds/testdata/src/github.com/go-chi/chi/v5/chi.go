// Package chi is a stub of github.com/go-chi/chi/v5 with the real signatures.
package chi

import "net/http"

// Mux is a router.
type Mux struct{}

// NewRouter returns a new Mux.
func NewRouter() *Mux { return &Mux{} }

func (mx *Mux) Get(pattern string, handlerFn http.HandlerFunc)                {}
func (mx *Mux) Post(pattern string, handlerFn http.HandlerFunc)               {}
func (mx *Mux) HandleFunc(pattern string, handlerFn http.HandlerFunc)         {}
func (mx *Mux) Method(method, pattern string, handler http.Handler)           {}
func (mx *Mux) MethodFunc(method, pattern string, handlerFn http.HandlerFunc) {}
