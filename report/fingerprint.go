package report

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Fingerprints identify a finding across commits, for baselines and for
// SARIF's partialFingerprints.primaryLocationLineHash (GitHub uses it to
// track an alert as code moves). A fingerprint depends on the rule, the
// repo-relative path, the flagged source line with whitespace removed, and
// the occurrence index among identical (rule, path, line) triples in file
// order. It does not depend on line or column numbers, so edits elsewhere
// in the file, re-indentation and gofmt alignment leave it unchanged;
// renaming the file or editing the flagged line changes it.

// suppressionMarkers start trailing directives that NormalizeLine drops, so
// that adding a same-line suppression does not turn the finding into a
// "new" one for GitHub (which would close the old alert and open another).
var suppressionMarkers = []string{"//authcheck:ignore", "//nolint"}

// NormalizeLine prepares a source line for Fingerprint: trailing
// suppression directives cut, all whitespace removed.
func NormalizeLine(line string) string {
	for _, m := range suppressionMarkers {
		if i := strings.Index(line, m); i >= 0 {
			line = line[:i]
		}
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, line)
}

// Fingerprint returns the fingerprint of the occurrence-th (0-based)
// finding of rule on a line whose normalised text is normalizedLine in
// relPath. The form mirrors GitHub's own primaryLocationLineHash: 16 hex
// digits, a colon, and the 1-based occurrence.
func Fingerprint(rule, relPath, normalizedLine string, occurrence int) string {
	h := sha256.New()
	for _, part := range []string{"authcheck/v1", rule, filepath.ToSlash(strings.TrimPrefix(relPath, "./")), normalizedLine} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16] + ":" + strconv.Itoa(occurrence+1)
}

// AssignFingerprints sets Fingerprint on every finding. lineText returns the
// text of a 1-based line of a repo-relative file ("" when unavailable; see
// SourceLines); occurrences are counted in (file, line, column, rule)
// order, whatever the order of the slice.
func AssignFingerprints(findings []Finding, lineText func(path string, line int) string) {
	order := make([]int, len(findings))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return compareFindings(findings[a], findings[b]) })
	type triple struct{ rule, path, line string }
	seen := map[triple]int{}
	for _, i := range order {
		f := &findings[i]
		var text string
		if lineText != nil && f.Line > 0 {
			text = lineText(f.File, f.Line)
		}
		k := triple{f.Rule, f.File, NormalizeLine(text)}
		f.Fingerprint = Fingerprint(k.rule, k.path, k.line, seen[k])
		seen[k]++
	}
}

// SourceLines returns a lineText function for AssignFingerprints that reads
// repo-relative paths under root, caching each file. Unreadable files and
// out-of-range lines give "". Not safe for concurrent use.
func SourceLines(root string) func(path string, line int) string {
	cache := map[string][]string{}
	return func(path string, line int) string {
		lines, ok := cache[path]
		if !ok {
			data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(path)))
			if err == nil {
				lines = strings.Split(string(data), "\n")
			}
			cache[path] = lines
		}
		if line < 1 || line > len(lines) {
			return ""
		}
		return lines[line-1]
	}
}
