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
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
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
	b := Baseline{Version: BaselineVersion, Findings: []BaselineEntry{}}
	for _, f := range findings {
		if f.Suppressed {
			continue
		}
		if f.Fingerprint == "" {
			return fmt.Errorf("baseline: finding %s at %s has no fingerprint", f.Rule, location(f))
		}
		b.Findings = append(b.Findings, BaselineEntry{Fingerprint: f.Fingerprint, Rule: f.Rule, File: f.File})
	}
	slices.SortFunc(b.Findings, func(x, y BaselineEntry) int {
		return cmp.Or(cmp.Compare(x.File, y.File), cmp.Compare(x.Rule, y.Rule), cmp.Compare(x.Fingerprint, y.Fingerprint))
	})
	b.Findings = slices.Compact(b.Findings)
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
