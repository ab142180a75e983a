// Package echo is a stub of github.com/labstack/echo/v4 with the real
// signatures of the methods the analyzer looks at.
package echo

import (
	"net/http"
	"net/url"
)

type Context interface {
	Request() *http.Request
	QueryParam(name string) string
	QueryParams() url.Values
	FormValue(name string) string
	Param(name string) string
	JSON(code int, i interface{}) error
	String(code int, s string) error
	Redirect(code int, url string) error
	NoContent(code int) error
}

type HandlerFunc func(c Context) error

type Echo struct{}

func New() *Echo { return &Echo{} }

type MiddlewareFunc func(next HandlerFunc) HandlerFunc

type Route struct{}

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return nil }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

var ErrUnauthorized = &HTTPError{Code: http.StatusUnauthorized}

type HTTPError struct{ Code int }

func (he *HTTPError) Error() string { return http.StatusText(he.Code) }
