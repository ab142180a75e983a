package rules_test

import (
	"regexp"
	"testing"

	"github.com/authcheck/authcheck/checklist"
	"github.com/authcheck/authcheck/rules"
)

var idPattern = regexp.MustCompile(`^A[CP][0-9]{3}$`)

// TestCatalogue checks every registered rule against the checklist: a rule
// that names a missing item, or lacks the text that explain and SARIF
// render, fails here rather than in a user's report.
func TestCatalogue(t *testing.T) {
	cl, err := checklist.Load()
	if err != nil {
		t.Fatal(err)
	}
	all := rules.All()
	if len(all) == 0 {
		t.Fatal("no rules registered")
	}
	for _, r := range all {
		if !idPattern.MatchString(r.ID) {
			t.Errorf("%s: malformed ID", r.ID)
		}
		if _, ok := cl.Item(r.Checklist); !ok {
			t.Errorf("%s: names unknown checklist item %q", r.ID, r.Checklist)
		}
		if r.Severity < rules.Info || r.Severity > rules.Critical {
			t.Errorf("%s: invalid severity %d", r.ID, r.Severity)
		}
		if r.Name == "" || r.Summary == "" || r.Why == "" || r.Fix == "" || r.Source == "" {
			t.Errorf("%s: Name, Summary, Why, Fix and Source are all required", r.ID)
		}
	}
}

func TestParseSeverity(t *testing.T) {
	for _, s := range []rules.Severity{rules.Info, rules.Low, rules.Medium, rules.High, rules.Critical} {
		got, err := rules.ParseSeverity(s.String())
		if err != nil || got != s {
			t.Errorf("ParseSeverity(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := rules.ParseSeverity("severe"); err == nil {
		t.Error("ParseSeverity(severe): no error")
	}
}
