package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/authcheck/authcheck/checklist"
	"github.com/authcheck/authcheck/rules"
)

// Output formats accepted by Render (the --format flag).
const (
	FormatText     = "text"
	FormatJSON     = "json"
	FormatSARIF    = "sarif"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
)

// Formats lists the output formats Render accepts, in the order help texts
// show them.
var Formats = []string{FormatText, FormatJSON, FormatSARIF, FormatMarkdown, FormatHTML}

// ToolName and InformationURI identify authcheck in JSON and SARIF output.
const (
	ToolName       = "authcheck"
	InformationURI = "https://github.com/authcheck/authcheck"
)

// RenderOptions are the caller's decisions that the data cannot make.
type RenderOptions struct {
	// Color turns on ANSI colours in the text format. The caller decides
	// (TTY, NO_COLOR, --color); Render never looks at the terminal.
	Color bool
	// ShowSuppressed lists suppressed findings in text and Markdown output.
	// JSON and SARIF always carry them, marked as suppressed.
	ShowSuppressed bool
	// Command is "scan", "probe" or "audit"; it titles the Markdown report
	// and decides which parts an empty report still mentions.
	Command string
	// BaseDir is the absolute path of the repository root (the git top
	// level, else the module root). When set, SARIF output declares it as
	// %SRCROOT% (run.originalUriBaseIds) so that viewers outside GitHub
	// can resolve the repository-relative URIs.
	BaseDir string
	// SourcePrefix is the module root's '/'-separated path relative to
	// BaseDir ("service/" for a module in service/ of a repository; empty
	// when the module is the repository). SARIF URIs start with it, since
	// GitHub maps alerts to files by their path in the repository, while
	// the other formats keep module-relative paths.
	SourcePrefix string
	// Date is shown as given in the HTML report's header (e.g.
	// "2025-06-01"); empty shows none. Render never reads the clock, so
	// that output is reproducible.
	Date string
	// Verbose lists every check on its own line in the text format;
	// otherwise checks are grouped by outcome, one line per cause.
	Verbose bool
}

// Render writes r in the given format. The report is not modified: each
// renderer works on a normalised copy (sorted, summary recomputed).
func Render(w io.Writer, r *Report, format string, opts RenderOptions) error {
	if r == nil {
		return fmt.Errorf("report: nil report")
	}
	n := normalize(r)
	switch strings.ToLower(format) {
	case FormatText:
		return renderText(w, n, opts)
	case FormatJSON:
		return renderJSON(w, n)
	case FormatSARIF:
		return renderSARIF(w, n, opts)
	case FormatMarkdown, "md":
		return renderMarkdown(w, n, opts)
	case FormatHTML:
		return renderHTML(w, n, opts)
	default:
		return fmt.Errorf("unknown output format %q (want %s)", format, strings.Join(Formats, ", "))
	}
}

// normalize returns a deep-enough copy of r that every renderer can rely on:
// schema version and tool name set, slices non-nil, unset severities and
// checklist items filled in from the rule catalogue, findings in
// (file, line, column, rule) order, checks in (rule, target) order, checklist
// entries in checklist order, summary recomputed. Maps (evidence) are shared
// but never written.
func normalize(r *Report) *Report {
	n := *r
	n.SchemaVersion = SchemaVersion
	if n.Tool.Name == "" {
		n.Tool.Name = ToolName
	}
	n.Findings = make([]Finding, len(r.Findings))
	for i, f := range r.Findings {
		f.Severity = findingSeverity(f)
		if f.Checklist == "" {
			f.Checklist = ruleChecklist(f.Rule)
		}
		n.Findings[i] = f
	}
	slices.SortStableFunc(n.Findings, compareFindings)
	n.Checks = make([]Check, len(r.Checks))
	for i, c := range r.Checks {
		c.Severity = checkSeverity(c)
		if c.Checklist == "" {
			c.Checklist = ruleChecklist(c.Rule)
		}
		n.Checks[i] = c
	}
	slices.SortStableFunc(n.Checks, func(a, b Check) int {
		return cmp.Or(cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Target, b.Target))
	})
	if len(r.Checklist) > 0 {
		n.Checklist = make([]ChecklistEntry, len(r.Checklist))
		for i, e := range r.Checklist {
			if e.VerifiedBy == nil {
				e.VerifiedBy = []string{}
			}
			n.Checklist[i] = e
		}
		order := checklistOrder()
		slices.SortStableFunc(n.Checklist, func(a, b ChecklistEntry) int {
			return compareByOrder(order, a.ID, b.ID)
		})
	} else {
		n.Checklist = nil
	}
	n.Targets = RollUp(r.Targets, n.Checks)
	n.Summarize()
	return &n
}

func compareFindings(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.Message, b.Message),
	)
}

// checklistOrder maps item and section IDs to their position in the
// embedded checklist, so that reports follow the checklist's own order.
func checklistOrder() map[string]int {
	order := map[string]int{}
	cl, err := checklist.Load()
	if err != nil {
		return order // the checklist test catches this; fall back to ID order
	}
	for i, s := range cl.Sections {
		order[s.ID] = i
	}
	for i, it := range cl.Items {
		order[it.ID] = i
	}
	return order
}

// compareByOrder sorts known IDs by position and unknown ones after them,
// alphabetically.
func compareByOrder(order map[string]int, a, b string) int {
	ia, oka := order[a]
	ib, okb := order[b]
	switch {
	case oka && okb:
		return cmp.Or(cmp.Compare(ia, ib), cmp.Compare(a, b))
	case oka:
		return -1
	case okb:
		return 1
	}
	return cmp.Compare(a, b)
}

// sectionOf returns the section part of a checklist item ID.
func sectionOf(itemID string) string {
	section, _, _ := strings.Cut(itemID, ".")
	return section
}

// sectionTitle returns the checklist's title for a section ID, or the ID.
func sectionTitle(id string) string {
	if cl, err := checklist.Load(); err == nil {
		for _, s := range cl.Sections {
			if s.ID == id {
				return s.Title
			}
		}
	}
	if id == "" {
		return "Other"
	}
	return id
}

// itemTitle returns the checklist's title for an item ID, or "".
func itemTitle(id string) string {
	if cl, err := checklist.Load(); err == nil {
		if it, ok := cl.Item(id); ok {
			return it.Title
		}
	}
	return ""
}

// findingSeverity and checkSeverity fall back to the rule's default when the
// producer left the severity unset (zero).
func findingSeverity(f Finding) rules.Severity { return severityOr(f.Severity, f.Rule) }
func checkSeverity(c Check) rules.Severity     { return severityOr(c.Severity, c.Rule) }

func severityOr(s rules.Severity, ruleID string) rules.Severity {
	if s != 0 {
		return s
	}
	if r, ok := rules.Lookup(ruleID); ok {
		return r.Severity
	}
	return 0
}

// checkChecklist falls back to the rule's checklist item.
func checkChecklist(c Check) string {
	if c.Checklist != "" {
		return c.Checklist
	}
	return ruleChecklist(c.Rule)
}

func ruleChecklist(ruleID string) string {
	if r, ok := rules.Lookup(ruleID); ok {
		return r.Checklist
	}
	return ""
}

// evidenceText renders evidence as "key: value; key: value" in key order.
func evidenceText(ev map[string]string) string {
	keys := sortedKeys(ev)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + ev[k]
	}
	return strings.Join(parts, "; ")
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// tally is what the summary line and the Markdown header say.
type tally struct {
	findings   int
	bySeverity map[rules.Severity]int
	suppressed int
	checks     int
	byStatus   map[string]int
	verdicts   map[string]int
}

func count(r *Report) tally {
	t := tally{bySeverity: map[rules.Severity]int{}, byStatus: map[string]int{}, verdicts: map[string]int{}}
	for _, f := range r.Findings {
		if f.Suppressed {
			t.suppressed++
			continue
		}
		t.findings++
		t.bySeverity[findingSeverity(f)]++
	}
	for _, c := range r.Checks {
		t.checks++
		t.byStatus[c.Status]++
	}
	for _, e := range r.Checklist {
		t.verdicts[e.Status]++
	}
	return t
}

// plural returns "1 finding" / "3 findings".
func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// summaryLine is the one-line summary shared by text and Markdown:
// "3 findings (1 high, 2 medium), 1 suppressed; 12 checks: 10 passed, 1 failed, 1 skipped".
func summaryLine(r *Report, command string) string {
	t := count(r)
	var parts []string
	showFindings := t.findings > 0 || t.suppressed > 0 || command == "scan" || command == "audit" ||
		(command != "probe" && t.checks == 0)
	if showFindings {
		s := plural(t.findings, "finding")
		if t.findings > 0 {
			var bySev []string
			for sev := rules.Critical; sev >= 0; sev-- {
				if n := t.bySeverity[sev]; n > 0 {
					name := sev.String()
					if sev == 0 {
						name = "unrated"
					}
					bySev = append(bySev, fmt.Sprintf("%d %s", n, name))
				}
			}
			s += " (" + strings.Join(bySev, ", ") + ")"
		}
		if t.suppressed > 0 {
			s += fmt.Sprintf(", %d suppressed", t.suppressed)
		}
		parts = append(parts, s)
	}
	if t.checks > 0 || command == "probe" || command == "audit" {
		s := plural(t.checks, "check")
		var byStatus []string
		for _, st := range []struct{ status, verb string }{
			{StatusPass, "passed"}, {StatusFail, "failed"}, {StatusWarn, "warned"},
			{StatusSkip, "skipped"}, {StatusError, "errored"},
		} {
			if n := t.byStatus[st.status]; n > 0 {
				byStatus = append(byStatus, fmt.Sprintf("%d %s", n, st.verb))
			}
		}
		if len(byStatus) > 0 {
			s += ": " + strings.Join(byStatus, ", ")
		}
		parts = append(parts, s)
	}
	if len(r.Checklist) > 0 {
		var byVerdict []string
		for _, v := range []string{VerdictPass, VerdictPassWithNotes, VerdictFail, VerdictNotVerified, VerdictNA, VerdictManual} {
			if n := t.verdicts[v]; n > 0 {
				byVerdict = append(byVerdict, fmt.Sprintf("%d %s", n, v))
			}
		}
		parts = append(parts, fmt.Sprintf("checklist: %s", strings.Join(byVerdict, ", ")))
	}
	return strings.Join(parts, "; ")
}

// checkGroup is the checks of one checklist section.
type checkGroup struct {
	section string
	checks  []Check
}

// groupChecks groups checks by checklist section, in checklist order; within
// a section the (rule, target) order of normalize is kept.
func groupChecks(checks []Check) []checkGroup {
	bySection := map[string][]Check{}
	var sections []string
	for _, c := range checks {
		s := sectionOf(checkChecklist(c))
		if _, seen := bySection[s]; !seen {
			sections = append(sections, s)
		}
		bySection[s] = append(bySection[s], c)
	}
	order := checklistOrder()
	slices.SortFunc(sections, func(a, b string) int { return compareByOrder(order, a, b) })
	groups := make([]checkGroup, len(sections))
	for i, s := range sections {
		groups[i] = checkGroup{section: s, checks: bySection[s]}
	}
	return groups
}

// verdictGroup is the checklist entries of one section.
type verdictGroup struct {
	section string
	entries []ChecklistEntry
}

func groupVerdicts(entries []ChecklistEntry) []verdictGroup {
	var groups []verdictGroup
	index := map[string]int{}
	for _, e := range entries { // already in checklist order
		s := sectionOf(e.ID)
		i, seen := index[s]
		if !seen {
			i = len(groups)
			index[s] = i
			groups = append(groups, verdictGroup{section: s})
		}
		groups[i].entries = append(groups[i].entries, e)
	}
	return groups
}

// Readiness is the release verdict of an audit: the answer the HTML
// report's banner and the text report's last line both give.
type Readiness struct {
	Ready bool
	// Reasons say why not, and always how many manual items still need a
	// reviewer's sign-off (also when ready).
	Reasons                   []string
	Fail, NotVerified, Manual int
}

// ChecklistReadiness grades checklist verdicts: ready when no item failed
// or went unverified. Pass, pass with notes and n/a items are fine; a
// verdict this package does not know counts as not verified (fail closed).
func ChecklistReadiness(entries []ChecklistEntry) Readiness {
	var rd Readiness
	for _, e := range entries {
		switch e.Status {
		case VerdictPass, VerdictPassWithNotes, VerdictNA:
		case VerdictFail:
			rd.Fail++
		case VerdictManual:
			rd.Manual++
		default:
			rd.NotVerified++
		}
	}
	rd.Ready = rd.Fail == 0 && rd.NotVerified == 0
	if rd.Fail > 0 {
		rd.Reasons = append(rd.Reasons, plural(rd.Fail, "checklist item")+" failed")
	}
	if rd.NotVerified > 0 {
		rd.Reasons = append(rd.Reasons, plural(rd.NotVerified, "checklist item")+" could not be verified")
	}
	switch {
	case rd.Manual == 1:
		rd.Reasons = append(rd.Reasons, "1 manual item still needs a reviewer's sign-off")
	case rd.Manual > 1:
		rd.Reasons = append(rd.Reasons, fmt.Sprintf("%d manual items still need a reviewer's sign-off", rd.Manual))
	default:
		rd.Reasons = append(rd.Reasons, "no manual item needs a sign-off")
	}
	return rd
}

// Line is the verdict as one sentence, e.g. "Ready for release: 3 manual
// items still need a reviewer's sign-off."
func (rd Readiness) Line() string {
	head := "Not ready for release"
	if rd.Ready {
		head = "Ready for release"
	}
	return head + ": " + strings.Join(rd.Reasons, "; ") + "."
}
