package jwtcheck

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// library identifies which JWT library an object comes from. The
// golang-jwt family is split by major version because what a parser
// validates by default differs between them.
type library int

const (
	libNone          library = iota
	libJWTv5                 // github.com/golang-jwt/jwt/v5
	libJWTv4                 // github.com/golang-jwt/jwt/v4
	libJWTv3                 // github.com/dgrijalva/jwt-go and its drop-in forks (v3 API)
	libJWX                   // github.com/lestrrat-go/jwx/v2 (and v3) jwt
	libJose                  // github.com/go-jose/go-jose (and gopkg.in/square/go-jose.v2), jose and jwt
	libJWXAlgorithms         // github.com/lestrrat-go/jwx/v2/jwa
	libJWK                   // github.com/lestrrat-go/jwx/v2/jwk (and v3)
)

var libraryByPath = map[string]library{
	"github.com/golang-jwt/jwt/v5":         libJWTv5,
	"github.com/golang-jwt/jwt/v4":         libJWTv4,
	"github.com/golang-jwt/jwt":            libJWTv3,
	"github.com/dgrijalva/jwt-go":          libJWTv3,
	"github.com/form3tech-oss/jwt-go":      libJWTv3,
	"github.com/lestrrat-go/jwx/v2/jwt":    libJWX,
	"github.com/lestrrat-go/jwx/v3/jwt":    libJWX,
	"github.com/lestrrat-go/jwx/v2/jwa":    libJWXAlgorithms,
	"github.com/lestrrat-go/jwx/v3/jwa":    libJWXAlgorithms,
	"github.com/lestrrat-go/jwx/v2/jwk":    libJWK,
	"github.com/lestrrat-go/jwx/v3/jwk":    libJWK,
	"github.com/go-jose/go-jose/v4":        libJose,
	"github.com/go-jose/go-jose/v4/jwt":    libJose,
	"github.com/go-jose/go-jose/v3":        libJose,
	"github.com/go-jose/go-jose/v3/jwt":    libJose,
	"gopkg.in/go-jose/go-jose.v2":          libJose,
	"gopkg.in/go-jose/go-jose.v2/jwt":      libJose,
	"gopkg.in/square/go-jose.v2":           libJose,
	"gopkg.in/square/go-jose.v2/jwt":       libJose,
	"github.com/golang-jwt/jwt/v5/request": libJWTv5,
	"github.com/golang-jwt/jwt/v4/request": libJWTv4,
	"github.com/golang-jwt/jwt/request":    libJWTv3,
	"github.com/dgrijalva/jwt-go/request":  libJWTv3,
}

// importsJWT reports whether pkg imports any JWT library that the analyzer
// knows: the fast path for the many packages that do not touch tokens.
func importsJWT(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	for _, imp := range pkg.Imports() {
		if _, ok := libraryByPath[imp.Path()]; ok {
			return true
		}
	}
	return false
}

// libraryOf returns the library an object is declared in.
func libraryOf(obj types.Object) library {
	if obj == nil || obj.Pkg() == nil {
		return libNone
	}
	return libraryByPath[obj.Pkg().Path()]
}

// isGolangJWT reports whether lib is one of the golang-jwt API generations,
// which share Parse, ParseWithClaims, Parser, Token and SigningMethodNone.
func isGolangJWT(lib library) bool {
	return lib == libJWTv5 || lib == libJWTv4 || lib == libJWTv3
}

// isRequestPackage reports whether obj is declared in golang-jwt's request
// helper package rather than in the jwt package itself.
func isRequestPackage(obj types.Object) bool {
	return obj != nil && obj.Pkg() != nil && strings.HasSuffix(obj.Pkg().Path(), "/request")
}

// callee returns the function or method a call statically invokes, or nil
// for calls of function values, conversions and built-ins.
func callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// jwtFunc describes a function or method of a JWT library: its library, its
// name and, for methods, the name of the receiver's named type.
type jwtFunc struct {
	lib  library
	name string
	recv string
}

func describe(fn *types.Func) jwtFunc {
	if fn == nil {
		return jwtFunc{}
	}
	lib := libraryOf(fn)
	if lib == libNone || isRequestPackage(fn) {
		return jwtFunc{}
	}
	d := jwtFunc{lib: lib, name: fn.Name()}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		d.recv = namedTypeName(sig.Recv().Type())
	}
	return d
}

// namedTypeName returns the name of t's named type, looking through one
// pointer, or "".
func namedTypeName(t types.Type) string {
	if t == nil {
		return ""
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// isLibraryType reports whether t (or the type it points to) is the named
// type name of a library accepted by want.
func isLibraryType(t types.Type, name string, want func(library) bool) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	return n.Obj().Name() == name && want(libraryOf(n.Obj()))
}

// isTokenType reports whether t is golang-jwt's Token or *Token.
func isTokenType(t types.Type) bool { return isLibraryType(t, "Token", isGolangJWT) }

// isPrintCall reports whether call only formats or logs its arguments:
// passing a token there is not using it as identity, nor checking it.
func isPrintCall(info *types.Info, call *ast.CallExpr) bool {
	fn := callee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "fmt":
		return strings.HasPrefix(fn.Name(), "Print") || strings.HasPrefix(fn.Name(), "Sprint") ||
			strings.HasPrefix(fn.Name(), "Fprint") || fn.Name() == "Errorf"
	case "log", "log/slog":
		return true
	}
	// Methods of loggers (zap, zerolog, logrus, slog.Logger) are recognised
	// by receiver type name, since there are too many logging packages to
	// list by path.
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		recv := strings.ToLower(namedTypeName(sig.Recv().Type()))
		return strings.Contains(recv, "logger") || recv == "entry" || recv == "event"
	}
	return false
}

// stripParens removes any parentheses around e.
func stripParens(e ast.Expr) ast.Expr {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// stripAddr removes parentheses, & and * around e: the claims argument
// &claims and the variable claims name the same storage.
func stripAddr(e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
		case *ast.UnaryExpr:
			if x.Op.String() != "&" {
				return e
			}
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return e
		}
	}
}

// objectOf returns the variable, constant or function an identifier or
// selector refers to (for a field selector, the field), or nil.
func objectOf(info *types.Info, e ast.Expr) types.Object {
	switch x := stripParens(e).(type) {
	case *ast.Ident:
		if x.Name == "_" {
			return nil
		}
		if obj := info.Uses[x]; obj != nil {
			return obj
		}
		return info.Defs[x]
	case *ast.SelectorExpr:
		return info.Uses[x.Sel]
	}
	return nil
}

// isErrorType reports whether t is the built-in error interface.
func isErrorType(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}
