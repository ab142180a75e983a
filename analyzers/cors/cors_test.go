package cors_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authcheck/authcheck/analyzers/cors"
)

// The testdata directory is a module (testdata/go.mod) that requires the
// real CORS libraries and routers, vendored into testdata/vendor so the
// test needs no network: analysistest loads it in module mode.
func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cors.Analyzer,
		"./middleware", "./rscors", "./chicors", "./gincors", "./echocors", "./gorillacors", "./settings", "./odd", "./gitremote")
}

func TestSuggestedFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), cors.Analyzer, "./fix")
}
