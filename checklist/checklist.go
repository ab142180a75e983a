// Package checklist holds the production authentication checklist as data:
// sections and items with stable IDs, severities, references and how each
// item is verified. The data is embedded in the binary (checklist.yaml).
//
// Rules (package rules) point at checklist items; Join pairs the two so that
// reports can say, per item, which rules verify it.
package checklist

import (
	_ "embed"
	"fmt"
	"regexp"
	"sync"

	"github.com/authcheck/authcheck/internal/strictyaml"
)

//go:embed checklist.yaml
var data []byte

// Verification kinds.
const (
	Static = "static" // verified by an AC rule of `authcheck scan`
	Live   = "live"   // verified by an AP check of `authcheck probe`
	Manual = "manual" // a reviewer checks it
)

// Section groups items.
type Section struct {
	ID    string `yaml:"id" json:"id"`
	Title string `yaml:"title" json:"title"`
}

// Item is one checklist entry.
type Item struct {
	ID        string   `yaml:"id" json:"id"`
	Title     string   `yaml:"title" json:"title"`
	Statement string   `yaml:"statement" json:"statement"`
	Severity  string   `yaml:"severity" json:"severity"`
	Verify    []string `yaml:"verify" json:"verify"`
	Review    string   `yaml:"review,omitempty" json:"review,omitempty"`
	CWE       []string `yaml:"cwe,omitempty" json:"cwe,omitempty"`
	ASVS      []string `yaml:"asvs,omitempty" json:"asvs,omitempty"`
}

// Section returns the section part of the item ID.
func (it Item) Section() string {
	for i := 0; i < len(it.ID); i++ {
		if it.ID[i] == '.' {
			return it.ID[:i]
		}
	}
	return it.ID
}

// Checklist is the parsed checklist.
type Checklist struct {
	Sections []Section `yaml:"sections" json:"sections"`
	Items    []Item    `yaml:"items" json:"items"`
}

// Item returns the item with the given ID.
func (c *Checklist) Item(id string) (Item, bool) {
	for _, it := range c.Items {
		if it.ID == id {
			return it, true
		}
	}
	return Item{}, false
}

var (
	loadOnce sync.Once
	loaded   *Checklist
	loadErr  error
)

// Load returns the embedded checklist, parsed and validated once.
func Load() (*Checklist, error) {
	loadOnce.Do(func() { loaded, loadErr = Parse(data) })
	return loaded, loadErr
}

// MustLoad is Load for callers that cannot proceed without the checklist;
// the embedded data is validated by tests, so a failure is a build defect.
func MustLoad() *Checklist {
	c, err := Load()
	if err != nil {
		panic(err)
	}
	return c
}

var (
	itemIDPattern = regexp.MustCompile(`^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$`)
	cwePattern    = regexp.MustCompile(`^CWE-[0-9]+$`)
	asvsPattern   = regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+$`)
	severities    = map[string]bool{"info": true, "low": true, "medium": true, "high": true, "critical": true}
	verifyKinds   = map[string]bool{Static: true, Live: true, Manual: true}
)

// Parse decodes and validates checklist YAML. Unknown keys are errors.
func Parse(b []byte) (*Checklist, error) {
	var c Checklist
	if err := strictyaml.Decode(b, &c); err != nil {
		return nil, fmt.Errorf("checklist: %w", err)
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

func (c *Checklist) validate() error {
	sections := map[string]bool{}
	for _, s := range c.Sections {
		if sections[s.ID] {
			return fmt.Errorf("checklist: duplicate section %q", s.ID)
		}
		sections[s.ID] = true
	}
	seen := map[string]bool{}
	for _, it := range c.Items {
		switch {
		case !itemIDPattern.MatchString(it.ID):
			return fmt.Errorf("checklist: item ID %q is not a section.item slug", it.ID)
		case seen[it.ID]:
			return fmt.Errorf("checklist: duplicate item %q", it.ID)
		case !sections[it.Section()]:
			return fmt.Errorf("checklist: item %q names unknown section %q", it.ID, it.Section())
		case it.Title == "" || it.Statement == "":
			return fmt.Errorf("checklist: item %q needs a title and a statement", it.ID)
		case !severities[it.Severity]:
			return fmt.Errorf("checklist: item %q has invalid severity %q", it.ID, it.Severity)
		case len(it.Verify) == 0:
			return fmt.Errorf("checklist: item %q says nothing of how it is verified", it.ID)
		}
		seen[it.ID] = true
		for _, v := range it.Verify {
			if !verifyKinds[v] {
				return fmt.Errorf("checklist: item %q has unknown verification %q", it.ID, v)
			}
			if v == Manual && it.Review == "" {
				return fmt.Errorf("checklist: manual item %q needs review guidance", it.ID)
			}
		}
		for _, cwe := range it.CWE {
			if !cwePattern.MatchString(cwe) {
				return fmt.Errorf("checklist: item %q has malformed CWE %q", it.ID, cwe)
			}
		}
		for _, a := range it.ASVS {
			if !asvsPattern.MatchString(a) {
				return fmt.Errorf("checklist: item %q has malformed ASVS ID %q", it.ID, a)
			}
		}
	}
	return nil
}
