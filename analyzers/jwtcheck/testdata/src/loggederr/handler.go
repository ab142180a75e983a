// Package loggederr parses bearer tokens in HTTP handlers, some of which
// only log a failed verification and carry on.
package loggederr

import (
	"log"
	"log/slog"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type accountClaims struct {
	jwt.RegisteredClaims
	AccountID string `json:"acct"`
}

type server struct {
	keyfunc jwt.Keyfunc
	logger  *slog.Logger
}

var opts = []jwt.ParserOption{jwt.WithValidMethods([]string{"EdDSA"}), jwt.WithIssuer("https://id.example.com"),
	jwt.WithAudience("billing"), jwt.WithExpirationRequired()}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// invoices logs the verification error and serves the account anyway.
func (s *server) invoices(w http.ResponseWriter, r *http.Request) {
	claims := &accountClaims{}
	_, err := jwt.ParseWithClaims(bearer(r), claims, s.keyfunc, opts...) // want `the error of jwt.ParseWithClaims is only logged \(line \d+\), and its token or claims are used anyway`
	if err != nil {
		log.Printf("invoices: bad token: %v", err)
	}
	w.Write([]byte("invoices of " + claims.AccountID))
}

// profile logs through a structured logger, then reads the token.
func (s *server) profile(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), s.keyfunc, opts...) // want `the error of jwt.Parse is only logged`
	if err != nil {
		s.logger.Warn("profile: token rejected", "err", err)
	}
	sub, _ := tok.Claims.GetSubject()
	w.Write([]byte(sub))
}

// settings logs and stops.
func (s *server) settings(w http.ResponseWriter, r *http.Request) {
	claims := &accountClaims{}
	_, err := jwt.ParseWithClaims(bearer(r), claims, s.keyfunc, opts...)
	if err != nil {
		log.Printf("settings: bad token: %v", err)
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.Write([]byte(claims.AccountID))
}

// export logs the error and then still checks token.Valid before use.
func (s *server) export(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), s.keyfunc, opts...)
	if err != nil {
		log.Println("export:", err)
	}
	if tok == nil || !tok.Valid {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.GetSubject()
	w.Write([]byte(sub))
}

// admin logs at fatal level, which ends the process.
func (s *server) admin(w http.ResponseWriter, r *http.Request) {
	claims := &accountClaims{}
	_, err := jwt.ParseWithClaims(bearer(r), claims, s.keyfunc, opts...)
	if err != nil {
		log.Fatalf("admin: %v", err)
	}
	w.Write([]byte(claims.AccountID))
}
