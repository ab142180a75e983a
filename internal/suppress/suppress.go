// Package suppress parses the in-source suppression directives authcheck
// honours, in every driver (scan, go vet, golangci-lint):
//
//	//authcheck:ignore AC201 -- compared value is a public ETag
//	//authcheck:ignore AC101,AC102 -- legacy import path, removed in v3
//	//nolint:authcheck // generated fixture, not a real secret
//	//nolint:authcheck:AC201 // public ETag
//	//nolint:gosec,authcheck // reviewed in #123
//
// and, only when the caller opts in (see Nosec), gosec's annotations mapped
// to authcheck rules:
//
//	// #nosec G401 -- MD5 here is a cache key, not a password hash
//
// A trailing directive silences the named rules on its own line; a
// directive alone on its line silences them on that line and the next.
// The justification is the text after "--" (//authcheck:ignore, #nosec) or
// after the second "//" (//nolint, as golangci-lint writes it).
package suppress

import (
	"go/ast"
	"go/token"
	"os"
	"regexp"
	"strings"
)

// Prefix starts every directive.
const Prefix = "//authcheck:ignore"

// Kind tells the directive syntaxes apart.
type Kind int

// Directive kinds.
const (
	Ignore Kind = iota // //authcheck:ignore
	Nolint             // //nolint:authcheck
	Nosec              // gosec's #nosec, honoured only on request
)

// Directive is one parsed suppression comment.
type Directive struct {
	Kind          Kind
	Pos           token.Pos
	Line          int      // line of the comment
	OwnLine       bool     // alone on its line: it also covers the next line
	Rules         []string // upper-cased rule IDs; for Nosec, the gosec rule IDs
	AllRules      bool     // //nolint:authcheck without rule IDs: every authcheck rule
	Justification string   // the reason, trimmed; empty when missing
	Malformed     string   // non-empty when the directive cannot be understood
}

// Syntax returns how the directive is written, for messages.
func (d Directive) Syntax() string {
	switch d.Kind {
	case Nolint:
		return "//nolint:authcheck"
	case Nosec:
		return "#nosec"
	}
	return Prefix
}

// Covers reports whether the directive silences rule (honouring #nosec
// only when nosec is true).
func (d Directive) Covers(rule string, nosec bool) bool {
	switch d.Kind {
	case Nosec:
		return nosec && NosecCovers(d.Rules, rule)
	case Nolint:
		if d.AllRules {
			return true
		}
	}
	for _, r := range d.Rules {
		if r == rule {
			return true
		}
	}
	return false
}

var ruleID = regexp.MustCompile(`^A[CP][0-9]{3}$`)

// Parse parses the text of one comment (including the leading //). ok is
// false when the comment is not a directive at all.
func Parse(text string) (d Directive, ok bool) {
	if strings.HasPrefix(text, nolintPrefix) {
		return parseNolint(text)
	}
	if !strings.HasPrefix(text, Prefix) {
		return parseNosec(text)
	}
	rest := text[len(Prefix):]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return parseNosec(text) // e.g. //authcheck:ignored
	}
	// A later "//" starts an ordinary comment: //authcheck:ignore AC201 // see #12
	if i := strings.Index(rest, "//"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.Index(rest, "--"); i >= 0 {
		d.Justification = strings.TrimSpace(rest[i+2:])
		rest = rest[:i]
	}
	for _, f := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		id := strings.ToUpper(f)
		if !ruleID.MatchString(id) {
			d.Malformed = "\"" + f + "\" is not a rule ID (want e.g. AC201)"
			continue
		}
		d.Rules = append(d.Rules, id)
	}
	if len(d.Rules) == 0 && d.Malformed == "" {
		d.Malformed = "names no rule; write //authcheck:ignore AC201 -- reason"
	}
	return d, true
}

// Index holds the directives of one file by the lines they cover.
type Index struct {
	Directives []Directive
	byLine     map[int][]int // covered line -> indexes into Directives
}

// FileIndex collects the directives of a parsed file. src is the file's
// text, used to tell a directive alone on its line (covers the next line
// too) from a trailing one (covers its own line only); when src is nil the
// file is read from disk, and if that fails every directive is taken as
// being alone on its line.
func FileIndex(fset *token.FileSet, f *ast.File, src []byte) *Index {
	idx := &Index{byLine: map[int][]int{}}
	tf := fset.File(f.Pos())
	if src == nil && tf != nil {
		src, _ = os.ReadFile(tf.Name())
	}
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			d, ok := Parse(c.Text)
			if !ok {
				continue
			}
			d.Pos = c.Slash
			d.Line = fset.Position(c.Slash).Line
			d.OwnLine = true
			if tf != nil && src != nil {
				start, end := tf.Offset(tf.LineStart(d.Line)), tf.Offset(c.Slash)
				if start <= end && end <= len(src) {
					d.OwnLine = strings.TrimSpace(string(src[start:end])) == ""
				}
			}
			idx.add(d)
		}
	}
	return idx
}

// SourceIndex collects the directives of a file from its source text, for
// drivers that hold positions but no syntax tree.
func SourceIndex(src []byte) *Index {
	idx := &Index{byLine: map[int][]int{}}
	for i, line := range strings.Split(string(src), "\n") {
		j := directiveStart(line)
		if j < 0 {
			continue
		}
		d, ok := Parse(strings.TrimRight(line[j:], "\r"))
		if !ok {
			continue
		}
		d.Line = i + 1
		d.OwnLine = strings.TrimSpace(line[:j]) == ""
		idx.add(d)
	}
	return idx
}

func (idx *Index) add(d Directive) {
	n := len(idx.Directives)
	idx.Directives = append(idx.Directives, d)
	idx.byLine[d.Line] = append(idx.byLine[d.Line], n)
	if d.OwnLine {
		idx.byLine[d.Line+1] = append(idx.byLine[d.Line+1], n)
	}
}

// Match returns the directive that suppresses rule on line, if any.
// gosec's #nosec annotations are not honoured; see MatchWith.
func (idx *Index) Match(rule string, line int) (Directive, bool) {
	return idx.MatchWith(rule, line, false)
}

// MatchWith is Match, honouring #nosec annotations (through the mapping
// in nosec.go) when nosec is true. authcheck's own directives win over
// #nosec, so that the justification shown is the authcheck one.
func (idx *Index) MatchWith(rule string, line int, nosec bool) (Directive, bool) {
	if idx == nil {
		return Directive{}, false
	}
	var found *Directive
	for _, n := range idx.byLine[line] {
		d := &idx.Directives[n]
		if !d.Covers(rule, nosec) {
			continue
		}
		if d.Kind != Nosec {
			return *d, true
		}
		if found == nil {
			found = d
		}
	}
	if found != nil {
		return *found, true
	}
	return Directive{}, false
}

// directiveStart returns the index in a source line where a directive
// comment starts, or -1.
func directiveStart(line string) int {
	best := -1
	for _, m := range []string{Prefix, nolintPrefix, "//"} {
		j := strings.Index(line, m)
		if j < 0 {
			continue
		}
		if m == "//" {
			// A "//" comment holding #nosec, e.g. "// #nosec G401".
			if !strings.Contains(line[j:], nosecMarker) {
				continue
			}
		}
		if best < 0 || j < best {
			best = j
		}
	}
	return best
}
