// Package names holds the cookie names an application shares between its
// packages.
package names

const (
	SessionCookie = "__Host-app_session"
	RefreshCookie = "refresh_token"
	ThemeCookie   = "theme"
	CSRFCookie    = "XSRF-TOKEN"
)
