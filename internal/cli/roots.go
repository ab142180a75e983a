package cli

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// sourceRoots says where SARIF's %SRCROOT% is and where the module lies
// below it. GitHub code scanning maps an alert to a file by its path in the
// repository, so the base is the git top level when there is one (a module
// in service/ gives "service/api/api.go"), else the module root, else dir.
// moduleRoot may be empty (probe without a module).
func sourceRoots(dir, moduleRoot string) (base, prefix string) {
	start := moduleRoot
	if start == "" {
		start = dir
	}
	if start == "" {
		start = "."
	}
	abs, err := filepath.Abs(start)
	if err != nil {
		return "", ""
	}
	abs = realPath(abs)
	base = abs
	if top := gitTopLevel(abs); top != "" {
		base = realPath(top)
	}
	if moduleRoot == "" {
		return base, ""
	}
	rel, err := filepath.Rel(base, abs)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return base, ""
	}
	return base, filepath.ToSlash(rel) + "/"
}

func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

// gitTopLevel returns the top directory of the git work tree holding dir,
// or "" (no git, not a work tree).
func gitTopLevel(dir string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second) // a hang guard
	defer cancel()
	cmd := exec.CommandContext(ctx, "git", "rev-parse", "--show-toplevel")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	return filepath.FromSlash(strings.TrimSpace(string(out)))
}

// moduleRootOf returns the root of the Go module holding dir, or "".
func moduleRootOf(dir string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // a hang guard
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "env", "GOMOD")
	cmd.Dir = dir
	out, err := cmd.Output()
	gomod := strings.TrimSpace(string(out))
	if err != nil || gomod == "" || gomod == "/dev/null" || gomod == "NUL" {
		return ""
	}
	return filepath.Dir(gomod)
}
