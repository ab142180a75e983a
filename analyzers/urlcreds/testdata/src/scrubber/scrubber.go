// Package scrubber redacts credentials from URLs before they are logged.
package scrubber

import (
	"log"
	"net/http"
	"net/url"
)

// Redact replaces credential parameters with placeholders.
func Redact(u *url.URL) string {
	q := u.Query()
	for _, k := range []string{"password", "token"} {
		if q.Has(k) {
			q.Set(k, "REDACTED")
		}
	}
	if q.Has("passwd") {
		q.Set("passwd", "<redacted>") // a placeholder: fine
	}
	if q.Has("api_key") {
		q.Set("api_key", "***") // a placeholder: fine
	}
	if q.Has("access_token") {
		q["access_token"] = []string{"[FILTERED]"} // a placeholder: fine
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// LogRequest logs the redacted URL.
func LogRequest(r *http.Request) {
	log.Printf("%s %s", r.Method, Redact(r.URL))
}

// Forward still copies a real credential into a URL.
func Forward(u *url.URL, apiKey string) string {
	q := u.Query()
	q.Set("api_key", apiKey) // want `API key placed in a URL query \(api_key=…\)`
	u.RawQuery = q.Encode()
	return u.String()
}

// Demo puts a hard-coded key into a URL: still a credential.
func Demo(u *url.URL) string {
	q := u.Query()
	q.Set("api_key", "sk_live_51HxQ") // want `API key placed in a URL query \(api_key=…\)`
	u.RawQuery = q.Encode()
	return u.String()
}
