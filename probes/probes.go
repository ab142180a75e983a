// Package probes runs live checks against a running service: each Probe is
// a small unit that sends a few requests (or raw TLS handshakes) and reports
// one result per rule it covers, passes included, with the evidence that
// decided it (DESIGN §5).
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
		k = strings.TrimSpace(k)
		if strings.EqualFold(k, p.Area) || strings.EqualFold(k, p.Name) {
			return true
		}
		for _, r := range p.Rules {
			if strings.EqualFold(k, r) || (len(k) < len(r) && strings.HasPrefix(r, strings.ToUpper(k))) {
				return true
			}
		}
	}
	return false
}

// Select returns the probes that the selection keeps.
func (s Selection) Select(ps []*Probe) []*Probe {
	var out []*Probe
	for _, p := range ps {
		if len(s.Only) > 0 && !matches(p, s.Only) {
			continue
		}
		if matches(p, s.Skip) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// Validate reports selection keys that match no probe, so a typo in --only
// is an error rather than an empty run.
func (s Selection) Validate(ps []*Probe) error {
	for _, k := range append(append([]string{}, s.Only...), s.Skip...) {
		found := false
		for _, p := range ps {
			if matches(p, []string{k}) {
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

// Run runs the probes against t: ordinary probes concurrently (bounded by
// t's per-host cap), then the Last ones in sequence. A probe whose Needs
// fails reports skip for each of its rules; a probe that panics reports
// error instead of taking the run down.
func Run(ctx context.Context, t *Target, ps []*Probe, progress Progress) []report.Check {
	var first, last []*Probe
	for _, p := range ps {
		if p.Last {
			last = append(last, p)
		} else {
			first = append(first, p)
		}
	}
	total := len(ps)
	var (
		mu   sync.Mutex
		out  []report.Check
		done int
	)
	record := func(p *Probe, cs []report.Check) {
		mu.Lock()
		defer mu.Unlock()
		out = append(out, cs...)
		done++
		if progress != nil {
			progress(done, total, p.Name)
		}
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, t.Concurrency))
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
	sort.SliceStable(out, func(i, j int) bool { return out[i].Rule < out[j].Rule })
	return out
}

func runOne(ctx context.Context, t *Target, p *Probe) (cs []report.Check) {
	if p.Needs != nil {
		if why := p.Needs(t); why != "" {
			for _, id := range p.Rules {
				cs = append(cs, t.Skip(id, why))
			}
			return cs
		}
	}
	defer func() {
		if r := recover(); r != nil {
			cs = nil
			for _, id := range p.Rules {
				cs = append(cs, t.Error(id, fmt.Errorf("probe %s failed internally: %v", p.Name, r)))
			}
		}
	}()
	ctx, cancel := context.WithTimeout(ctx, t.ProbeTimeout())
	defer cancel()
	return p.Run(ctx, t)
}
