// Package app uses gorilla/sessions v1.2.2, whose stores set neither
// Secure nor SameSite (nor HttpOnly).
package app

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var (
	cookieStore = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))         // want `NewCookieStore \(gorilla/sessions before v1.4.0\) is not HttpOnly` `NewCookieStore \(gorilla/sessions before v1.4.0\) is not Secure` `NewCookieStore \(gorilla/sessions before v1.4.0\) has no SameSite`
	fileStore   = sessions.NewFilesystemStore("", []byte(os.Getenv("SESSION_KEY"))) // want `NewFilesystemStore .* is not HttpOnly` `NewFilesystemStore .* is not Secure` `NewFilesystemStore .* has no SameSite`
)

func Login(w http.ResponseWriter, r *http.Request) {
	s, _ := cookieStore.Get(r, "session")
	s.Values["uid"] = 1
	_ = s.Save(r, w)
	f, _ := fileStore.Get(r, "session")
	f.Values["uid"] = 1
	_ = f.Save(r, w)
}
