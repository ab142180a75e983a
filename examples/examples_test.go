// Package examples holds configuration that users copy into their own
// repositories: a GitHub workflow, and the .custom-gcl.yml and .golangci.yml
// that run authcheck under golangci-lint. The tests here check those files
// and the repository's composite action (../action.yml) for the mistakes a
// YAML parser alone would not catch: a missing input, an output that names
// no step, an expression interpolated into a shell script, plugin settings
// that the plugin would refuse.
package examples

import (
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"gopkg.in/yaml.v3"

	"github.com/authcheck/authcheck/golangci"
)

// decodeStrict decodes a YAML file into v, refusing keys v does not have.
func decodeStrict(t *testing.T, path string, v any) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := yaml.NewDecoder(f)
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// action mirrors the parts of action.yml's schema that the action uses.
type action struct {
	Name        string `yaml:"name"`
	Description string `yaml:"description"`
	Author      string `yaml:"author"`
	Branding    struct {
		Icon  string `yaml:"icon"`
		Color string `yaml:"color"`
	} `yaml:"branding"`
	Inputs map[string]struct {
		Description string  `yaml:"description"`
		Required    bool    `yaml:"required"`
		Default     *string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Description string `yaml:"description"`
		Value       string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionStep struct {
	Name             string            `yaml:"name"`
	ID               string            `yaml:"id"`
	Shell            string            `yaml:"shell"`
	WorkingDirectory string            `yaml:"working-directory"`
	Env              map[string]string `yaml:"env"`
	Run              string            `yaml:"run"`
	Uses             string            `yaml:"uses"`
	With             map[string]string `yaml:"with"`
	If               string            `yaml:"if"`
}

var (
	inputRef      = regexp.MustCompile(`\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}`)
	stepOutputRef = regexp.MustCompile(`\$\{\{\s*steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)\s*\}\}`)
	outputWrite   = regexp.MustCompile(`echo "([a-z-]+)=[^"]*" >>"\$GITHUB_OUTPUT"`)
)

func TestActionYAML(t *testing.T) {
	var a action
	decodeStrict(t, "../action.yml", &a)

	if a.Name == "" || a.Description == "" {
		t.Error("action.yml needs name and description")
	}
	if a.Runs.Using != "composite" {
		t.Errorf("runs.using = %q, want composite", a.Runs.Using)
	}
	wantDefaults := map[string]string{"args": "scan ./...", "version": "", "sarif": "authcheck.sarif", "fail-on": "", "working-directory": "."}
	for name, def := range wantDefaults {
		in, ok := a.Inputs[name]
		switch {
		case !ok:
			t.Errorf("input %q missing", name)
		case in.Description == "":
			t.Errorf("input %q has no description", name)
		case in.Default == nil || *in.Default != def:
			t.Errorf("input %q default = %v, want %q", name, in.Default, def)
		}
	}
	if _, ok := a.Outputs["exit-code"]; !ok {
		t.Error(`output "exit-code" missing`)
	}

	// What each step writes to $GITHUB_OUTPUT, by step ID.
	written := map[string][]string{}
	for i, s := range a.Runs.Steps {
		if s.Run == "" && s.Uses == "" {
			t.Errorf("step %d (%s) has neither run nor uses", i, s.Name)
		}
		if s.Run != "" {
			if s.Shell == "" {
				t.Errorf("step %d (%s): composite run steps need shell", i, s.Name)
			}
			// Expressions in run: are pasted into the script before bash
			// sees it (script injection); they go through env instead.
			if strings.Contains(s.Run, "${{") {
				t.Errorf("step %d (%s): run: contains ${{ }}; pass the value through env", i, s.Name)
			}
			for _, m := range outputWrite.FindAllStringSubmatch(s.Run, -1) {
				written[s.ID] = append(written[s.ID], m[1])
			}
		}
		for _, v := range append(slices.Collect(maps.Values(s.Env)), s.WorkingDirectory) {
			for _, m := range inputRef.FindAllStringSubmatch(v, -1) {
				if _, ok := a.Inputs[m[1]]; !ok {
					t.Errorf("step %d (%s) uses undeclared input %q", i, s.Name, m[1])
				}
			}
			for _, m := range stepOutputRef.FindAllStringSubmatch(v, -1) {
				if !slices.Contains(written[m[1]], m[2]) {
					t.Errorf("step %d (%s) reads steps.%s.outputs.%s, which no earlier step writes", i, s.Name, m[1], m[2])
				}
			}
		}
	}
	for name, out := range a.Outputs {
		m := stepOutputRef.FindStringSubmatch(out.Value)
		if m == nil {
			t.Errorf("output %q value %q is not ${{ steps.ID.outputs.NAME }}", name, out.Value)
			continue
		}
		if !slices.Contains(written[m[1]], m[2]) {
			t.Errorf("output %q reads steps.%s.outputs.%s, which the action never writes (written: %v)", name, m[1], m[2], written)
		}
	}

	runStep := a.Runs.Steps[len(a.Runs.Steps)-1]
	for _, want := range []string{"--format text", `--also "sarif=$sarif"`, `--also "markdown=$summary"`, `--fail-on "$INPUT_FAIL_ON"`, `>>"$GITHUB_STEP_SUMMARY"`, `exit "$code"`} {
		if !strings.Contains(runStep.Run, want) {
			t.Errorf("last step does not contain %q", want)
		}
	}
	install := a.Runs.Steps[0]
	if !strings.Contains(install.Run, "go build -o \"$bin\" ./cmd/authcheck") {
		t.Error("install step does not build only the authcheck command from the action's checkout")
	}
	// No silent fallback to another version than the one asked for.
	if strings.Contains(install.Run, "latest") {
		t.Error("install step mentions latest: the action must not fall back to another version")
	}
	// The scripts must at least parse.
	if _, err := exec.LookPath("bash"); err == nil {
		for _, s := range a.Runs.Steps {
			cmd := exec.Command("bash", "-n")
			cmd.Stdin = strings.NewReader(s.Run)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("step %s: bash -n: %v\n%s", s.Name, err, out)
			}
		}
	}
}

type workflow struct {
	Name        string            `yaml:"name"`
	On          yaml.Node         `yaml:"on"`
	Permissions map[string]string `yaml:"permissions"`
	Concurrency struct {
		Group            string `yaml:"group"`
		CancelInProgress bool   `yaml:"cancel-in-progress"`
	} `yaml:"concurrency"`
	Jobs map[string]struct {
		RunsOn         string            `yaml:"runs-on"`
		TimeoutMinutes int               `yaml:"timeout-minutes"`
		Permissions    map[string]string `yaml:"permissions"`
		Steps          []actionStep      `yaml:"steps"`
	} `yaml:"jobs"`
}

var (
	pinnedUse  = regexp.MustCompile(`^[\w.-]+/[\w./-]+@[0-9a-f]{40}$`)
	versionTag = regexp.MustCompile(`#\s*v\d+(\.\d+)*\s*$`)
	forkGuard  = "github.event.pull_request.head.repo.full_name == github.repository"
)

// checkWorkflow holds a workflow to what Actions users expect: a
// concurrency group, a timeout per job, checkout without persisted
// credentials, third-party actions pinned by commit SHA with the version in
// a comment, and SARIF uploads that read the action's sarif output, skip
// forks and name a category.
func checkWorkflow(t *testing.T, path string, allowUnpinned ...string) workflow {
	t.Helper()
	var wf workflow
	decodeStrict(t, path, &wf)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if wf.Concurrency.Group == "" {
		t.Errorf("%s: no concurrency group", path)
	}
	for name, job := range wf.Jobs {
		if job.TimeoutMinutes <= 0 {
			t.Errorf("%s: job %s has no timeout-minutes", path, name)
		}
		for _, st := range job.Steps {
			if st.Uses == "" || strings.HasPrefix(st.Uses, "./") || slices.ContainsFunc(allowUnpinned, func(p string) bool { return strings.HasPrefix(st.Uses, p) }) {
				continue
			}
			if !pinnedUse.MatchString(st.Uses) {
				t.Errorf("%s: job %s uses %s, not pinned by a commit SHA", path, name, st.Uses)
			}
			// The version comment sits on the uses: line itself.
			for _, line := range strings.Split(string(raw), "\n") {
				if strings.Contains(line, "uses: "+st.Uses) && !versionTag.MatchString(line) {
					t.Errorf("%s: %q has no version comment", path, strings.TrimSpace(line))
				}
			}
			if strings.HasPrefix(st.Uses, "actions/checkout@") && st.With["persist-credentials"] != "false" {
				t.Errorf("%s: job %s checks out with persisted credentials", path, name)
			}
			if strings.HasPrefix(st.Uses, "github/codeql-action/upload-sarif@") {
				if !stepOutputRef.MatchString(st.With["sarif_file"]) || !strings.HasSuffix(strings.TrimSpace(st.With["sarif_file"]), ".outputs.sarif }}") {
					t.Errorf("%s: upload-sarif reads %q, not the action's sarif output", path, st.With["sarif_file"])
				}
				if st.With["category"] == "" {
					t.Errorf("%s: upload-sarif has no category", path)
				}
				if !strings.Contains(st.If, "always()") || !strings.Contains(st.If, forkGuard) {
					t.Errorf("%s: upload-sarif if: %q, want always() and the fork guard", path, st.If)
				}
			}
		}
	}
	return wf
}

func TestGitHubWorkflow(t *testing.T) {
	// Users copy this file; authcheck itself has no commit SHA to pin yet,
	// which the comment above its uses: line says.
	wf := checkWorkflow(t, "github-workflow.yml", "authcheck/authcheck@")
	job, ok := wf.Jobs["authcheck"]
	if !ok {
		t.Fatal("no job authcheck")
	}
	if job.Permissions["security-events"] != "write" {
		t.Error("the job needs permissions: security-events: write to upload SARIF")
	}
	index := func(prefix string) int {
		return slices.IndexFunc(job.Steps, func(s actionStep) bool { return strings.HasPrefix(s.Uses, prefix) })
	}
	setupGo, run, upload := index("actions/setup-go@"), index("authcheck/authcheck@"), index("github/codeql-action/upload-sarif@")
	if setupGo < 0 || run < 0 || upload < 0 || !(setupGo < run && run < upload) {
		t.Fatalf("want setup-go, then authcheck, then upload-sarif; indexes %d, %d, %d", setupGo, run, upload)
	}
	if want := "${{ steps." + job.Steps[run].ID + ".outputs.sarif }}"; job.Steps[upload].With["sarif_file"] != want {
		t.Errorf("upload-sarif reads %q, want %q", job.Steps[upload].With["sarif_file"], want)
	}
	var a action
	decodeStrict(t, "../action.yml", &a)
	for k := range job.Steps[run].With {
		if _, ok := a.Inputs[k]; !ok {
			t.Errorf("the workflow passes %q, which action.yml does not declare", k)
		}
	}
}

func TestRepositoryWorkflows(t *testing.T) {
	files, err := filepath.Glob("../.github/workflows/*.yml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no workflows: %v", err)
	}
	for _, f := range files {
		checkWorkflow(t, f)
	}
	ci, _ := os.ReadFile("../.github/workflows/ci.yml")
	if !strings.Contains(string(ci), "go mod tidy -diff") {
		t.Error("ci.yml does not fail when go mod tidy would change go.mod or go.sum")
	}
}

func TestCustomGCL(t *testing.T) {
	var c struct {
		Version     string `yaml:"version"`
		Name        string `yaml:"name"`
		Destination string `yaml:"destination"`
		Plugins     []struct {
			Module  string `yaml:"module"`
			Import  string `yaml:"import"`
			Version string `yaml:"version"`
			Path    string `yaml:"path"`
		} `yaml:"plugins"`
	}
	decodeStrict(t, ".custom-gcl.yml", &c)
	if !strings.HasPrefix(c.Version, "v2.") {
		t.Errorf("version = %q, want a golangci-lint v2 release", c.Version)
	}
	if len(c.Plugins) != 1 {
		t.Fatalf("%d plugins, want 1", len(c.Plugins))
	}
	p := c.Plugins[0]
	if p.Module != "github.com/authcheck/authcheck" || p.Import != "github.com/authcheck/authcheck/golangci" {
		t.Errorf("plugin module/import = %q/%q, want the authcheck module and its golangci package", p.Module, p.Import)
	}
	if (p.Version == "") == (p.Path == "") {
		t.Error("a plugin needs exactly one of version and path")
	}
}

func TestGolangciYAMLSettingsAreAccepted(t *testing.T) {
	var c struct {
		Version string         `yaml:"version"`
		Run     map[string]any `yaml:"run"`
		Linters struct {
			Default  string   `yaml:"default"`
			Enable   []string `yaml:"enable"`
			Settings struct {
				Custom map[string]struct {
					Type        string `yaml:"type"`
					Description string `yaml:"description"`
					OriginalURL string `yaml:"original-url"`
					Settings    any    `yaml:"settings"`
				} `yaml:"custom"`
			} `yaml:"settings"`
			Exclusions map[string]any `yaml:"exclusions"`
		} `yaml:"linters"`
		Issues map[string]any `yaml:"issues"`
	}
	decodeStrict(t, ".golangci.yml", &c)
	if c.Version != "2" {
		t.Errorf("version = %q, want \"2\"", c.Version)
	}
	if !slices.Contains(c.Linters.Enable, golangci.Name) {
		t.Errorf("linters.enable = %v does not enable %s", c.Linters.Enable, golangci.Name)
	}
	custom, ok := c.Linters.Settings.Custom[golangci.Name]
	if !ok {
		t.Fatalf("no linters.settings.custom.%s", golangci.Name)
	}
	if custom.Type != "module" {
		t.Errorf("type = %q, want module", custom.Type)
	}
	newPlugin, err := register.GetPlugin(golangci.Name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _, _ = newPlugin(nil) }) // back to default thresholds
	p, err := newPlugin(custom.Settings)
	if err != nil {
		t.Fatalf("the plugin refuses the example's settings: %v", err)
	}
	if as, err := p.BuildAnalyzers(); err != nil || len(as) == 0 {
		t.Errorf("BuildAnalyzers() = %d analyzers, %v", len(as), err)
	}
}
