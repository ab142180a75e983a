// Package gsessions keeps its sessions in a gorilla/sessions v1.4.0 cookie
// store with the library's defaults (Secure, SameSite=None, no HttpOnly).
package gsessions

import (
	"net/http"
	"os"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY"))) // want `sessions.NewCookieStore \(gorilla/sessions v1.4.0 and later\) is not HttpOnly` `sessions.NewCookieStore \(gorilla/sessions v1.4.0 and later\) has SameSite=None`

func Login(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "app-session")
	session.Values["user_id"] = 42
	_ = session.Save(r, w)
}

// Logout expires the session: MaxAge -1 is a deletion.
func Logout(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "app-session")
	session.Options.MaxAge = -1
	_ = session.Save(r, w)
}

// Remember extends the session with explicit options that forget HttpOnly.
func Remember(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, "app-session")
	opts := &sessions.Options{Path: "/", MaxAge: 30 * 86400, Secure: true, SameSite: http.SameSiteStrictMode} // want `gorilla/sessions Options is not HttpOnly`
	session.Options = opts
	_ = session.Save(r, w)
	// Expiring with a literal is a deletion too.
	session.Options = &sessions.Options{Path: "/", MaxAge: -1}
}
