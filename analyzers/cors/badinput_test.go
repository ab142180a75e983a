package cors

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// TestTypeErrors runs the analyzer on a package that does not type-check
// (as a driver with RunDespiteErrors, or gopls, may do): it must not
// panic, and it reports only what the well-typed parts prove.
func TestTypeErrors(t *testing.T) {
	const src = `package broken

import (
	"net/http"
	"strings"
)

func Reflect(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	w.Header().Set("Access-Control-Allow-Origin", origin)
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func Broken(w http.ResponseWriter, r *http.Request) {
	origin := undefinedHelper(r)
	w.Header().Set("Access-Control-Allow-Origin", origin)
	if strings.HasSuffix(origin, missing.Domain) {
		w.Header().Set(unknownHeader, origin)
	}
	var cfg UnknownConfig
	cfg.AllowCredentials = true
	mux := http.NewServeMux()
	mux.HandleFunc("GET /logout", nil)
	mux.HandleFunc(notAConstant+"/delete", nil)
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "broken.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Implicits:  map[ast.Node]types.Object{},
		Instances:  map[*ast.Ident]types.Instance{},
	}
	var typeErrors int
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil), Error: func(error) { typeErrors++ }}
	pkg, _ := conf.Check("example.com/broken", fset, []*ast.File{f}, info)
	if typeErrors == 0 {
		t.Fatal("the test package was meant not to type-check")
	}
	var got []string
	pass := &analysis.Pass{
		Analyzer:  Analyzer,
		Fset:      fset,
		Files:     []*ast.File{f},
		Pkg:       pkg,
		TypesInfo: info,
		ResultOf:  map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New([]*ast.File{f})},
		Report: func(d analysis.Diagnostic) {
			got = append(got, fset.Position(d.Pos).String()+" "+d.Category)
		},
	}
	if _, err := Analyzer.Run(pass); err != nil {
		t.Fatal(err)
	}
	want := []string{"broken.go:10:48 AC701", "broken.go:23:17 AC706"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings on a package with type errors:\n got: %q\nwant: %q", got, want)
	}
}

func TestStateChangingAction(t *testing.T) {
	for path, want := range map[string]string{
		"/logout":                    "logout",
		"/auth/sign-out":             "logout",
		"/api/v1/users/{id}/delete":  "deletion",
		"/me/changeEmail":            "e-mail or password change",
		"/wallet/transfer":           "transfer",
		"/api/keys/:id/revoke":       "revocation",
		"/email/change/confirm":      "",
		"/deleted-items":             "",
		"/logout/page":               "",
		"/api/v1/me":                 "",
		"/password/reset":            "",
		"/users/{delete}":            "",
		"/verify-email?token=x":      "",
		"/api/v1/tokens/revocations": "",
	} {
		if got := stateChangingAction(path); got != want {
			t.Errorf("stateChangingAction(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestLooksLikeHost(t *testing.T) {
	for s, want := range map[string]bool{
		"example.com": true, ".example.com": true, "localhost": true, "api.example.com:8443": true,
		"": false, "https": false, ":3000": false, "a b.c": false, "1.2": false,
	} {
		if got := looksLikeHost(s); got != want {
			t.Errorf("looksLikeHost(%q) = %v, want %v", s, got, want)
		}
	}
}
