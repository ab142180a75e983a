package jwtcheck_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authcheck/authcheck/analyzers/jwtcheck"
)

func TestAnalyzer(t *testing.T) {
	testdata := analysistest.TestData()
	analysistest.Run(t, testdata, jwtcheck.Analyzer, "middleware", "tokensvc", "legacy", "jwxjose", "reqauth", "odd", "nojwt",
		"keyselect", "tokenpurpose", "loggederr", "legacyclaims", "jwxclaims", "joseclaims", "hooks")
}

func TestSuggestedFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), jwtcheck.Analyzer, "fix")
}

func TestMaxAccessLifetimeFlag(t *testing.T) {
	flag := jwtcheck.Analyzer.Flags.Lookup("max-access-lifetime")
	old := flag.Value.String()
	if err := flag.Value.Set("2h"); err != nil {
		t.Fatal(err)
	}
	defer flag.Value.Set(old)
	analysistest.Run(t, analysistest.TestData(), jwtcheck.Analyzer, "lifetimeflag")
}
