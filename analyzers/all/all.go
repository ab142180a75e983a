// Package all lists authcheck's analyzers, for drivers that want them all:
// cmd/authcheck, golangci-lint plugins, Bazel nogo configurations.
package all

import (
	"golang.org/x/tools/go/analysis"

	"github.com/authcheck/authcheck/analyzers/cookies"
	"github.com/authcheck/authcheck/analyzers/cors"
	"github.com/authcheck/authcheck/analyzers/jwtcheck"
	"github.com/authcheck/authcheck/analyzers/pwhash"
	"github.com/authcheck/authcheck/analyzers/randomness"
	"github.com/authcheck/authcheck/analyzers/secretcompare"
	"github.com/authcheck/authcheck/analyzers/secretflow"
	"github.com/authcheck/authcheck/analyzers/suppression"
	"github.com/authcheck/authcheck/analyzers/tlsconfig"
	"github.com/authcheck/authcheck/analyzers/urlcreds"
)

// Analyzers returns every authcheck analyzer, security checks first and the
// directive checker last.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		pwhash.Analyzer,
		secretcompare.Analyzer,
		jwtcheck.Analyzer,
		urlcreds.Analyzer,
		cookies.Analyzer,
		tlsconfig.Analyzer,
		cors.Analyzer,
		randomness.Analyzer,
		secretflow.Analyzer,
		suppression.Analyzer,
	}
}
