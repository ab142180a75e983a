package checklist

import (
	"strings"
	"testing"
)

func TestEmbeddedChecklistIsValid(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.Items); n < 40 {
		t.Errorf("checklist has %d items; the production checklist has about 45", n)
	}
	used := map[string]bool{}
	for _, it := range c.Items {
		used[it.Section()] = true
	}
	for _, s := range c.Sections {
		if !used[s.ID] {
			t.Errorf("section %q has no items", s.ID)
		}
	}
}

func TestParseRejectsBadData(t *testing.T) {
	for name, tc := range map[string]struct{ yaml, want string }{
		"unknown key":       {"sections: [{id: a, title: A}]\nitems: [{id: a.b, title: T, statement: S, severity: low, verify: [static], colour: red}]", "colour"},
		"duplicate item":    {"sections: [{id: a, title: A}]\nitems: [{id: a.b, title: T, statement: S, severity: low, verify: [static]}, {id: a.b, title: T, statement: S, severity: low, verify: [static]}]", "duplicate item"},
		"unknown section":   {"sections: [{id: a, title: A}]\nitems: [{id: b.c, title: T, statement: S, severity: low, verify: [static]}]", "unknown section"},
		"bad severity":      {"sections: [{id: a, title: A}]\nitems: [{id: a.b, title: T, statement: S, severity: severe, verify: [static]}]", "severity"},
		"manual, no review": {"sections: [{id: a, title: A}]\nitems: [{id: a.b, title: T, statement: S, severity: low, verify: [manual]}]", "review"},
		"bad CWE":           {"sections: [{id: a, title: A}]\nitems: [{id: a.b, title: T, statement: S, severity: low, verify: [static], cwe: [916]}]", "CWE"},
	} {
		_, err := Parse([]byte(tc.yaml))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want mention of %q", name, err, tc.want)
		}
	}
}
