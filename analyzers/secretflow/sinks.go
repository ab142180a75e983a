package secretflow

import (
	"go/ast"
	"go/constant"
	"go/types"
	"regexp"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// sinkKind is where a value goes.
type sinkKind uint8

const (
	noSink sinkKind = iota
	sLog
	sError
	sMail
	sStore
)

// use is one argument of a call that sends its value somewhere.
type use struct {
	sink    sinkKind
	arg     ast.Expr
	desc    string // the API: "log.Printf", "(*sql.DB).ExecContext", "logValue (helper.go:12)"
	verb    bool   // formatted field by field (%v, %+v, %s, Print): a struct's fields show
	json    bool   // encoded as JSON or reflected (slog.Any, zap.Any): exported fields show
	helper  bool   // the sink is inside a helper function the argument is passed to
	where   string // for helpers, the sink inside: "log.Printf at helper.go:12"
	store   string // for storage: "a SQL INSERT", "Redis", "a file"
	skipKey bool
}

const (
	pkgLog     = "log"
	pkgSlog    = "log/slog"
	pkgZap     = "go.uber.org/zap"
	pkgZerolog = "github.com/rs/zerolog"
	pkgLogrus  = "github.com/sirupsen/logrus"
)

// logLevels are the method and function names of leveled loggers
// (log, logrus, zap's sugared logger, klog, hclog), with and without the
// f/ln/w/S suffixes.
func logLevelName(name string) bool {
	for _, p := range []string{"Print", "Fatal", "Panic", "Debug", "Info", "Warn", "Warning", "Error", "Trace", "DPanic", "Log", "Exit"} {
		if strings.HasPrefix(name, p) {
			rest := name[len(p):]
			switch rest {
			case "", "f", "ln", "w", "S", "Context", "Depth", "Attrs", "Fn", "fn", "Contextf":
				return true
			}
		}
	}
	return false
}

var sqlWrite = regexp.MustCompile(`(?i)\b(insert|update|replace|upsert|merge)\b`)

var sqlMethods = map[string]bool{
	"Exec": true, "ExecContext": true, "Query": true, "QueryContext": true, "QueryRow": true,
	"QueryRowContext": true, "MustExec": true, "MustExecContext": true, "Queryx": true,
	"QueryRowx": true, "QueryxContext": true, "QueryRowxContext": true,
}

var redisWrites = map[string]int{ // method → index of the first value argument
	"Set": 2, "SetNX": 2, "SetEx": 2, "SetEX": 2, "SetXX": 2, "SetArgs": 2, "GetSet": 2,
	"HSet": 2, "HSetNX": 2, "HMSet": 2, "MSet": 1, "MSetNX": 1, "LPush": 2, "RPush": 2, "SAdd": 2,
}

// mailWords name functions and types that send e-mail.
func mailName(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "mail") || strings.Contains(n, "smtp")
}

// sendName reports whether a function name says it sends something.
func sendName(name string) bool {
	n := strings.ToLower(name)
	for _, w := range []string{"send", "deliver", "notify", "welcome", "invite"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

func recvName(fn *types.Func) string {
	recv := fn.Signature().Recv()
	if recv == nil {
		return ""
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// isStd reports whether e is os.Stdout or os.Stderr.
func isStd(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := info.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && (v.Name() == "Stdout" || v.Name() == "Stderr")
}

func isFile(info *types.Info, e ast.Expr) bool {
	return isNamed(info.TypeOf(e), "os", "File")
}

// printfVerbs maps each argument after a constant format to whether it is
// formatted field by field (%v, %+v, %#v, %s). ok is false when the format
// is not constant or uses explicit indexes.
func printfVerbs(info *types.Info, format ast.Expr, nargs int) (verbs []bool, ok bool) {
	tv, okc := info.Types[format]
	if !okc || tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil, false
	}
	s := constant.StringVal(tv.Value)
	verbs = make([]bool, nargs)
	arg := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		i++
		for i < len(s) && strings.IndexByte("+-# 0", s[i]) >= 0 {
			i++
		}
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == '*') {
			if s[i] == '*' {
				arg++
			}
			i++
		}
		if i >= len(s) {
			break
		}
		if s[i] == '[' {
			return nil, false
		}
		if s[i] == '%' {
			continue
		}
		if arg < nargs {
			verbs[arg] = s[i] == 'v' || s[i] == 's'
		}
		arg++
	}
	return verbs, true
}

// uses returns the arguments of call that reach a log, an error, a mail
// or a store, directly (by API) or through a helper with a sinkParams
// fact.
func (c *checker) uses(call *ast.CallExpr) []use {
	info := c.pass.TypesInfo
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return nil
	}
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
	}
	name := fn.Name()
	recv := recvName(fn)
	args := call.Args
	var out []use
	all := func(sink sinkKind, desc string, from int, verb bool) {
		for i := from; i < len(args); i++ {
			out = append(out, use{sink: sink, arg: args[i], desc: desc, verb: verb})
		}
	}
	formatted := func(sink sinkKind, desc string, formatIdx int) {
		if formatIdx >= len(args) {
			return
		}
		out = append(out, use{sink: sink, arg: args[formatIdx], desc: desc})
		rest := args[formatIdx+1:]
		verbs, ok := printfVerbs(info, args[formatIdx], len(rest))
		for i, a := range rest {
			out = append(out, use{sink: sink, arg: a, desc: desc, verb: !ok || verbs[i]})
		}
	}
	label := funcLabel(fn, c.pass.Pkg)
	switch {
	case pkg == pkgLog || pkg == "github.com/rs/zerolog/log" && strings.HasPrefix(name, "Print"):
		if !logLevelName(name) {
			break
		}
		desc := "log." + name
		if strings.HasSuffix(name, "f") {
			formatted(sLog, desc, 0)
		} else {
			all(sLog, desc, 0, true)
		}
	case pkg == pkgSlog:
		switch {
		case recv == "" && (name == "String" || name == "Any" || name == "Group"):
			return nil // attribute constructors are expanded at the log call
		case logLevelName(name) || name == "With":
			for _, a := range args {
				out = append(out, c.expandAttr(a, sLog, "slog."+name)...)
			}
		}
	case pkg == "fmt":
		switch name {
		case "Print", "Println":
			all(sLog, "fmt."+name+" (stdout)", 0, true)
		case "Printf":
			formatted(sLog, "fmt.Printf (stdout)", 0)
		case "Fprint", "Fprintln", "Fprintf":
			if len(args) == 0 {
				break
			}
			switch {
			case isStd(info, args[0]):
				if name == "Fprintf" {
					formatted(sLog, "fmt.Fprintf (stderr/stdout)", 1)
				} else {
					all(sLog, "fmt."+name+" (stderr/stdout)", 1, true)
				}
			case isFile(info, args[0]):
				for _, a := range args[1:] {
					out = append(out, use{sink: sStore, arg: a, desc: "fmt." + name, store: "a file"})
				}
			}
		case "Errorf":
			formatted(sError, "fmt.Errorf", 0)
		}
	case pkg == "errors" && name == "New":
		all(sError, "errors.New", 0, false)
	case pkg == pkgZap || strings.HasPrefix(pkg, pkgZap+"/"):
		switch {
		case recv == "" && (name == "String" || name == "ByteString" || name == "Any" || name == "Reflect" || name == "Binary"):
			return nil
		case recv == "SugaredLogger" && (logLevelName(name) || name == "With"):
			if strings.HasSuffix(name, "f") {
				formatted(sLog, "zap."+name, 0)
			} else {
				all(sLog, "zap."+name, 0, true)
			}
		case recv == "Logger" && (logLevelName(name) || name == "With"):
			for _, a := range args {
				out = append(out, c.expandAttr(a, sLog, "zap."+name)...)
			}
		}
	case pkg == pkgZerolog:
		switch name {
		case "Str", "Bytes", "Strs", "RawJSON", "Hex":
			if len(args) >= 2 {
				out = append(out, use{sink: sLog, arg: args[1], desc: "zerolog " + name})
			}
		case "Interface", "Any":
			if len(args) >= 2 {
				out = append(out, use{sink: sLog, arg: args[1], desc: "zerolog " + name, json: true})
			}
		case "Msg":
			all(sLog, "zerolog Msg", 0, false)
		case "Msgf":
			formatted(sLog, "zerolog Msgf", 0)
		}
	case pkg == pkgLogrus:
		switch {
		case name == "WithField":
			if len(args) >= 2 {
				out = append(out, use{sink: sLog, arg: args[1], desc: "logrus.WithField", json: true, verb: true})
			}
		case name == "WithFields":
			if len(args) == 1 {
				if lit, ok := ast.Unparen(args[0]).(*ast.CompositeLit); ok {
					for _, elt := range lit.Elts {
						if kv, ok := elt.(*ast.KeyValueExpr); ok {
							out = append(out, use{sink: sLog, arg: kv.Value, desc: "logrus.WithFields", json: true, verb: true})
						}
					}
				}
			}
		case logLevelName(name):
			if strings.HasSuffix(name, "f") {
				formatted(sLog, "logrus."+name, 0)
			} else {
				all(sLog, "logrus."+name, 0, true)
			}
		}
	case pkg == "k8s.io/klog/v2" || pkg == "k8s.io/klog" || pkg == "github.com/golang/glog" || pkg == "github.com/hashicorp/go-hclog":
		if logLevelName(name) {
			if strings.HasSuffix(name, "f") {
				formatted(sLog, label, 0)
			} else {
				all(sLog, label, 0, true)
			}
		}
	case loggerPackage(fn.Pkg()) && logLevelName(name):
		// A project's own logging package (pkg/logger, internal/log): its
		// leveled functions are log calls whatever writer they end in.
		if strings.HasSuffix(name, "f") {
			formatted(sLog, label, 0)
		} else {
			all(sLog, label, 0, true)
		}
	case pkg == "net/smtp" && name == "SendMail":
		if len(args) == 5 {
			out = append(out, use{sink: sMail, arg: args[4], desc: "smtp.SendMail"})
		}
	case (name == "SetBody" || name == "AddAlternative" || name == "SetBodyString" || name == "AddAlternativeString") && mailName(pkg):
		if len(args) >= 2 {
			out = append(out, use{sink: sMail, arg: args[1], desc: label})
		}
	case pkg == "os" && name == "WriteFile":
		if len(args) == 3 {
			out = append(out, use{sink: sStore, arg: args[1], desc: "os.WriteFile", store: "a file"})
		}
	case pkg == "os" && recv == "File" && (name == "Write" || name == "WriteString"):
		if len(args) == 1 && !isStdRecv(info, call) {
			out = append(out, use{sink: sStore, arg: args[0], desc: "(*os.File)." + name, store: "a file"})
		}
	case pkg == "io" && name == "WriteString":
		if len(args) == 2 {
			switch {
			case isStd(info, args[0]):
				out = append(out, use{sink: sLog, arg: args[1], desc: "io.WriteString (stderr/stdout)"})
			case isFile(info, args[0]):
				out = append(out, use{sink: sStore, arg: args[1], desc: "io.WriteString", store: "a file"})
			}
		}
	case (strings.HasPrefix(pkg, "github.com/redis/go-redis") || strings.HasPrefix(pkg, "github.com/go-redis/redis")) && redisWrites[name] > 0:
		for i := redisWrites[name]; i < len(args); i++ {
			out = append(out, use{sink: sStore, arg: args[i], desc: "redis " + name, store: "Redis"})
		}
	case sqlMethods[name] && fn.Signature().Recv() != nil:
		for i, a := range args {
			if tv, ok := info.Types[a]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				if q := constant.StringVal(tv.Value); sqlWrite.MatchString(q) {
					for _, v := range args[i+1:] {
						out = append(out, use{sink: sStore, arg: v, desc: label, store: "a SQL " + sqlVerb(q)})
					}
				}
				break
			}
		}
	case mailName(name) && sendName(name) || mailName(recv) && sendName(name):
		// A mailer of the code's own: sendWelcomeEmail(to, password), (*Mailer).Send(msg).
		for _, a := range args {
			out = append(out, c.expandMail(a, label)...)
		}
	}
	// Helpers whose parameters reach a sink (facts from other packages,
	// summaries in this one).
	if sp := c.sinkParamsOf(fn); sp != nil {
		sig := fn.Signature()
		for _, p := range sp.Params {
			if p.Named {
				continue // reported inside the helper, where the name is
			}
			for i, a := range args {
				pi := i
				if sig.Variadic() && pi >= sig.Params().Len()-1 {
					pi = sig.Params().Len() - 1
				}
				if pi == p.Index {
					out = append(out, use{sink: sinkKind(p.Sink), arg: a, desc: label + " (which reaches " + p.Where + ")", where: p.Where, helper: true, store: p.Store})
				}
			}
		}
	}
	return out
}

// loggerPackage reports whether a package is, by its name, a logging
// package: log, logger, logging, logs, applog, …
func loggerPackage(p *types.Package) bool {
	if p == nil {
		return false
	}
	n := strings.ToLower(p.Name())
	switch n {
	case "log", "logger", "logging", "logs", "logutil", "logx", "applog", "xlog":
		return true
	}
	return false
}

func isStdRecv(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && isStd(info, sel.X)
}

func sqlVerb(q string) string {
	m := sqlWrite.FindString(q)
	return strings.ToUpper(m)
}

// expandAttr turns one argument of a structured logger into the values it
// logs: slog.String("k", v) → v; slog.Any("k", v) → v (encoded whole);
// zap.String("k", v) → v; a plain argument stays itself.
func (c *checker) expandAttr(a ast.Expr, sink sinkKind, desc string) []use {
	call, ok := ast.Unparen(a).(*ast.CallExpr)
	if ok {
		if fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func); fn != nil && fn.Pkg() != nil {
			p, n := fn.Pkg().Path(), fn.Name()
			if (p == pkgSlog || p == pkgZap) && fn.Signature().Recv() == nil {
				switch n {
				case "String", "ByteString", "Binary", "Stringer":
					if len(call.Args) == 2 {
						return []use{{sink: sink, arg: call.Args[1], desc: desc}}
					}
				case "Any", "Reflect":
					if len(call.Args) == 2 {
						return []use{{sink: sink, arg: call.Args[1], desc: desc + " (" + n + ")", json: true, verb: p == pkgSlog}}
					}
				case "Group":
					var out []use
					for _, g := range call.Args[1:] {
						out = append(out, c.expandAttr(g, sink, desc)...)
					}
					return out
				}
			}
		}
	}
	return []use{{sink: sink, arg: a, desc: desc, verb: true}}
}

// expandMail turns a mailer's argument into the values it carries: the
// argument itself, and the values of a map or struct literal of template
// data.
func (c *checker) expandMail(a ast.Expr, desc string) []use {
	out := []use{{sink: sMail, arg: a, desc: desc}}
	if lit, ok := ast.Unparen(a).(*ast.CompositeLit); ok {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			out = append(out, use{sink: sMail, arg: elt, desc: desc})
		}
	}
	if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok {
		return append(out, c.expandMail(u.X, desc)[1:]...)
	}
	return out
}
