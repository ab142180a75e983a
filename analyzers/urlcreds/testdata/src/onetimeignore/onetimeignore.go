// Package onetimeignore is checked with -one-time-links=ignore: one-time
// links are not reported, other credentials still are.
package onetimeignore

import (
	"fmt"
	"net/http"
)

type Mailer struct{ baseURL string }

func (m *Mailer) ResetLink(token string) string {
	return fmt.Sprintf("%s/reset?token=%s", m.baseURL, token)
}

func VerifyEmail(w http.ResponseWriter, r *http.Request) {
	tok := r.FormValue("token")
	_ = tok
}

func Profile(w http.ResponseWriter, r *http.Request) {
	tok := r.FormValue("access_token") // want `access token read with FormValue`
	_ = tok
}
