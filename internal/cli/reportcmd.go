package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"slices"

	"github.com/authcheck/authcheck/report"
)

const reportAbout = `Work with authcheck's JSON reports.

  authcheck report merge [flags] FILE...

merge joins the JSON reports of the shards of a --targets run (probe or
audit --shard I/N on the machines of a CI matrix) into one report with the
same schema: every target's checks and one roll-up. Findings that several
shards report (each scanned the same code) are kept once; checklist items
take the most informative verdict (fail over pass over not verified). A
file that is not an authcheck JSON report, a schema version other than
this build's, or two files that probed the same target are refused (exit
2). The merged report is gated like a run: exit 1 at or above --fail-on, 3
when a check could not run (unless --allow-errors).`

func runReportCmd(args []string, e *env) int {
	if len(args) == 0 || args[0] != "merge" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			fmt.Fprintf(e.stdout, "Usage: authcheck report merge [flags] FILE...\n\n%s\n", reportAbout)
			return ExitOK
		}
		e.errorf("report: want a subcommand: `authcheck report merge FILE...`")
		return ExitUsage
	}
	fs := flagSet(e, "report merge", "[flags] FILE...", reportAbout)
	var o outputFlags
	o.register(fs)
	var pf probeFlags
	fs.BoolVar(&pf.allowErrors, "allow-errors", false, "do not exit 3 when the merged report holds checks that could not run")
	_ = fs.Set("format", "json")
	files, code := parseInterleaved(fs, args[1:], e)
	if code >= 0 {
		return code
	}
	if len(files) == 0 {
		e.errorf("report merge: give the JSON reports to merge")
		return ExitUsage
	}
	if err := o.validate(); err != nil {
		e.errorf("report merge: %v", err)
		return ExitUsage
	}
	if err := checkAllowErrors(&o, &pf); err != nil {
		e.errorf("report merge: %v", err)
		return ExitUsage
	}
	r, err := mergeReports(files)
	if err != nil {
		e.errorf("report merge: %v", err)
		return ExitUsage
	}
	command := "probe"
	if len(r.Checklist) > 0 || len(r.Findings) > 0 {
		command = "audit"
	}
	code = o.emit(r, command, locate(".", ""), e)
	return max(code, errorGate(r, &pf, "report merge", e))
}

// readReport reads one authcheck JSON report, strictly.
func readReport(path string) (*report.Report, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var head struct {
		SchemaVersion *int `json:"schemaVersion"`
		Tool          struct {
			Name string `json:"name"`
		} `json:"tool"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, fmt.Errorf("%s: not an authcheck JSON report: %v", path, err)
	}
	if head.SchemaVersion == nil || head.Tool.Name != report.ToolName {
		return nil, fmt.Errorf("%s: not an authcheck report (no schemaVersion, or tool %q)", path, head.Tool.Name)
	}
	if *head.SchemaVersion != report.SchemaVersion {
		return nil, fmt.Errorf("%s: schema version %d, this authcheck reads %d: merge reports of one authcheck version", path, *head.SchemaVersion, report.SchemaVersion)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var r report.Report
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%s: not an authcheck JSON report of schema %d: %v", path, report.SchemaVersion, err)
	}
	return &r, nil
}

// verdictInformation orders checklist verdicts for merging shards: a
// failure anywhere fails the item; a pass somewhere beats "not verified"
// (that shard had no target the item's rules could check).
var verdictInformation = map[string]int{
	report.VerdictManual: 1, report.VerdictNA: 2, report.VerdictNotVerified: 3,
	report.VerdictPass: 4, report.VerdictPassWithNotes: 5, report.VerdictFail: 6,
}

func mergeReports(files []string) (*report.Report, error) {
	out := &report.Report{}
	targetFile := map[string]string{}
	findings := map[string]bool{}
	items := map[string]int{} // checklist ID → index in out.Checklist
	for _, f := range files {
		r, err := readReport(f)
		if err != nil {
			return nil, err
		}
		// Targets: from the roll-up, else from the checks (a one-target run).
		mine := map[string]bool{}
		for _, t := range r.Targets {
			mine[t.URL] = true
		}
		for _, c := range r.Checks {
			mine[c.Target] = true
		}
		for t := range mine {
			if other, dup := targetFile[t]; dup {
				return nil, fmt.Errorf("%s: target %s is also in %s: the shards overlap", f, t, other)
			}
			targetFile[t] = f
		}
		if len(r.Targets) > 0 {
			out.Targets = append(out.Targets, r.Targets...)
		} else {
			for t := range mine {
				out.Targets = append(out.Targets, report.TargetResult{URL: t})
			}
		}
		out.Checks = append(out.Checks, r.Checks...)
		for _, fd := range r.Findings {
			key := fmt.Sprint(fd.Rule, "\x00", fd.File, "\x00", fd.Line, "\x00", fd.Column, "\x00", fd.Fingerprint)
			if !findings[key] {
				findings[key] = true
				out.Findings = append(out.Findings, fd)
			}
		}
		for _, e := range r.Checklist {
			i, ok := items[e.ID]
			if !ok {
				items[e.ID] = len(out.Checklist)
				out.Checklist = append(out.Checklist, e)
				continue
			}
			cur := &out.Checklist[i]
			by := append(slices.Clone(cur.VerifiedBy), e.VerifiedBy...)
			slices.Sort(by)
			by = slices.Compact(by)
			if verdictInformation[e.Status] > verdictInformation[cur.Status] {
				*cur = e
			}
			cur.VerifiedBy = by
		}
	}
	out.Targets = report.RollUp(out.Targets, out.Checks)
	return out, nil
}
