package examples

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var anyExpr = regexp.MustCompile(`\$\{\{\s*([^}]*?)\s*\}\}`)

// TestActionRunsLocally runs action.yml's scripts as the runner would
// (bash -e, the step's env with its expressions resolved, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, RUNNER_TEMP, GITHUB_ACTION_PATH) on a module with
// one finding, and checks where the findings end up: the log (text), the
// step summary (Markdown), the SARIF file named by the sarif output.
func TestActionRunsLocally(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash not installed")
	}
	var a action
	decodeStrict(t, "../action.yml", &a)
	repo, _ := filepath.Abs("..")
	tmp := t.TempDir()
	mod := filepath.Join(tmp, "svc")
	os.MkdirAll(filepath.Join(mod, "store"), 0o755)
	os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/svc\n\ngo 1.26\n"), 0o644)
	os.WriteFile(filepath.Join(mod, "store", "store.go"), []byte(`package store

import "crypto/md5"

type User struct{ Password string }

// Hash hashes a password.
func Hash(u User) [16]byte { return md5.Sum([]byte(u.Password)) }
`), 0o644)
	summary := filepath.Join(tmp, "step-summary.md")
	runnerTemp := filepath.Join(tmp, "runner")
	os.MkdirAll(runnerTemp, 0o755)

	inputs := map[string]string{"working-directory": mod, "sarif": "out/authcheck.sarif"}
	for name, in := range a.Inputs {
		if _, ok := inputs[name]; !ok && in.Default != nil {
			inputs[name] = *in.Default
		}
	}
	outputs := map[string]map[string]string{}
	resolve := func(v string) string {
		return anyExpr.ReplaceAllStringFunc(v, func(m string) string {
			expr := anyExpr.FindStringSubmatch(m)[1]
			if name, ok := strings.CutPrefix(expr, "inputs."); ok {
				return inputs[name]
			}
			if parts := strings.Split(expr, "."); len(parts) == 4 && parts[0] == "steps" && parts[2] == "outputs" {
				return outputs[parts[1]][parts[3]]
			}
			t.Fatalf("expression %q not handled by this test", m)
			return ""
		})
	}
	var logs strings.Builder
	code := 0
	for _, st := range a.Runs.Steps {
		outFile := filepath.Join(tmp, st.ID+".output")
		os.WriteFile(outFile, nil, 0o644)
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", st.Run)
		cmd.Dir = repo
		if st.WorkingDirectory != "" {
			cmd.Dir = resolve(st.WorkingDirectory)
		}
		cmd.Env = append(os.Environ(), "GITHUB_OUTPUT="+outFile, "GITHUB_STEP_SUMMARY="+summary,
			"RUNNER_TEMP="+runnerTemp, "GITHUB_ACTION_PATH="+repo, "NO_COLOR=1")
		for k, v := range st.Env {
			cmd.Env = append(cmd.Env, k+"="+resolve(v))
		}
		out, err := cmd.CombinedOutput()
		logs.Write(out)
		outputs[st.ID] = readOutputs(t, outFile)
		if err != nil {
			ee, ok := err.(*exec.ExitError)
			if !ok {
				t.Fatal(err)
			}
			code = ee.ExitCode()
			break
		}
	}
	log := logs.String()
	if code != 1 || outputs["run"]["exit-code"] != "1" {
		t.Fatalf("action exit %d, exit-code output %q; want 1 (one high finding)\n%s", code, outputs["run"]["exit-code"], log)
	}
	if !strings.Contains(log, "store/store.go:8:") || !strings.Contains(log, "AC101") {
		t.Errorf("the job log lacks the text report:\n%s", log)
	}
	if !strings.Contains(log, "::error title=authcheck::findings") {
		t.Errorf("no error annotation in the log:\n%s", log)
	}
	md, _ := os.ReadFile(summary)
	if !strings.Contains(string(md), "AC101") || !strings.Contains(string(md), "| Location |") {
		t.Errorf("the step summary lacks the Markdown report:\n%s", md)
	}
	sarif := outputs["run"]["sarif"]
	if want := filepath.Join(mod, "out", "authcheck.sarif"); sarif != want {
		t.Errorf("sarif output %q, want %q", sarif, want)
	}
	var log2 struct {
		Runs []struct{ Results []struct{ RuleID string } }
	}
	data, err := os.ReadFile(sarif)
	if err != nil || json.Unmarshal(data, &log2) != nil || len(log2.Runs) != 1 || len(log2.Runs[0].Results) != 1 || log2.Runs[0].Results[0].RuleID != "AC101" {
		t.Errorf("SARIF at the sarif output is not the one-finding report (%v):\n%.300s", err, data)
	}
	if v := outputs["install"]["version"]; !strings.HasPrefix(v, "authcheck ") {
		t.Errorf("version output %q", v)
	}
	if p := outputs["install"]["bin"]; !strings.HasPrefix(p, runnerTemp) {
		t.Errorf("the binary %q is not under RUNNER_TEMP: the action must install nothing else", p)
	}
}

func readOutputs(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			out[k] = v
		}
	}
	return out
}
