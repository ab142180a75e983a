// Package suppress parses authcheck's in-source suppression directives:
//
//	//authcheck:ignore AC201 -- compared value is a public ETag
//	//authcheck:ignore AC101,AC102 -- legacy import path, removed in v3
//
// A trailing directive silences the named rules on its own line; a
// directive alone on its line silences them on that line and the next. Text after "--"
// is the justification.
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

// Directive is one parsed //authcheck:ignore comment.
type Directive struct {
	Pos           token.Pos
	Line          int      // line of the comment
	OwnLine       bool     // alone on its line: it also covers the next line
	Rules         []string // upper-cased rule IDs
	Justification string   // text after "--", trimmed; empty when missing
	Malformed     string   // non-empty when the directive cannot be understood
}

var ruleID = regexp.MustCompile(`^A[CP][0-9]{3}$`)

// Parse parses the text of one comment (including the leading //). ok is
// false when the comment is not a directive at all.
func Parse(text string) (d Directive, ok bool) {
	if !strings.HasPrefix(text, Prefix) {
		return Directive{}, false
	}
	rest := text[len(Prefix):]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return Directive{}, false // e.g. //authcheck:ignored
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
		j := strings.Index(line, Prefix)
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
func (idx *Index) Match(rule string, line int) (Directive, bool) {
	if idx == nil {
		return Directive{}, false
	}
	for _, n := range idx.byLine[line] {
		d := idx.Directives[n]
		for _, r := range d.Rules {
			if r == rule {
				return d, true
			}
		}
	}
	return Directive{}, false
}
