// Package fix has handlers whose form reads also accept the URL query.
package fix

import "net/http"

func Login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("username")
	pass := r.FormValue("password") // want `password read with FormValue`
	_, _ = user, pass
}

func Revoke(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		return
	}
	tok := r.Form.Get("token")     // want `token read from Request.Form`
	rts := r.Form["refresh_token"] // want `refresh token read from Request.Form`
	reason := r.Form.Get("reason")
	_, _, _ = tok, rts, reason
}
