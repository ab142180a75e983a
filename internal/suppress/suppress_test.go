package suppress

import (
	"go/parser"
	"go/token"
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
