package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/authcheck/authcheck/checklist"
	"github.com/authcheck/authcheck/rules"
)

// SARIF 2.1.0 as GitHub code scanning reads it
// (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
// Only the objects authcheck writes are modelled.
//
// Mapping:
//   - every finding (suppressed ones too, with suppressions[].kind
//     "inSource") is a result with a physical location relative to
//     %SRCROOT% and partialFingerprints.primaryLocationLineHash;
//   - probe checks with status fail, warn or error are results whose only
//     location is a logical one (the target URL and the check), since there
//     is no source file to point at, and partialFingerprints
//     "authcheckCheck/v1" (the check fingerprint baselines use);
//   - checks that passed or were skipped are not results: they are
//     run.invocations[0].toolExecutionNotifications (level "none" for pass,
//     "note" for skip) tied to their rule, so the log still shows coverage;
//   - checklist verdicts (audit) go to run.properties.checklist.
const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	srcRoot      = "%SRCROOT%"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	AutomationDetails  *sarifAutomationDetails          `json:"automationDetails,omitempty"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	Invocations        []sarifInvocation                `json:"invocations"`
	Results            []sarifResult                    `json:"results"`
	Properties         *sarifRunProperties              `json:"properties,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifAutomationDetails struct {
	ID string `json:"id"`
}

type sarifRule struct {
	ID                   string              `json:"id"`
	Name                 string              `json:"name,omitempty"`
	ShortDescription     sarifText           `json:"shortDescription"`
	FullDescription      sarifText           `json:"fullDescription"`
	Help                 sarifHelp           `json:"help"`
	HelpURI              string              `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfiguration  `json:"defaultConfiguration"`
	Properties           sarifRuleProperties `json:"properties"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifRuleProperties struct {
	Tags             []string `json:"tags"`
	SecuritySeverity string   `json:"security-severity"`
	Precision        string   `json:"precision"`
	Checklist        string   `json:"checklist,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level          string            `json:"level"`
	Message        sarifText         `json:"message"`
	Locations      []sarifLocation   `json:"locations,omitempty"`
	AssociatedRule *sarifRuleRef     `json:"associatedRule,omitempty"`
	Properties     *sarifCheckDetail `json:"properties,omitempty"`
}

type sarifRuleRef struct {
	ID    string `json:"id"`
	Index int    `json:"index"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	PartialFingerprints map[string]string  `json:"partialFingerprints,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions"`
	Fixes               []sarifFix         `json:"fixes,omitempty"`
	Properties          *sarifCheckDetail  `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation *sarifPhysicalLocation `json:"physicalLocation,omitempty"`
	LogicalLocations []sarifLogicalLocation `json:"logicalLocations,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifLogicalLocation struct {
	Name               string `json:"name"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifByteRegion `json:"deletedRegion"`
	InsertedContent *sarifText      `json:"insertedContent,omitempty"`
}

type sarifByteRegion struct {
	ByteOffset int `json:"byteOffset"`
	ByteLength int `json:"byteLength"`
}

// sarifCheckDetail keeps what a logical location cannot say about a probe
// check: its status, the target, the checklist item and the evidence.
type sarifCheckDetail struct {
	Status    string            `json:"status"`
	Target    string            `json:"target,omitempty"`
	Checklist string            `json:"checklist,omitempty"`
	Severity  string            `json:"severity,omitempty"`
	Evidence  map[string]string `json:"evidence,omitempty"`
}

type sarifRunProperties struct {
	Command   string           `json:"command,omitempty"`
	Checklist []ChecklistEntry `json:"checklist,omitempty"`
	Targets   []TargetResult   `json:"targets,omitempty"` // the roll-up of a --targets run
}

func renderSARIF(w io.Writer, r *Report, opts RenderOptions) error {
	log := buildSARIF(r, opts)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

func buildSARIF(r *Report, opts RenderOptions) sarifLog {
	// rules[] holds every rule the log refers to (results and
	// notifications), sorted by ID; ruleIndex points into it.
	observed := map[string]rules.Severity{}
	note := func(id string, s rules.Severity) { observed[id] = max(observed[id], s) }
	for _, f := range r.Findings {
		note(f.Rule, f.Severity)
	}
	for _, c := range r.Checks {
		note(c.Rule, c.Severity)
	}
	ids := make([]string, 0, len(observed))
	for id := range observed {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	index := make(map[string]int, len(ids))
	descriptors := make([]sarifRule, len(ids))
	for i, id := range ids {
		index[id] = i
		descriptors[i] = sarifRuleFor(id, observed[id])
	}

	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           cmp.Or(r.Tool.Name, ToolName),
			Version:        r.Tool.Version,
			InformationURI: InformationURI,
			Rules:          descriptors,
		}},
		Invocations: []sarifInvocation{{ExecutionSuccessful: true}},
		Results:     []sarifResult{},
	}
	if opts.Command != "" {
		// GitHub keeps one analysis per tool and category; scan and probe
		// uploads must not replace each other. A trailing '/' makes the
		// whole ID the category (as codeql-action does); the upload's
		// category input still overrides it.
		run.AutomationDetails = &sarifAutomationDetails{ID: ToolName + "/" + opts.Command + "/"}
	}
	if root := fileURIDir(opts.BaseDir); root != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{srcRoot: {URI: root}}
	}
	if opts.Command != "" || len(r.Checklist) > 0 || len(r.Targets) > 0 {
		run.Properties = &sarifRunProperties{Command: opts.Command, Checklist: r.Checklist, Targets: r.Targets}
	}

	for _, f := range r.Findings {
		run.Results = append(run.Results, sarifFindingResult(f, index[f.Rule], opts.SourcePrefix))
	}
	for _, c := range r.Checks {
		switch c.Status {
		case StatusFail, StatusWarn, StatusError:
			run.Results = append(run.Results, sarifCheckResult(c, index[c.Rule]))
		default:
			level := "note"
			if c.Status == StatusPass {
				level = "none"
			}
			run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications,
				sarifNotification{
					Level:          level,
					Message:        sarifText{Text: checkMessage(c)},
					Locations:      []sarifLocation{checkLocation(c)},
					AssociatedRule: &sarifRuleRef{ID: c.Rule, Index: index[c.Rule]},
					Properties:     checkDetail(c),
				})
		}
	}
	return sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}
}

func sarifFindingResult(f Finding, ruleIndex int, prefix string) sarifResult {
	loc := sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: relativeURI(joinPrefix(prefix, f.File)), URIBaseID: srcRoot}}
	if f.Line > 0 {
		reg := &sarifRegion{StartLine: f.Line, StartColumn: f.Column}
		if f.EndLine >= f.Line {
			reg.EndLine = f.EndLine
			if f.EndLine > f.Line || f.EndColumn >= f.Column {
				reg.EndColumn = f.EndColumn
			}
		}
		loc.Region = reg
	}
	res := sarifResult{
		RuleID:       f.Rule,
		RuleIndex:    ruleIndex,
		Level:        sarifLevel(f.Severity),
		Message:      sarifText{Text: f.Message},
		Locations:    []sarifLocation{{PhysicalLocation: &loc}},
		Suppressions: []sarifSuppression{}, // known not suppressed, as opposed to unknown
	}
	if f.Fingerprint != "" {
		res.PartialFingerprints = map[string]string{"primaryLocationLineHash": f.Fingerprint}
	}
	if f.Suppressed {
		res.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: f.Justification}}
	}
	for _, fix := range f.Fixes {
		res.Fixes = append(res.Fixes, sarifFixFor(fix, prefix))
	}
	return res
}

func sarifCheckResult(c Check, ruleIndex int) sarifResult {
	level := sarifLevel(c.Severity)
	if c.Status != StatusFail && level == "error" {
		// A warning or a check that could not run is not a confirmed
		// failure: cap it below GitHub's "error".
		level = "warning"
	}
	// A check has no source line to hash: its fingerprint (rule, origin,
	// path, status and normalised message, as baselines use) lets code
	// scanning track the same failure across runs instead of opening a
	// new alert each time.
	fp := cmp.Or(c.Fingerprint, CheckFingerprint(c))
	return sarifResult{
		RuleID:              c.Rule,
		RuleIndex:           ruleIndex,
		Level:               level,
		Message:             sarifText{Text: checkMessage(c)},
		Locations:           []sarifLocation{checkLocation(c)},
		PartialFingerprints: map[string]string{checkFingerprintKey: fp},
		Suppressions:        []sarifSuppression{},
		Properties:          checkDetail(c),
	}
}

// checkFingerprintKey names a probe check's fingerprint in
// partialFingerprints; the version suffix follows SARIF's convention so
// that a future change of the fingerprint does not match old alerts.
const checkFingerprintKey = "authcheckCheck/v1"

func checkLocation(c Check) sarifLocation {
	return sarifLocation{LogicalLocations: []sarifLogicalLocation{{
		Name:               strings.TrimSpace(c.Rule + " " + c.Target),
		FullyQualifiedName: c.Target + "#" + c.Rule,
		Kind:               "resource",
	}}}
}

func checkDetail(c Check) *sarifCheckDetail {
	d := &sarifCheckDetail{Status: c.Status, Target: c.Target, Checklist: c.Checklist, Evidence: c.Evidence}
	if c.Severity != 0 {
		d.Severity = c.Severity.String()
	}
	return d
}

// checkMessage says what happened at which target, with the evidence, since
// SARIF viewers show the message and not the properties.
func checkMessage(c Check) string {
	var b strings.Builder
	if c.Target != "" {
		b.WriteString(c.Target + ": ")
	}
	switch c.Status {
	case StatusError:
		b.WriteString("the check could not run: ")
	case StatusSkip:
		b.WriteString("skipped: ")
	case StatusPass:
		b.WriteString("passed: ")
	}
	b.WriteString(cmp.Or(c.Message, c.Status))
	if len(c.Evidence) > 0 && c.Status != StatusPass {
		b.WriteString(" (" + evidenceText(c.Evidence) + ")")
	}
	return b.String()
}

// joinPrefix puts a module-relative path below the module's directory in
// the repository.
func joinPrefix(prefix, file string) string {
	prefix = strings.Trim(prefix, "/")
	if prefix == "" || prefix == "." {
		return file
	}
	return prefix + "/" + strings.TrimPrefix(file, "./")
}

func sarifFixFor(fix Fix, prefix string) sarifFix {
	out := sarifFix{Description: sarifText{Text: fix.Message}}
	byFile := map[string]int{}
	for _, e := range fix.Edits {
		i, ok := byFile[e.File]
		if !ok {
			i = len(out.ArtifactChanges)
			byFile[e.File] = i
			out.ArtifactChanges = append(out.ArtifactChanges, sarifArtifactChange{
				ArtifactLocation: sarifArtifactLocation{URI: relativeURI(joinPrefix(prefix, e.File)), URIBaseID: srcRoot},
			})
		}
		rep := sarifReplacement{DeletedRegion: sarifByteRegion{ByteOffset: e.Start, ByteLength: e.End - e.Start}}
		if e.New != "" {
			rep.InsertedContent = &sarifText{Text: e.New}
		}
		out.ArtifactChanges[i].Replacements = append(out.ArtifactChanges[i].Replacements, rep)
	}
	return out
}

// sarifLevel maps severities to SARIF levels: high and critical are errors,
// medium a warning, low and info notes. An unknown (zero) severity is a
// warning rather than being hidden as a note.
func sarifLevel(s rules.Severity) string {
	switch {
	case s >= rules.High:
		return "error"
	case s == rules.Medium, s == 0:
		return "warning"
	default:
		return "note"
	}
}

// relativeURI turns a repo-relative '/'-separated path into a relative URI
// reference (spaces and the like percent-encoded; a first segment with a
// colon is prefixed with "./" so that it does not read as a scheme).
func relativeURI(path string) string {
	path = strings.TrimPrefix(path, "./")
	return (&url.URL{Path: path}).String()
}

// fileURIDir returns the file URI of an absolute directory with a trailing
// slash, as SARIF requires for originalUriBaseIds, or "" for dir "".
func fileURIDir(dir string) string {
	if dir == "" {
		return ""
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: C:/src → /C:/src
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// sarifRuleFor builds the rule metadata GitHub shows next to an alert.
// Rules missing from the catalogue (a newer producer, a test) still get
// the fields GitHub requires.
func sarifRuleFor(id string, observed rules.Severity) sarifRule {
	rule, known := rules.Lookup(id)
	if !known {
		sev := cmp.Or(observed, rules.Medium)
		text := id + " is not in this build's rule catalogue."
		return sarifRule{
			ID:                   id,
			ShortDescription:     sarifText{Text: text},
			FullDescription:      sarifText{Text: text},
			Help:                 sarifHelp{Text: text, Markdown: text},
			DefaultConfiguration: sarifConfiguration{Level: sarifLevel(sev)},
			Properties: sarifRuleProperties{
				Tags:             []string{"security"},
				SecuritySeverity: sev.SecuritySeverity(),
				Precision:        rules.PrecisionMedium, // unknown rule: nothing measured
			},
		}
	}
	item, _ := lookupItem(rule.Checklist)
	cwes := rule.CWE
	if len(cwes) == 0 {
		cwes = item.CWE
	}
	// ASVS IDs are the rule's own: an item's IDs can cover parts of it that
	// this rule does not check.
	asvs := rule.ASVS
	tags := []string{"security"}
	for _, cwe := range cwes {
		tags = append(tags, "external/cwe/"+strings.ToLower(cwe))
	}
	if rule.Checklist != "" {
		tags = append(tags, "checklist/"+rule.Checklist)
	}
	out := sarifRule{
		ID:                   rule.ID,
		Name:                 rule.Name,
		ShortDescription:     sarifText{Text: rule.Summary},
		FullDescription:      sarifText{Text: strings.TrimSpace(rule.Summary + " " + rule.Why)},
		Help:                 sarifHelp{Text: helpText(rule, item, cwes, asvs), Markdown: helpMarkdown(rule, item, cwes, asvs)},
		DefaultConfiguration: sarifConfiguration{Level: sarifLevel(rule.Severity)},
		Properties: sarifRuleProperties{
			Tags:             tags,
			SecuritySeverity: rule.Severity.SecuritySeverity(),
			Precision:        rules.PrecisionLevel(rule.ID),
			Checklist:        rule.Checklist,
		},
		HelpURI: RuleHelpURI(rule.ID),
	}
	return out
}

// RuleHelpURI is the address of a rule's page in the repository
// (docs/rules/ID.md, generated from the catalogue by internal/rulesdoc).
func RuleHelpURI(id string) string {
	return InformationURI + "/blob/main/docs/rules/" + id + ".md"
}

func lookupItem(id string) (checklist.Item, bool) {
	cl, err := checklist.Load()
	if err != nil {
		return checklist.Item{}, false
	}
	return cl.Item(id)
}

func helpText(rule rules.Rule, item checklist.Item, cwes, asvs []string) string {
	var b strings.Builder
	b.WriteString(rule.Summary + "\n")
	if rule.Why != "" {
		b.WriteString("\nWhy: " + rule.Why + "\n")
	}
	if rule.Fix != "" {
		b.WriteString("\nFix: " + rule.Fix + "\n")
	}
	if rule.Checklist != "" {
		fmt.Fprintf(&b, "\nChecklist: %s", rule.Checklist)
		if item.Title != "" {
			b.WriteString(" - " + item.Title)
		}
		b.WriteString("\n")
	}
	if refs := references(cwes, asvs); len(refs) > 0 {
		b.WriteString("References: " + strings.Join(refs, ", ") + "\n")
	}
	for _, l := range rule.Links {
		b.WriteString("See " + l + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func helpMarkdown(rule rules.Rule, item checklist.Item, cwes, asvs []string) string {
	var b strings.Builder
	b.WriteString("**" + mdInline(rule.Summary) + "**\n")
	if rule.Why != "" {
		b.WriteString("\n**Why.** " + mdInline(rule.Why) + "\n")
	}
	if rule.Fix != "" {
		b.WriteString("\n**Fix.** " + mdInline(rule.Fix) + "\n")
	}
	if rule.Checklist != "" {
		fmt.Fprintf(&b, "\n**Checklist:** `%s`", rule.Checklist)
		if item.Title != "" {
			b.WriteString(" — " + mdInline(item.Title))
		}
		b.WriteString("\n")
	}
	var refs []string
	for _, cwe := range cwes {
		num := strings.TrimPrefix(cwe, "CWE-")
		refs = append(refs, fmt.Sprintf("[%s](https://cwe.mitre.org/data/definitions/%s.html)", cwe, num))
	}
	for _, a := range asvs {
		refs = append(refs, "OWASP ASVS 5.0 "+a)
	}
	if len(refs) > 0 {
		b.WriteString("\n**References:** " + strings.Join(refs, ", ") + "\n")
	}
	for _, l := range rule.Links {
		b.WriteString("\n- <" + l + ">")
	}
	return strings.TrimRight(b.String(), "\n")
}

func references(cwes, asvs []string) []string {
	refs := slices.Clone(cwes)
	for _, a := range asvs {
		refs = append(refs, "OWASP ASVS 5.0 "+a)
	}
	return refs
}
