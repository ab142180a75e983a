// Package ginapi is a gin service with API-key and token authentication.
package ginapi

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type API struct {
	keys map[string]bool
}

func (a *API) Routes(r *gin.Engine) {
	r.GET("/export", a.Export)
	r.GET("/items", a.Items)
	r.POST("/login", a.Login)
}

func (a *API) Export(c *gin.Context) {
	key := c.Query("api_key") // want `API key read from the URL query \(api_key=…\)`
	if !a.keys[key] {
		c.AbortWithStatus(http.StatusForbidden)
	}
}

func (a *API) Stream(c *gin.Context) {
	tok := c.DefaultQuery("token", "")   // want `token read from the URL query \(token=…\)`
	toks := c.QueryArray("access_token") // want `access token read from the URL query`
	_, _ = tok, toks
}

func (a *API) Items(c *gin.Context) {
	if _, ok := c.GetQuery("access_token"); ok {
		c.String(http.StatusBadRequest, "send the token in the Authorization header")
		return
	}
	key := c.GetHeader("X-API-Key")
	page := c.Query("page_token")
	_, _ = key, page
	c.JSON(http.StatusOK, gin.H{"items": []string{}})
}

func (a *API) Login(c *gin.Context) {
	user, pass := c.PostForm("username"), c.PostForm("password")
	_, _ = user, pass
	jwt := "signed"
	c.Redirect(http.StatusFound, "/dashboard?jwt="+jwt) // want `access token placed in a redirect URL \(jwt=…\)`
}
