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
	for _, want := range []string{"--format sarif", `--out "$INPUT_SARIF"`, `--fail-on "$INPUT_FAIL_ON"`, `exit "$code"`} {
		if !strings.Contains(runStep.Run, want) {
			t.Errorf("last step does not contain %q", want)
		}
	}
	install := a.Runs.Steps[0]
	if !strings.Contains(install.Env["ACTION_REF"], "github.action_ref") {
		t.Error("install step does not default the version to github.action_ref")
	}
	if !strings.Contains(install.Run, "go install \"$pkg@$version\"") || !strings.Contains(install.Run, "@latest") {
		t.Error("install step does not go install at the version with a fallback to latest")
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

func TestGitHubWorkflow(t *testing.T) {
	var wf struct {
		Name        string            `yaml:"name"`
		On          yaml.Node         `yaml:"on"`
		Permissions map[string]string `yaml:"permissions"`
		Jobs        map[string]struct {
			RunsOn      string            `yaml:"runs-on"`
			Permissions map[string]string `yaml:"permissions"`
			Steps       []actionStep      `yaml:"steps"`
		} `yaml:"jobs"`
	}
	decodeStrict(t, "github-workflow.yml", &wf)
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
	if !strings.Contains(job.Steps[upload].If, "always()") {
		t.Errorf("upload-sarif runs only when authcheck passed (if: %q); want always()", job.Steps[upload].If)
	}
	if job.Steps[upload].With["sarif_file"] != job.Steps[run].With["sarif"] {
		t.Errorf("upload-sarif reads %q but authcheck writes %q", job.Steps[upload].With["sarif_file"], job.Steps[run].With["sarif"])
	}
	var a action
	decodeStrict(t, "../action.yml", &a)
	for k := range job.Steps[run].With {
		if _, ok := a.Inputs[k]; !ok {
			t.Errorf("the workflow passes %q, which action.yml does not declare", k)
		}
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
