// Package hstsmw sets security headers in net/http, gin and echo
// middleware.
package hstsmw

import (
	"fmt"
	"net/http"

	"github.com/gin-contrib/secure"
	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	unrolled "github.com/unrolled/secure"
)

const hstsName = "Strict-Transport-Security"

// hstsPolicy is the value the checklist asks for.
const hstsPolicy = "max-age=63072000; includeSubDomains; preload"

// stagingHSTS is a short policy left over from a rollout.
const stagingHSTS = "max-age=86400; includeSubDomains"

// SecurityHeaders is net/http middleware with a sound policy.
func SecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set(hstsName, hstsPolicy)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		next.ServeHTTP(w, r)
	})
}

// StagingHeaders uses the rollout value.
func StagingHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("strict-transport-security", stagingHSTS) // want `max-age=86400 is below one year \(1 day\)`
		next.ServeHTTP(w, r)
	})
}

// NoSubdomains sets a year but forgets subdomains.
func NoSubdomains(w http.ResponseWriter) {
	w.Header().Add("Strict-Transport-Security", "max-age=31536000") // want `without includeSubDomains`
}

// ClearHSTS turns HSTS off.
func ClearHSTS(w http.ResponseWriter) {
	w.Header()["Strict-Transport-Security"] = []string{"max-age=0"} // want `max-age=0 is 0, which tells browsers to forget HSTS`
}

// Computed takes the age from configuration: not a constant, not reported.
func Computed(w http.ResponseWriter, age int) {
	w.Header().Set(hstsName, fmt.Sprintf("max-age=%d; includeSubDomains", age))
}

// CaseInsensitive spells includeSubdomains in lower case: still fine.
func CaseInsensitive(w http.ResponseWriter) {
	w.Header().Set(hstsName, "max-age=31536000; includesubdomains")
}

// GinHeaders is gin middleware.
func GinHeaders(c *gin.Context) {
	c.Header("Strict-Transport-Security", "max-age=2592000") // want `max-age=2592000 is below one year \(30 days\)`
}

// GinSecure uses gin-contrib/secure with a sound policy.
func GinSecure() gin.HandlerFunc {
	return secure.New(secure.Config{SSLRedirect: true, STSSeconds: 315360000, STSIncludeSubdomains: true})
}

// GinSecureShort uses gin-contrib/secure with a week.
func GinSecureShort() gin.HandlerFunc {
	return secure.New(secure.Config{STSSeconds: 604800, STSIncludeSubdomains: true}) // want `HSTS STSSeconds is 604800, below one year \(7 days\)`
}

// EchoSecure uses echo's Secure middleware with its defaults (no HSTS
// header at all; the live probe reports a missing header).
func EchoSecure(e *echo.Echo) echo.MiddlewareFunc {
	return middleware.Secure()
}

// EchoHSTS sets a year and excludes subdomains.
func EchoHSTS() echo.MiddlewareFunc {
	return middleware.SecureWithConfig(middleware.SecureConfig{
		XSSProtection:         "1; mode=block",
		HSTSMaxAge:            31536000,
		HSTSExcludeSubdomains: true, // want `HSTS is sent without includeSubDomains`
	})
}

// EchoShortHSTS sets an hour.
func EchoShortHSTS() echo.MiddlewareFunc {
	return middleware.SecureWithConfig(middleware.SecureConfig{HSTSMaxAge: 3600}) // want `HSTS HSTSMaxAge is 3600, below one year \(1 hour\)`
}

// EchoGoodHSTS is fine: echo includes subdomains by default.
func EchoGoodHSTS() echo.MiddlewareFunc {
	return middleware.SecureWithConfig(middleware.SecureConfig{HSTSMaxAge: 63072000, HSTSPreloadEnabled: true})
}

// Unrolled sets a year without includeSubDomains (unrolled omits it unless asked).
func Unrolled(h http.Handler) http.Handler {
	return unrolled.New(unrolled.Options{STSSeconds: 31536000}).Handler(h) // want `HSTS is sent without includeSubDomains`
}

// UnrolledDev disables HSTS (STSSeconds 0): no header, nothing to grade.
func UnrolledDev(h http.Handler) http.Handler {
	return unrolled.New(unrolled.Options{STSSeconds: 0, IsDevelopment: true}).Handler(h)
}
