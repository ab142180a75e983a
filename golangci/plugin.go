// Package golangci is authcheck's golangci-lint v2 module plugin. A blank
// import of this package registers the linter "authcheck", which runs every
// analyzer of analyzers/all under golangci-lint with the same policy as
// `go vet -vettool=authcheck`: //authcheck:ignore directives are honoured,
// findings in _test.go files are dropped unless asked for, and each message
// ends with its rule ID.
//
// Build a custom golangci-lint with it through `golangci-lint custom` and a
// .custom-gcl.yml (see examples/ and docs/golangci-lint.md), then enable it
// in .golangci.yml:
//
//	linters:
//	  enable: [authcheck]
//	  settings:
//	    custom:
//	      authcheck:
//	        type: module
//	        settings:
//	          disable: [AC103]
//	          tests: false
//	          analyzers:
//	            pwhash: {bcrypt-min-cost: 12}
//
// Thresholds are the analyzers' flags, which are package-level variables:
// they are process-global. golangci-lint constructs the plugin once per
// run, so this only matters to programs that construct it several times
// with different settings; each construction resets every flag to its
// default before applying its own settings, and the last one wins.
package golangci

import (
	"errors"
	"flag"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/authcheck/authcheck/analyzers/all"
	"github.com/authcheck/authcheck/internal/engine"
	"github.com/authcheck/authcheck/rules"
)

// Name is the linter name under golangci-lint: the key under
// linters.settings.custom and the name that //nolint:authcheck uses.
const Name = "authcheck"

func init() {
	register.Plugin(Name, New)
}

// Settings is the plugin's part of .golangci.yml
// (linters.settings.custom.authcheck.settings). Unknown keys are errors.
type Settings struct {
	// Disable lists rule IDs (AC103) whose findings are dropped, or
	// analyzer names (jwtcheck) that are not run at all.
	Disable []string `json:"disable"`
	// Analyzers sets analyzer flags: analyzer name → flag name → value,
	// the same keys as `analyzers:` in .authcheck.yml and -<analyzer>.<flag>
	// under go vet. Values may be strings, numbers or booleans.
	Analyzers map[string]map[string]any `json:"analyzers"`
	// Tests reports findings in _test.go files too. golangci-lint's own
	// run.tests decides whether test files are loaded at all.
	Tests bool `json:"tests"`
	// HonorNosec accepts gosec's "#nosec G401 -- reason" annotations for
	// the authcheck rules the gosec rules map to (docs/suppressing.md).
	HonorNosec bool `json:"honorNosec"`
}

// settingKeys names the keys of Settings for error messages.
const settingKeys = "disable, analyzers, tests, honorNosec"

// plugin is the constructed linter: its analyzers and filtering policy.
type plugin struct {
	analyzers []*analysis.Analyzer
	policy    engine.Policy
}

// New builds the plugin from golangci-lint's raw settings. Settings are
// validated here, so that a misspelt key or rule ID stops golangci-lint
// with an error instead of being ignored.
func New(rawSettings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](rawSettings)
	if err != nil {
		return nil, fmt.Errorf("authcheck settings: %w (known keys: %s)", err, settingKeys)
	}
	return newPlugin(all.Analyzers(), s)
}

func newPlugin(analyzers []*analysis.Analyzer, s Settings) (*plugin, error) {
	byName := map[string]*analysis.Analyzer{}
	for _, a := range analyzers {
		byName[a.Name] = a
	}
	// golangci-lint shows no category, so the rule ID goes into the message.
	p := &plugin{policy: engine.Policy{Disabled: map[string]bool{}, Tests: s.Tests, HonorNosec: s.HonorNosec, AppendRuleID: true}}
	skip := map[string]bool{}
	for _, entry := range s.Disable {
		entry = strings.TrimSpace(entry)
		if _, ok := byName[entry]; ok {
			skip[entry] = true
			continue
		}
		r, ok := rules.Lookup(entry)
		switch {
		case !ok:
			return nil, fmt.Errorf("authcheck settings: disable: %q is neither a rule ID (see `authcheck rules`) nor an analyzer (%s)", entry, analyzerNames(analyzers))
		case !r.Static():
			return nil, fmt.Errorf("authcheck settings: disable: %s is a live-probe rule; the golangci-lint plugin runs only static analysis (AC rules)", r.ID)
		}
		p.policy.Disabled[r.ID] = true
	}
	if err := applyAnalyzerSettings(analyzers, byName, s.Analyzers); err != nil {
		return nil, err
	}
	var kept []*analysis.Analyzer
	for _, a := range analyzers {
		if !skip[a.Name] {
			kept = append(kept, a)
		}
	}
	policy := p.policy
	p.analyzers = engine.WrapWith(kept, func() engine.Policy { return policy })
	return p, nil
}

// BuildAnalyzers returns the wrapped analyzers.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode asks for type information: every analyzer resolves callees
// through types, and pwhash exchanges facts across packages.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// applyAnalyzerSettings resets every analyzer flag to its default, then
// sets the configured ones. On error the flags are left at their defaults.
func applyAnalyzerSettings(analyzers []*analysis.Analyzer, byName map[string]*analysis.Analyzer, settings map[string]map[string]any) error {
	if err := resetFlags(analyzers); err != nil {
		return err
	}
	names := make([]string, 0, len(settings))
	for name := range settings {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		a, ok := byName[name]
		if !ok {
			return errors.Join(
				fmt.Errorf("authcheck settings: analyzers: unknown analyzer %q (have %s)", name, analyzerNames(analyzers)),
				resetFlags(analyzers))
		}
		flagNames := make([]string, 0, len(settings[name]))
		for f := range settings[name] {
			flagNames = append(flagNames, f)
		}
		sort.Strings(flagNames)
		for _, flagName := range flagNames {
			if err := setFlag(a, flagName, settings[name][flagName]); err != nil {
				return errors.Join(
					fmt.Errorf("authcheck settings: analyzers.%s.%s: %w", name, flagName, err),
					resetFlags(analyzers))
			}
		}
	}
	return nil
}

func setFlag(a *analysis.Analyzer, name string, raw any) error {
	f := a.Flags.Lookup(name)
	if f == nil {
		return fmt.Errorf("unknown setting (%s has: %s)", a.Name, flagNames(a))
	}
	value, err := flagValue(raw)
	if err != nil {
		return err
	}
	if err := f.Value.Set(value); err != nil {
		return fmt.Errorf("invalid value %q: %v (default %s; %s)", value, err, f.DefValue, f.Usage)
	}
	return nil
}

// flagValue turns a decoded YAML scalar into flag syntax. YAML numbers
// arrive as float64 after golangci-lint's JSON round trip; integral ones
// are written without a fraction so that integer flags accept them.
func flagValue(raw any) (string, error) {
	switch v := raw.(type) {
	case string:
		return v, nil
	case bool:
		return strconv.FormatBool(v), nil
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	case nil:
		return "", errors.New("no value")
	default:
		return "", fmt.Errorf("want a string, number or boolean, not %T (write lists as one string, e.g. \"1:47104,2:19456\")", raw)
	}
}

func resetFlags(analyzers []*analysis.Analyzer) error {
	var errs []error
	for _, a := range analyzers {
		a.Flags.VisitAll(func(f *flag.Flag) {
			if err := f.Value.Set(f.DefValue); err != nil {
				errs = append(errs, fmt.Errorf("authcheck: resetting -%s.%s to its default %q: %v", a.Name, f.Name, f.DefValue, err))
			}
		})
	}
	return errors.Join(errs...)
}

func analyzerNames(analyzers []*analysis.Analyzer) string {
	names := make([]string, len(analyzers))
	for i, a := range analyzers {
		names[i] = a.Name
	}
	return strings.Join(names, ", ")
}

func flagNames(a *analysis.Analyzer) string {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if len(names) == 0 {
		return "no settings"
	}
	return strings.Join(names, ", ")
}
