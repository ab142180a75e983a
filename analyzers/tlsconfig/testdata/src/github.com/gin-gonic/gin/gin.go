// Package gin is a stub of github.com/gin-gonic/gin (v1.10) with the real
// signatures of the methods the analyzers look at.
package gin

import "net/http"

type H map[string]any

type HandlerFunc func(*Context)

type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
}

func (c *Context) Query(key string) string                             { return "" }
func (c *Context) DefaultQuery(key, defaultValue string) string        { return "" }
func (c *Context) GetQuery(key string) (string, bool)                  { return "", false }
func (c *Context) QueryArray(key string) []string                      { return nil }
func (c *Context) GetQueryArray(key string) (values []string, ok bool) { return nil, false }
func (c *Context) PostForm(key string) string                          { return "" }
func (c *Context) GetHeader(key string) string                         { return "" }
func (c *Context) Header(key, value string)                            {}
func (c *Context) Cookie(name string) (string, error)                  { return "", nil }
func (c *Context) JSON(code int, obj any)                              {}
func (c *Context) String(code int, format string, values ...any)       {}
func (c *Context) Redirect(code int, location string)                  {}
func (c *Context) AbortWithStatus(code int)                            {}

type IRoutes interface {
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
}

type RouterGroup struct{}

func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes  { return group }
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return group }

type Engine struct {
	RouterGroup
}

func New() *Engine { return &Engine{} }
