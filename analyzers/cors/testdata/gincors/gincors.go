// Package gincors is a gin service with gin-contrib/cors and a
// handwritten CORS middleware.
package gincors

import (
	"net/http"
	"slices"
	"strings"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"

	"example.com/corsapp/settings"
)

// Engine builds the service.
func Engine() *gin.Engine {
	r := gin.New()
	r.Use(cors.New(cors.Config{
		AllowAllOrigins:  true, // want `gin-contrib/cors allows every origin \("\*"\) together with AllowCredentials: true`
		AllowMethods:     []string{"GET", "POST"},
		AllowCredentials: true,
	}))

	r.GET("/logout", logout) // want `gin GET\("/logout"\) registers a state-changing action \(logout\) for GET`
	r.POST("/login", login)
	api := r.Group("/api/v1")
	api.GET("/me", me)
	api.GET("/users/:id/delete", deleteUser) // want `\(deletion\) for GET`
	api.DELETE("/users/:id", deleteUser)
	api.Handle(http.MethodGet, "/wallet/transfer", transfer) // want `gin Handle\("GET", "/wallet/transfer"\) registers a state-changing action \(transfer\)`
	api.GET("/settings/update-email", showEmailPage)         // renders a page
	api.Any("/signout", logout)                              // no single method: out of scope
	return r
}

func logout(c *gin.Context)        { c.Status(http.StatusNoContent) }
func login(c *gin.Context)         {}
func me(c *gin.Context)            {}
func deleteUser(c *gin.Context)    {}
func transfer(c *gin.Context)      {}
func showEmailPage(c *gin.Context) {}

// DefaultThenStar starts from DefaultConfig and opens it up.
func DefaultThenStar() gin.HandlerFunc {
	config := cors.DefaultConfig()
	config.AllowOrigins = []string{"*"} // want `gin-contrib/cors allows every origin`
	config.AllowCredentials = true
	return cors.New(config)
}

// ReflectFunc allows every origin through the context callback.
func ReflectFunc() gin.HandlerFunc {
	return cors.New(cors.Config{
		AllowOriginWithContextFunc: func(c *gin.Context, origin string) bool { return true }, // want `gin-contrib/cors AllowOriginWithContextFunc returns true for every origin with AllowCredentials: true`
		AllowCredentials:           true,
	})
}

// Wildcards uses gin-contrib patterns.
func Wildcards() gin.HandlerFunc {
	return cors.New(cors.Config{
		AllowWildcard:    true,
		AllowOrigins:     []string{"https://*.example.com", "https://*example.org"}, // want `gin-contrib/cors pattern "https://\*example.org" also matches https://attackerexample.org`
		AllowCredentials: true,
	})
}

// NoWildcard: without AllowWildcard, "https://*" is a literal string.
func NoWildcard() gin.HandlerFunc {
	return cors.New(cors.Config{
		AllowOrigins:     []string{"https://*", settings.FrontendOrigin},
		AllowCredentials: true,
	})
}

// Listed is the recommended configuration.
func Listed() gin.HandlerFunc {
	return cors.New(cors.Config{
		AllowOrigins:     []string{settings.FrontendOrigin, settings.AdminOrigin},
		AllowCredentials: true,
	})
}

// PublicAPI allows all origins without credentials.
func PublicAPI() gin.HandlerFunc { return cors.Default() }

// Reflect is a handwritten gin middleware that echoes any origin.
func Reflect() gin.HandlerFunc {
	return func(c *gin.Context) {
		origin := c.GetHeader("Origin")
		c.Header("Access-Control-Allow-Origin", origin) // want `Origin is copied into Access-Control-Allow-Origin without an allowlist check, and Access-Control-Allow-Credentials is true`
		c.Header("Access-Control-Allow-Credentials", "true")
		if c.Request.Method == http.MethodOptions {
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
		c.Next()
	}
}

// Checked is a handwritten gin middleware with an allowlist.
func Checked(allowed []string) gin.HandlerFunc {
	return func(c *gin.Context) {
		origin := strings.TrimSpace(c.Request.Header.Get("Origin"))
		if slices.Contains(allowed, origin) {
			c.Writer.Header().Set("Access-Control-Allow-Origin", origin)
			c.Writer.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		c.Next()
	}
}
