// Command authcheck tells whether a Go service's authentication is ready for
// production, and proves it: static analysis of the code (scan), live probes
// of a running service (probe), and a graded checklist report (audit).
//
// Run `authcheck help` for usage. The same binary is a go vet tool:
//
//	go vet -vettool=$(command -v authcheck) ./...
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/authcheck/authcheck/analyzers/all"
	"github.com/authcheck/authcheck/internal/cli"
	"github.com/authcheck/authcheck/internal/engine"
)

func main() {
	if len(os.Args) == 2 && os.Args[1] == "-V=full" {
		// go vet's version query: answered cheaply (see PrintVetVersion).
		if err := engine.PrintVetVersion(os.Stdout); err != nil {
			os.Stderr.WriteString("authcheck: " + err.Error() + "\n")
			os.Exit(1)
		}
		return
	}
	if engine.IsVetInvocation(os.Args[1:]) {
		unitchecker.Main(engine.Wrap(all.Analyzers())...)
		return // unreachable: unitchecker.Main exits
	}
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
