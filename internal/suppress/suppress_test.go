package suppress

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		ok   bool
		want Directive
	}{
		{"//authcheck:ignore AC201 -- public ETag", true, Directive{Rules: []string{"AC201"}, Justification: "public ETag"}},
		{"//authcheck:ignore ac101,AC102 -- legacy", true, Directive{Rules: []string{"AC101", "AC102"}, Justification: "legacy"}},
		{"//authcheck:ignore AC201", true, Directive{Rules: []string{"AC201"}}},
		{"//authcheck:ignore AC201 // see issue 12", true, Directive{Rules: []string{"AC201"}}},
		{"//authcheck:ignore -- no id", true, Directive{Justification: "no id", Malformed: "names no rule; write //authcheck:ignore AC201 -- reason"}},
		{"//authcheck:ignore X1 -- r", true, Directive{Justification: "r", Malformed: `"X1" is not a rule ID (want e.g. AC201)`}},
		{"//authcheck:ignored AC201", false, Directive{}},
		{"// authcheck:ignore AC201", false, Directive{}},
	} {
		got, ok := Parse(tc.in)
		if ok != tc.ok {
			t.Errorf("Parse(%q) ok = %v, want %v", tc.in, ok, tc.ok)
			continue
		}
		if diff := cmp.Diff(tc.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Parse(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

const src = `package p

func f(a, b string) bool {
	//authcheck:ignore AC201 -- above the line
	x := a == b
	y := a != b //authcheck:ignore AC201 -- same line
	z := a == b
	return x && y && z
}
`

func TestIndexCoversOwnAndNextLine(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	for _, idx := range []*Index{FileIndex(fset, f, []byte(src)), SourceIndex([]byte(src))} {
		for line, want := range map[int]bool{5: true, 6: true, 7: false, 3: false} {
			_, got := idx.Match("AC201", line)
			if got != want {
				t.Errorf("Match(AC201, line %d) = %v, want %v", line, got, want)
			}
		}
		if _, got := idx.Match("AC202", 5); got {
			t.Error("directive for AC201 suppressed AC202")
		}
	}
}

func TestParseNolint(t *testing.T) {
	for _, tc := range []struct {
		in   string
		ok   bool
		want Directive
	}{
		{"//nolint:authcheck // generated fixture", true, Directive{Kind: Nolint, AllRules: true, Justification: "generated fixture"}},
		{"//nolint:authcheck:AC201 // public ETag", true, Directive{Kind: Nolint, Rules: []string{"AC201"}, Justification: "public ETag"}},
		{"//nolint:authcheck:ac201,AC202", true, Directive{Kind: Nolint, Rules: []string{"AC201", "AC202"}}},
		{"//nolint:gosec,authcheck // reviewed", true, Directive{Kind: Nolint, AllRules: true, Justification: "reviewed"}},
		{"//nolint:authcheck:AC201,gosec // r", true, Directive{Kind: Nolint, Rules: []string{"AC201"}, Justification: "r"}},
		{"//nolint:authcheck:oops", true, Directive{Kind: Nolint, Malformed: `"oops" is not a rule ID (want e.g. //nolint:authcheck:AC201)`}},
		{"//nolint:gosec // other linter", false, Directive{}},
		{"//nolint:all", false, Directive{}},
		{"//nolint", false, Directive{}},
		{"//nolint:authcheckx", false, Directive{}},
	} {
		got, ok := Parse(tc.in)
		if ok != tc.ok {
			t.Errorf("Parse(%q) ok = %v, want %v", tc.in, ok, tc.ok)
			continue
		}
		if diff := cmp.Diff(tc.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Parse(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestParseNosec(t *testing.T) {
	for _, tc := range []struct {
		in   string
		ok   bool
		want Directive
	}{
		{"// #nosec G401 -- cache key", true, Directive{Kind: Nosec, Rules: []string{"G401"}, Justification: "cache key"}},
		{"//#nosec G401,G505", true, Directive{Kind: Nosec, Rules: []string{"G401", "G505"}}},
		{"/* #nosec G404 */", true, Directive{Kind: Nosec, Rules: []string{"G404"}}},
		{"// #nosec", true, Directive{Kind: Nosec}},
		{"// #nosecurity G401", false, Directive{}},
		{"// nosec G401", false, Directive{}},
	} {
		got, ok := Parse(tc.in)
		if ok != tc.ok {
			t.Errorf("Parse(%q) ok = %v, want %v", tc.in, ok, tc.ok)
			continue
		}
		if diff := cmp.Diff(tc.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Parse(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestNosecMapping(t *testing.T) {
	for _, tc := range []struct {
		gosec []string
		rule  string
		want  bool
	}{
		{[]string{"G401"}, "AC101", true},
		{[]string{"G505"}, "AC101", true},
		{[]string{"G401"}, "AC103", false}, // bcrypt cost is not a weak-primitive decision
		{[]string{"G101"}, "AC309", true},
		{[]string{"G101"}, "AC201", false},
		{[]string{"G404"}, "AC101", false},
		{nil, "AC101", false}, // a bare #nosec accepts nothing
		{[]string{"G999"}, "AC101", false},
		{[]string{"G404", "G401"}, "AC101", true},
	} {
		if got := NosecCovers(tc.gosec, tc.rule); got != tc.want {
			t.Errorf("NosecCovers(%v, %s) = %v, want %v", tc.gosec, tc.rule, got, tc.want)
		}
	}
	// Every mapped gosec rule names something that can match.
	for g, target := range NosecMapping {
		if len(target.IDs) == 0 && target.Prefix == "" {
			t.Errorf("%s maps to nothing", g)
		}
	}
}

func TestSourceIndexFindsNolintAndNosec(t *testing.T) {
	src := []byte("package p\n\nvar a = f() //nolint:authcheck:AC201 // r\nvar u = \"http://x\" // #nosec G401 -- r\n")
	idx := SourceIndex(src)
	if _, ok := idx.Match("AC201", 3); !ok {
		t.Error("//nolint:authcheck:AC201 not found by SourceIndex")
	}
	if _, ok := idx.Match("AC101", 4); ok {
		t.Error("#nosec honoured without being asked")
	}
	if _, ok := idx.MatchWith("AC101", 4, true); !ok {
		t.Error("#nosec G401 not honoured when asked")
	}
}

// TestNosecMappingIsDocumented keeps docs/suppressing.md's table in step
// with NosecMapping: every mapped gosec rule has a row, and every row is
// mapped.
func TestNosecMappingIsDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "suppressing.md"))
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]bool{}
	for _, line := range strings.Split(string(doc), "\n") {
		if m := regexp.MustCompile(`^\| (G[0-9]{3}) \|`).FindStringSubmatch(line); m != nil {
			rows[m[1]] = true
		}
	}
	for g := range NosecMapping {
		if !rows[g] {
			t.Errorf("%s is mapped but has no row in docs/suppressing.md", g)
		}
	}
	for g := range rows {
		if _, ok := NosecMapping[g]; !ok {
			t.Errorf("docs/suppressing.md has a row for %s, which is not mapped", g)
		}
	}
}
