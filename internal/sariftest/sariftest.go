// Package sariftest runs Microsoft's SARIF validator (@microsoft/sarif-multitool,
// installed into .ci/tools by .ci/install-sarif-multitool) for tests of the
// packages that write SARIF.
package sariftest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Tool finds Microsoft's SARIF validator (@microsoft/sarif-multitool,
// installed by .ci/install-sarif-multitool) or skips; in CI (CI=true) a
// missing validator is a failure, so the check cannot silently vanish.
func Tool(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("AUTHCHECK_SARIF_MULTITOOL"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("AUTHCHECK_SARIF_MULTITOOL: %v", err)
		}
		return p
	}
	p, err := repoFile(filepath.Join(".ci", "tools", "node_modules", ".bin", "sarif-multitool"))
	if err != nil {
		msg := "sarif-multitool not installed (run .ci/install-sarif-multitool): " + err.Error()
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return p
}

// validatorError matches the validator's error lines:
// "FILE(line,col): error SARIF1002: …", "SARIF.MULTITOOL : error ERR997…",
// "ERROR(S):" (bad command line) and any line starting with "error". The
// tool exits 0 even when it reports errors, so its output is the verdict.
var validatorError = regexp.MustCompile(`(?im)^(?:.*\(\d+,\d+\): |.* : )?error\b.*$`)

// Validate runs "sarif-multitool validate" with SARIF's own rules and
// the GitHub Advanced Security ones (GHxxxx) on files and returns the
// error lines and the whole output.
func Validate(t testing.TB, tool string, files ...string) (errs []string, output string) {
	t.Helper()
	args := append([]string{"validate", "--rule-kind", "Sarif;Gh"}, files...)
	// The npm wrapper (bin.js) hands its arguments to a shell; quote them
	// so that ';' and spaces reach the validator intact.
	if real, err := filepath.EvalSymlinks(tool); err == nil && strings.HasSuffix(real, ".js") {
		for i, a := range args {
			args[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a hang guard, not a timing assert
	defer cancel()
	cmd := exec.CommandContext(ctx, tool, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", tool, args, err, out.String())
	}
	output = out.String()
	if !strings.Contains(output, "files scanned") {
		t.Fatalf("validator output does not say it scanned anything:\n%s", output)
	}
	return validatorError.FindAllString(output, -1), output
}

// repoFile finds rel in the nearest parent directory of the working
// directory that has it (tests run in their package's directory).
func repoFile(rel string) (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, rel)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return "", fmt.Errorf("%s not found below the module root %s", rel, dir)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("%s not found", rel)
		}
		dir = parent
	}
}
