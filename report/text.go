package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/authcheck/authcheck/rules"
)

// palette colours text when the caller asked for it. Each call builds its
// own *color.Color with colour forced on or off, so neither the global
// color.NoColor nor NO_COLOR in the environment overrides the caller.
type palette struct{ on bool }

func (p palette) paint(s string, attrs ...color.Attribute) string {
	c := color.New(attrs...)
	if p.on {
		c.EnableColor()
	} else {
		c.DisableColor()
	}
	return c.Sprint(s)
}

func severityAttrs(s rules.Severity) []color.Attribute {
	switch s {
	case rules.Critical:
		return []color.Attribute{color.FgHiRed, color.Bold}
	case rules.High:
		return []color.Attribute{color.FgRed}
	case rules.Medium:
		return []color.Attribute{color.FgYellow}
	case rules.Low:
		return []color.Attribute{color.FgCyan}
	default:
		return []color.Attribute{color.FgBlue}
	}
}

// statusMarks are the text format's check marks.
var statusMarks = map[string]struct {
	mark  string
	attrs []color.Attribute
}{
	StatusPass:  {"✓", []color.Attribute{color.FgGreen}},
	StatusFail:  {"✗", []color.Attribute{color.FgRed, color.Bold}},
	StatusWarn:  {"!", []color.Attribute{color.FgYellow, color.Bold}},
	StatusSkip:  {"-", []color.Attribute{color.Faint}},
	StatusError: {"E", []color.Attribute{color.FgMagenta, color.Bold}},
}

var verdictMarks = map[string]struct {
	mark  string
	attrs []color.Attribute
}{
	VerdictPass:          {"✓", []color.Attribute{color.FgGreen}},
	VerdictPassWithNotes: {"✓", []color.Attribute{color.FgGreen}},
	VerdictNA:            {"–", []color.Attribute{color.Faint}},
	VerdictFail:          {"✗", []color.Attribute{color.FgRed, color.Bold}},
	VerdictNotVerified:   {"?", []color.Attribute{color.FgYellow}},
	VerdictManual:        {"·", []color.Attribute{color.Faint}},
}

// renderText writes the human format: findings in the go vet style
// (file:line:col: RULE [severity] message), checks grouped by checklist
// section, the checklist verdicts, and a summary line.
func renderText(w io.Writer, r *Report, opts RenderOptions) error {
	p := palette{on: opts.Color}
	var b strings.Builder
	section := func(title string) {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(p.paint(title, color.Bold, color.Underline) + "\n")
	}

	var shown []Finding
	for _, f := range r.Findings {
		if !f.Suppressed || opts.ShowSuppressed {
			shown = append(shown, f)
		}
	}
	if len(shown) > 0 && (len(r.Checks) > 0 || len(r.Checklist) > 0) {
		section("Findings")
	}
	for _, f := range shown {
		fmt.Fprintf(&b, "%s: %s", location(f), p.paint(f.Rule, color.Bold))
		if sev := findingSeverity(f); sev != 0 {
			b.WriteString(" " + p.paint("["+sev.String()+"]", severityAttrs(sev)...))
		}
		b.WriteString(" " + oneLine(f.Message))
		if f.Suppressed {
			note := "suppressed"
			if f.Justification != "" {
				note += ": " + oneLine(f.Justification)
			}
			b.WriteString(" " + p.paint("("+note+")", color.Faint))
		}
		b.WriteString("\n")
	}

	if len(r.Targets) > 0 {
		section("Targets")
		w := 0
		for _, t := range r.Targets {
			w = max(w, utf8.RuneCountInString(t.Verdict))
		}
		for _, t := range r.Targets {
			m, ok := statusMarks[t.Verdict]
			if !ok {
				m.mark = "?"
			}
			fmt.Fprintf(&b, "  %s %s  %s  %s\n", p.paint(m.mark, m.attrs...), p.paint(pad(t.Verdict, w), m.attrs...), t.URL,
				p.paint(fmt.Sprintf("(%d failed, %d warned, %d could not run, %d passed, %d skipped)", t.Failed, t.Warned, t.Errored, t.Passed, t.Skipped), color.Faint))
		}
		for _, t := range r.Targets {
			checks := checksOf(r.Checks, t.URL)
			section("Checks: " + t.URL)
			if t.Profile != "" {
				b.WriteString("Profile: " + t.Profile + "\n")
			}
			if opts.Verbose {
				for _, g := range groupChecks(checks) {
					b.WriteString(sectionTitle(g.section) + "\n")
					for _, c := range g.checks {
						c.Target = ""
						writeTextCheck(&b, p, c)
					}
				}
			} else {
				writeCompactChecks(&b, p, checks)
			}
		}
	} else if len(r.Checks) > 0 {
		target := singleTarget(r.Checks)
		section("Checks")
		if target != "" {
			b.WriteString("Target: " + target + "\n")
		}
		if opts.Verbose {
			for _, g := range groupChecks(r.Checks) {
				b.WriteString(sectionTitle(g.section) + "\n")
				for _, c := range g.checks {
					if target != "" {
						c.Target = ""
					}
					writeTextCheck(&b, p, c)
				}
			}
		} else {
			writeCompactChecks(&b, p, r.Checks)
		}
	}

	if len(r.Checklist) > 0 {
		section("Checklist")
		idWidth, verdictWidth := 0, 0
		for _, e := range r.Checklist {
			idWidth = max(idWidth, utf8.RuneCountInString(e.ID))
			verdictWidth = max(verdictWidth, utf8.RuneCountInString(e.Status))
		}
		for _, g := range groupVerdicts(r.Checklist) {
			b.WriteString(sectionTitle(g.section) + "\n")
			for _, e := range g.entries {
				m, ok := verdictMarks[e.Status]
				if !ok {
					m.mark = "?"
				}
				fmt.Fprintf(&b, "  %s %s  %s", p.paint(m.mark, m.attrs...),
					p.paint(pad(e.Status, verdictWidth), m.attrs...), pad(e.ID, idWidth))
				if t := itemTitle(e.ID); t != "" {
					b.WriteString("  " + t)
				}
				if len(e.VerifiedBy) > 0 {
					b.WriteString(p.paint(" ("+strings.Join(e.VerifiedBy, ", ")+")", color.Faint))
				}
				b.WriteString("\n")
				if e.Note != "" {
					b.WriteString("      " + oneLine(e.Note) + "\n")
				}
			}
		}
	}

	if b.Len() > 0 {
		b.WriteString("\n")
	}
	b.WriteString(summaryLine(r, opts.Command) + "\n")
	if len(r.Checklist) > 0 {
		rd := ChecklistReadiness(r.Checklist)
		attrs := []color.Attribute{color.FgGreen, color.Bold}
		if !rd.Ready {
			attrs = []color.Attribute{color.FgRed, color.Bold}
		}
		b.WriteString(p.paint(rd.Line(), attrs...) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeTextCheck(b *strings.Builder, p palette, c Check) {
	m, ok := statusMarks[c.Status]
	if !ok {
		m.mark = "?"
	}
	fmt.Fprintf(b, "  %s %s", p.paint(m.mark, m.attrs...), p.paint(c.Rule, color.Bold))
	if sev := checkSeverity(c); sev != 0 && (c.Status == StatusFail || c.Status == StatusWarn) {
		b.WriteString(" " + p.paint("["+sev.String()+"]", severityAttrs(sev)...))
	}
	if c.Target != "" {
		b.WriteString(" " + c.Target + ":")
	}
	switch c.Status {
	case StatusSkip:
		b.WriteString(" skipped:")
	case StatusError:
		b.WriteString(" " + p.paint("error:", m.attrs...))
	}
	b.WriteString(" " + oneLine(c.Message) + "\n")
	if (c.Status == StatusFail || c.Status == StatusWarn) && len(c.Evidence) > 0 {
		for _, k := range sortedKeys(c.Evidence) {
			b.WriteString("      " + p.paint(oneLine(k+": "+c.Evidence[k]), color.Faint) + "\n")
		}
	}
}

// location is the go vet style position "file:line:col" (parts omitted
// when unknown).
func location(f Finding) string {
	loc := f.File
	if loc == "" {
		loc = "-"
	}
	if f.Line > 0 {
		loc += fmt.Sprintf(":%d", f.Line)
		if f.Column > 0 {
			loc += fmt.Sprintf(":%d", f.Column)
		}
	}
	return loc
}

// oneLine keeps a message on its line: a finding is one line of output,
// which editors and CI log parsers rely on.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func pad(s string, width int) string {
	if n := utf8.RuneCountInString(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}
