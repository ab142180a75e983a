// Package ginmw sets SameSite in a middleware: gin keeps the mode per
// request, so the handlers' SetCookie calls get it from the chain. The
// analyzer cannot follow the chain and treats SameSite as unknown in a
// package that calls SetSameSite outside the handler.
package ginmw

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func StrictCookies() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.SetSameSite(http.SameSiteStrictMode)
		c.Next()
	}
}

func Login(c *gin.Context) {
	c.SetCookie("session", "opaque", 3600, "/", "", true, true)
}

func Routes(r *gin.Engine) {
	r.Use(StrictCookies())
	r.POST("/login", Login)
}
