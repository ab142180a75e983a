package tlsconfig

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

var sslModeRe = regexp.MustCompile(`(?i)(?:^|[?&\s])sslmode\s*=\s*'?(disable|allow|prefer|require)\b`)

// dsnShape recognises a connection string: a URL with a PostgreSQL scheme,
// key=value pairs naming a host or database, or a bare query fragment.
var dsnShape = regexp.MustCompile(`(?i)(postgres(ql)?|pgx|cockroachdb)://|\b(host|dbname|user|port)\s*=|[?&]sslmode=|^sslmode=`)

// checkConnString reports a string literal that is (part of) a PostgreSQL
// connection string whose sslmode does not verify the server.
func (c *checker) checkConnString(cur inspector.Cursor, lit *ast.BasicLit) {
	if lit.Kind != token.STRING || !strings.Contains(strings.ToLower(lit.Value), "sslmode") {
		return
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return
	}
	m := sslModeRe.FindStringSubmatchIndex(s)
	if m == nil || !dsnShape.MatchString(s) {
		return
	}
	if c.inMessage(cur) {
		return
	}
	mode := strings.ToLower(s[m[2]:m[3]])
	var why string
	switch mode {
	case "disable":
		why = "sends the connection, password included, unencrypted"
	case "allow", "prefer":
		why = "falls back to an unencrypted connection and never verifies the server"
	case "require":
		why = "encrypts but does not verify the server's certificate, so anyone on the path can impersonate the database"
	}
	c.report(analysis.Diagnostic{
		Pos: lit.Pos(), End: lit.End(), Category: ruleSSLMode,
		Message: fmt.Sprintf("database connection string with sslmode=%s %s; use sslmode=verify-full (with sslrootcert for a private CA)", mode, why),
	})
}

// inMessage reports whether a literal is an argument of an error, log,
// print or flag-usage call, or a struct tag: text about a DSN, not one.
func (c *checker) inMessage(cur inspector.Cursor) bool {
	for p := cur.Parent(); ; p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.Field:
			return true // struct tag
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(c.info, n).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				return false
			}
			path, name := fn.Pkg().Path(), fn.Name()
			switch {
			case path == "errors", path == "log", path == "log/slog",
				path == "fmt" && (name == "Errorf" || strings.HasPrefix(name, "Print") || strings.HasPrefix(name, "Fprint")),
				path == "testing":
				return true
			case path == "flag" || path == "github.com/spf13/pflag":
				// flag.String(name, default, usage): the usage is prose.
				for i, a := range n.Args {
					if a.Pos() <= cur.Node().Pos() && cur.Node().End() <= a.End() {
						return i == len(n.Args)-1 && len(n.Args) >= 3
					}
				}
			}
			return false
		case *ast.BinaryExpr, *ast.ParenExpr:
			continue
		default:
			return false
		}
	}
}
