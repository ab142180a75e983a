// Package probes runs live checks against a running service: each Probe is
// a small unit that sends a few requests (or raw TLS handshakes) and reports
// one result per rule it covers, passes included, with the evidence that
// decided it (docs/design.md).
//
// Probes register themselves from their area packages (probes/tlscheck,
// probes/headers, …); cmd/authcheck imports the areas it ships. Every network
// operation goes through a Target, which enforces timeouts, a per-host
// connection cap, an optional delay and a bound on bytes read, so that a
// hostile or slow target cannot hang or exhaust the prober.
package probes

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/authcheck/authcheck/report"
	"github.com/authcheck/authcheck/rules"
)

// Probe is one unit of live checking.
type Probe struct {
	// Name is unique, kebab-case: "tls-versions", "hsts", "session-cookie".
	Name string
	// Area groups probes for --only/--skip and for text output: tls, hsts,
	// cookies, cors, csrf, ratelimit, access, session, tokens, enumeration,
	// passwords, apikeys, reset.
	Area string
	// Rules lists every rule ID the probe may report.
	Rules []string
	// Needs returns why the probe cannot run against t (e.g. "needs a
	// profile with a login endpoint"), or "" when it can. Nil means it
	// needs only the URL.
	Needs func(t *Target) string
	// Last marks probes that burn the target's budget (rate limits): they
	// run after every other probe, one at a time.
	Last bool
	// LastIf, when set, makes the probe Last only for targets where it
	// returns true: a probe that moves the target's clock must run last
	// when it will, and with the others (before rate limits use up the
	// prober's logins) when it will not.
	LastIf func(t *Target) bool
	// Order sorts the Last probes among themselves: lower first, equal
	// Orders in the order given to Run. Probes that move the target's
	// clock forward run after the other Last probes, whose windows and
	// timings a clock jump would disturb.
	Order int
	// NoVerifiedTLS marks probes that make their own connections and do not
	// need a TLS connection whose certificate verifies (raw hellos, the
	// certificate probe, the plain-HTTP listener): a certificate that does
	// not verify (AP105) does not block them.
	NoVerifiedTLS bool
	// Run performs the checks. It reports through t.Result and friends and
	// must return when ctx is done.
	Run func(ctx context.Context, t *Target) []report.Check
}

var (
	regMu    sync.Mutex
	registry = map[string]*Probe{}
)

// Register adds a probe. Duplicate names or rules without a catalogue entry
// panic: both are programming errors caught by any test.
func Register(p *Probe) {
	regMu.Lock()
	defer regMu.Unlock()
	if _, dup := registry[p.Name]; dup {
		panic("probes: duplicate probe " + p.Name)
	}
	for _, id := range p.Rules {
		if _, ok := rules.Lookup(id); !ok {
			panic(fmt.Sprintf("probes: probe %s names unregistered rule %s", p.Name, id))
		}
	}
	registry[p.Name] = p
}

// All returns the registered probes sorted by name.
func All() []*Probe {
	regMu.Lock()
	defer regMu.Unlock()
	out := make([]*Probe, 0, len(registry))
	for _, p := range registry {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Selection filters probes by rule ID, area or probe name.
type Selection struct {
	Only []string
	Skip []string
}

func matches(p *Probe, keys []string) bool {
	for _, k := range keys {
		if matchesKey(p, k) {
			return true
		}
	}
	return false
}

// matchesKey reports whether one selection key names p: its area, its name,
// one of its rule IDs, or a rule family ("AP2", "AP2xx", "ap20"). Blank keys
// (from "--only a,,b") match nothing: as a prefix they would match every
// rule, and a stray comma in --skip would skip the whole run.
func matchesKey(p *Probe, k string) bool {
	k = strings.TrimSpace(k)
	if k == "" {
		return false
	}
	if strings.EqualFold(k, p.Area) || strings.EqualFold(k, p.Name) {
		return true
	}
	family := ruleFamily(k)
	for _, r := range p.Rules {
		if strings.EqualFold(k, r) || (family != "" && strings.HasPrefix(r, family)) {
			return true
		}
	}
	return false
}

// ruleFamily turns a family key ("AP2", "ap2xx", "AP20x") into the rule-ID
// prefix it stands for, or "" when k is not one.
func ruleFamily(k string) string {
	k = strings.ToUpper(k)
	k = strings.TrimRight(k, "X")
	if len(k) < 3 || len(k) > 4 || k[0] != 'A' || (k[1] != 'C' && k[1] != 'P') {
		return ""
	}
	for _, c := range k[2:] {
		if c < '0' || c > '9' {
			return ""
		}
	}
	return k
}

// Select returns the probes that the selection keeps. Blank keys are
// ignored, so an Only of only blank keys keeps everything.
func (s Selection) Select(ps []*Probe) []*Probe {
	only := nonBlank(s.Only)
	var out []*Probe
	for _, p := range ps {
		if len(only) > 0 && !matches(p, only) {
			continue
		}
		if matches(p, s.Skip) {
			continue
		}
		out = append(out, p)
	}
	return out
}

func nonBlank(keys []string) []string {
	var out []string
	for _, k := range keys {
		if strings.TrimSpace(k) != "" {
			out = append(out, k)
		}
	}
	return out
}

// Validate reports selection keys that match no probe, so a typo in --only
// is an error rather than an empty run. Blank keys are ignored.
func (s Selection) Validate(ps []*Probe) error {
	for _, k := range append(append([]string{}, s.Only...), s.Skip...) {
		if strings.TrimSpace(k) == "" {
			continue
		}
		found := false
		for _, p := range ps {
			if matchesKey(p, k) {
				found = true
				break
			}
		}
		if !found {
			return fmt.Errorf("%q matches no probe, area or rule (see `authcheck rules`)", k)
		}
	}
	return nil
}

// Progress is told when each probe finishes.
type Progress func(done, total int, name string)

// Run runs the probes against t: ordinary probes concurrently (at most
// t.Concurrency at a time), then the Last ones in sequence. Every rule a
// probe lists gets at least one result:
//   - a probe whose Needs fails reports skip for each of its rules;
//   - a probe that panics reports error for each of its rules instead of
//     taking the run down;
//   - a probe that ignores its context is abandoned shortly after its
//     deadline, with error results;
//   - a rule the probe forgot to report gets an error result saying so.
//
// Results are sorted by rule ID, then by probe name, so output is stable.
func Run(ctx context.Context, t *Target, ps []*Probe, progress Progress) []report.Check {
	var first, last []*Probe
	for _, p := range ps {
		if p.Last || p.LastIf != nil && p.LastIf(t) {
			last = append(last, p)
		} else {
			first = append(first, p)
		}
	}
	sort.SliceStable(last, func(i, j int) bool { return last[i].Order < last[j].Order })
	total := len(ps)
	certReported := false
	for _, p := range ps {
		for _, id := range p.Rules {
			certReported = certReported || id == CertRule
		}
	}
	runOne := func(ctx context.Context, t *Target, p *Probe) []report.Check {
		if cs, ok := t.blocked(p, certReported); ok {
			return cs
		}
		return runOne(ctx, t, p)
	}
	type tagged struct {
		probe string
		seq   int
		check report.Check
	}
	var (
		mu   sync.Mutex
		out  []tagged
		done int
	)
	record := func(p *Probe, cs []report.Check) {
		mu.Lock()
		defer mu.Unlock()
		for i, c := range cs {
			out = append(out, tagged{probe: p.Name, seq: i, check: c})
		}
		done++
		if progress != nil {
			progress(done, total, p.Name)
		}
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, t.concurrency())
	for _, p := range first {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			record(p, runOne(ctx, t, p))
		}()
	}
	wg.Wait()
	for _, p := range last {
		record(p, runOne(ctx, t, p))
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.check.Rule != b.check.Rule {
			return a.check.Rule < b.check.Rule
		}
		if a.probe != b.probe {
			return a.probe < b.probe
		}
		return a.seq < b.seq
	})
	checks := make([]report.Check, len(out))
	for i, c := range out {
		checks[i] = c.check
	}
	return checks
}

// abandonGrace is how long Run waits, after a probe's deadline, for the
// probe to notice and return.
const abandonGrace = 2 * time.Second

func runOne(ctx context.Context, t *Target, p *Probe) []report.Check {
	failAll := func(err error) []report.Check {
		cs := make([]report.Check, 0, len(p.Rules))
		for _, id := range p.Rules {
			cs = append(cs, t.Error(id, err))
		}
		return cs
	}
	type outcome struct {
		checks []report.Check
		panic  any
	}
	ctx, cancel := context.WithTimeout(ctx, t.ProbeTimeout())
	defer cancel()
	ch := make(chan outcome, 1)
	go func() {
		var o outcome
		defer func() {
			if r := recover(); r != nil {
				o = outcome{panic: r}
			}
			ch <- o
		}()
		if p.Needs != nil {
			if why := p.Needs(t); why != "" {
				for _, id := range p.Rules {
					o.checks = append(o.checks, t.Skip(id, why))
				}
				return
			}
		}
		o.checks = p.Run(ctx, t)
	}()
	var o outcome
	select {
	case o = <-ch:
	case <-ctx.Done():
		grace := time.NewTimer(abandonGrace)
		defer grace.Stop()
		select {
		case o = <-ch:
		case <-grace.C:
			// The goroutine is left behind: Go cannot stop it, but the run
			// goes on and reports why.
			return failAll(fmt.Errorf("probe %s did not stop within %s of its %s deadline (%v)", p.Name, abandonGrace, t.ProbeTimeout(), context.Cause(ctx)))
		}
	}
	if o.panic != nil {
		return failAll(fmt.Errorf("probe %s failed internally: %v", p.Name, o.panic))
	}
	return completeResults(t, p, o.checks)
}

// completeResults adds an error result for each rule of p that cs does not
// cover, so that a report never silently loses a check.
func completeResults(t *Target, p *Probe, cs []report.Check) []report.Check {
	seen := map[string]bool{}
	for _, c := range cs {
		seen[c.Rule] = true
	}
	for _, id := range p.Rules {
		if !seen[id] {
			cs = append(cs, t.Error(id, fmt.Errorf("probe %s reported no result for %s (a bug in the probe)", p.Name, id)))
		}
	}
	return cs
}
