package reference_test

import (
	"testing"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/internal/redistest"
)

type backend struct {
	name      string
	configure func(t *testing.T) func(*reference.Config)
}

// backends are the embedded default and Redis (a real redis-server started
// for the test; skipped only when it is not installed and CI is not true).
func backends() []backend {
	return []backend{
		{"embedded", func(*testing.T) func(*reference.Config) { return nil }},
		{"redis", func(t *testing.T) func(*reference.Config) {
			url := redistest.Start(t)
			return func(c *reference.Config) { c.RedisURL = url }
		}},
	}
}
