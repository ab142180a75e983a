package reference_test

import (
	"os"
	"testing"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/internal/pgtest"
	"github.com/authcheck/authcheck/reference/internal/redistest"
)

type backend struct {
	name      string
	configure func(t *testing.T) func(*reference.Config)
}

// backends are the embedded default, Redis (a real redis-server started
// for the test; skipped only when it is not installed and CI is not true),
// and the multi-replica setup, Postgres and Redis (a fresh schema on the
// server of AUTHCHECK_TEST_POSTGRES_URL; skipped without it).
func backends() []backend {
	return []backend{
		{"embedded", func(*testing.T) func(*reference.Config) { return nil }},
		{"redis", func(t *testing.T) func(*reference.Config) {
			url := redistest.Start(t)
			return func(c *reference.Config) { c.RedisURL = url }
		}},
		{"postgres+redis", func(t *testing.T) func(*reference.Config) {
			db := pgtest.URL(t)
			url := redistest.Start(t)
			return func(c *reference.Config) { c.DatabaseURL, c.RedisURL = db, url }
		}},
	}
}

// storeEnv, set to "postgres", runs every server the tests start on a
// fresh Postgres schema instead of SQLite: the whole attack suite against
// the other store, e.g.
//
//	AUTHCHECK_TEST_REFERENCE_STORE=postgres go test ./reference/
const storeEnv = "AUTHCHECK_TEST_REFERENCE_STORE"

func testStore(t *testing.T, cfg *reference.Config) {
	if os.Getenv(storeEnv) == "postgres" {
		cfg.DatabaseURL = pgtest.URL(t)
	}
}
