package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/authcheck/authcheck/analyzers/all"
	"github.com/authcheck/authcheck/checklist"
	"github.com/authcheck/authcheck/rules"
)

func runRules(args []string, e *env) int {
	fs := flagSet(e, "rules", "[flags]", "List every rule: ID, severity, checklist item and summary.")
	format := fs.String("format", "text", "output `format`: text, json or markdown")
	if _, code := parseInterleaved(fs, args, e); code >= 0 {
		return code
	}
	all := rules.All()
	switch *format {
	case "markdown", "md":
		fmt.Fprintln(e.stdout, "| Rule | Severity | Checklist item | Finds |\n|---|---|---|---|")
		for _, r := range all {
			fmt.Fprintf(e.stdout, "| %s | %s | `%s` | %s |\n", r.ID, r.Severity, r.Checklist, strings.ReplaceAll(r.Summary, "|", "\\|"))
		}
	case "json":
		// camelCase keys, like every other JSON output.
		type jsonRule struct {
			ID        string   `json:"id"`
			Name      string   `json:"name"`
			Checklist string   `json:"checklist"`
			Severity  string   `json:"severity"`
			Source    string   `json:"source"`
			Summary   string   `json:"summary"`
			APIs      []string `json:"apis,omitempty"`
		}
		out := make([]jsonRule, len(all))
		for i, r := range all {
			out[i] = jsonRule{r.ID, r.Name, r.Checklist, r.Severity.String(), r.Source, r.Summary, r.APIs}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(out)
	case "text":
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tSEVERITY\tCHECKLIST ITEM\tSUMMARY")
		for _, r := range all {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, r.Checklist, r.Summary)
		}
		tw.Flush()
		fmt.Fprintf(e.stdout, "\n%d rules. `authcheck explain ID` tells more about one.\n", len(all))
	default:
		e.errorf("rules: --format %q: want text, json or markdown", *format)
		return ExitUsage
	}
	return ExitOK
}

func runExplain(args []string, e *env) int {
	fs := flagSet(e, "explain", "ID", "Explain one rule: what it finds, why it matters, how to fix it, and references.")
	ids, code := parseInterleaved(fs, args, e)
	if code >= 0 {
		return code
	}
	if len(ids) != 1 {
		e.errorf("explain: want exactly one rule ID, e.g. `authcheck explain AC101`")
		return ExitUsage
	}
	r, ok := rules.Lookup(ids[0])
	if !ok {
		e.errorf("explain: unknown rule %q (see `authcheck rules`)", ids[0])
		return ExitUsage
	}
	w := e.stdout
	fmt.Fprintf(w, "%s %s (%s)\n\n%s\n\n", r.ID, r.Name, r.Severity, r.Summary)
	fmt.Fprintf(w, "Why it matters\n  %s\n\n", wrap(r.Why, 76, "  "))
	fmt.Fprintf(w, "How to fix it\n  %s\n\n", wrap(r.Fix, 76, "  "))
	if cl, err := checklist.Load(); err == nil {
		if it, ok := cl.Item(r.Checklist); ok {
			fmt.Fprintf(w, "Checklist item\n  %s: %s\n\n", it.ID, it.Title)
		}
	}
	var refs []string
	refs = append(refs, r.CWE...)
	for _, a := range r.ASVS {
		refs = append(refs, "OWASP ASVS 5.0 "+a)
	}
	refs = append(refs, r.Links...)
	if len(refs) > 0 {
		fmt.Fprintf(w, "References\n  %s\n\n", strings.Join(refs, "\n  "))
	}
	if r.Static() {
		fmt.Fprintf(w, "Found by the %s analyzer. Suppress one finding with\n  //authcheck:ignore %s -- reason\n", r.Source, r.ID)
	} else {
		fmt.Fprintf(w, "Checked by the %s probe of `authcheck probe`.\n", r.Source)
	}
	return ExitOK
}

// wrap folds text at width, indenting continuation lines.
func wrap(text string, width int, indent string) string {
	var b strings.Builder
	col := 0
	for i, word := range strings.Fields(text) {
		if i > 0 {
			if col+1+len(word) > width {
				b.WriteString("\n" + indent)
				col = 0
			} else {
				b.WriteByte(' ')
				col++
			}
		}
		b.WriteString(word)
		col += len(word)
	}
	return b.String()
}

func runChecklist(args []string, e *env) int {
	fs := flagSet(e, "checklist", "[flags]", "Print the production auth checklist and, per item, the rules that verify it.")
	format := fs.String("format", "text", "output `format`: text, json or markdown")
	if _, code := parseInterleaved(fs, args, e); code >= 0 {
		return code
	}
	cl, err := checklist.Load()
	if err != nil {
		e.errorf("%v", err)
		return ExitInternal
	}
	byItem := map[string][]string{}
	for _, r := range rules.All() {
		byItem[r.Checklist] = append(byItem[r.Checklist], r.ID)
	}
	switch *format {
	case "json":
		type jsonItem struct {
			checklist.Item
			Section    string   `json:"section"`
			VerifiedBy []string `json:"verifiedBy"`
		}
		var out []jsonItem
		for _, it := range cl.Items {
			out = append(out, jsonItem{Item: it, Section: it.Section(), VerifiedBy: append([]string{}, byItem[it.ID]...)})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(out)
	case "markdown", "md":
		for _, s := range cl.Sections {
			fmt.Fprintf(e.stdout, "\n### %s\n\n| Item | Requirement | Severity | Verified by |\n|---|---|---|---|\n", s.Title)
			for _, it := range cl.Items {
				if it.Section() != s.ID {
					continue
				}
				fmt.Fprintf(e.stdout, "| `%s` | %s | %s | %s |\n", it.ID, it.Statement, it.Severity, verifiedBy(it, byItem[it.ID]))
			}
		}
	case "text":
		for _, s := range cl.Sections {
			fmt.Fprintf(e.stdout, "%s\n", s.Title)
			for _, it := range cl.Items {
				if it.Section() != s.ID {
					continue
				}
				fmt.Fprintf(e.stdout, "  %-38s %-8s %s\n", it.ID, it.Severity, it.Title)
				fmt.Fprintf(e.stdout, "  %-38s %-8s verified by: %s\n", "", "", verifiedBy(it, byItem[it.ID]))
			}
			fmt.Fprintln(e.stdout)
		}
		fmt.Fprintf(e.stdout, "%d items in %d sections.\n", len(cl.Items), len(cl.Sections))
	default:
		e.errorf("checklist: --format %q: want text, json or markdown", *format)
		return ExitUsage
	}
	return ExitOK
}

func verifiedBy(it checklist.Item, ids []string) string {
	if len(ids) > 0 {
		return strings.Join(ids, ", ")
	}
	for _, v := range it.Verify {
		if v == checklist.Manual {
			return "manual review"
		}
	}
	return "not yet automated (" + strings.Join(it.Verify, ", ") + ")"
}

// analyzerHelp prints the settings of the analyzer called name (`authcheck
// help pwhash`): each can be set under analyzers.NAME in .authcheck.yml, or
// as -NAME.SETTING with go vet. ok is false when no analyzer has that name.
func analyzerHelp(name string, e *env) (code int, ok bool) {
	for _, a := range all.Analyzers() {
		if a.Name != name {
			continue
		}
		w := e.stdout
		fmt.Fprintf(w, "Analyzer %s\n\n%s\n", a.Name, strings.TrimSpace(firstParagraph(a.Doc)))
		var lines []string
		a.Flags.VisitAll(func(f *flag.Flag) {
			typ, help := flag.UnquoteUsage(f)
			l := fmt.Sprintf("  %-26s %s", f.Name+" "+typ, help)
			if f.DefValue != "" {
				l += fmt.Sprintf(" (default %s)", f.DefValue)
			}
			lines = append(lines, l)
		})
		if len(lines) == 0 {
			fmt.Fprintf(w, "\n%s has no settings.\n", a.Name)
			return ExitOK, true
		}
		fmt.Fprintf(w, "\nSettings (in .authcheck.yml under analyzers.%s, e.g. `%s: \"…\"`;\nwith go vet as -%s.SETTING=VALUE):\n%s\n", a.Name, strings.Fields(lines[0])[0], a.Name, strings.Join(lines, "\n"))
		return ExitOK, true
	}
	return 0, false
}

func firstParagraph(doc string) string {
	p, _, _ := strings.Cut(strings.TrimSpace(doc), "\n\n")
	return p
}
