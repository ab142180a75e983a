package urlcreds_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authcheck/authcheck/analyzers/urlcreds"
	"github.com/authcheck/authcheck/rules"
)

// setOneTimeLinks sets the -one-time-links flag for one test.
func setOneTimeLinks(t *testing.T, value string) {
	t.Helper()
	f := urlcreds.Analyzer.Flags.Lookup("one-time-links")
	if f == nil {
		t.Fatal("flag -one-time-links not defined")
	}
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Value.Set(old) })
}

// Each package mixes positives with hard negatives (OAuth parameters,
// page tokens, form bodies, header authentication, presence checks that
// refuse tokens, stripping a token before logging).
var packages = []string{
	"oauthclient",  // authorization-code client and API client
	"webhook",      // webhook sender and a key-adding reverse proxy
	"handlers",     // net/http handlers, middleware, OAuth authorization endpoint
	"resetmail",    // one-time links (AC403) next to real credentials (AC401)
	"wsupgrade",    // WebSocket handshake reading ?token= (AC402)
	"jwtmw",        // golang-jwt request extractors reading the query (AC402, issue 10)
	"posthandlers", // FormValue in POST-only handlers (AC404) and where GET reaches (AC402)
	"scrubber",     // redaction placeholders in URLs (not reported)
	"logout",       // logout anti-CSRF tokens in URLs (AC405)
	"ginapi",       // gin
	"echoapi",      // echo
	"links",        // no imports: string building only
}

func TestAnalyzer(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), urlcreds.Analyzer, packages...)

	// analysistest matches messages; check that each diagnostic also
	// carries the rule ID its message belongs to, and that the rule is in
	// the catalogue under this analyzer.
	seen := map[string]int{}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			seen[d.Category]++
			want := ruleForMessage(d.Message)
			if d.Category != want {
				t.Errorf("%s: category %q, want %q for message %q", r.Pass.Fset.Position(d.Pos), d.Category, want, d.Message)
			}
			rule, ok := rules.Lookup(d.Category)
			if !ok {
				t.Errorf("%s: rule %s is not registered", r.Pass.Fset.Position(d.Pos), d.Category)
				continue
			}
			if rule.Source != urlcreds.Analyzer.Name || rule.Checklist != "tokens.not-in-urls" {
				t.Errorf("rule %s: Source %q, Checklist %q", rule.ID, rule.Source, rule.Checklist)
			}
			if strings.Contains(d.Message, d.Category) {
				t.Errorf("%s: message repeats the rule ID: %q", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
	for _, id := range []string{"AC401", "AC402", "AC403", "AC404", "AC405"} {
		if seen[id] == 0 {
			t.Errorf("no %s diagnostics in the test packages", id)
		}
	}
}

// ruleForMessage maps the message wording back to the rule that must
// have produced it.
func ruleForMessage(msg string) string {
	switch {
	case strings.HasPrefix(msg, "one-time "):
		return "AC403"
	case strings.HasPrefix(msg, "logout token "):
		return "AC405"
	case strings.Contains(msg, " in a handler that only accepts POST"):
		return "AC404"
	case strings.Contains(msg, " placed in a "):
		return "AC401"
	case strings.Contains(msg, " read from ") || strings.Contains(msg, " read with "):
		return "AC402"
	}
	return "?"
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), urlcreds.Analyzer, "fix")
}

func TestOneTimeLinksFlag(t *testing.T) {
	t.Run("flag", func(t *testing.T) {
		setOneTimeLinks(t, "flag")
		analysistest.Run(t, analysistest.TestData(), urlcreds.Analyzer, "onetimeflag")
	})
	t.Run("ignore", func(t *testing.T) {
		setOneTimeLinks(t, "ignore")
		analysistest.Run(t, analysistest.TestData(), urlcreds.Analyzer, "onetimeignore")
	})
	t.Run("invalid", func(t *testing.T) {
		if err := urlcreds.Analyzer.Flags.Set("one-time-links", "maybe"); err == nil {
			t.Error("-one-time-links=maybe accepted")
		}
		if got := urlcreds.Analyzer.Flags.Lookup("one-time-links").Value.String(); got != "info" {
			t.Errorf("default -one-time-links = %q, want info", got)
		}
	})
}

// TestIssue10Fixes checks the suggested fixes of AC404 (PostFormValue,
// PostForm) and of request.OAuth2Extractor (AuthorizationHeaderExtractor)
// against .golden files.
func TestIssue10Fixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), urlcreds.Analyzer, "jwtmw", "posthandlers")
}
