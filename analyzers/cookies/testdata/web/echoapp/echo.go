// Package echoapp is an echo service that logs users in with a cookie.
package echoapp

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

type Server struct {
	Secure bool
}

func newSession() (string, error) { return "s", nil }

func (s *Server) Register(e *echo.Echo) {
	e.POST("/login", s.login)
	e.POST("/logout", s.logout)
	e.GET("/lang/:code", s.lang)
	e.POST("/login2", s.loginConfigured)
}

// login follows echo's cookie guide: new(http.Cookie) and fields.
func (s *Server) login(c echo.Context) error {
	id, err := newSession()
	if err != nil {
		return err
	}
	cookie := new(http.Cookie) // want `cookie "sessionid" is not HttpOnly` `cookie "sessionid" is not Secure` `cookie "sessionid" has no SameSite`
	cookie.Name = "sessionid"
	cookie.Value = id
	cookie.Expires = time.Now().Add(24 * time.Hour)
	c.SetCookie(cookie)
	return c.NoContent(http.StatusNoContent)
}

func (s *Server) loginConfigured(c echo.Context) error {
	id, _ := newSession()
	c.SetCookie(&http.Cookie{Name: "sessionid", Value: id, HttpOnly: true, Secure: s.Secure, SameSite: http.SameSiteStrictMode})
	c.SetCookie(&http.Cookie{Name: "token", Value: id, HttpOnly: true, Secure: true, SameSite: http.SameSiteDefaultMode}) // want `cookie "token" has no SameSite`
	return nil
}

func (s *Server) logout(c echo.Context) error {
	cookie := new(http.Cookie)
	cookie.Name = "sessionid"
	cookie.Value = ""
	cookie.MaxAge = -1
	c.SetCookie(cookie)
	return c.NoContent(http.StatusNoContent)
}

func (s *Server) lang(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "locale", Value: c.Param("code"), Path: "/"})
	c.Response().Header().Set("Set-Cookie", "consent=yes; Path=/")
	c.Response().Header().Add("Set-Cookie", "session="+c.Param("code")+"; Path=/; HttpOnly; Secure") // want `Set-Cookie header "session" has no SameSite`
	return nil
}
