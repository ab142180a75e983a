// Package handlers has the HTTP handlers of a small service.
package handlers

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"math/rand"
	"net/http"
	"net/http/httputil"
	"os"
	"time"

	"example.com/app/diag"
	"example.com/app/mailer"
	"example.com/app/tokens"
)

const envDBPassword = "DB_PASSWORD"

type LoginRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

type User struct {
	ID           int64
	Email        string
	PasswordHash string
	APIToken     string
}

// Account redacts itself: slog calls LogValue.
type Account struct {
	ID       int64
	Email    string
	Password string
}

func (a Account) LogValue() slog.Value {
	return slog.GroupValue(slog.Int64("id", a.ID), slog.String("email", a.Email))
}

// Secret is a string that prints as [REDACTED].
type Secret string

func (Secret) String() string { return "[REDACTED]" }

func Login(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	password := r.FormValue("password")
	slog.Info("login attempt", "email", email, "ip", r.RemoteAddr)
	if password == "" {
		log.Printf("login for %s: empty password", email)
		http.Error(w, "invalid password", http.StatusBadRequest)
		return
	}
	log.Printf("login failed for %s with password %q", email, password) // want `\[AC901\] password from password \(handlers.go:\d+\) logged here by log.Printf`
	slog.Warn("password length", "email", email, "len", len(password))
	audit("login", password) // want `\[AC901\] password from password \(handlers.go:\d+\) logged here by audit \(which reaches log.Printf at handlers.go:\d+\)`
}

// audit logs an event with a value; its parameter is neutral.
func audit(event, v string) { // want audit:`sinks\(0→log\.Printf\ at\ handlers\.go:67,\ 1→log\.Printf\ at\ handlers\.go:67\)`
	log.Printf("audit %s: %s", event, v)
}

func LoginJSON(w http.ResponseWriter, r *http.Request) {
	var req LoginRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	log.Printf("login request: %+v", req) // want `\[AC903\] req \(LoginRequest\) holds the password field Password`
	log.Printf("login request for %s", req.Email)
	slog.Info("login", slog.Any("request", req)) // want `\[AC903\] req \(LoginRequest\) holds the password field Password`
	acct := Account{Email: req.Email, Password: req.Password}
	slog.Info("account", slog.Any("account", acct))
	slog.Info("account", "account", acct)
	var s Secret = Secret(req.Password)
	log.Printf("secret is %v", s)
	slog.Debug("auth header", slog.String("authorization", r.Header.Get("Authorization"))) // want `\[AC901\] Authorization header from r.Header.Get\("Authorization"\)`
	slog.Debug("request", "user_agent", r.Header.Get("User-Agent"), "request_id", r.Header.Get("X-Request-Id"))
}

func Debug(w http.ResponseWriter, r *http.Request) {
	dump, err := httputil.DumpRequest(r, true)
	if err != nil {
		return
	}
	log.Printf("request:\n%s", dump) // want `\[AC904\] request dump from httputil.DumpRequest`
	c, err := r.Cookie("session_id")
	if err == nil {
		log.Println("session cookie", c.Value) // want `\[AC901\] cookie value from cookie "session_id"`
	}
	if theme, err := r.Cookie("theme"); err == nil {
		log.Println("theme", theme.Value)
	}
}

func CheckToken(token string, want string) error {
	if token != want {
		return fmt.Errorf("invalid token %q", token) // want `\[AC902\] token from token \(handlers.go:\d+\) put into an error string here by fmt.Errorf`
	}
	if len(token) < 10 {
		return fmt.Errorf("token too short: %d characters", len(token))
	}
	return nil
}

func ErrorsNegative(id int64) error {
	if id == 0 {
		return errors.New("invalid password")
	}
	return fmt.Errorf("user %d: wrong password or unknown e-mail", id)
}

func Users(u User) { // want Users:`sinks\(0→log\.Printf\ at\ handlers\.go:122\)`
	log.Printf("user %d <%s>", u.ID, u.Email)
	log.Printf("user %v", u) // want `\[AC903\] u \(User\) holds the API key field APIToken`
	log.Printf("user %d hash %s", u.ID, u.PasswordHash)
}

// CreateKey returns the new key once, in its creation response.
func CreateKey(w http.ResponseWriter, r *http.Request) {
	key := tokens.NewAPIKey()
	log.Printf("created key %s… for %s", tokens.Prefix(key), r.RemoteAddr)
	log.Printf("created key %s…", key[:8])
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"key": key, "prefix": key[:8]})
	fmt.Fprintf(w, "your key: %s\n", key)
	diag.Debug("key", key)               // want `\[AC901\] API key from tokens.NewAPIKey \(tokens.go:\d+\) logged here by diag.Debug \(which reaches log.Printf at diag.go:\d+\)`
	diag.Field("key", key)               // want `\[AC901\] API key from tokens.NewAPIKey \(tokens.go:\d+\) logged here by diag.Field`
	diag.Token(key)                      // reported inside diag.Token
	diag.Count("key length", len(key))   // a length is not a secret
	diag.Debug("hash", tokens.Hash(key)) // a hash is not a secret
	diag.Debug("remote", r.RemoteAddr)
}

// Signup mails a generated initial password.
func Signup(w http.ResponseWriter, r *http.Request, m *mailer.Mailer) {
	email := r.FormValue("email")
	initialPassword, _ := tokens.NewToken()
	m.Send(email, "Welcome", fmt.Sprintf("Your initial password is %s", initialPassword)) // want `\[AC905\] password from initialPassword`
	link := "https://example.com/verify?token=" + initialPassword[:0] + mustToken()
	m.Send(email, "Verify your e-mail", "Open "+link)
}

func mustToken() string { t, _ := tokens.NewToken(); return t } // want mustToken:`returns\(token\ from\ mustToken\)`

func Startup() {
	if os.Getenv("DB_PASSWORD") == "" {
		log.Fatal("DB_PASSWORD is not set")
	}
	log.Printf("reading the database password from $%s", envDBPassword)
	jitter := time.Duration(rand.Intn(1000)) * time.Millisecond
	log.Printf("retrying in %v", jitter)
	dbPassword := os.Getenv(envDBPassword)
	log.Printf("connecting with password %s", dbPassword) // want `\[AC901\] password from dbPassword`
	log.Printf("database password set: %t", dbPassword != "")
}

func CSRFFailure(w http.ResponseWriter, r *http.Request) {
	log.Printf("CSRF failure, cookies %v", r.Cookies()) // want `\[AC901\] cookie value from all request cookies \(r.Cookies\(\)\)`
	log.Printf("CSRF failure, %d cookies", len(r.Cookies()))
}
