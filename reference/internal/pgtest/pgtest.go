// Package pgtest gives tests a fresh, empty Postgres schema on the server
// named by AUTHCHECK_TEST_POSTGRES_URL (.ci/start-postgres starts one on
// loopback and prints its URL). Without the variable the test is skipped,
// except in CI (CI=true), where a missing Postgres is a broken setup and
// fails the test.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env names the variable with the test server's URL.
const Env = "AUTHCHECK_TEST_POSTGRES_URL"

// Admin returns the server URL, skipping the test when it is not set.
func Admin(t testing.TB) string {
	t.Helper()
	u := os.Getenv(Env)
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s not set and CI=true: .ci/run starts Postgres with .ci/start-postgres", Env)
		}
		t.Skipf("%s not set; skipping the Postgres variant (export %s=$(.ci/start-postgres))", Env, Env)
	}
	return u
}

// URL creates a schema of its own for the test, dropped when the test
// ends, and returns a URL whose connections use it (search_path), so that
// tests sharing one server see nothing of each other.
func URL(t testing.TB) string {
	t.Helper()
	admin := Admin(t)
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	execSQL(t, admin, `CREATE SCHEMA `+schema)
	t.Cleanup(func() { execSQL(t, admin, `DROP SCHEMA `+schema+` CASCADE`) })
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	q.Set("application_name", schema) // find the test's connections in pg_stat_activity
	u.RawQuery = q.Encode()
	return u.String()
}

// Schema is the schema (and application_name) of a URL from URL.
func Schema(dbURL string) string {
	u, err := url.Parse(dbURL)
	if err != nil {
		return ""
	}
	return u.Query().Get("search_path")
}

func execSQL(t testing.TB, dsn, sql string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("postgres at %s: %v", Env, err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}
