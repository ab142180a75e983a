// Package diag has logging helpers used by other packages.
package diag

import "log"

// Debug logs a labelled value.
func Debug(label, v string) { // want Debug:`sinks\(0→log\.Printf\ at\ diag\.go:8,\ 1→log\.Printf\ at\ diag\.go:8\)`
	log.Printf("debug %s=%s", label, v) // the parameter is neutral: callers are reported
}

// Field logs through Debug: a helper of a helper.
func Field(name string, value string) { // want Field:`sinks\(0→log\.Printf\ at\ diag\.go:8,\ 1→log\.Printf\ at\ diag\.go:8\)`
	Debug(name, value)
}

// Token logs a token; its parameter's name says what it is, so the finding
// is here, once, not at every call.
func Token(token string) {
	log.Println("token", token) // want `\[AC901\] token from token \(diag.go:\d+\) logged here by log.Println`
}

// Count logs a number.
func Count(label string, n int) { // want Count:`sinks\(0→log\.Printf\ at\ diag\.go:24,\ 1→log\.Printf\ at\ diag\.go:24\)`
	log.Printf("%s: %d", label, n)
}
