// Package report defines authcheck's output data (JSON schema version 1, see
// docs/design.md, "Output") and renders it as text, JSON, SARIF and Markdown. Every output
// format is rendered from the same Report value, so formats cannot disagree.
package report

import "github.com/authcheck/authcheck/rules"

// SchemaVersion is the version of the JSON output schema.
const SchemaVersion = 1

// Report is everything one run of scan, probe or audit produced.
type Report struct {
	SchemaVersion int              `json:"schemaVersion"`
	Tool          Tool             `json:"tool"`
	Findings      []Finding        `json:"findings"`
	Checks        []Check          `json:"checks"`
	Checklist     []ChecklistEntry `json:"checklist,omitempty"`
	// Targets is the roll-up of a run over many targets (--targets): one
	// entry per target with its worst check status. Absent for one target.
	Targets []TargetResult `json:"targets,omitempty"`
	Summary Summary        `json:"summary"`
}

// Tool names the producer.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Finding is one static-analysis result. Paths are relative to the module
// root and '/'-separated.
type Finding struct {
	Rule          string         `json:"rule"`
	Checklist     string         `json:"checklist"`
	Severity      rules.Severity `json:"severity"`
	Message       string         `json:"message"`
	File          string         `json:"file"`
	Line          int            `json:"line"`
	Column        int            `json:"column"`
	EndLine       int            `json:"endLine"`
	EndColumn     int            `json:"endColumn"`
	Fingerprint   string         `json:"fingerprint"`
	Suppressed    bool           `json:"suppressed"`
	Justification string         `json:"justification,omitempty"`
	Fixes         []Fix          `json:"fixes,omitempty"`
}

// Fix is a suggested fix: a set of edits applied together.
type Fix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// Edit replaces bytes [Start, End) of File with New.
type Edit struct {
	File  string `json:"file"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	New   string `json:"new"`
}

// Check statuses.
const (
	StatusPass  = "pass"
	StatusFail  = "fail"
	StatusWarn  = "warn"
	StatusSkip  = "skip"
	StatusError = "error"
)

// Check is one live probe result; passes are reported too, so that a report
// shows coverage and not only failures.
type Check struct {
	Rule      string            `json:"rule"`
	Checklist string            `json:"checklist"`
	Status    string            `json:"status"`
	Severity  rules.Severity    `json:"severity"`
	Target    string            `json:"target"`
	Message   string            `json:"message"`
	Evidence  map[string]string `json:"evidence,omitempty"`
	// Fingerprint identifies a failed, warned or errored check across runs
	// (CheckFingerprint), for baselines and SARIF.
	Fingerprint string `json:"fingerprint,omitempty"`
}

// Checklist verdicts (audit). "pass with notes" is a pass whose rules
// reported something below the --fail-on threshold (an info or low
// finding, a warned check): the note says what. "n/a" is an item whose
// static rules have nothing to check: no scanned package imports the APIs
// they look at (or no Go package was scanned at all).
const (
	VerdictPass          = "pass"
	VerdictPassWithNotes = "pass with notes"
	VerdictFail          = "fail"
	VerdictNotVerified   = "not verified"
	VerdictNA            = "n/a"
	VerdictManual        = "manual"
)

// ChecklistEntry is the verdict on one checklist item.
type ChecklistEntry struct {
	ID         string   `json:"id"`
	Status     string   `json:"status"`
	VerifiedBy []string `json:"verifiedBy"`
	Note       string   `json:"note,omitempty"`
}

// Summary counts what matters for a gate.
type Summary struct {
	Findings     int `json:"findings"`
	Suppressed   int `json:"suppressed,omitempty"`
	ChecksFailed int `json:"checksFailed"`
	ChecksPassed int `json:"checksPassed,omitempty"`
}

// Summarize recomputes r.Summary from the findings and checks.
func (r *Report) Summarize() {
	var s Summary
	for _, f := range r.Findings {
		if f.Suppressed {
			s.Suppressed++
		} else {
			s.Findings++
		}
	}
	for _, c := range r.Checks {
		switch c.Status {
		case StatusFail:
			s.ChecksFailed++
		case StatusPass:
			s.ChecksPassed++
		}
	}
	r.Summary = s
}

// MaxSeverity returns the highest severity among unsuppressed findings and
// failed (or warned) checks, and false when there is none.
func (r *Report) MaxSeverity() (rules.Severity, bool) {
	var max rules.Severity
	for _, f := range r.Findings {
		if !f.Suppressed && f.Severity > max {
			max = f.Severity
		}
	}
	for _, c := range r.Checks {
		if (c.Status == StatusFail || c.Status == StatusWarn) && c.Severity > max {
			max = c.Severity
		}
	}
	return max, max > 0
}
