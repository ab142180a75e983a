// Package api has deliberately insecure handlers for the end-to-end tests.
package api

import (
	"net/http"
	"net/url"
)

var expectedAPIKey = "configured-at-startup"

// RequireKey compares the API key with ==, and reads it from the query.
func RequireKey(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		apiKey := r.URL.Query().Get("api_key")
		if apiKey != expectedAPIKey {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// CallbackURL puts an access token into a URL.
func CallbackURL(base string, accessToken string) string {
	v := url.Values{}
	v.Set("access_token", accessToken)
	return base + "?" + v.Encode()
}
