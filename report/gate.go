package report

import (
	"fmt"
	"strings"

	"github.com/authcheck/authcheck/rules"
)

// DefaultFailOn is the --fail-on default (docs/design.md).
const DefaultFailOn = "medium"

// ParseFailOn parses a --fail-on value: a severity name (info, low, medium,
// high, critical) or "never". Case and surrounding space are ignored.
func ParseFailOn(s string) (threshold rules.Severity, never bool, err error) {
	v := strings.ToLower(strings.TrimSpace(s))
	if v == "never" {
		return 0, true, nil
	}
	threshold, err = rules.ParseSeverity(v)
	if err != nil || v == "" {
		return 0, false, fmt.Errorf("invalid fail-on level %q (want info, low, medium, high, critical or never)", s)
	}
	return threshold, false, nil
}

// Fails reports whether the report has an unsuppressed finding, or a failed
// or warned check, at or above threshold (see MaxSeverity). Findings and
// checks whose severity was left unset count at their rule's default
// severity, as every output format shows them. A zero threshold (what
// ParseFailOn returns with never) never fails.
func (r *Report) Fails(threshold rules.Severity) bool {
	if threshold <= 0 {
		return false
	}
	maxSev, ok := normalize(r).MaxSeverity()
	return ok && maxSev >= threshold
}
