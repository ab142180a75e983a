package engine

import (
	"go/ast"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// flagBad reports every package-level variable whose name starts with "bad".
var flagBad = &analysis.Analyzer{
	Name: "flagbad",
	Doc:  "test analyzer",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && strings.HasPrefix(id.Name, "bad") && id.Obj != nil && id.Obj.Kind == ast.Var {
					pass.Report(analysis.Diagnostic{Pos: id.Pos(), Category: "AC001", Message: "bad variable"})
				}
				return true
			})
		}
		return nil, nil
	},
}

func TestWrapFiltersSuppressedAndTestFiles(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), Wrap([]*analysis.Analyzer{flagBad})[0], "w")
}

// flagMD5 reports (as AC101) every package-level variable whose name
// starts with "md5".
var flagMD5 = &analysis.Analyzer{
	Name: "flagmd5",
	Doc:  "test analyzer",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && strings.HasPrefix(id.Name, "md5") && id.Obj != nil && id.Obj.Kind == ast.Var {
					pass.Report(analysis.Diagnostic{Pos: id.Pos(), Category: "AC101", Message: "weak hash"})
				}
				return true
			})
		}
		return nil, nil
	},
}

func TestWrapHonoursNosecOnlyWhenAsked(t *testing.T) {
	on := WrapWith([]*analysis.Analyzer{flagMD5}, func() Policy { return Policy{HonorNosec: true, AppendRuleID: true} })
	analysistest.Run(t, analysistest.TestData(), on[0], "nosec")
	off := WrapWith([]*analysis.Analyzer{flagMD5}, func() Policy { return Policy{AppendRuleID: true} })
	analysistest.Run(t, analysistest.TestData(), off[0], "nosecoff")
}

func TestIsVetInvocation(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{"-json", "/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"scan", "./..."}, false},
		{nil, false},
		{[]string{"explain", "AC101"}, false},
	} {
		if got := IsVetInvocation(tc.args); got != tc.want {
			t.Errorf("IsVetInvocation(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

func TestParseVetStderr(t *testing.T) {
	got := parseVetStderr("# example.com/m/b\nvet: b/b.go:3:12: undefined: x\n# example.com/m/b [example.com/m/b.test]\nvet: b/b.go:3:12: undefined: x\n")
	if len(got) != 1 || got[0].Package != "example.com/m/b" || got[0].Errors[0] != "b/b.go:3:12: undefined: x" {
		t.Errorf("parseVetStderr = %+v", got)
	}
}
