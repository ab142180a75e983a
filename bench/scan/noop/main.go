// Command noop is a go vet tool that runs one analyzer doing nothing: the
// floor (go vet's load and type-check) that `authcheck scan` is timed
// against by bench/scan/run.sh.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "does nothing; measures the driver's floor",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

// variant is set by -ldflags to build a no-op binary with another build ID.
var variant string

func main() {
	_ = variant
	unitchecker.Main(noop)
}
