package lifecycle

import (
	"context"
	"io"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/report"
)

// startReference starts the bundled reference server on a free loopback
// port, in development mode (outbox), with the demo accounts, trusting the
// prober's loopback address as a proxy so that the profile it writes names
// X-Forwarded-For and the probes' clients get their own addresses.
func startReference(t *testing.T, change func(*reference.Config)) *probes.Target {
	t.Helper()
	cfg := reference.Config{
		DataDir:        t.TempDir(),
		Addr:           "127.0.0.1:0",
		DevOutbox:      true,
		SeedDemo:       true,
		TrustedProxies: []string{"127.0.0.1/32"},
		Logger:         io.Discard,
	}
	if change != nil {
		change(&cfg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	srv, err := reference.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	p, err := profile.Load(srv.ProfilePath())
	if err != nil {
		t.Fatal(err)
	}
	tg, err := probes.NewTarget(probes.Options{Profile: p})
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// TestReference runs every probe of this package against the reference
// server with the profile it writes. With its development clock
// (--dev-clock) everything passes. Without it, what cannot be observed in
// a probe run skips with the reason:
//   - AP353/AP354: the idle (30 min) and absolute (12 h) limits are too
//     long to wait for (TestReferenceSessionExpiry shortens them);
//   - AP656: the reference refuses key lifetimes under 60 s, so expiry
//     enforcement cannot be watched within MaxWait;
//   - AP706: reset tokens live 15 minutes.
func TestReference(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the reference server")
	}
	for _, tc := range []struct {
		name     string
		clock    bool
		wantSkip []string
	}{
		{"dev-clock", true, []string{"AP820"}},
		{"no clock", false, []string{"AP353", "AP354", "AP656", "AP706", "AP820"}},
	} {
		// One after the other: the timing check wants a quiet machine.
		t.Run(tc.name, func(t *testing.T) {
			begin := time.Now()
			tg := startReference(t, func(c *reference.Config) { c.DevClock = tc.clock })
			if got := tg.Profile.Clock != nil; got != tc.clock {
				t.Fatalf("the reference's profile names a clock: %v, want %v", got, tc.clock)
			}
			started := time.Since(begin)
			start := time.Now()
			cs := runNamed(t, tg, probeNames...)
			t.Logf("reference start-up %s; all %d probes against it %s", started.Round(10*time.Millisecond), len(probeNames), time.Since(start).Round(10*time.Millisecond))
			logChecks(t, cs)
			for _, c := range cs {
				want := report.StatusPass
				if slices.Contains(tc.wantSkip, c.Rule) {
					want = report.StatusSkip
				}
				if c.Status != want {
					t.Errorf("%s: %s (%s), want %s", c.Rule, c.Status, c.Message, want)
				}
			}
		})
	}
}

// TestReferenceSessionExpiry shortens the reference's session limits to
// seconds so that enforcement is observed: one instance with a 2 s idle
// timeout, one with a 3 s absolute lifetime.
func TestReferenceSessionExpiry(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the reference server")
	}
	for _, tc := range []struct {
		name      string
		idle, abs time.Duration
		rule      string
	}{
		{"idle", 2 * time.Second, 12 * time.Hour, "AP353"},
		{"absolute", 30 * time.Minute, 3 * time.Second, "AP354"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tg := startReference(t, func(c *reference.Config) { c.SessionIdle, c.SessionAbsolute = tc.idle, tc.abs })
			cs := runNamed(t, tg, "session-expiry")
			logChecks(t, cs)
			for _, c := range cs {
				if c.Rule == tc.rule && c.Status != report.StatusPass {
					t.Errorf("%s: %s (%s), want pass", c.Rule, c.Status, c.Message)
				}
			}
		})
	}
}

// TestReferenceResetRace runs the reset race against one reference server
// AUTHCHECK_RACE_TRIALS times (default 2): it must pass every time (the
// reference inserts a session only if the password it checked is still
// the account's, so a race never leaves one behind, and its argon2id
// logins are slow enough that one is always in flight when the reset
// takes effect).
func TestReferenceResetRace(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the reference server")
	}
	trials := 2
	if n, err := strconv.Atoi(os.Getenv("AUTHCHECK_RACE_TRIALS")); err == nil && n > 0 {
		trials = n
	}
	tg := startReference(t, nil)
	counts := map[string]int{}
	for range trials {
		for _, c := range runNamed(t, tg, "credential-events") {
			if c.Rule != ruleResetRace {
				continue
			}
			counts[c.Status]++
			if c.Status != report.StatusPass {
				t.Errorf("%s: %s (%s) %v, want pass", c.Rule, c.Status, c.Message, c.Evidence)
			}
		}
	}
	t.Logf("%d trials: %v", trials, counts)
}
