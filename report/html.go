package report

import (
	"bytes"
	"cmp"
	"embed"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"slices"
	"strings"

	"github.com/authcheck/authcheck/checklist"
	"github.com/authcheck/authcheck/rules"
)

// The HTML format is one self-contained file for a release manager: inline
// CSS, no scripts, no fonts, images or other network resources, so that it
// can be archived with a release, mailed, or opened offline years later and
// still look the same. A Content-Security-Policy meta tag forbids scripts
// and fetches in case a browser ever finds something to run.
//
// All text passes through html/template, which escapes it for the context it
// lands in; the view model below holds only plain strings, never
// template.HTML built from report data.

//go:embed templates/*.html.tmpl templates/report.css
var htmlFiles embed.FS

var (
	htmlTemplate = template.Must(template.New("report.html.tmpl").ParseFS(htmlFiles, "templates/*.html.tmpl"))
	htmlCSS      = template.CSS(mustReadEmbedded("templates/report.css"))
)

func mustReadEmbedded(name string) []byte {
	b, err := htmlFiles.ReadFile(name)
	if err != nil {
		panic(err) // embedded at build time: cannot happen in a built binary
	}
	return b
}

// renderHTML writes the HTML report. Like the other renderers it reads only
// r and opts: no clock, no environment, so the same report renders to the
// same bytes.
func renderHTML(w io.Writer, r *Report, opts RenderOptions) error {
	v := buildHTMLView(r, opts)
	var buf bytes.Buffer
	if err := htmlTemplate.Execute(&buf, v); err != nil {
		return fmt.Errorf("rendering HTML report: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// htmlMark is a verdict, status or severity as the page shows it: a colour
// (Class), a symbol and a word, so that the meaning survives without colour
// (colour blindness, black-and-white print).
type htmlMark struct {
	Class  string
	Symbol string
	Text   string
}

var (
	htmlVerdictMarks = map[string]htmlMark{
		VerdictPass:          {"pass", "✓", "pass"},
		VerdictPassWithNotes: {"pass", "✓", "pass with notes"},
		VerdictNA:            {"manual", "–", "n/a"},
		VerdictFail:          {"fail", "✗", "fail"},
		VerdictNotVerified:   {"unverified", "?", "not verified"},
		VerdictManual:        {"manual", "☐", "manual"},
	}
	htmlStatusMarks = map[string]htmlMark{
		StatusPass:  {"pass", "✓", "pass"},
		StatusFail:  {"fail", "✗", "fail"},
		StatusWarn:  {"warn", "!", "warn"},
		StatusSkip:  {"skip", "–", "skipped"},
		StatusError: {"error", "⚠", "error"},
	}
)

func verdictMark(status string) htmlMark {
	if m, ok := htmlVerdictMarks[status]; ok {
		return m
	}
	return htmlMark{"unknown", "?", status}
}

func statusMark(status string) htmlMark {
	if m, ok := htmlStatusMarks[status]; ok {
		return m
	}
	return htmlMark{"unknown", "?", status}
}

func severityMark(s rules.Severity) htmlMark {
	if s == 0 {
		return htmlMark{}
	}
	return htmlMark{Class: "sev-" + s.String(), Text: s.String()}
}

// htmlView is everything the template shows, computed up front so that the
// template only lays it out.
type htmlView struct {
	CSS     template.CSS
	Title   string
	Tool    string
	Command string
	Date    string
	Summary string
	Verdict htmlVerdict
	Nav     []htmlLink
	Tiles   []htmlTile

	// Checklist (audit): per-section counts, then every item.
	Sections []htmlSectionRow
	Totals   htmlSectionRow
	Items    []htmlItemGroup

	// Findings (scan), grouped by rule so that each fix is said once.
	ShowFindings     bool
	FindingsShown    int
	RuleGroups       []htmlRuleGroup
	HiddenSuppressed int

	// Targets (--targets): the roll-up, worst status per target.
	Targets []htmlTarget

	// Checks (probe): what needs attention in full, the rest folded.
	ShowChecks bool
	Attention  []htmlCheck
	Skipped    []htmlCheck
	Passed     []htmlCheck

	SignOff []htmlSignOff
}

type htmlTarget struct {
	TargetResult
	Mark htmlMark
}

type htmlLink struct {
	Href string
	Text string
}

type htmlTile struct {
	Class string
	Count int
	Label string
}

type htmlVerdict struct {
	Ready   bool
	Mark    htmlMark
	Reasons []string
	Scope   string
	// Blocking lists the failed and unverified checklist items, linked to
	// their rows: what has to change before the answer is "ready". Every
	// failure is listed; unverified items only up to a screenful, the rest
	// counted in MoreBlocking (an audit without probes leaves dozens).
	Blocking     []htmlItem
	MoreBlocking int
}

// maxBlockingListed bounds the verdict's list of blocking items, failures
// excepted.
const maxBlockingListed = 12

type htmlSectionRow struct {
	Title                           string
	Anchor                          string
	Pass, Fail, NotVerified, Manual int
	NA                              int // n/a: nothing in the code to check
	Mark                            htmlMark
}

type htmlItemGroup struct {
	Title  string
	Anchor string
	Items  []htmlItem
}

type htmlItem struct {
	ID            string
	Title         string
	Anchor        string
	Mark          htmlMark
	VerifiedBy    string
	Note          htmlText
	SignOffAnchor string
}

type htmlRuleGroup struct {
	Rule      string
	Name      string
	Anchor    string
	Severity  htmlMark
	Summary   htmlText
	Fix       htmlText
	Checklist string
	Refs      string
	Links     []string
	Findings  []htmlFinding
}

type htmlFinding struct {
	Location      string
	Severity      htmlMark
	Message       string
	Suppressed    bool
	Justification string
	Fixes         []string
}

type htmlCheck struct {
	Status   string
	Rule     string
	Name     string
	Mark     htmlMark
	Severity htmlMark
	Target   string
	Message  string
	Evidence []htmlKeyValue
	Fix      htmlText
}

type htmlKeyValue struct {
	Key   string
	Value string
}

type htmlSignOff struct {
	ID        string
	Title     string
	Anchor    string
	Severity  string
	Statement htmlText
	Review    htmlText
	Note      htmlText
}

func buildHTMLView(r *Report, opts RenderOptions) *htmlView {
	v := &htmlView{
		CSS:     htmlCSS,
		Title:   "authcheck report",
		Tool:    strings.TrimSpace(r.Tool.Name + " " + r.Tool.Version),
		Command: opts.Command,
		Date:    opts.Date,
		Summary: summaryLine(r, opts.Command),
	}
	if opts.Command != "" {
		v.Title = "authcheck " + opts.Command + " report"
	}
	anchors := anchorSet{}
	cl, _ := checklist.Load() // a nil checklist only loses titles and review text

	if len(r.Checklist) > 0 {
		buildHTMLChecklist(v, r, cl, anchors)
		v.Nav = append(v.Nav, htmlLink{"#sections", "Sections"})
	}

	var shown []Finding
	for _, f := range r.Findings {
		if f.Suppressed && !opts.ShowSuppressed {
			v.HiddenSuppressed++
			continue
		}
		shown = append(shown, f)
	}
	v.ShowFindings = len(shown) > 0 || v.HiddenSuppressed > 0 || opts.Command == "scan" ||
		(len(r.Checks) == 0 && len(r.Checklist) == 0 && opts.Command != "probe")
	if v.ShowFindings {
		v.FindingsShown = len(shown)
		v.RuleGroups = buildHTMLRuleGroups(shown, anchors)
		v.Nav = append(v.Nav, htmlLink{"#findings", "Findings"})
	}

	for _, t := range r.Targets {
		v.Targets = append(v.Targets, htmlTarget{TargetResult: t, Mark: statusMark(t.Verdict)})
	}
	if len(v.Targets) > 0 {
		v.Nav = append(v.Nav, htmlLink{"#targets", "Targets"})
	}

	v.ShowChecks = len(r.Checks) > 0 || opts.Command == "probe"
	if v.ShowChecks {
		for _, c := range r.Checks {
			hc := buildHTMLCheck(c)
			switch c.Status {
			case StatusPass:
				v.Passed = append(v.Passed, hc)
			case StatusSkip:
				v.Skipped = append(v.Skipped, hc)
			default:
				v.Attention = append(v.Attention, hc)
			}
		}
		// Failures first, then warnings and errors; the (rule, target) order
		// of normalize is kept within a status.
		slices.SortStableFunc(v.Attention, func(a, b htmlCheck) int {
			return cmp.Compare(statusRank[a.Status], statusRank[b.Status])
		})
		v.Nav = append(v.Nav, htmlLink{"#checks", "Checks"})
	}

	if len(v.Items) > 0 {
		v.Nav = append(v.Nav, htmlLink{"#items", "Checklist items"})
	}
	if len(v.SignOff) > 0 {
		v.Nav = append(v.Nav, htmlLink{"#signoff", "Manual sign-off"})
	}
	v.Verdict = htmlReadiness(r, v, opts.Command)
	v.Tiles = htmlTiles(r, v)
	return v
}

// buildHTMLChecklist fills the section table, the item list and the
// sign-off list from the checklist verdicts.
func buildHTMLChecklist(v *htmlView, r *Report, cl *checklist.Checklist, anchors anchorSet) {
	for _, g := range groupVerdicts(r.Checklist) {
		title := sectionTitle(g.section)
		row := htmlSectionRow{Title: title, Anchor: anchors.add("sec-" + g.section)}
		group := htmlItemGroup{Title: title, Anchor: row.Anchor}
		for _, e := range g.entries {
			switch e.Status {
			case VerdictPass, VerdictPassWithNotes:
				row.Pass++
			case VerdictNA:
				row.NA++
			case VerdictFail:
				row.Fail++
			case VerdictNotVerified:
				row.NotVerified++
			case VerdictManual:
				row.Manual++
			default:
				// A verdict this renderer does not know is no pass: fail
				// closed and count it as not verified.
				row.NotVerified++
			}
			var it checklist.Item
			if cl != nil {
				it, _ = cl.Item(e.ID)
			}
			item := htmlItem{
				ID:         e.ID,
				Title:      it.Title,
				Anchor:     anchors.add("item-" + e.ID),
				Mark:       verdictMark(e.Status),
				VerifiedBy: strings.Join(e.VerifiedBy, ", "),
				Note:       codeSpans(e.Note),
			}
			if e.Status == VerdictManual {
				so := htmlSignOff{
					ID:        e.ID,
					Title:     it.Title,
					Anchor:    anchors.add("signoff-" + e.ID),
					Severity:  it.Severity,
					Statement: codeSpans(it.Statement),
					Review:    codeSpans(it.Review),
				}
				switch {
				case it.Review == "" && it.Statement != "" && strings.Contains(e.Note, it.Statement):
					// audit.Grade's fallback note repeats the statement,
					// which the entry already shows.
					so.Review = codeSpans("The checklist gives no review guidance for this item: confirm the statement above.")
				case it.Review == "":
					so.Review = codeSpans(e.Note)
				case e.Note != it.Review:
					so.Note = codeSpans(e.Note)
				default:
					// The item list points at the sign-off entry rather
					// than repeating the review guidance.
					item.Note = nil
				}
				item.SignOffAnchor = so.Anchor
				v.SignOff = append(v.SignOff, so)
			}
			group.Items = append(group.Items, item)
		}
		row.Mark = sectionMark(row)
		v.Sections = append(v.Sections, row)
		v.Items = append(v.Items, group)
		v.Totals.Pass += row.Pass
		v.Totals.Fail += row.Fail
		v.Totals.NotVerified += row.NotVerified
		v.Totals.Manual += row.Manual
		v.Totals.NA += row.NA
	}
	v.Totals.Title = "All sections"
	v.Totals.Mark = sectionMark(v.Totals)
}

// sectionMark follows audit.SectionSummary.Ready: a section is ready when
// nothing in it failed or went unverified. A section of manual items only
// is marked for sign-off, since no tool has looked at it.
func sectionMark(s htmlSectionRow) htmlMark {
	switch {
	case s.Fail > 0:
		return htmlMark{"fail", "✗", "not ready"}
	case s.NotVerified > 0:
		return htmlMark{"unverified", "?", "not ready"}
	case s.Pass == 0 && s.Manual > 0:
		return htmlMark{"manual", "☐", "sign-off"}
	}
	return htmlMark{"pass", "✓", "ready"}
}

// buildHTMLRuleGroups groups findings by rule, most severe rule first; within
// a rule the (file, line, column) order of normalize is kept.
func buildHTMLRuleGroups(findings []Finding, anchors anchorSet) []htmlRuleGroup {
	var groups []htmlRuleGroup
	index := map[string]int{}
	worst := map[string]rules.Severity{}
	for _, f := range findings {
		i, seen := index[f.Rule]
		if !seen {
			i = len(groups)
			index[f.Rule] = i
			g := htmlRuleGroup{Rule: f.Rule, Checklist: f.Checklist}
			if rule, ok := rules.Lookup(f.Rule); ok {
				g.Name, g.Summary, g.Fix = rule.Name, codeSpans(rule.Summary), codeSpans(rule.Fix)
				g.Links = webLinks(rule.Links)
				g.Refs = strings.Join(append(slices.Clone(rule.CWE), prefixAll("ASVS ", rule.ASVS)...), " · ")
			}
			groups = append(groups, g)
		}
		if !f.Suppressed {
			worst[f.Rule] = max(worst[f.Rule], f.Severity)
		}
		hf := htmlFinding{
			Location:      location(f),
			Severity:      severityMark(f.Severity),
			Message:       f.Message,
			Suppressed:    f.Suppressed,
			Justification: f.Justification,
		}
		for _, fix := range f.Fixes {
			if fix.Message != "" {
				hf.Fixes = append(hf.Fixes, fix.Message)
			}
		}
		groups[i].Findings = append(groups[i].Findings, hf)
	}
	for i := range groups {
		groups[i].Severity = severityMark(worst[groups[i].Rule])
	}
	slices.SortStableFunc(groups, func(a, b htmlRuleGroup) int {
		return cmp.Or(cmp.Compare(worst[b.Rule], worst[a.Rule]), cmp.Compare(a.Rule, b.Rule))
	})
	for i := range groups {
		groups[i].Anchor = anchors.add("rule-" + groups[i].Rule)
	}
	return groups
}

// webLinks keeps the http(s) references: the only URLs the page links to.
// html/template would defuse another scheme anyway, but into a dead link.
func webLinks(links []string) []string {
	var out []string
	for _, l := range links {
		if u, err := url.Parse(l); err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" {
			out = append(out, l)
		}
	}
	return out
}

func prefixAll(prefix string, ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = prefix + s
	}
	return out
}

func buildHTMLCheck(c Check) htmlCheck {
	hc := htmlCheck{
		Status:  c.Status,
		Rule:    c.Rule,
		Mark:    statusMark(c.Status),
		Target:  c.Target,
		Message: c.Message,
	}
	rule, known := rules.Lookup(c.Rule)
	if known {
		hc.Name = rule.Name
	}
	if c.Status == StatusFail || c.Status == StatusWarn {
		hc.Severity = severityMark(c.Severity)
		if known {
			hc.Fix = codeSpans(rule.Fix)
		}
	}
	if c.Status != StatusPass {
		for _, k := range sortedKeys(c.Evidence) {
			hc.Evidence = append(hc.Evidence, htmlKeyValue{k, c.Evidence[k]})
		}
	}
	return hc
}

// htmlReadiness is the one-line answer a release manager looks for. With
// checklist verdicts (audit), any failed or unverified item means not ready;
// without them, the scan or probe run is judged on what it covered, and the
// scope line says what it did not.
func htmlReadiness(r *Report, v *htmlView, command string) htmlVerdict {
	var verdict htmlVerdict
	if len(r.Checklist) > 0 {
		rd := ChecklistReadiness(r.Checklist)
		verdict.Ready, verdict.Reasons = rd.Ready, rd.Reasons
		verdict.Scope = fmt.Sprintf("Graded against the production authentication checklist: %s.", plural(len(r.Checklist), "item"))
		var unverified []htmlItem
		for _, g := range v.Items {
			for _, it := range g.Items {
				switch it.Mark.Class {
				case "pass", "manual":
				case "fail":
					verdict.Blocking = append(verdict.Blocking, it)
				default:
					unverified = append(unverified, it)
				}
			}
		}
		n := min(len(unverified), max(0, maxBlockingListed-len(verdict.Blocking)))
		verdict.Blocking = append(verdict.Blocking, unverified[:n]...)
		verdict.MoreBlocking = len(unverified) - n
	} else {
		t := count(r)
		if t.findings > 0 {
			verdict.Reasons = append(verdict.Reasons, plural(t.findings, "finding")+" from static analysis")
		}
		if n := t.byStatus[StatusFail]; n > 0 {
			verdict.Reasons = append(verdict.Reasons, plural(n, "check")+" failed")
		}
		if n := t.byStatus[StatusError]; n > 0 {
			verdict.Reasons = append(verdict.Reasons, plural(n, "check")+" could not run (error)")
		}
		if n := t.byStatus[StatusSkip]; n > 0 {
			verdict.Reasons = append(verdict.Reasons, plural(n, "check")+agree(n, " was", " were")+" skipped (not verified)")
		}
		verdict.Ready = len(verdict.Reasons) == 0
		probeOnly := command == "probe" || (len(r.Checks) > 0 && len(r.Findings) == 0 && command != "scan")
		switch {
		case probeOnly:
			verdict.Scope = "Live probes only: the code and the manual checklist items are not covered. Run authcheck audit for a release verdict."
		case len(r.Checks) == 0:
			verdict.Scope = "Static analysis only: live checks and the manual checklist items are not covered. Run authcheck audit for a release verdict."
		default:
			verdict.Scope = "Static analysis and live probes, without checklist verdicts. Run authcheck audit for a release verdict."
		}
	}
	if verdict.Ready {
		verdict.Mark = htmlMark{"pass", "✓", "Ready"}
	} else {
		verdict.Mark = htmlMark{"fail", "✗", "Not ready"}
	}
	return verdict
}

// agree picks the verb form for a count.
func agree(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// htmlTiles are the big numbers under the verdict.
func htmlTiles(r *Report, v *htmlView) []htmlTile {
	var tiles []htmlTile
	if len(r.Checklist) > 0 {
		tiles = append(tiles,
			htmlTile{"fail", v.Totals.Fail, "failed"},
			htmlTile{"unverified", v.Totals.NotVerified, "not verified"},
			htmlTile{"manual", v.Totals.Manual, "manual"},
			htmlTile{"pass", v.Totals.Pass, "passed"},
		)
	}
	t := count(r)
	if v.ShowFindings {
		tiles = append(tiles, htmlTile{"findings", t.findings, "findings"})
	}
	if v.ShowChecks {
		tiles = append(tiles, htmlTile{"checks", t.byStatus[StatusFail], "checks failed"})
	}
	return tiles
}

// htmlText is prose with `code` spans, as the rule catalogue, the checklist
// and the audit notes write it. Each span is escaped by the template like
// any other text; only the <code> around it comes from the template.
type htmlText []htmlSpan

type htmlSpan struct {
	Text string
	Code bool
}

// codeSpans splits s at backticks. Unpaired backticks are left as they are:
// the text is then shown exactly as written.
func codeSpans(s string) htmlText {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "`")
	if len(parts)%2 == 0 {
		return htmlText{{Text: s}}
	}
	var t htmlText
	for i, p := range parts {
		if p != "" {
			t = append(t, htmlSpan{Text: p, Code: i%2 == 1})
		}
	}
	return t
}

// anchorSet makes element IDs: only characters that survive both the id
// attribute and a #fragment unchanged, and unique within the page even when
// a report names the same item twice.
type anchorSet map[string]bool

func (s anchorSet) add(want string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(want) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '.', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	id := b.String()
	for n := 2; s[id]; n++ {
		id = fmt.Sprintf("%s-%d", b.String(), n)
	}
	s[id] = true
	return id
}
