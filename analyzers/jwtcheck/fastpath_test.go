package jwtcheck

import (
	"go/types"
	"testing"
	"time"
)

func TestImportsJWT(t *testing.T) {
	pkg := func(imports ...string) *types.Package {
		p := types.NewPackage("example.com/app", "app")
		var deps []*types.Package
		for _, path := range imports {
			deps = append(deps, types.NewPackage(path, "dep"))
		}
		p.SetImports(deps)
		return p
	}
	for _, tc := range []struct {
		imports []string
		want    bool
	}{
		{[]string{"net/http", "github.com/golang-jwt/jwt/v5"}, true},
		{[]string{"github.com/dgrijalva/jwt-go"}, true},
		{[]string{"github.com/lestrrat-go/jwx/v2/jwt"}, true},
		{[]string{"github.com/go-jose/go-jose/v4/jwt"}, true},
		{[]string{"net/http", "crypto/hmac"}, false},
		{[]string{"github.com/golang-jwt/jwt/v5x"}, false},
		{nil, false},
	} {
		if got := importsJWT(pkg(tc.imports...)); got != tc.want {
			t.Errorf("importsJWT(%v) = %v, want %v", tc.imports, got, tc.want)
		}
	}
	if importsJWT(nil) {
		t.Error("importsJWT(nil) = true")
	}
}

func TestFormatDuration(t *testing.T) {
	for in, want := range map[string]string{"15m0s": "15m", "24h0m0s": "24h", "1h30m0s": "1h30m", "90s": "1m30s"} {
		d, err := time.ParseDuration(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := formatDuration(d); got != want {
			t.Errorf("formatDuration(%s) = %q, want %q", in, got, want)
		}
	}
}
