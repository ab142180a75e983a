package fix

import (
	"net/http"
	"time"
)

func Login(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{ // want `not HttpOnly` `not Secure` `no SameSite`
		Name:    "session",
		Value:   sid,
		Expires: time.Now().Add(time.Hour),
	})
}

func Short(w http.ResponseWriter, tok string) {
	http.SetCookie(w, &http.Cookie{Name: "auth_token", Value: tok, Secure: false, SameSite: http.SameSiteLaxMode}) // want `not HttpOnly` `not Secure` `SameSite=Lax`
}

func CSRF(w http.ResponseWriter, tok string) {
	http.SetCookie(w, &http.Cookie{Name: "_csrf", Value: tok, Path: "/"}) // want `CSRF cookie "_csrf" is not Secure`
}
