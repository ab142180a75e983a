// Package audit grades a codebase and a running service against the
// checklist: for each item, pass, fail, not verified or manual, from the
// findings of `scan` and the checks of `probe` (docs/design.md, "Output").
package audit

import (
	"fmt"
	"sort"
	"strings"

	"github.com/authcheck/authcheck/checklist"
	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

// Coverage says which parts of the audit ran.
type Coverage struct {
	Scanned bool // static analysis ran
	Probed  bool // live probes ran
	// DisabledRules were turned off by configuration: they verify nothing.
	DisabledRules map[string]bool
}

// Grade returns one verdict per checklist item, in checklist order.
//
// An item fails when any of its rules has an unsuppressed finding or a
// failed check. It passes when at least one of its rules ran and none
// failed (rules that could not run are named in the note). It is not
// verified when it has rules but none of them ran (no profile, scan not
// run, check skipped or errored), and manual when no rule verifies it.
func Grade(cl *checklist.Checklist, findings []report.Finding, checks []report.Check, cov Coverage) []report.ChecklistEntry {
	byItem := map[string][]rules.Rule{}
	for _, r := range rules.All() {
		byItem[r.Checklist] = append(byItem[r.Checklist], r)
	}
	// Info findings are notes (e.g. a one-time reset link in a URL is
	// acceptable under conditions): they do not fail an item.
	failedRule, notedRule := map[string]int{}, map[string]int{}
	for _, f := range findings {
		switch {
		case f.Suppressed:
		case f.Severity == rules.Info:
			notedRule[f.Rule]++
		default:
			failedRule[f.Rule]++
		}
	}
	checkStatus := map[string][]report.Check{}
	for _, c := range checks {
		checkStatus[c.Rule] = append(checkStatus[c.Rule], c)
	}

	out := make([]report.ChecklistEntry, 0, len(cl.Items))
	for _, it := range cl.Items {
		rs := byItem[it.ID]
		e := report.ChecklistEntry{ID: it.ID, VerifiedBy: []string{}}
		for _, r := range rs {
			e.VerifiedBy = append(e.VerifiedBy, r.ID)
		}
		if len(rs) == 0 {
			e.Status = report.VerdictManual
			e.Note = it.Review
			if e.Note == "" {
				e.Note = "No automated rule verifies this yet; a reviewer checks: " + it.Statement
			}
			out = append(out, e)
			continue
		}
		var ran, failed, notRun, noted []string
		for _, r := range rs {
			switch {
			case cov.DisabledRules[r.ID]:
				notRun = append(notRun, r.ID+" (disabled)")
			case r.Static():
				if !cov.Scanned {
					notRun = append(notRun, r.ID+" (scan not run)")
				} else if n := failedRule[r.ID]; n > 0 {
					failed = append(failed, fmt.Sprintf("%s (%d finding%s)", r.ID, n, plural(n)))
				} else {
					ran = append(ran, r.ID)
					if n := notedRule[r.ID]; n > 0 {
						noted = append(noted, fmt.Sprintf("%s (%d info finding%s)", r.ID, n, plural(n)))
					}
				}
			default:
				cs := checkStatus[r.ID]
				if !cov.Probed || len(cs) == 0 {
					notRun = append(notRun, r.ID+" (probe not run)")
					continue
				}
				st, why := worstCheck(cs)
				switch st {
				case report.StatusFail:
					failed = append(failed, r.ID+" ("+why+")")
				case report.StatusPass, report.StatusWarn:
					ran = append(ran, r.ID)
				default:
					notRun = append(notRun, r.ID+" ("+st+": "+why+")")
				}
			}
		}
		switch {
		case len(failed) > 0:
			e.Status = report.VerdictFail
			e.Note = "failed: " + strings.Join(failed, "; ")
		case len(ran) > 0:
			e.Status = report.VerdictPass
			var notes []string
			if len(notRun) > 0 {
				notes = append(notes, "partly verified; not run: "+strings.Join(notRun, "; "))
			}
			if len(noted) > 0 {
				notes = append(notes, "noted: "+strings.Join(noted, "; "))
			}
			e.Note = strings.Join(notes, ". ")
		default:
			e.Status = report.VerdictNotVerified
			e.Note = "no rule ran: " + strings.Join(notRun, "; ")
			if !cov.Probed {
				e.Note += hint(it)
			}
		}
		out = append(out, e)
	}
	return out
}

// worstCheck orders a rule's check results: fail, then error, skip, warn,
// pass; and returns the first message of that status.
func worstCheck(cs []report.Check) (status, message string) {
	rank := map[string]int{report.StatusFail: 5, report.StatusError: 4, report.StatusSkip: 3, report.StatusWarn: 2, report.StatusPass: 1}
	sorted := append([]report.Check(nil), cs...)
	sort.SliceStable(sorted, func(i, j int) bool { return rank[sorted[i].Status] > rank[sorted[j].Status] })
	// A rule checked on several targets passes only if every target passed;
	// but one that errored on one and passed on another has still run.
	w := sorted[0]
	if (w.Status == report.StatusError || w.Status == report.StatusSkip) && hasStatus(cs, report.StatusPass, report.StatusWarn) {
		return report.StatusPass, ""
	}
	return w.Status, w.Message
}

func hasStatus(cs []report.Check, statuses ...string) bool {
	for _, c := range cs {
		for _, s := range statuses {
			if c.Status == s {
				return true
			}
		}
	}
	return false
}

func hint(it checklist.Item) string {
	for _, v := range it.Verify {
		if v == checklist.Live {
			return " — run `authcheck audit --target URL --profile FILE` to verify it live"
		}
	}
	return ""
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// SectionSummary counts verdicts per checklist section.
type SectionSummary struct {
	Section     string
	Title       string
	Pass        int
	Fail        int
	NotVerified int
	Manual      int
}

// Ready reports whether nothing in the section failed or went unverified.
func (s SectionSummary) Ready() bool { return s.Fail == 0 && s.NotVerified == 0 }

// Summarize counts verdicts per section, in checklist order.
func Summarize(cl *checklist.Checklist, entries []report.ChecklistEntry) []SectionSummary {
	idx := map[string]int{}
	out := make([]SectionSummary, len(cl.Sections))
	for i, s := range cl.Sections {
		idx[s.ID] = i
		out[i] = SectionSummary{Section: s.ID, Title: s.Title}
	}
	for _, e := range entries {
		sec, _, _ := strings.Cut(e.ID, ".")
		i, ok := idx[sec]
		if !ok {
			continue
		}
		switch e.Status {
		case report.VerdictPass:
			out[i].Pass++
		case report.VerdictFail:
			out[i].Fail++
		case report.VerdictNotVerified:
			out[i].NotVerified++
		case report.VerdictManual:
			out[i].Manual++
		}
	}
	return out
}
