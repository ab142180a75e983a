// Package appok sets every attribute on the store, as v1.2 needs.
package appok

import (
	"net/http"

	"github.com/gorilla/sessions"
)

func NewStore(key []byte) sessions.Store {
	store := sessions.NewCookieStore(key)
	store.Options.HttpOnly = true
	store.Options.Secure = true
	store.Options.SameSite = http.SameSiteStrictMode
	return store
}
