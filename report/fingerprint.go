package report

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
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

// Check fingerprints identify a failed live check across runs: the rule,
// the target's origin (scheme://host:port), the path probed (digits
// blurred, so /notes/17 and /notes/18 are one path), the status, and the message
// with its variable parts blurred: words with a digit in them (counts,
// timings, ports, max-age values, random probe paths such as
// /authcheck-b5b7407db574) become "#", and long token-like runs (session IDs,
// tokens, nonces echoed in messages) become "…". A check that fails the
// same way on the next run keeps its fingerprint; one that fails
// differently (another status, another reason) gets a new one.

var (
	digitRun = regexp.MustCompile(`[A-Za-z0-9_]*[0-9][A-Za-z0-9_]*`)
	tokenRun = regexp.MustCompile(`[A-Za-z0-9_\-+/=.]{24,}`)
)

// CheckFingerprint returns the fingerprint of a check, in the same form
// as finding fingerprints (16 hex digits, ":1").
func CheckFingerprint(c Check) string {
	path := ""
	if u, err := url.Parse(c.Target); err == nil {
		path = digitRun.ReplaceAllString(u.EscapedPath(), "#")
	}
	msg := strings.ToLower(strings.Join(strings.Fields(c.Message), " "))
	msg = tokenRun.ReplaceAllString(msg, "…")
	msg = digitRun.ReplaceAllString(msg, "#")
	h := sha256.New()
	for _, part := range []string{"authcheck/check/v1", c.Rule, Origin(c.Target), path, c.Status, msg} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16] + ":1"
}

// Origin returns a target URL's scheme://host[:port], lower-cased, or the
// target as given when it is not a URL with a host.
func Origin(target string) string {
	u, err := url.Parse(target)
	if err != nil || u.Host == "" {
		return target
	}
	return strings.ToLower(u.Scheme + "://" + u.Host)
}

// AssignCheckFingerprints sets Fingerprint on every check that failed,
// warned or could not run; passes and skips get none.
func AssignCheckFingerprints(checks []Check) {
	for i := range checks {
		switch checks[i].Status {
		case StatusFail, StatusWarn, StatusError:
			checks[i].Fingerprint = CheckFingerprint(checks[i])
		default:
			checks[i].Fingerprint = ""
		}
	}
}
