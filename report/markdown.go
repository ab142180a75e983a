package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/authcheck/authcheck/rules"
)

// Markdown status labels: readable without colour, in a PR comment or a
// release ticket.
var (
	statusLabels = map[string]string{
		StatusPass:  "✅ pass",
		StatusFail:  "❌ fail",
		StatusWarn:  "⚠️ warn",
		StatusSkip:  "⏭️ skip",
		StatusError: "💥 error",
	}
	statusRank    = map[string]int{StatusFail: 0, StatusWarn: 1, StatusError: 2, StatusSkip: 3}
	verdictLabels = map[string]string{
		VerdictPass:          "✅ pass",
		VerdictPassWithNotes: "✅ pass with notes",
		VerdictNA:            "➖ n/a",
		VerdictFail:          "❌ fail",
		VerdictNotVerified:   "❔ not verified",
		VerdictManual:        "📝 manual",
	}
)

// renderMarkdown writes a report for humans: summary, findings table,
// checks table (passes folded away), checklist verdicts by section. Every
// string that comes from the analysed code or the target is escaped: a
// hostile identifier or header must not inject links or mentions.
func renderMarkdown(w io.Writer, r *Report, opts RenderOptions) error {
	var b strings.Builder
	title := "authcheck report"
	if opts.Command != "" {
		title = "authcheck " + opts.Command + " report"
	}
	b.WriteString("## " + title + "\n\n")
	if r.Tool.Version != "" {
		fmt.Fprintf(&b, "%s %s\n\n", mdInline(r.Tool.Name), mdInline(r.Tool.Version))
	}
	b.WriteString("**Summary:** " + mdInline(summaryLine(r, opts.Command)) + "\n")
	if len(r.Checklist) > 0 {
		b.WriteString("\n**" + mdInline(ChecklistReadiness(r.Checklist).Line()) + "**\n")
	}

	var shown []Finding
	for _, f := range r.Findings {
		if !f.Suppressed || opts.ShowSuppressed {
			shown = append(shown, f)
		}
	}
	if len(shown) > 0 {
		b.WriteString("\n### Findings\n\n")
		b.WriteString("| Location | Rule | Severity | Message |\n|---|---|---|---|\n")
		for _, f := range shown {
			msg := mdInline(f.Message)
			if f.Suppressed {
				msg = "~~" + msg + "~~ suppressed"
				if f.Justification != "" {
					msg += ": " + mdInline(f.Justification)
				}
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", mdCode(location(f)), ruleLabel(f.Rule), severityLabel(f.Severity), msg)
		}
	}

	if len(r.Targets) > 0 {
		b.WriteString("\n### Targets\n\n| Target | Verdict | Failed | Warned | Could not run | Passed | Skipped |\n|---|---|---|---|---|---|---|\n")
		for _, t := range r.Targets {
			fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %d | %d |\n", mdCode(t.URL), mdInline(t.Verdict), t.Failed, t.Warned, t.Errored, t.Passed, t.Skipped)
		}
		for _, t := range r.Targets {
			fmt.Fprintf(&b, "\n### Checks: %s\n", mdCode(t.URL))
			writeMarkdownChecks(&b, checksOf(r.Checks, t.URL))
		}
	} else if len(r.Checks) > 0 {
		b.WriteString("\n### Checks\n")
		writeMarkdownChecks(&b, r.Checks)
	}
	if len(r.Checklist) > 0 {
		b.WriteString("\n### Checklist\n")
		for _, g := range groupVerdicts(r.Checklist) {
			fmt.Fprintf(&b, "\n#### %s\n\n", mdInline(sectionTitle(g.section)))
			b.WriteString("| Item | Verdict | Verified by | Note |\n|---|---|---|---|\n")
			for _, e := range g.entries {
				item := mdCode(e.ID)
				if t := itemTitle(e.ID); t != "" {
					item += " " + mdInline(t)
				}
				verdict, ok := verdictLabels[e.Status]
				if !ok {
					verdict = mdInline(e.Status)
				}
				by := make([]string, len(e.VerifiedBy))
				for i, id := range e.VerifiedBy {
					by[i] = mdInline(id)
				}
				fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", item, verdict, strings.Join(by, ", "), mdInline(e.Note))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeCheckTable(b *strings.Builder, checks []Check) {
	b.WriteString("| Status | Rule | Severity | Target | Message |\n|---|---|---|---|---|\n")
	for _, c := range checks {
		status, ok := statusLabels[c.Status]
		if !ok {
			status = mdInline(c.Status)
		}
		msg := mdInline(c.Message)
		if len(c.Evidence) > 0 && c.Status != StatusPass {
			msg += "<br>" + mdCode(evidenceText(c.Evidence))
		}
		sev := ""
		if c.Status == StatusFail || c.Status == StatusWarn {
			sev = severityLabel(c.Severity)
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", status, ruleLabel(c.Rule), sev, mdCode(c.Target), msg)
	}
}

// ruleLabel is "AC101 fast-password-hash" when the catalogue knows the rule.
func ruleLabel(id string) string {
	if r, ok := rules.Lookup(id); ok && r.Name != "" {
		return mdInline(id) + " " + mdInline(r.Name)
	}
	return mdInline(id)
}

func severityLabel(s rules.Severity) string {
	if s == 0 {
		return ""
	}
	if s >= rules.High {
		return "**" + s.String() + "**"
	}
	return s.String()
}

// mdInline escapes text for a Markdown table cell or paragraph: no line
// breaks, no table pipes, no HTML, no emphasis or links.
func mdInline(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdCode renders s as inline code, falling back to escaped text when s
// itself contains a backtick. Pipes need escaping even in code spans
// inside tables (GFM).
func mdCode(s string) string {
	if s == "" {
		return ""
	}
	s = oneLine(s)
	if strings.Contains(s, "`") {
		return mdInline(s)
	}
	return "`" + strings.ReplaceAll(s, "|", `\|`) + "`"
}

// writeMarkdownChecks writes what needs attention first (failures,
// warnings, errors, skips) and the passes folded away.
func writeMarkdownChecks(b *strings.Builder, checks []Check) {
	var open, passed []Check
	for _, c := range checks {
		if c.Status == StatusPass {
			passed = append(passed, c)
		} else {
			open = append(open, c)
		}
	}
	slices.SortStableFunc(open, func(a, b Check) int { return cmp.Compare(statusRank[a.Status], statusRank[b.Status]) })
	if len(open) > 0 {
		b.WriteString("\n")
		writeCheckTable(b, open)
	}
	if len(passed) > 0 {
		fmt.Fprintf(b, "\n<details><summary>%s</summary>\n\n", plural(len(passed), "passed check"))
		writeCheckTable(b, passed)
		b.WriteString("\n</details>\n")
	}
}
