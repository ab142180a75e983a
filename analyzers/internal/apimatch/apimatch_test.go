package apimatch

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

func TestMatchers(t *testing.T) {
	const src = `package p

import (
	"net/http"
	"strings"
)

var _ = strings.HasPrefix
var _ = (*http.Request).FormValue
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !ImportsAny(pkg, "crypto/tls", "net/http") || ImportsAny(pkg, "crypto/tls") {
		t.Error("ImportsAny does not follow the package's imports")
	}
	strs := pkg.Imports()[1]
	if strs.Path() != "strings" {
		strs = pkg.Imports()[0]
	}
	hasPrefix, _ := strs.Scope().Lookup("HasPrefix").(*types.Func)
	if !IsFunc(hasPrefix, "strings", "HasSuffix", "HasPrefix") || IsFunc(hasPrefix, "bytes", "HasPrefix") || IsFunc(hasPrefix, "strings", "Contains") {
		t.Error("IsFunc mismatches strings.HasPrefix")
	}
	var http *types.Package
	for _, imp := range pkg.Imports() {
		if imp.Path() == "net/http" {
			http = imp
		}
	}
	req := http.Scope().Lookup("Request").Type()
	formValue, _, _ := types.LookupFieldOrMethod(types.NewPointer(req), true, http, "FormValue")
	if IsFunc(formValue.(*types.Func), "net/http", "FormValue") {
		t.Error("IsFunc matched a method")
	}
	if IsFunc(nil, "strings", "HasPrefix") {
		t.Error("IsFunc(nil) = true")
	}
}
