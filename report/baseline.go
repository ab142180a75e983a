package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
)

// BaselineVersion is the version of the baseline file format.
const BaselineVersion = 1

// Baseline lists accepted findings by fingerprint (--write-baseline writes
// one, --baseline reads it): a team adopting authcheck on an existing code
// base gates only on findings that are new.
//
// A baseline belongs to the command that wrote it (scan, probe or audit):
// scan and audit fingerprint code, probe and audit fingerprint live checks,
// and reading another command's baseline would silently hide nothing (or
// the wrong things). A baseline without "command" was written by scan
// before the field existed.
type Baseline struct {
	Version  int             `json:"version"`
	Command  string          `json:"command,omitempty"`
	Findings []BaselineEntry `json:"findings"`
	Checks   []BaselineCheck `json:"checks,omitempty"`
}

// BaselineCheck is one accepted failed (or warned) live check. Rule and
// Origin are redundant with the fingerprint but make the file reviewable.
type BaselineCheck struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Origin      string `json:"origin"`
}

// WrittenBy returns the command that wrote the baseline ("scan" for
// baselines from before the command was recorded).
func (b Baseline) WrittenBy() string {
	if b.Command == "" {
		return "scan"
	}
	return b.Command
}

// gated reports whether a check's status can fail the gate, and so
// belongs in a baseline. A check that could not run (error) is never
// accepted: nothing was verified.
func gated(c Check) bool { return c.Status == StatusFail || c.Status == StatusWarn }

// WriteBaselineOf writes the baseline of a report made by command: its
// unsuppressed findings (see WriteBaseline) and its failed and warned
// checks. Every check to record needs a fingerprint
// (AssignCheckFingerprints).
func WriteBaselineOf(w io.Writer, command string, r *Report) error {
	b, err := newBaseline(r.Findings)
	if err != nil {
		return err
	}
	b.Command = command
	for _, c := range r.Checks {
		if !gated(c) {
			continue
		}
		if c.Fingerprint == "" {
			return fmt.Errorf("baseline: check %s (%s) has no fingerprint", c.Rule, c.Target)
		}
		b.Checks = append(b.Checks, BaselineCheck{Fingerprint: c.Fingerprint, Rule: c.Rule, Origin: Origin(c.Target)})
	}
	slices.SortFunc(b.Checks, func(x, y BaselineCheck) int {
		return cmp.Or(cmp.Compare(x.Rule, y.Rule), cmp.Compare(x.Origin, y.Origin), cmp.Compare(x.Fingerprint, y.Fingerprint))
	})
	b.Checks = slices.Compact(b.Checks)
	return b.write(w)
}

// FilterChecks returns the checks that are not accepted by the baseline,
// in their original order, and how many were dropped. Only failed and
// warned checks can be accepted.
func (b Baseline) FilterChecks(checks []Check) (kept []Check, baselined int) {
	known := make(map[BaselineCheck]bool, len(b.Checks))
	for _, e := range b.Checks {
		known[e] = true
	}
	kept = make([]Check, 0, len(checks))
	for _, c := range checks {
		if gated(c) && c.Fingerprint != "" && known[BaselineCheck{Fingerprint: c.Fingerprint, Rule: c.Rule, Origin: Origin(c.Target)}] {
			baselined++
			continue
		}
		kept = append(kept, c)
	}
	return kept, baselined
}

// BaselineEntry is one accepted finding. Rule and File are redundant with
// the fingerprint (which hashes both) but make the file reviewable and
// guard against a fingerprint collision across rules or files.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	File        string `json:"file"`
}

// WriteBaseline writes the unsuppressed findings as a baseline, sorted by
// file, rule and fingerprint, without duplicates. Suppressed findings are
// left out: they are accepted in the code already, and if the suppression
// is removed later the finding must come back. Every finding needs a
// fingerprint (AssignFingerprints).
func WriteBaseline(w io.Writer, findings []Finding) error {
	b, err := newBaseline(findings)
	if err != nil {
		return err
	}
	return b.write(w)
}

func newBaseline(findings []Finding) (Baseline, error) {
	b := Baseline{Version: BaselineVersion, Findings: []BaselineEntry{}}
	for _, f := range findings {
		if f.Suppressed {
			continue
		}
		if f.Fingerprint == "" {
			return Baseline{}, fmt.Errorf("baseline: finding %s at %s has no fingerprint", f.Rule, location(f))
		}
		b.Findings = append(b.Findings, BaselineEntry{Fingerprint: f.Fingerprint, Rule: f.Rule, File: f.File})
	}
	slices.SortFunc(b.Findings, func(x, y BaselineEntry) int {
		return cmp.Or(cmp.Compare(x.File, y.File), cmp.Compare(x.Rule, y.Rule), cmp.Compare(x.Fingerprint, y.Fingerprint))
	})
	b.Findings = slices.Compact(b.Findings)
	return b, nil
}

func (b Baseline) write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(b)
}

// ReadBaseline reads a baseline written by WriteBaseline. Errors say what
// is wrong with the file: not JSON, a report instead of a baseline, a
// version this build does not read, an entry without fingerprint or rule.
func ReadBaseline(r io.Reader) (Baseline, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Baseline{}, fmt.Errorf("baseline: %w", err)
	}
	var probe struct {
		Version       *int `json:"version"`
		SchemaVersion *int `json:"schemaVersion"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return Baseline{}, fmt.Errorf("baseline: not a JSON baseline file: %w", err)
	}
	switch {
	case probe.SchemaVersion != nil && probe.Version == nil:
		return Baseline{}, errors.New("baseline: this is an authcheck report, not a baseline; write one with --write-baseline")
	case probe.Version == nil:
		return Baseline{}, errors.New("baseline: no \"version\" field; not an authcheck baseline file")
	case *probe.Version != BaselineVersion:
		return Baseline{}, fmt.Errorf("baseline: version %d is not supported (this authcheck reads version %d)", *probe.Version, BaselineVersion)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var b Baseline
	if err := dec.Decode(&b); err != nil {
		return Baseline{}, fmt.Errorf("baseline: %w", err)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" || e.Rule == "" {
			return Baseline{}, fmt.Errorf("baseline: entry %d (file %q) needs both \"fingerprint\" and \"rule\"", i+1, e.File)
		}
	}
	for i, e := range b.Checks {
		if e.Fingerprint == "" || e.Rule == "" {
			return Baseline{}, fmt.Errorf("baseline: check %d (%q) needs both \"fingerprint\" and \"rule\"", i+1, e.Origin)
		}
	}
	switch b.Command {
	case "", "scan", "probe", "audit":
	default:
		return Baseline{}, fmt.Errorf("baseline: command %q is not scan, probe or audit", b.Command)
	}
	return b, nil
}

// Filter returns the findings that are not in the baseline, in their
// original order, and how many were dropped because they are. Suppressed
// findings are kept (they are reported as suppressed, not gated on).
// The input slice is not modified.
func (b Baseline) Filter(findings []Finding) (kept []Finding, baselined int) {
	known := make(map[BaselineEntry]bool, len(b.Findings))
	for _, e := range b.Findings {
		known[e] = true
	}
	kept = make([]Finding, 0, len(findings))
	for _, f := range findings {
		if !f.Suppressed && known[BaselineEntry{Fingerprint: f.Fingerprint, Rule: f.Rule, File: f.File}] {
			baselined++
			continue
		}
		kept = append(kept, f)
	}
	return kept, baselined
}
