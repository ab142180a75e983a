// Package middleware is a service's handwritten net/http CORS middleware
// and route table.
package middleware

import (
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"example.com/corsapp/settings"
)

// --- reflection ---

// ReflectWithCredentials echoes whatever Origin arrives, with cookies.
func ReflectWithCredentials(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		w.Header().Set("Access-Control-Allow-Origin", origin) // want `Origin is copied into Access-Control-Allow-Origin without an allowlist check, and Access-Control-Allow-Credentials is true`
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		w.Header().Set("Vary", "Origin")
		next.ServeHTTP(w, r)
	})
}

// ReflectIfPresent only tests that an Origin was sent: still reflection.
func ReflectIfPresent(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if origin := r.Header.Get("Origin"); origin != "" && origin != "null" {
			w.Header().Set("Access-Control-Allow-Origin", origin) // want `without an allowlist check, and Access-Control-Allow-Credentials is true`
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		next.ServeHTTP(w, r)
	})
}

// PublicReflect echoes the origin on a public API without credentials.
func PublicReflect(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Access-Control-Allow-Origin"] = r.Header["Origin"] // want `without an allowlist check \(no credentials`
		next.ServeHTTP(w, r)
	})
}

// --- allowlists (negatives) ---

var allowedOrigins = map[string]bool{
	settings.FrontendOrigin: true,
	settings.AdminOrigin:    true,
}

// Allowlisted answers only listed origins.
func Allowlisted(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if allowedOrigins[origin] {
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
			w.Header().Add("Vary", "Origin")
		}
		next.ServeHTTP(w, r)
	})
}

// EarlyReturn refuses unknown origins before answering.
func EarlyReturn(allowed []string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin == "" {
			next.ServeHTTP(w, r)
			return
		}
		ok := slices.Contains(allowed, origin)
		if !ok {
			http.Error(w, "origin not allowed", http.StatusForbidden)
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		next.ServeHTTP(w, r)
	})
}

// LoopFlag sets a flag while scanning the allowlist.
func LoopFlag(allowed []string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			origin := r.Header.Get("Origin")
			ok := false
			for _, o := range allowed {
				if o == origin {
					ok = true
					break
				}
			}
			if ok {
				w.Header().Set("Access-Control-Allow-Origin", origin)
				w.Header().Set("Access-Control-Allow-Credentials", "true")
			}
			next.ServeHTTP(w, r)
		})
	}
}

// PresenceFlag only records that an Origin was sent: still reflection.
func PresenceFlag(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	cors := false
	if origin != "" {
		cors = true
	}
	if cors {
		w.Header().Set("Access-Control-Allow-Origin", origin) // want `without an allowlist check \(no credentials`
	}
}

// SwitchAllowlist lists the origins in a switch.
func SwitchAllowlist(w http.ResponseWriter, r *http.Request) {
	switch origin := r.Header.Get("Origin"); origin {
	case settings.FrontendOrigin, settings.AdminOrigin:
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
}

// PublicStar is a public read-only API: "*" without credentials is fine.
func PublicStar(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		next.ServeHTTP(w, r)
	})
}

// SubdomainsWithDot checks the scheme and the suffix with its leading dot.
func SubdomainsWithDot(origin string) bool {
	u, err := url.Parse(origin)
	if err != nil || u.Scheme != "https" {
		return false
	}
	return u.Host == settings.CompanyDomain || strings.HasSuffix(u.Host, "."+settings.CompanyDomain)
}

var anchoredOrigin = regexp.MustCompile(`^https://([a-z0-9-]+\.)?example\.com$`)

// AnchoredRegexp is anchored at both ends and escapes its dots.
func AnchoredRegexp(origin string) bool {
	return anchoredOrigin.MatchString(origin) && strings.HasPrefix(origin, "https://")
}

// CrossOriginProtected uses Go's CSRF protection: not a CORS finding.
func CrossOriginProtected(mux *http.ServeMux) http.Handler {
	cop := http.NewCrossOriginProtection()
	if err := cop.AddTrustedOrigin(settings.FrontendOrigin); err != nil {
		panic(err)
	}
	cop.AddInsecureBypassPattern("POST /webhooks/stripe") // one signed webhook: fine
	return cop.Handler(mux)
}

// BypassEverything keeps the protection in name only.
func BypassEverything(mux *http.ServeMux) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.AddInsecureBypassPattern("/")               // want `AddInsecureBypassPattern\("/"\) exempts every path from http.CrossOriginProtection`
	cop.AddInsecureBypassPattern("POST /{path...}") // want `exempts every path`
	cop.AddInsecureBypassPattern("/{$}")            // only the root: fine
	return cop.Handler(mux)
}

// BypassFromRequest lets the client pick what is exempt.
func BypassFromRequest(cop *http.CrossOriginProtection) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		cop.AddInsecureBypassPattern(r.URL.Query().Get("path")) // want `pattern comes from the request`
	}
}

// BypassFromConfig reads the pattern from configuration: no evidence.
func BypassFromConfig(cop *http.CrossOriginProtection, patterns []string) {
	for _, p := range patterns {
		cop.AddInsecureBypassPattern(p)
	}
}

// --- bypassable checks ---

// SuffixWithoutDot accepts https://evilexample.com.
func SuffixWithoutDot(origin string) bool {
	return strings.HasSuffix(origin, "example.com") // want `strings.HasSuffix\(origin, "example.com"\) also accepts https://attackerexample.com`
}

// SuffixOfHost parses first, but still forgets the dot.
func SuffixOfHost(r *http.Request) bool {
	u, err := url.Parse(r.Header.Get("Origin"))
	if err != nil {
		return false
	}
	return strings.HasSuffix(u.Hostname(), settings.CompanyDomain) // want `also accepts https://attackerexample.com`
}

// PrefixCheck accepts https://app.example.com.attacker.example.
func PrefixCheck(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if strings.HasPrefix(origin, settings.FrontendOrigin) { // want `strings.HasPrefix\(origin, "https://app.example.com"\) also accepts https://app.example.com.attacker.example`
		w.Header().Set("Access-Control-Allow-Origin", origin)
		w.Header().Set("Access-Control-Allow-Credentials", "true")
	}
}

// SchemeOnly is a scheme check, not an allowlist, but not bypassable.
func SchemeOnly(origin string) bool {
	return strings.HasPrefix(origin, "https://")
}

// ContainsCheck accepts anything that mentions the domain.
func ContainsCheck(allowedOrigin string) bool {
	return strings.Contains(allowedOrigin, "example.com") // want `strings.Contains\(origin, "example.com"\) also accepts`
}

var originPattern = regexp.MustCompile(`https://.*\.example\.com`) // want `matched by "https://.\*\\\\.example\\\\.com" without \^ and \$`

// UnanchoredRegexp matches inside https://x.example.com.attacker.example.
func UnanchoredRegexp(r *http.Request) bool {
	return originPattern.MatchString(r.Header.Get("Origin"))
}

// UnescapedDot matches https://appxexample.com.
func UnescapedDot(origin string) bool {
	ok, _ := regexp.MatchString(`^https://app.example\.com$`, origin) // want `unescaped dot`
	return ok
}

// --- null ---

// NullAllowed lets sandboxed frames in.
func NullAllowed(origin string) bool {
	return origin == settings.FrontendOrigin || origin == "null" // want `the origin check accepts "null"`
}

// NullDenied refuses null explicitly: fine.
func NullDenied(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if origin == "null" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
}

var devOrigins = []string{settings.FrontendOrigin, "http://localhost:3000", settings.SandboxOrigin} // want `allowlist contains "null"`

// DevOrigins uses the list above.
func DevOrigins(origin string) bool { return slices.Contains(devOrigins, origin) }

// NullHeader answers null.
func NullHeader(w http.ResponseWriter) {
	w.Header().Set("Access-Control-Allow-Origin", "null") // want `Access-Control-Allow-Origin: null`
}

// jsonNull is a JSON literal, not an origin.
var jsonNull = []string{"null", "true", "false"}

// IsJSONLiteral has nothing to do with CORS.
func IsJSONLiteral(s string) bool { return slices.Contains(jsonNull, s) }

// originalHost is named "original", not an origin.
func originalHost(originalURL string) bool {
	return strings.HasSuffix(originalURL, "example.com")
}

// --- routes ---

// Routes registers the service's handlers on a Go 1.22 mux.
func Routes(mux *http.ServeMux, h *Handlers) {
	mux.HandleFunc("GET /logout", h.Logout)                     // want `the pattern "GET /logout" registers a state-changing action \(logout\) for GET`
	mux.HandleFunc("POST /api/v1/auth/logout", h.Logout)        // POST: fine
	mux.HandleFunc("GET /account/delete", h.DeleteAccount)      // want `\(deletion\) for GET`
	mux.HandleFunc("GET /api/v1/users/{id}", h.Profile)         // read-only
	mux.HandleFunc("/signout", h.Logout)                        // no method: out of scope
	mux.HandleFunc("GET /settings/change-email", h.ChangeEmail) // want `\(e-mail or password change\) for GET`
	mux.HandleFunc("GET /email/change/confirm", h.ConfirmEmail) // confirmation link from a mail
	mux.HandleFunc("GET /password/change", h.PasswordForm)      // also registered for POST below
	mux.HandleFunc("POST /password/change", h.ChangePassword)
	mux.HandleFunc("GET /api/keys/{id}/revoke", h.Revoke) // want `\(revocation\) for GET`
	mux.HandleFunc("GET /logout/page", h.LogoutPage)      // a page
	mux.HandleFunc("GET /deleted-items", h.Profile)       // "deleted" is not "delete"
	http.HandleFunc("GET /transfer", h.Transfer)          // want `\(transfer\) for GET`
	mux.HandleFunc("DELETE /account", h.DeleteAccount)
}

// Handlers are the service's endpoints.
type Handlers struct{}

func (*Handlers) Logout(http.ResponseWriter, *http.Request)         {}
func (*Handlers) DeleteAccount(http.ResponseWriter, *http.Request)  {}
func (*Handlers) Profile(http.ResponseWriter, *http.Request)        {}
func (*Handlers) ChangeEmail(http.ResponseWriter, *http.Request)    {}
func (*Handlers) ConfirmEmail(http.ResponseWriter, *http.Request)   {}
func (*Handlers) PasswordForm(http.ResponseWriter, *http.Request)   {}
func (*Handlers) ChangePassword(http.ResponseWriter, *http.Request) {}
func (*Handlers) Revoke(http.ResponseWriter, *http.Request)         {}
func (*Handlers) LogoutPage(http.ResponseWriter, *http.Request)     {}
func (*Handlers) Transfer(http.ResponseWriter, *http.Request)       {}
