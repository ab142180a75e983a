// Package csrf checks CSRF tokens on state-changing requests.
package csrf

import "net/http"

// Session is the server-side session.
type Session struct {
	UserID    string
	CSRFToken string
}

// Check compares the form token with the session's.
func Check(sess *Session, r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead { // constants: fine
		return true
	}
	if sess == nil { // nil: fine
		return false
	}
	if sess.CSRFToken == "" { // empty string: fine
		return false
	}
	return r.FormValue("csrf_token") == sess.CSRFToken // want `secret r.FormValue\("csrf_token"\) compared with sess.CSRFToken using ==`
}

// DoubleSubmit compares the CSRF cookie with the header copy: both come
// from the request being served, no server-held secret is involved.
func DoubleSubmit(r *http.Request) bool {
	c, err := r.Cookie("__Host-csrf")
	if err != nil {
		return false
	}
	return c.Value == r.Header.Get("X-CSRF-Token") // both from the request: fine
}

// SameOrigin checks Origin and Sec-Fetch-Site, which are not secrets.
func SameOrigin(r *http.Request, allowedOrigin string, sess *Session, userID string) bool {
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" { // constant: fine
		return false
	}
	if sess.UserID != userID { // not a secret
		return false
	}
	theme, err := r.Cookie("theme")
	if err == nil && theme.Value == r.FormValue("theme") { // a cookie that is not a secret
		return true
	}
	return r.Header.Get("Origin") == allowedOrigin // not a secret
}
