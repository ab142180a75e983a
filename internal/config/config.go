// Package config reads .authcheck.yml, the per-repository settings of
// authcheck: rules to disable, severities to change, analyzer thresholds,
// paths to exclude, and gate defaults. Unknown keys are errors that name
// the key and its line, because a misspelt setting that is silently
// ignored is worse than none.
package config

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/authcheck/authcheck/probes"
	"gopkg.in/yaml.v3"

	"github.com/authcheck/authcheck/internal/strictyaml"
	"github.com/authcheck/authcheck/rules"
)

// FileName is the config file authcheck looks for.
const FileName = ".authcheck.yml"

// Config is the parsed configuration.
type Config struct {
	Path string // file it was read from; empty for defaults

	FailOn               string // default for --fail-on
	RequireJustification bool
	// HonorNosec accepts gosec's "#nosec G401 -- reason" annotations as
	// suppressions of the authcheck rules they map to.
	HonorNosec bool
	Tests      bool     // analyze _test.go files too
	Exclude    []string // path globs relative to the module root; ** matches any number of directories
	Rules      map[string]RuleSetting
	// AnalyzerFlags maps "analyzer.flag" to its value, e.g.
	// "pwhash.bcrypt-min-cost": "12".
	AnalyzerFlags map[string]string
	Probes        ProbeSettings
}

// ProbeSettings are thresholds of the live probes.
type ProbeSettings struct {
	// HSTSMinMaxAge is the shortest acceptable HSTS max-age in seconds
	// (default one year, ASVS 5.0 3.4.1; the Mozilla Observatory uses
	// 15552000).
	HSTSMinMaxAge int64 `yaml:"hstsMinMaxAge"`
	// CertExpiryWarning warns when the certificate expires sooner
	// (default 720h).
	CertExpiryWarning time.Duration `yaml:"certExpiryWarning"`
	// AllowErrors keeps checks that could not run (status error) from
	// making probe and audit exit 3 (the --allow-errors flag).
	AllowErrors bool `yaml:"allowErrors"`
	// TLSProfile grades TLS against a Mozilla Server Side TLS profile
	// (mozilla-intermediate, mozilla-modern; custom or empty: the
	// checklist's own lines only). The --tls-profile flag overrides it.
	TLSProfile string `yaml:"tlsProfile"`
}

// RuleSetting changes one rule.
type RuleSetting struct {
	Disabled bool
	Severity rules.Severity // 0: the rule's default
}

// file mirrors the YAML; decoding is strict.
type file struct {
	Version              int                          `yaml:"version"`
	FailOn               string                       `yaml:"failOn"`
	RequireJustification bool                         `yaml:"requireJustification"`
	HonorNosec           bool                         `yaml:"honorNosec"`
	Tests                bool                         `yaml:"tests"`
	Exclude              []string                     `yaml:"exclude"`
	Rules                yaml.Node                    `yaml:"rules"`
	Analyzers            map[string]map[string]string `yaml:"analyzers"`
	Probes               ProbeSettings                `yaml:"probes"`
}

type ruleSetting struct {
	Disabled bool   `yaml:"disabled"`
	Severity string `yaml:"severity"`
}

// Find looks for .authcheck.yml in dir and its parents. It returns "" when
// there is none.
func Find(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, FileName)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads and validates a config file against the given analyzers.
func Load(p string, analyzers []*analysis.Analyzer) (*Config, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(b, analyzers)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", p, err)
	}
	c.Path = p
	return c, nil
}

// Parse decodes and validates config YAML.
func Parse(b []byte, analyzers []*analysis.Analyzer) (*Config, error) {
	c := &Config{Rules: map[string]RuleSetting{}, AnalyzerFlags: map[string]string{}}
	var f file
	if err := strictyaml.Decode(b, &f); err != nil {
		if errors.Is(err, strictyaml.ErrEmpty) {
			return c, nil // an empty file is the defaults
		}
		return nil, err
	}
	if f.Version != 0 && f.Version != 1 {
		return nil, fmt.Errorf("version: %d is not supported (want 1)", f.Version)
	}
	if f.FailOn != "" {
		if _, err := rules.ParseSeverity(f.FailOn); err != nil && f.FailOn != "never" {
			return nil, fmt.Errorf("failOn: %q (want info, low, medium, high, critical or never)", f.FailOn)
		}
	}
	c.FailOn, c.RequireJustification, c.Tests, c.HonorNosec = f.FailOn, f.RequireJustification, f.Tests, f.HonorNosec
	for _, g := range f.Exclude {
		if _, err := path.Match(strings.ReplaceAll(g, "**", "x"), "x"); err != nil {
			return nil, fmt.Errorf("exclude: bad pattern %q: %v", g, err)
		}
	}
	c.Exclude = f.Exclude
	if f.Probes.HSTSMinMaxAge < 0 || f.Probes.CertExpiryWarning < 0 {
		return nil, errors.New("probes: thresholds must not be negative")
	}
	if err := probes.CheckTLSProfile(f.Probes.TLSProfile); err != nil {
		return nil, fmt.Errorf("probes: tlsProfile: %v", err)
	}
	c.Probes = f.Probes
	if err := parseRules(&f.Rules, c); err != nil {
		return nil, err
	}
	byName := map[string]*analysis.Analyzer{}
	for _, a := range analyzers {
		byName[a.Name] = a
	}
	for name, flags := range f.Analyzers {
		a, ok := byName[name]
		if !ok {
			return nil, fmt.Errorf("analyzers: unknown analyzer %q (have %s)", name, analyzerNames(analyzers))
		}
		for flagName, value := range flags {
			fl := a.Flags.Lookup(flagName)
			if fl == nil {
				return nil, fmt.Errorf("analyzers.%s: unknown setting %q (run `authcheck help %s` to list its settings)", name, flagName, name)
			}
			// Validate the value by setting it on a scratch copy of the
			// flag's type; the scan passes it on to go vet.
			if err := validateFlagValue(fl.Value, value); err != nil {
				return nil, fmt.Errorf("analyzers.%s.%s: %v", name, flagName, err)
			}
			c.AnalyzerFlags[name+"."+flagName] = value
		}
	}
	return c, nil
}

func analyzerNames(as []*analysis.Analyzer) string {
	names := make([]string, len(as))
	for i, a := range as {
		names[i] = a.Name
	}
	return strings.Join(names, ", ")
}

func parseRules(n *yaml.Node, c *Config) error {
	if n.Kind == 0 {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: rules: want a map of rule IDs to settings", n.Line)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		id := strings.ToUpper(k.Value)
		if _, ok := rules.Lookup(id); !ok {
			return fmt.Errorf("line %d: rules: unknown rule %q (see `authcheck rules`)", k.Line, k.Value)
		}
		var rs ruleSetting
		if err := v.Decode(&rs); err != nil {
			return strictyaml.Clean(err)
		}
		// Decode ignores KnownFields; check the keys by hand.
		for j := 0; j+1 < len(v.Content); j += 2 {
			if key := v.Content[j].Value; key != "disabled" && key != "severity" {
				return fmt.Errorf("line %d: rules.%s: unknown key %q (want disabled or severity)", v.Content[j].Line, id, key)
			}
		}
		s := RuleSetting{Disabled: rs.Disabled}
		if rs.Severity != "" {
			sev, err := rules.ParseSeverity(rs.Severity)
			if err != nil {
				return fmt.Errorf("line %d: rules.%s.severity: %v", v.Line, id, err)
			}
			s.Severity = sev
		}
		c.Rules[id] = s
	}
	return nil
}

// DisabledRules returns the IDs of the rules the configuration turns off,
// sorted.
func (c *Config) DisabledRules() []string {
	var out []string
	for id, s := range c.Rules {
		if s.Disabled {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

// Excluded reports whether a module-relative, '/'-separated path matches an
// exclude pattern.
func (c *Config) Excluded(rel string) bool {
	for _, g := range c.Exclude {
		if MatchGlob(g, rel) {
			return true
		}
	}
	return false
}

// MatchGlob matches a '/'-separated path against a glob where "**" matches
// any number of path segments (including none) and other segments use
// path.Match syntax. A pattern without a slash matches the base name at any
// depth, as in .gitignore.
func MatchGlob(pattern, name string) bool {
	pattern = strings.TrimPrefix(pattern, "./")
	if !strings.Contains(pattern, "/") {
		pattern = "**/" + pattern
	}
	pattern = strings.TrimSuffix(pattern, "/")
	return matchSegments(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

func matchSegments(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if matchSegments(pat[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	// A directory pattern matches everything below it.
	return true
}
