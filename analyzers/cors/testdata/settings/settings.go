// Package settings holds the service's configuration: constants shared by
// the HTTP packages and a loader for values that come from the environment.
package settings

import (
	"os"
	"strings"
)

// Origins the browser front ends are served from.
const (
	FrontendOrigin = "https://app.example.com"
	AdminOrigin    = "https://admin.example.com"
	// AnyOrigin is what the public API answers.
	AnyOrigin = "*"
	// SandboxOrigin is what browsers send from sandboxed frames.
	SandboxOrigin = "null"
	// CompanyDomain is the apex domain, without a leading dot.
	CompanyDomain = "example.com"
)

// Credentials says whether the API takes cookies cross-origin.
const Credentials = true

// CORS is the part of the configuration the CORS middleware reads.
type CORS struct {
	AllowedOrigins   []string
	AllowCredentials bool
}

// LoadCORS reads the allowed origins from CORS_ORIGINS.
func LoadCORS() CORS {
	return CORS{
		AllowedOrigins:   strings.Split(os.Getenv("CORS_ORIGINS"), ","),
		AllowCredentials: os.Getenv("CORS_CREDENTIALS") == "true",
	}
}
