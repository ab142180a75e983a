// Package audit grades a codebase and a running service against the
// checklist: for each item, pass, pass with notes, fail, not verified, n/a
// or manual, from the findings of `scan` and the checks of `probe`
// (docs/design.md, "Output").
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
	// FailOn is the gate's threshold: unsuppressed findings and warned
	// checks below it are notes (the item passes with notes), at or above
	// it they fail the item. Zero means medium, the --fail-on default.
	FailOn rules.Severity
	// APIsKnown says that Packages and Imports describe the scanned code.
	// Then a static rule whose APIs no scanned package imports, or any
	// static rule when no package was scanned, has nothing to check and
	// its part of an item is n/a rather than a pass.
	APIsKnown bool
	Packages  int             // Go packages the scan covered
	Imports   map[string]bool // import paths of the scanned packages
}

// applicable reports whether static rule r has something to check in the
// scanned code, and if not, why.
func (cov Coverage) applicable(r rules.Rule) (bool, string) {
	if !cov.APIsKnown {
		return true, ""
	}
	if cov.Packages == 0 {
		return false, "there is no Go code here"
	}
	if len(r.APIs) == 0 {
		return true, ""
	}
	for imp := range cov.Imports {
		for _, api := range r.APIs {
			if imp == api || strings.HasPrefix(imp, strings.TrimSuffix(api, "/")+"/") {
				return true, ""
			}
		}
	}
	return false, "no code here imports " + apiList(r.APIs)
}

// apiList names a rule's APIs briefly: the first three and a count.
func apiList(apis []string) string {
	if len(apis) <= 3 {
		return strings.Join(apis, ", ")
	}
	return fmt.Sprintf("%s or %d other packages", strings.Join(apis[:3], ", "), len(apis)-3)
}

// Grade returns one verdict per checklist item, in checklist order.
//
// An item fails when any of its rules has an unsuppressed finding, a failed
// check, or a warned check at or above cov.FailOn. It passes when at least
// one of its rules ran and none failed (rules that could not run are named
// in the note), and passes with notes when a rule reported something below
// the threshold (an info or low finding, a warned check). Its static part
// is n/a when the scanned code imports none of a rule's APIs (or no package
// was scanned); an item whose rules are all n/a is n/a, one whose other
// rules did not run is not verified. It is not verified when it has rules
// but none of them ran (no profile, scan not run, check skipped or
// errored), and manual when no rule verifies it.
func Grade(cl *checklist.Checklist, findings []report.Finding, checks []report.Check, cov Coverage) []report.ChecklistEntry {
	byItem := map[string][]rules.Rule{}
	for _, r := range rules.All() {
		byItem[r.Checklist] = append(byItem[r.Checklist], r)
	}
	threshold := cov.FailOn
	if threshold == 0 {
		threshold = rules.Medium
	}
	// Findings below the gate's threshold (info and, by default, low) are
	// notes: they do not fail an item, but it passes with notes.
	failedRule, notedRule := map[string]int{}, map[string]map[rules.Severity]int{}
	for _, f := range findings {
		switch {
		case f.Suppressed:
		case severityOf(f) < threshold:
			if notedRule[f.Rule] == nil {
				notedRule[f.Rule] = map[rules.Severity]int{}
			}
			notedRule[f.Rule][severityOf(f)]++
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
		var ran, failed, notRun, noted, na []string
		naWhy := map[string]bool{}
		var naReasons []string
		for _, r := range rs {
			switch {
			case cov.DisabledRules[r.ID]:
				notRun = append(notRun, r.ID+" (disabled)")
			case r.Static():
				if !cov.Scanned {
					notRun = append(notRun, r.ID+" (scan not run)")
				} else if n := failedRule[r.ID]; n > 0 {
					failed = append(failed, fmt.Sprintf("%s (%d finding%s)", r.ID, n, plural(n)))
				} else if n := notedRule[r.ID]; len(n) > 0 {
					ran = append(ran, r.ID)
					noted = append(noted, r.ID+" ("+countBySeverity(n)+")")
				} else if ok, why := cov.applicable(r); !ok {
					na = append(na, r.ID)
					if !naWhy[why] {
						naWhy[why] = true
						naReasons = append(naReasons, why)
					}
				} else {
					ran = append(ran, r.ID)
				}
			default:
				cs := checkStatus[r.ID]
				if !cov.Probed || len(cs) == 0 {
					notRun = append(notRun, r.ID+" (probe not run)")
					continue
				}
				st, c := worstCheck(cs)
				switch {
				case st == report.StatusFail, st == report.StatusWarn && c.Severity >= threshold:
					failed = append(failed, r.ID+" ("+c.Message+")")
				case st == report.StatusWarn:
					ran = append(ran, r.ID)
					noted = append(noted, r.ID+" warns: "+c.Message)
				case st == report.StatusPass:
					ran = append(ran, r.ID)
				default:
					notRun = append(notRun, r.ID+" ("+st+": "+c.Message+")")
				}
			}
		}
		var notes []string
		switch {
		case len(failed) > 0:
			e.Status = report.VerdictFail
			notes = append(notes, "failed: "+strings.Join(failed, "; "))
			if len(noted) > 0 {
				notes = append(notes, "noted: "+strings.Join(noted, "; "))
			}
		case len(ran) > 0:
			e.Status = report.VerdictPass
			if len(noted) > 0 {
				e.Status = report.VerdictPassWithNotes
				notes = append(notes, "noted: "+strings.Join(noted, "; "))
			}
			if len(notRun) > 0 {
				notes = append(notes, "partly verified; not run: "+strings.Join(notRun, "; "))
			}
			if len(na) > 0 {
				notes = append(notes, "n/a: "+report.CompressIDs(na)+" ("+strings.Join(naReasons, "; ")+")")
			}
		case len(na) > 0 && len(notRun) == 0:
			e.Status = report.VerdictNA
			notes = append(notes, "nothing to check: "+strings.Join(naReasons, "; ")+" ("+report.CompressIDs(na)+")")
		default:
			e.Status = report.VerdictNotVerified
			n := "no rule ran: " + strings.Join(notRun, "; ")
			if len(na) > 0 {
				n += "; n/a: " + report.CompressIDs(na) + " (" + strings.Join(naReasons, "; ") + ")"
			}
			if !cov.Probed {
				n += hint(it)
			}
			notes = append(notes, n)
		}
		e.Note = strings.Join(notes, ". ")
		out = append(out, e)
	}
	return out
}

// severityOf is a finding's severity, its rule's default when unset.
func severityOf(f report.Finding) rules.Severity {
	if f.Severity != 0 {
		return f.Severity
	}
	if r, ok := rules.Lookup(f.Rule); ok {
		return r.Severity
	}
	return rules.High
}

// countBySeverity says "1 low finding" or "2 info findings, 1 low finding".
func countBySeverity(n map[rules.Severity]int) string {
	var parts []string
	for s := rules.Info; s <= rules.Critical; s++ {
		if c := n[s]; c > 0 {
			parts = append(parts, fmt.Sprintf("%d %s finding%s", c, s, plural(c)))
		}
	}
	return strings.Join(parts, ", ")
}

// worstCheck orders a rule's check results: fail, then error, skip, warn,
// pass; and returns the first message of that status.
func worstCheck(cs []report.Check) (status string, worst report.Check) {
	rank := map[string]int{report.StatusFail: 5, report.StatusError: 4, report.StatusSkip: 3, report.StatusWarn: 2, report.StatusPass: 1}
	sorted := append([]report.Check(nil), cs...)
	sort.SliceStable(sorted, func(i, j int) bool { return rank[sorted[i].Status] > rank[sorted[j].Status] })
	// A rule checked on several targets passes only if every target passed;
	// but one that errored on one and passed on another has still run.
	w := sorted[0]
	if (w.Status == report.StatusError || w.Status == report.StatusSkip) && hasStatus(cs, report.StatusPass, report.StatusWarn) {
		return report.StatusPass, report.Check{}
	}
	if w.Severity == 0 {
		if r, ok := rules.Lookup(w.Rule); ok {
			w.Severity = r.Severity
		}
	}
	return w.Status, w
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
	NA          int // n/a: the code uses none of the APIs the item's rules look at
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
		case report.VerdictPass, report.VerdictPassWithNotes:
			out[i].Pass++
		case report.VerdictNA:
			out[i].NA++
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
