// Package gitremote talks about git remotes, whose default name is
// "origin": nothing here is a CORS origin.
package gitremote

import (
	"net/http"
	"strings"
)

// IsGitHub reports whether the origin remote is hosted on GitHub.
func IsGitHub(origin string) bool {
	return strings.HasSuffix(origin, "github.com") || strings.Contains(origin, "github.com") ||
		strings.HasPrefix(origin, "https://github.com")
}

// Fetch downloads the remote's metadata.
func Fetch(c *http.Client, originURL string) (*http.Response, error) { return c.Get(originURL) }
