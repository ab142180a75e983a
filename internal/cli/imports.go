package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
)

// scannedImports lists the packages the scan covered and what they import
// (test imports too with tests), with `go list`, so that an audit can
// grade an item n/a when no scanned code uses the APIs its rules look at.
func scannedImports(ctx context.Context, dir string, patterns []string, tests bool) (packages int, imports map[string]bool, err error) {
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	args := append([]string{"list", "-e", "-json=ImportPath,Name,GoFiles,Imports,TestImports,XTestImports", "--"}, patterns...)
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return 0, nil, errors.New("go list: " + err.Error() + ": " + stderr.String())
	}
	imports = map[string]bool{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct {
			ImportPath, Name                   string
			GoFiles                            []string
			Imports, TestImports, XTestImports []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return 0, nil, err
		}
		if p.Name == "" && len(p.GoFiles) == 0 {
			continue // a pattern that matched nothing, or a broken package
		}
		packages++
		for _, i := range p.Imports {
			imports[i] = true
		}
		if tests {
			for _, i := range append(p.TestImports, p.XTestImports...) {
				imports[i] = true
			}
		}
	}
	return packages, imports, nil
}

// inModule reports whether dir is inside a Go module (outside one, the
// scan reports the error itself).
func inModule(dir string) bool {
	cmd := exec.Command("go", "env", "GOMOD")
	cmd.Dir = dir
	out, err := cmd.Output()
	gomod := strings.TrimSpace(string(out))
	return err == nil && gomod != "" && gomod != os.DevNull
}
