package report

import (
	"cmp"
	"slices"
)

// TargetResult is one target's line in the roll-up of a run over many
// targets (probe or audit --targets): its worst check status and how many
// checks ended in each status. Each check names its target (Check.Target),
// so the roll-up is recomputed from the checks whenever a report is
// rendered or merged.
type TargetResult struct {
	URL     string `json:"url"`
	Profile string `json:"profile,omitempty"`
	// Verdict is the worst status among the target's checks: error, fail,
	// warn, pass, skip (in that order of badness); "error" too when the
	// target has no check at all.
	Verdict string `json:"verdict"`
	Failed  int    `json:"failed"`
	Warned  int    `json:"warned"`
	Errored int    `json:"errored"`
	Passed  int    `json:"passed"`
	Skipped int    `json:"skipped"`
}

// verdictBadness orders check statuses for the roll-up, worst highest.
var verdictBadness = map[string]int{StatusSkip: 1, StatusPass: 2, StatusWarn: 3, StatusFail: 4, StatusError: 5}

// RollUp returns targets with verdicts and counts recomputed from checks,
// sorted by URL. Entries with the same URL are merged (the first profile
// kept).
func RollUp(targets []TargetResult, checks []Check) []TargetResult {
	if len(targets) == 0 {
		return nil
	}
	byURL := map[string]*TargetResult{}
	var out []TargetResult
	for _, t := range targets {
		if _, dup := byURL[t.URL]; dup {
			continue
		}
		out = append(out, TargetResult{URL: t.URL, Profile: t.Profile})
		byURL[t.URL] = nil
	}
	for i := range out {
		byURL[out[i].URL] = &out[i]
	}
	for _, c := range checks {
		t := byURL[c.Target]
		if t == nil {
			continue
		}
		switch c.Status {
		case StatusFail:
			t.Failed++
		case StatusWarn:
			t.Warned++
		case StatusError:
			t.Errored++
		case StatusPass:
			t.Passed++
		case StatusSkip:
			t.Skipped++
		}
		if verdictBadness[c.Status] > verdictBadness[t.Verdict] {
			t.Verdict = c.Status
		}
	}
	for i := range out {
		if out[i].Verdict == "" {
			out[i].Verdict = StatusError
		}
	}
	slices.SortStableFunc(out, func(a, b TargetResult) int { return cmp.Compare(a.URL, b.URL) })
	return out
}

// checksOf returns the checks that name target url.
func checksOf(checks []Check, url string) []Check {
	var out []Check
	for _, c := range checks {
		if c.Target == url {
			out = append(out, c)
		}
	}
	return out
}
