// Package onetimeflag is checked with -one-time-links=flag: one-time links
// are reported like any other credential in a URL.
package onetimeflag

import (
	"fmt"
	"net/http"
)

type Mailer struct{ baseURL string }

func (m *Mailer) ResetLink(token string) string {
	return fmt.Sprintf("%s/reset?token=%s", m.baseURL, token) // want `token placed in a URL query \(token=…\)`
}

func VerifyEmail(w http.ResponseWriter, r *http.Request) {
	tok := r.FormValue("token") // want `token read with FormValue`
	_ = tok
}

func Dashboard(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/home?page_token="+r.URL.Query().Get("page_token"), http.StatusFound)
}
