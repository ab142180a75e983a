package cookies

import (
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// sessionsV14 reports whether the gorilla/sessions the scanned module
// builds against is v1.4.0 or later, the release that changed
// NewCookieStore's defaults to Secure=true, SameSite=None.
//
// An analyzer sees the dependency only through its types, so the version
// is read from where they were declared: module cache paths end in
// "github.com/gorilla/sessions@v1.4.0/store.go". Vendored and GOPATH
// paths carry no version; then the API decides: Options.Partitioned
// arrived in v1.4.0.
func sessionsV14(fset *token.FileSet, fn *types.Func) bool {
	if fset != nil && fn.Pos().IsValid() {
		if v, ok := moduleVersion(fset.Position(fn.Pos()).Filename, pkgSessions); ok {
			return !semverLess(v, 1, 4)
		}
	}
	if opts, ok := fn.Pkg().Scope().Lookup("Options").(*types.TypeName); ok {
		if st, ok := opts.Type().Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				if st.Field(i).Name() == "Partitioned" {
					return true
				}
			}
		}
	}
	return false
}

// moduleVersion extracts the version of module from a module-cache file
// path (".../github.com/gorilla/sessions@v1.4.0/store.go").
func moduleVersion(filename, module string) (string, bool) {
	filename = strings.ReplaceAll(filename, "\\", "/")
	i := strings.Index(filename, module+"@")
	if i < 0 {
		return "", false
	}
	rest := filename[i+len(module)+1:]
	if j := strings.IndexByte(rest, '/'); j >= 0 {
		rest = rest[:j]
	}
	return rest, strings.HasPrefix(rest, "v")
}

// semverLess reports whether version v is below major.minor.
func semverLess(v string, major, minor int) bool {
	parts := strings.SplitN(strings.TrimPrefix(v, "v"), ".", 3)
	if len(parts) < 2 {
		return false
	}
	ma, err1 := strconv.Atoi(parts[0])
	mi, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil {
		return false
	}
	return ma < major || (ma == major && mi < minor)
}
