// Package echocors is an echo service with echo's CORS middleware.
package echocors

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"example.com/corsapp/settings"
)

// New builds the service.
func New() *echo.Echo {
	e := echo.New()
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins:     []string{"*"}, // want `echo allows every origin \("\*"\) together with AllowCredentials: true`
		AllowCredentials: true,
	}))
	e.GET("/logout", logout) // want `echo GET\("/logout"\) registers a state-changing action \(logout\) for GET`
	e.POST("/api/logout", logoutPost)
	g := e.Group("/api")
	g.GET("/tokens/:id/revoke", revoke) // want `\(revocation\) for GET`
	g.GET("/tokens", list)
	e.Add(http.MethodGet, "/account/deactivate", deactivate) // want `echo Add\("GET", "/account/deactivate"\) registers a state-changing action \(deletion\)`
	e.Add(http.MethodPost, "/account/delete", deactivate)
	return e
}

func logout(c echo.Context) error     { return nil }
func logoutPost(c echo.Context) error { return nil }
func revoke(c echo.Context) error     { return nil }
func list(c echo.Context) error       { return nil }
func deactivate(c echo.Context) error { return nil }

// Unsafe reflects every origin with credentials.
func Unsafe() echo.MiddlewareFunc {
	return middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins:                             []string{"*"},
		AllowCredentials:                         true,
		UnsafeWildcardOriginWithAllowCredentials: true, // want `echo with UnsafeWildcardOriginWithAllowCredentials and AllowCredentials echoes every origin with credentials`
	})
}

// OriginFunc allows every origin, without credentials.
func OriginFunc() echo.MiddlewareFunc {
	return middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOriginFunc: func(origin string) (bool, error) { return true, nil }, // want `echo AllowOriginFunc returns true for every origin \(without credentials`
	})
}

// Public: echo's default CORS is "*" without credentials.
func Public() echo.MiddlewareFunc { return middleware.CORS() }

// Listed allows the front end.
func Listed() echo.MiddlewareFunc {
	return middleware.CORSWithConfig(middleware.CORSConfig{
		AllowOrigins:     []string{settings.FrontendOrigin},
		AllowCredentials: true,
	})
}

// Handwritten checks the origin exactly before echoing it.
func Handwritten(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		origin := c.Request().Header.Get(echo.HeaderOrigin)
		if origin == settings.FrontendOrigin {
			c.Response().Header().Set(echo.HeaderAccessControlAllowOrigin, origin)
			c.Response().Header().Set(echo.HeaderAccessControlAllowCredentials, "true")
		}
		return next(c)
	}
}

// HandwrittenReflect echoes any origin.
func HandwrittenReflect(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		c.Response().Header().Set(echo.HeaderAccessControlAllowOrigin, c.Request().Header.Get(echo.HeaderOrigin)) // want `without an allowlist check \(no credentials`
		return next(c)
	}
}
