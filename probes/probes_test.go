package probes

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/authcheck/authcheck/report"
)

// testTarget returns a target for Run tests; no network is used.
func testTarget(t *testing.T, concurrency int) *Target {
	t.Helper()
	tg, err := NewTarget(Options{URL: "https://127.0.0.1:1/", PerHostConns: concurrency, ProbeTimeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// passProbe reports pass for each of its rules.
func passProbe(name string, rules ...string) *Probe {
	return &Probe{Name: name, Area: "test", Rules: rules, Run: func(_ context.Context, t *Target) []report.Check {
		var cs []report.Check
		for _, r := range rules {
			cs = append(cs, t.Pass(r, name+" ok", nil))
		}
		return cs
	}}
}

func byRule(cs []report.Check) map[string]report.Check {
	m := map[string]report.Check{}
	for _, c := range cs {
		m[c.Rule] = c
	}
	return m
}

func TestSelection(t *testing.T) {
	ps := []*Probe{
		{Name: "hsts", Area: "hsts", Rules: []string{"AP201", "AP202"}},
		{Name: "session-cookie", Area: "cookies", Rules: []string{"AP301"}},
		{Name: "tls-versions", Area: "tls", Rules: []string{"AP101"}},
		{Name: "rate-limits", Area: "ratelimit", Rules: []string{"AP501"}},
	}
	names := func(ps []*Probe) string {
		var n []string
		for _, p := range ps {
			n = append(n, p.Name)
		}
		return strings.Join(n, ",")
	}
	for _, tc := range []struct {
		sel  Selection
		want string
	}{
		{Selection{}, "hsts,session-cookie,tls-versions,rate-limits"},
		{Selection{Only: []string{"cookies"}}, "session-cookie"},
		{Selection{Only: []string{"HSTS"}}, "hsts"},
		{Selection{Only: []string{"ap202"}}, "hsts"},
		{Selection{Only: []string{"AP2"}}, "hsts"},
		{Selection{Only: []string{"ap2xx", "AP1XX"}}, "hsts,tls-versions"},
		{Selection{Only: []string{"AP30"}}, "session-cookie"},
		{Selection{Skip: []string{"ratelimit", "tls-versions"}}, "hsts,session-cookie"},
		{Selection{Only: []string{"AP"}}, ""},     // not a family: matches nothing
		{Selection{Only: []string{"A"}}, ""},      // nor this
		{Selection{Only: []string{"AP2011"}}, ""}, // nor a longer ID
		// Blank keys (from "--skip a,,b" or "--only ,") change nothing.
		{Selection{Skip: []string{"", " "}}, "hsts,session-cookie,tls-versions,rate-limits"},
		{Selection{Only: []string{""}}, "hsts,session-cookie,tls-versions,rate-limits"},
		{Selection{Only: []string{"", "tls"}}, "tls-versions"},
	} {
		if got := names(tc.sel.Select(ps)); got != tc.want {
			t.Errorf("%+v.Select = %q, want %q", tc.sel, got, tc.want)
		}
	}
	if err := (Selection{Only: []string{"cookies", ""}, Skip: []string{"AP5"}}).Validate(ps); err != nil {
		t.Errorf("Validate of good keys: %v", err)
	}
	if err := (Selection{Skip: []string{"cookeis"}}).Validate(ps); err == nil || !strings.Contains(err.Error(), "cookeis") {
		t.Errorf("Validate of a typo: err = %v", err)
	}
}

func TestRegister(t *testing.T) {
	mustPanic := func(name string, f func()) {
		t.Helper()
		defer func() {
			if recover() == nil {
				t.Errorf("%s: no panic", name)
			}
		}()
		f()
	}
	mustPanic("unregistered rule", func() { Register(&Probe{Name: "test-unknown-rule", Rules: []string{"AP999x"}}) })
	Register(&Probe{Name: "test-registered", Rules: []string{"AP201"}})
	t.Cleanup(func() {
		regMu.Lock()
		delete(registry, "test-registered")
		regMu.Unlock()
	})
	mustPanic("duplicate name", func() { Register(&Probe{Name: "test-registered", Rules: []string{"AP201"}}) })
	found := false
	for _, p := range All() {
		found = found || p.Name == "test-registered"
		if p.Name == "test-unknown-rule" {
			t.Error("a probe that failed to register is listed")
		}
	}
	if !found {
		t.Error("registered probe not listed by All")
	}
}

// TestRunConcurrencyCap holds every probe until as many as the cap run at
// once, then releases them: more than the cap at any moment fails, and a
// cap that is never reached (no concurrency) would hang the test.
func TestRunConcurrencyCap(t *testing.T) {
	const limit, n = 3, 10
	tg := testTarget(t, limit)
	var running, peak atomic.Int32
	reached := make(chan struct{})
	var once sync.Once
	release := make(chan struct{})
	var ps []*Probe
	for i := range n {
		rule := fmt.Sprintf("T%02d", i)
		ps = append(ps, &Probe{Name: rule, Rules: []string{rule}, Run: func(ctx context.Context, t *Target) []report.Check {
			now := running.Add(1)
			defer running.Add(-1)
			for {
				p := peak.Load()
				if now <= p || peak.CompareAndSwap(p, now) {
					break
				}
			}
			if now == limit {
				once.Do(func() { close(reached) })
			}
			<-release // closed once the cap is reached; later probes pass straight through
			return []report.Check{t.Pass(rule, "", nil)}
		}})
	}
	done := make(chan []report.Check)
	go func() { done <- Run(context.Background(), tg, ps, nil) }()
	select {
	case <-reached:
	case <-time.After(30 * time.Second):
		t.Fatal("the cap was never reached: probes do not run concurrently")
	}
	close(release)
	cs := <-done
	if got := peak.Load(); got > limit {
		t.Errorf("%d probes ran at once, cap is %d", got, limit)
	}
	if len(cs) != n {
		t.Errorf("got %d results, want %d", len(cs), n)
	}
}

// TestRunLastProbes: Last probes start after every other probe finished and
// never overlap each other.
func TestRunLastProbes(t *testing.T) {
	tg := testTarget(t, 4)
	var (
		mu        sync.Mutex
		firstDone int
		events    []string
		lastBusy  atomic.Bool
	)
	var ps []*Probe
	for i := range 4 {
		name := fmt.Sprintf("last%d", i)
		ps = append(ps, &Probe{Name: name, Last: true, Rules: []string{name}, Run: func(ctx context.Context, t *Target) []report.Check {
			if !lastBusy.CompareAndSwap(false, true) {
				mu.Lock()
				events = append(events, "overlap")
				mu.Unlock()
			}
			defer lastBusy.Store(false)
			mu.Lock()
			events = append(events, fmt.Sprintf("%s after %d", name, firstDone))
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			return []report.Check{t.Pass(name, "", nil)}
		}})
		first := fmt.Sprintf("first%d", i)
		ps = append(ps, &Probe{Name: first, Rules: []string{first}, Run: func(ctx context.Context, t *Target) []report.Check {
			time.Sleep(10 * time.Millisecond)
			mu.Lock()
			firstDone++
			mu.Unlock()
			return []report.Check{t.Pass(first, "", nil)}
		}})
	}
	Run(context.Background(), tg, ps, nil)
	for _, e := range events {
		if e == "overlap" || !strings.HasSuffix(e, "after 4") {
			t.Errorf("Last probe event %q: want each to start after all 4 ordinary probes, one at a time", e)
		}
	}
	if len(events) != 4 {
		t.Errorf("events = %v", events)
	}
}

func TestRunReportsEveryRule(t *testing.T) {
	tg := testTarget(t, 2)
	ps := []*Probe{
		passProbe("fine", "R1"),
		{Name: "panics", Rules: []string{"R2", "R3"}, Run: func(context.Context, *Target) []report.Check {
			var m map[string]int
			m["boom"]++ // nil map write
			return nil
		}},
		{Name: "needs-panics", Rules: []string{"R4"}, Needs: func(*Target) string { panic("bad needs") }},
		{Name: "needs-profile", Rules: []string{"R5", "R6"}, Needs: HasProfile, Run: func(context.Context, *Target) []report.Check {
			panic("must not run")
		}},
		{Name: "forgets", Rules: []string{"R7", "R8"}, Run: func(_ context.Context, t *Target) []report.Check {
			return []report.Check{t.Fail("R7", "bad", nil)}
		}},
	}
	var progress []string
	cs := Run(context.Background(), tg, ps, func(done, total int, name string) {
		progress = append(progress, fmt.Sprintf("%d/%d", done, total))
	})
	got := byRule(cs)
	want := map[string]struct{ status, text string }{
		"R1": {report.StatusPass, "fine ok"},
		"R2": {report.StatusError, "probe panics failed internally: assignment to entry in nil map"},
		"R3": {report.StatusError, "failed internally"},
		"R4": {report.StatusError, "bad needs"},
		"R5": {report.StatusSkip, "needs a profile"},
		"R6": {report.StatusSkip, "needs a profile"},
		"R7": {report.StatusFail, "bad"},
		"R8": {report.StatusError, "reported no result for R8"},
	}
	for rule, w := range want {
		c, ok := got[rule]
		if !ok {
			t.Errorf("%s: no result", rule)
			continue
		}
		if c.Status != w.status || !strings.Contains(c.Message, w.text) {
			t.Errorf("%s: %s %q, want %s containing %q", rule, c.Status, c.Message, w.status, w.text)
		}
	}
	if len(cs) != len(want) {
		t.Errorf("got %d results, want %d: %+v", len(cs), len(want), cs)
	}
	for i := 1; i < len(cs); i++ {
		if cs[i-1].Rule > cs[i].Rule {
			t.Errorf("results not sorted by rule: %s before %s", cs[i-1].Rule, cs[i].Rule)
		}
	}
	if len(progress) != len(ps) || progress[len(progress)-1] != fmt.Sprintf("%d/%d", len(ps), len(ps)) {
		t.Errorf("progress = %v", progress)
	}
}

// TestRunAbandonsHungProbe: a probe that ignores its context does not hang
// the run; it gets error results naming the cause.
func TestRunAbandonsHungProbe(t *testing.T) {
	tg, err := NewTarget(Options{URL: "https://127.0.0.1:1/", ProbeTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	stuck := make(chan struct{})
	defer close(stuck) // lets the abandoned goroutine end
	ps := []*Probe{
		{Name: "hangs", Rules: []string{"H1"}, Run: func(context.Context, *Target) []report.Check {
			<-stuck
			return nil
		}},
		passProbe("fine", "H2"),
	}
	done := make(chan []report.Check)
	go func() { done <- Run(context.Background(), tg, ps, nil) }()
	var cs []report.Check
	select {
	case cs = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Run waited for a probe that ignores its context")
	}
	got := byRule(cs)
	if c := got["H1"]; c.Status != report.StatusError || !strings.Contains(c.Message, "did not stop") {
		t.Errorf("hung probe: %s %q", c.Status, c.Message)
	}
	if c := got["H2"]; c.Status != report.StatusPass {
		t.Errorf("other probe: %s %q", c.Status, c.Message)
	}
}

// TestRunContextDeadline: a probe sees its ProbeTimeout through ctx.
func TestRunContextDeadline(t *testing.T) {
	tg, err := NewTarget(Options{URL: "https://127.0.0.1:1/", ProbeTimeout: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	cs := Run(context.Background(), tg, []*Probe{{Name: "waits", Rules: []string{"W1"}, Run: func(ctx context.Context, t *Target) []report.Check {
		<-ctx.Done()
		return []report.Check{t.Error("W1", ctx.Err())}
	}}}, nil)
	if len(cs) != 1 || cs[0].Status != report.StatusError || !strings.HasPrefix(cs[0].Message, "timed out") {
		t.Errorf("results = %+v", cs)
	}
}

func TestResultHelpers(t *testing.T) {
	tg := testTarget(t, 1)
	c := tg.Fail("AP201", "m", map[string]string{"k": "v"})
	if c.Checklist != "transport.hsts" || c.Severity == 0 || c.Target != "https://127.0.0.1:1/" {
		t.Errorf("Fail(AP201) = %+v: checklist and severity come from the catalogue", c)
	}
	if w := tg.Warn("AP201", "m", nil); w.Severity > 2 {
		t.Errorf("Warn severity %v, want at most low", w.Severity)
	}
	if e := tg.Error("AP201", errors.New("x")); e.Status != report.StatusError || e.Message != "x" {
		t.Errorf("Error = %+v", e)
	}
}

// TestRunLastIf: a probe with LastIf joins the Last group only for targets
// where LastIf says so.
func TestRunLastIf(t *testing.T) {
	var mu sync.Mutex
	var ran []string
	probe := func(name string, last bool, lastIf func(*Target) bool) *Probe {
		return &Probe{Name: name, Last: last, LastIf: lastIf, Run: func(context.Context, *Target) []report.Check {
			mu.Lock()
			defer mu.Unlock()
			ran = append(ran, name)
			return nil
		}}
	}
	for _, tc := range []struct {
		lastIf bool
		want   string
	}{{true, "plain conditional limits"}, {false, "conditional plain limits"}} {
		ran = nil
		tg, err := NewTarget(Options{URL: "http://127.0.0.1:1", PerHostConns: 1})
		if err != nil {
			t.Fatal(err)
		}
		Run(context.Background(), tg, []*Probe{
			probe("conditional", false, func(*Target) bool { return tc.lastIf }),
			probe("limits", true, nil),
			probe("plain", false, nil),
		}, nil)
		got := strings.Join(ran, " ")
		if tc.lastIf && got != tc.want || !tc.lastIf && !strings.HasSuffix(got, "limits") {
			t.Errorf("LastIf %v: ran %q, want %q", tc.lastIf, got, tc.want)
		}
	}
}
