// Package echoapi is an echo service with token authentication.
package echoapi

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func Register(e *echo.Echo) {
	e.GET("/me", Me)
	e.POST("/login", Login)
	e.GET("/search", Search)
}

func Me(c echo.Context) error {
	tok := c.QueryParam("token") // want `token read from the URL query \(token=…\)`
	if tok == "" {
		return echo.ErrUnauthorized
	}
	return c.NoContent(http.StatusOK)
}

func Keys(c echo.Context) error {
	key := c.QueryParams().Get("api_key") // want `API key read from the URL query \(api_key=…\)`
	_ = key
	return nil
}

func Login(c echo.Context) error {
	pass := c.FormValue("password") // want `password read with FormValue in a handler that only accepts POST: .*\?password=… from the URL query.*; use c.Request\(\).PostFormValue, which reads only the request body$`
	user := c.Request().PostFormValue("username")
	_, _ = pass, user
	return c.NoContent(http.StatusNoContent)
}

func Search(c echo.Context) error {
	q := c.QueryParam("q")
	key := c.Request().Header.Get("X-API-Key")
	pw := c.Request().PostFormValue("password")
	_, _, _ = q, key, pw
	return c.JSON(http.StatusOK, map[string]string{"token_type": "Bearer"})
}
