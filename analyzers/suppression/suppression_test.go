package suppression_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authcheck/authcheck/analyzers/suppression"
)

func TestAnalyzer(t *testing.T) {
	if err := suppression.Analyzer.Flags.Set("require-justification", "true"); err != nil {
		t.Fatal(err)
	}
	defer suppression.Analyzer.Flags.Set("require-justification", "false")
	analysistest.Run(t, analysistest.TestData(), suppression.Analyzer, "a")
}
