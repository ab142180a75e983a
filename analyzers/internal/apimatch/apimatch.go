// Package apimatch holds the small type-based matchers the analyzers share
// to recognise the APIs they look at: whether a package imports one of
// them (the fast path) and whether a resolved callee is a given
// package-level function.
package apimatch

import "go/types"

// ImportsAny reports whether pkg imports any of paths directly.
func ImportsAny(pkg *types.Package, paths ...string) bool {
	for _, imp := range pkg.Imports() {
		for _, p := range paths {
			if imp.Path() == p {
				return true
			}
		}
	}
	return false
}

// IsFunc reports whether fn is a package-level function (not a method) of
// the package pkgPath with one of the given names.
func IsFunc(fn *types.Func, pkgPath string, names ...string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() != nil {
		return false
	}
	for _, n := range names {
		if fn.Name() == n {
			return true
		}
	}
	return false
}
