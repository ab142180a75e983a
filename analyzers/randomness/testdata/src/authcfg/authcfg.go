// Package authcfg wires up a service's authentication: admin seeding,
// session and CSRF keys, an OAuth client, outbound API clients and a
// login handler.
package authcfg

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"net/http"
	"os"

	"example.com/cookiehelper"
	"example.com/secrets"
	"github.com/gorilla/csrf"
	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/oauth2"
)

// Config is loaded from the environment.
type Config struct {
	AdminEmail    string `json:"admin_email"`
	AdminPassword string `json:"admin_password"`
	SessionKey    []byte
	APIKey        string `json:"api_key" env:"PARTNER_API_KEY"`
}

const (
	passwordField     = "password" // the login form's field name
	apiKeyHeader      = "X-API-Key"
	defaultAdminEmail = "admin@example.com"
	defaultAdminPass  = "changeme"
	examplePassword   = "correct horse battery staple" // documentation only, never used
)

var ErrBadPassword = errors.New("invalid password")

// Store creates users.
type Store interface {
	CreateUser(ctx context.Context, email, passwordHash string) error
}

type User struct {
	Email    string `json:"email"`
	Password string `json:"password"`
	Role     string
}

// SeedAdmin creates the first admin with a password in the code.
func SeedAdmin(ctx context.Context, s Store) error {
	hash, err := bcrypt.GenerateFromPassword([]byte(defaultAdminPass), 12) // want `hard-coded credential: constant defaultAdminPass \(authcfg.go:\d+\), "ch"… \(8 characters\), is used as a password hashed with bcrypt`
	if err != nil {
		return err
	}
	return s.CreateUser(ctx, defaultAdminEmail, string(hash))
}

// createAdminUser creates an account with a literal password.
func createAdminUser(email, password string) User { return User{Email: email, Password: password} }

func seedDemo() User {
	return createAdminUser("demo@example.com", "demo") // want `hard-coded credential: string literal a 4-character string is used as the password of an account created by createAdminUser`
}

// Sessions uses a key written in the code.
var Sessions = sessions.NewCookieStore([]byte("super-secret-session-key")) // want `hard-coded credential: string literal "su"… \(24 characters\) is used as a session cookie key`

// CSRF middleware with a literal key.
func CSRF(h http.Handler) http.Handler {
	return csrf.Protect([]byte("32-byte-long-auth-key-0123456789"))(h) // want `is used as the CSRF authentication key`
}

// OAuth client with a literal secret and a literal client ID (fine).
var oauthConfig = &oauth2.Config{
	ClientID:     "my-client-id",
	ClientSecret: "GOCSPX-abcdef", // want `is used as ClientSecret in a oauth2.Config`
	RedirectURL:  "https://example.com/callback",
	Scopes:       []string{"openid", "email"},
}

// PartnerRequest authenticates with the shared constant of another package.
func PartnerRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set(apiKeyHeader, secrets.PartnerAPIKey) // want `hard-coded credential: constant secrets.PartnerAPIKey, "pk"… \(13 characters\), is used as the X-API-Key header`
	return req, nil
}

// BillingRequest uses basic auth with a literal password.
func BillingRequest(req *http.Request) {
	req.SetBasicAuth("billing", "s3cr3t-b1ll1ng") // want `is used as the password in SetBasicAuth`
}

// MetricsRequest sends a static bearer token.
func MetricsRequest(req *http.Request) {
	req.Header.Set("Authorization", "Bearer 8f14e45fceea167a5a36dedd4bea2543") // want `is used as the Authorization header`
}

// AdminLogin compares the submitted password with a literal.
func AdminLogin(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok || user != "admin" || pass != "hunter2!" { // want `is used as the expected value of pass`
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
}

// FormLogin compares a form value with a literal in constant time (still
// hard-coded).
func FormLogin(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.PostFormValue(passwordField)), []byte("letmein")) != 1 { // want `is used as the expected value of the submitted "password"`
		http.Error(w, ErrBadPassword.Error(), http.StatusUnauthorized)
	}
}

// --- hard negatives ---

// LoadConfig reads secrets from the environment (gosec G101 flags the
// variable names).
func LoadConfig() Config {
	return Config{
		AdminEmail:    os.Getenv("ADMIN_EMAIL"),
		AdminPassword: os.Getenv("ADMIN_PASSWORD"),
		SessionKey:    []byte(os.Getenv("SESSION_KEY")),
		APIKey:        os.Getenv("PARTNER_API_KEY"),
	}
}

// Validate refuses the default password: a comparison that rejects it.
func (c Config) Validate() error {
	if c.AdminPassword == "" || c.AdminPassword == defaultAdminPass {
		return errors.New("set ADMIN_PASSWORD to a strong password")
	}
	if len(c.AdminPassword) < secrets.MinPasswordLength {
		return ErrBadPassword
	}
	return nil
}

// SessionsFromConfig takes the key from configuration.
func SessionsFromConfig(c Config) *sessions.CookieStore { return sessions.NewCookieStore(c.SessionKey) }

// Forward passes the caller's token on.
func Forward(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
}

// Decode reads a login request; the JSON tags name fields, not secrets.
func Decode(r *http.Request) (User, error) {
	var u User
	err := json.NewDecoder(r.Body).Decode(&u)
	if u.Password == "" {
		return u, ErrBadPassword
	}
	return u, err
}

// CheckToken refuses placeholder tokens sent by a broken frontend.
func CheckToken(token string) bool { return token != "null" && token != "undefined" && token != "" }

// AuthScheme parses the scheme.
func AuthScheme(r *http.Request) bool { return r.Header.Get("Authorization") == "Bearer" }

// Hash a submitted password.
func Hash(password string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(password), 12)
}

// PasswordLabel is UI text.
func PasswordLabel() map[string]string {
	return map[string]string{"password": "Password", "password_confirm": "Repeat password"}
}

// EmptyBasicAuth sends a username only (some APIs use the key as user).
func EmptyBasicAuth(req *http.Request, key string) { req.SetBasicAuth(key, "") }

// PublicOAuth is a public (PKCE) client without a secret.
var PublicOAuth = oauth2.Config{ClientID: "cli", ClientSecret: ""}

// BasicToken accepts a JWT as the user name with the magic placeholder
// password GitHub-style APIs use, or none: not a secret.
func BasicToken(user, password string) (string, bool) {
	if password == "x-oauth-basic" || password == "" {
		return user, true
	}
	return "", false
}

// StaticToken is a canned token response for a local fake provider: a
// record, not a client's settings.
func StaticToken() *oauth2.Token {
	return &oauth2.Token{AccessToken: "access", TokenType: "Bearer"}
}

// memoryUser is a demo store's record.
type memoryUser struct {
	Name     string
	Password string
}

var demoUsers = map[string]memoryUser{"peter": {Name: "peter", Password: "secret"}}

// Authenticate compares with what the store holds (seed data), not with a
// password constant of the code.
func Authenticate(name, password string) bool {
	u, ok := demoUsers[name]
	return ok && u.Password == password
}

// adminHash is the verifier's copy of a password (a bcrypt hash).
const adminHash = "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"

// AdminClient is registered with its hashed secret.
var AdminClient = oauth2.Config{ClientID: "admin", ClientSecret: adminHash}

// cookieKey is shared by the login app's cookie handler.
var cookieKey = []byte("test1234test1234")

// Cookies builds the encrypted cookie handler with the literal key.
func Cookies() *cookiehelper.Handler {
	return cookiehelper.NewCookieHandler(cookieKey, cookieKey) // want `is used as the hashKey of NewCookieHandler`
}

// Cache takes a literal cache key: not a credential.
func Cache() *cookiehelper.Handler { return cookiehelper.NewKeyedCache("users") }
