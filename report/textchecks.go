package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/fatih/color"

	"github.com/authcheck/authcheck/rules"
)

// singleTarget returns the target every check names, or "" when they name
// several (then each line names its own).
func singleTarget(checks []Check) string {
	t := ""
	for i, c := range checks {
		if i == 0 {
			t = c.Target
		} else if c.Target != t {
			return ""
		}
	}
	return t
}

// checkLine is one line of the compact check list: the checks that share
// a status and a message (or, for passes, a status).
type checkLine struct {
	status   string
	message  string
	target   string // when the checks name several targets
	ids      []string
	severity rules.Severity
	evidence map[string]string // shown when the line stands for one check
}

// writeCompactChecks writes the checks grouped by outcome, one line per
// status and message with the rule IDs compressed into ranges: failures
// (with their evidence), warnings, checks that could not run, passes on
// one line, and skipped checks one line per reason. A root cause shared by
// many checks is so printed once.
func writeCompactChecks(b *strings.Builder, p palette, checks []Check) {
	perLine := singleTarget(checks) == ""
	order := []struct{ status, title string }{
		{StatusFail, "Failed"}, {StatusWarn, "Warnings"}, {StatusError, "Could not run"},
		{StatusPass, "Passed"}, {StatusSkip, "Skipped"},
	}
	for _, o := range order {
		var lines []*checkLine
		index := map[string]*checkLine{}
		for _, c := range checks {
			if c.Status != o.status {
				continue
			}
			msg := c.Message
			if o.status == StatusPass {
				msg = ""
			}
			target := ""
			if perLine {
				target = c.Target
			}
			key := target + "\x00" + msg
			l := index[key]
			if l == nil {
				l = &checkLine{status: c.Status, message: msg, target: target, evidence: c.Evidence}
				index[key] = l
				lines = append(lines, l)
			}
			l.ids = appendUnique(l.ids, c.Rule)
			if len(l.ids) > 1 {
				l.evidence = nil
			}
			l.severity = max(l.severity, checkSeverity(c))
		}
		if len(lines) == 0 {
			continue
		}
		n := 0
		for _, l := range lines {
			n += len(l.ids)
		}
		b.WriteString(fmt.Sprintf("%s (%d)\n", o.title, n))
		for _, l := range lines {
			writeCheckLine(b, p, l)
		}
	}
}

func appendUnique(ids []string, id string) []string {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

func writeCheckLine(b *strings.Builder, p palette, l *checkLine) {
	m, ok := statusMarks[l.status]
	if !ok {
		m.mark = "?"
	}
	ids := p.paint(CompressIDs(l.ids), color.Bold)
	if l.target != "" {
		ids += " " + l.target
	}
	b.WriteString("  " + p.paint(m.mark, m.attrs...) + " ")
	switch l.status {
	case StatusPass:
		b.WriteString(ids + "\n")
		return
	case StatusSkip:
		b.WriteString(p.paint("skipped ("+oneLine(l.message)+"):", m.attrs...) + " " + ids + "\n")
		return
	case StatusFail, StatusWarn:
		b.WriteString(ids)
		if l.severity != 0 {
			b.WriteString(" " + p.paint("["+l.severity.String()+"]", severityAttrs(l.severity)...))
		}
	default:
		b.WriteString(ids + ":")
	}
	b.WriteString(" " + oneLine(l.message) + "\n")
	if len(l.evidence) > 0 && l.status != StatusError {
		for _, k := range sortedKeys(l.evidence) {
			b.WriteString("      " + p.paint(oneLine(k+": "+l.evidence[k]), color.Faint) + "\n")
		}
	}
}

// CompressIDs joins rule IDs, writing three or more consecutive numbers
// of one prefix as a range: "AP301–AP304, AP351, AP352, AP651–AP657".
// The IDs are taken in the order given (reports sort them).
func CompressIDs(ids []string) string {
	var parts []string
	for i := 0; i < len(ids); {
		j := i
		for j+1 < len(ids) && consecutive(ids[j], ids[j+1]) {
			j++
		}
		switch {
		case j-i >= 2:
			parts = append(parts, ids[i]+"–"+ids[j])
		default:
			parts = append(parts, ids[i:j+1]...)
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

// consecutive reports whether b is the rule ID right after a ("AP103",
// "AP104").
func consecutive(a, b string) bool {
	if len(a) < 3 || len(a) != len(b) || a[:2] != b[:2] {
		return false
	}
	na, err1 := strconv.Atoi(a[2:])
	nb, err2 := strconv.Atoi(b[2:])
	return err1 == nil && err2 == nil && nb == na+1
}
