// Package middleware is a stub of github.com/labstack/echo/v4/middleware
// (v4.16.5) with the real SecureConfig fields and constructors.
package middleware

import "github.com/labstack/echo/v4"

type Skipper func(c echo.Context) bool

func DefaultSkipper(echo.Context) bool { return false }

type SecureConfig struct {
	Skipper               Skipper
	XSSProtection         string `yaml:"xss_protection"`
	ContentTypeNosniff    string `yaml:"content_type_nosniff"`
	XFrameOptions         string `yaml:"x_frame_options"`
	HSTSMaxAge            int    `yaml:"hsts_max_age"`
	HSTSExcludeSubdomains bool   `yaml:"hsts_exclude_subdomains"`
	ContentSecurityPolicy string `yaml:"content_security_policy"`
	CSPReportOnly         bool   `yaml:"csp_report_only"`
	HSTSPreloadEnabled    bool   `yaml:"hsts_preload_enabled"`
	ReferrerPolicy        string `yaml:"referrer_policy"`
}

// DefaultSecureConfig as in v4.16.5: HSTSMaxAge 0, so no HSTS header.
var DefaultSecureConfig = SecureConfig{
	Skipper:            DefaultSkipper,
	XSSProtection:      "1; mode=block",
	ContentTypeNosniff: "nosniff",
	XFrameOptions:      "SAMEORIGIN",
}

func Secure() echo.MiddlewareFunc { return SecureWithConfig(DefaultSecureConfig) }

func SecureWithConfig(config SecureConfig) echo.MiddlewareFunc { return nil }
