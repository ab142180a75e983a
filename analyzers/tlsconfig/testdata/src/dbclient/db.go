// Package dbclient opens the service's PostgreSQL connection.
package dbclient

import (
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"os"
)

// Settings is the database section of the config file.
type Settings struct {
	Host     string `yaml:"host" doc:"e.g. host=db sslmode=disable"`
	User     string
	Password string
	Name     string
}

var dsnFlag = flag.String("dsn", "", "PostgreSQL URL, e.g. postgres://app@localhost/app?sslmode=disable for local use")

// localDSN is the development default baked into the binary.
const localDSN = "postgres://app:app@localhost:5432/app?sslmode=disable" // want `sslmode=disable sends the connection, password included, unencrypted`

// Open connects with a key=value DSN that encrypts without verifying.
func Open(s Settings) (*sql.DB, error) {
	dsn := fmt.Sprintf("host=%s user=%s password=%s dbname=%s sslmode=require", s.Host, s.User, s.Password, s.Name) // want `sslmode=require encrypts but does not verify`
	return sql.Open("postgres", dsn)
}

// OpenPreferred falls back to clear text.
func OpenPreferred(host string) (*sql.DB, error) {
	return sql.Open("pgx", "postgresql://"+host+"/app?sslmode=prefer") // want `sslmode=prefer falls back`
}

// OpenVerified verifies the server: fine.
func OpenVerified(host string) (*sql.DB, error) {
	return sql.Open("pgx", fmt.Sprintf("postgres://%s/app?sslmode=verify-full&sslrootcert=/etc/ssl/db-ca.pem", host))
}

// OpenFromEnv reads the DSN from the environment: nothing to check.
func OpenFromEnv() (*sql.DB, error) {
	dsn := os.Getenv("DATABASE_URL")
	if dsn == "" {
		dsn = *dsnFlag
	}
	return sql.Open("postgres", dsn)
}

// ErrInsecureDSN is returned by the config validator.
var ErrInsecureDSN = errors.New("database URL uses sslmode=disable; use sslmode=verify-full")

// Validate rejects unverified DSNs (the message mentions one; not a DSN).
func Validate(dsn string) error {
	if dsn == "" {
		return fmt.Errorf("empty DSN, want e.g. postgres://host/db?sslmode=verify-full not ?sslmode=require")
	}
	return nil
}

// sslModeHelp documents the setting in prose.
const sslModeHelp = "Set sslmode to verify-full in production."
