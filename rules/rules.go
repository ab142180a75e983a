// Package rules is the catalogue of authcheck's rules: one entry per rule ID,
// for static analyzers (AC…) and live probes (AP…), each naming the single
// checklist item it verifies. Reports, `authcheck rules`, `authcheck explain`
// and SARIF rule metadata are all rendered from this catalogue.
//
// Rule IDs are stable: a retired ID is never reused. Each area registers its
// rules from its own file (ac1xx.go, ap2xx.go, …) so that areas evolve
// independently.
package rules

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Severity orders findings for gating (--fail-on) and display.
type Severity int

// Severities, lowest first. The zero value is invalid so that a rule that
// forgets to set one fails the catalogue test.
const (
	Info Severity = iota + 1
	Low
	Medium
	High
	Critical
)

var severityNames = map[Severity]string{Info: "info", Low: "low", Medium: "medium", High: "high", Critical: "critical"}

func (s Severity) String() string {
	if n, ok := severityNames[s]; ok {
		return n
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// ParseSeverity parses a severity name (case-insensitive).
func ParseSeverity(name string) (Severity, error) {
	for s, n := range severityNames {
		if strings.EqualFold(n, name) {
			return s, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want info, low, medium, high or critical)", name)
}

// MarshalText encodes a severity by name, for JSON and YAML.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a severity name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// SecuritySeverity is the CVSS-like score GitHub code scanning reads from
// SARIF's properties.security-severity to bucket alerts.
func (s Severity) SecuritySeverity() string {
	switch s {
	case Critical:
		return "9.5"
	case High:
		return "8.0"
	case Medium:
		return "5.5"
	case Low:
		return "3.0"
	default:
		return "1.0"
	}
}

// Rule describes one check. Everything a user reads about a rule
// (explain, SARIF help, README table) comes from these fields.
type Rule struct {
	ID        string   // AC101, AP201, …
	Name      string   // short kebab-case name, e.g. "fast-password-hash"
	Checklist string   // the checklist item ID this rule verifies
	Severity  Severity // default severity; .authcheck.yml may override
	Source    string   // analyzer or probe name that produces it
	Summary   string   // one line: what is wrong
	Why       string   // why it matters
	Fix       string   // what to do instead
	CWE       []string // e.g. "CWE-916"
	ASVS      []string // OWASP ASVS 5.0 requirement IDs, e.g. "12.1.1"
	Links     []string // further reading
	// APIs lists the import paths whose use gives the rule something to
	// check (e.g. "github.com/golang-jwt/jwt/v5" for the JWT rules). When
	// no scanned package imports any of them, an audit grades the rule's
	// checklist item n/a rather than pass. Empty means the rule looks at
	// any Go code.
	APIs []string
}

// Static reports whether the rule comes from static analysis.
func (r Rule) Static() bool { return strings.HasPrefix(r.ID, "AC") }

var (
	mu       sync.Mutex
	registry = map[string]Rule{}
)

// Register adds rules to the catalogue. It panics on a duplicate ID: that is
// a programming error caught by every test run.
func Register(rs ...Rule) {
	mu.Lock()
	defer mu.Unlock()
	for _, r := range rs {
		if _, dup := registry[r.ID]; dup {
			panic("rules: duplicate rule ID " + r.ID)
		}
		if len(r.APIs) == 0 {
			r.APIs = sourceAPIs[r.Source]
		}
		registry[r.ID] = r
	}
}

// All returns every registered rule, sorted by ID.
func All() []Rule {
	mu.Lock()
	defer mu.Unlock()
	out := make([]Rule, 0, len(registry))
	for _, r := range registry {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Lookup returns the rule with the given ID (case-insensitive).
func Lookup(id string) (Rule, bool) {
	mu.Lock()
	defer mu.Unlock()
	r, ok := registry[strings.ToUpper(id)]
	return r, ok
}
