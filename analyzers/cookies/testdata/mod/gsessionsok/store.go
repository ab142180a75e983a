// Package gsessionsok configures its stores' options in a config loader.
package gsessionsok

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type Config struct {
	SessionKey []byte
	Dir        string
	Production bool
}

// NewStores configures both stores: nothing to report.
func NewStores(cfg Config) (*sessions.CookieStore, *sessions.FilesystemStore) {
	cs := sessions.NewCookieStore(cfg.SessionKey)
	cs.Options.HttpOnly = true
	cs.Options.Secure = cfg.Production
	cs.Options.SameSite = http.SameSiteStrictMode

	fs := sessions.NewFilesystemStore(cfg.Dir, cfg.SessionKey)
	fs.Options = &sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode}
	return cs, fs
}

// NewStore hands the store to its caller, which configures it.
func NewStore(key []byte) *sessions.CookieStore {
	return sessions.NewCookieStore(key)
}
