// Package ginapp is a gin API with cookie-based login.
package ginapp

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Config struct {
	Secure bool
	Domain string
}

type Handler struct {
	cfg Config
}

func issueToken(user string) string { return "t." + user }

func (h *Handler) Routes(r *gin.Engine) {
	r.POST("/login", h.login)
	r.POST("/login/strict", h.loginStrict)
	r.POST("/logout", h.logout)
	r.POST("/refresh", h.refresh)
	r.GET("/prefs", h.prefs)
}

// login forgets Secure and SameSite.
func (h *Handler) login(c *gin.Context) {
	token := issueToken(c.PostForm("user"))
	c.SetCookie("session_token", token, 3600, "/", "", false, true) // want `gin cookie "session_token" is not Secure \(the secure argument is false\)` `gin cookie "session_token" has no SameSite`
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// loginStrict does it right: SetSameSite before SetCookie.
func (h *Handler) loginStrict(c *gin.Context) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie("session_token", issueToken(c.PostForm("user")), 3600, "/", "", true, true)
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("jwt", issueToken("x"), 3600, "/", "", true, true) // want `gin cookie "jwt" has SameSite=Lax`
}

// logout deletes: negative MaxAge, empty value.
func (h *Handler) logout(c *gin.Context) {
	c.SetCookie("session_token", "", -1, "/", "", false, false)
	c.SetCookie("refresh_token", "", -1, "/", "", false, true)
}

// refresh uses SetCookieData with an http.Cookie and configuration-driven
// flags next to a forgotten HttpOnly.
func (h *Handler) refresh(c *gin.Context) {
	c.SetCookieData(&http.Cookie{ // want `cookie "refresh_token" is not HttpOnly`
		Name:     "refresh_token",
		Value:    issueToken("r"),
		Path:     "/refresh",
		Domain:   h.cfg.Domain,
		Secure:   h.cfg.Secure,
		SameSite: http.SameSiteStrictMode,
	})
	c.SetCookie("access_token", issueToken("a"), 900, "/", h.cfg.Domain, h.cfg.Secure, true) // want `gin cookie "access_token" has no SameSite`
	c.Header("Set-Cookie", "auth="+issueToken("h")+"; Path=/; Secure; SameSite=Strict")      // want `Set-Cookie header "auth" is not HttpOnly`
}

// prefs sets UI cookies and a CSRF cookie readable by scripts.
func (h *Handler) prefs(c *gin.Context) {
	c.SetCookie("lang", c.Query("lang"), 86400*365, "/", "", false, false)
	c.SetCookie("theme", c.Query("theme"), 86400*365, "/", "", false, false)
	c.SetCookie("XSRF-TOKEN", issueToken("csrf"), 3600, "/", "", true, false)
	c.SetCookie("_csrf", issueToken("csrf"), 3600, "/", "", false, false) // want `CSRF gin cookie "_csrf" is not Secure`
}
