// Package resetmail sends password-reset, verification, magic-link and
// invitation e-mails, and serves the pages those links open.
package resetmail

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
)

type Mailer struct {
	baseURL string
	send    func(to, subject, body string) error
}

func (m *Mailer) SendPasswordReset(to, token string) error {
	link := fmt.Sprintf("%s/reset-password?token=%s", m.baseURL, url.QueryEscape(token)) // want `one-time password-reset link \(token=…\): acceptable if the token is single-use, expires within 15 minutes and is stored hashed; keep it out of logs and Referer with Referrer-Policy: no-referrer`
	return m.send(to, "Reset your password", "Open "+link+" within 15 minutes.")
}

func (m *Mailer) SendVerification(to, token string) error {
	u, err := url.Parse(m.baseURL)
	if err != nil {
		return err
	}
	u.Path = "/verify-email"
	q := u.Query()
	q.Set("token", token) // want `one-time verification link \(token=…\)`
	u.RawQuery = q.Encode()
	return m.send(to, "Confirm your address", u.String())
}

func (m *Mailer) WriteMagicLink(w io.Writer, tok string) {
	fmt.Fprintf(w, "<a href=\"%s/login/magic?token=%s\">Sign in</a>", m.baseURL, tok) // want `one-time magic link \(token=…\)`
}

func (m *Mailer) Invite(to, orgID, code string) error {
	link := m.baseURL + "/join?org=" + orgID + "&invite_token=" + code // want `one-time invitation link \(invite_token=…\)`
	return m.send(to, "You are invited", link)
}

// PasswordResetSuccess must not hand out an access token in the URL, even
// from a reset flow: a specific credential name stays AC401.
func (m *Mailer) PasswordResetSuccess(w http.ResponseWriter, r *http.Request, accessToken string) {
	http.Redirect(w, r, "/reset/done?access_token="+accessToken, http.StatusSeeOther) // want `access token placed in a redirect URL \(access_token=…\)`
}

// ConfirmOrder calls a shop API: "confirm" in the path does not make an
// API key a one-time token.
func (m *Mailer) ConfirmOrder(apiKey, orderID string) (*http.Response, error) {
	return http.Get(m.baseURL + "/orders/" + orderID + "/confirm?api_key=" + apiKey) // want `API key placed in a URL query \(api_key=…\)`
}

type Handler struct {
	resets map[string]string
}

// ResetPassword serves the page the reset link opens.
func (h *Handler) ResetPassword(w http.ResponseWriter, r *http.Request) {
	tok := r.URL.Query().Get("token") // want `one-time password-reset token read from the URL \(token=…\): acceptable if it is single-use, expires within 15 minutes and is stored hashed`
	if _, ok := h.resets[tok]; !ok {
		http.Error(w, "link expired", http.StatusGone)
		return
	}
	w.Header().Set("Referrer-Policy", "no-referrer")
}

// CompleteReset takes the token and the new password from the form body.
func (h *Handler) CompleteReset(w http.ResponseWriter, r *http.Request) {
	tok := r.PostFormValue("token")
	pass := r.PostFormValue("password")
	_, _ = tok, pass
}

func (h *Handler) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /verify-email", func(w http.ResponseWriter, r *http.Request) {
		t := r.FormValue("token") // want `one-time verification token read from the URL \(token=…\)`
		_ = t
	})
	mux.HandleFunc("GET /unsubscribe", func(w http.ResponseWriter, r *http.Request) {
		sig := r.URL.Query().Get("token") // want `one-time unsubscribe token read from the URL`
		_ = sig
	})
}
