package rules

// The rule pages (docs/rules), their index and the README's rule table are
// generated from this catalogue; `go generate ./rules` is the same as
// `go run ./internal/rulesdoc` from the repository root.
//go:generate go run ../internal/rulesdoc ..
