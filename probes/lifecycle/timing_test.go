package lifecycle

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/authcheck/authcheck/report"
)

// spin keeps every CPU busy with goroutines of this process until the test
// ends, so that the server's hashing and the prober's clock compete with
// noise, as on a shared CI machine.
func spin(t testing.TB) {
	ctx, cancel := context.WithCancel(context.Background())
	var n atomic.Int64
	for range runtime.NumCPU() {
		go func() {
			for ctx.Err() == nil {
				for range 10000 {
					n.Add(1)
				}
			}
		}()
	}
	t.Cleanup(cancel)
}

// timingHash is a password hash of roughly 20–50 ms on this kind of
// machine (argon2id, 16 MiB, one pass), slower under load.
func timingHash(s *testServer) { s.hashMemKiB = 16 * 1024 }

func timingResult(t testing.TB, s *testServer) report.Check {
	t.Helper()
	cs := runNamed(t, newTarget(t, s), "login-timing")
	if len(cs) != 1 {
		t.Fatalf("got %d results", len(cs))
	}
	return cs[0]
}

// TestTimingUnderLoad: with every CPU busy, the timing check passes a
// server that hashes for unknown users too, and fails one that skips the
// hash.
func TestTimingUnderLoad(t *testing.T) {
	spin(t)
	good := newTestServer(t, flaws{}, timingHash)
	c := timingResult(t, good)
	logChecks(t, []report.Check{c})
	if c.Status != report.StatusPass {
		logChecks(t, []report.Check{c})
		t.Errorf("correct server: %s, want pass", c.Status)
	}
	bad := newTestServer(t, flaws{EnumTiming: true}, timingHash)
	if c := timingResult(t, bad); c.Status != report.StatusFail {
		logChecks(t, []report.Check{c})
		t.Errorf("server without a dummy hash: %s, want fail", c.Status)
	}
}

// TestTimingFalseAlarmRate measures how often the timing check fails a
// correct server under CPU load, and how often it catches a server that
// skips the hash. It is a measurement, not a unit test: run it with
//
//	AUTHCHECK_TIMING_TRIALS=100 go test -run TestTimingFalseAlarmRate -v -timeout 30m ./probes/lifecycle
//
// It fails when the false-alarm rate exceeds 1 % or the detection rate is
// under 99 %.
func TestTimingFalseAlarmRate(t *testing.T) {
	trials, _ := strconv.Atoi(os.Getenv("AUTHCHECK_TIMING_TRIALS"))
	if trials <= 0 {
		t.Skip("set AUTHCHECK_TIMING_TRIALS (e.g. 100) to measure the timing check's false-alarm rate")
	}
	spin(t)
	good := newTestServer(t, flaws{}, timingHash)
	start := time.Now()
	alarms, secondRounds, extended := 0, 0, 0
	minP := 1.0
	for i := range trials {
		c := timingResult(t, good)
		switch c.Status {
		case report.StatusFail:
			alarms++
			logChecks(t, []report.Check{c})
		case report.StatusPass:
		default:
			t.Fatalf("trial %d: %s %s", i, c.Status, c.Message)
		}
		if c.Evidence["rounds"] == "2" {
			secondRounds++
		}
		if c.Evidence["round1.extended"] != "" {
			extended++
		}
		if p, err := strconv.ParseFloat(c.Evidence["round1.p"], 64); err == nil {
			minP = min(minP, p)
		}
	}
	t.Logf("correct server under load: %d false alarms in %d trials (%.1f %%); first rounds extended %d times, flagged %d times (then not confirmed); smallest first-round p %.2g; %s",
		alarms, trials, 100*float64(alarms)/float64(trials), extended, secondRounds, minP, time.Since(start).Round(time.Second))
	bad := newTestServer(t, flaws{EnumTiming: true}, timingHash)
	detectTrials := max(10, trials/5)
	caught, badExtended := 0, 0
	for range detectTrials {
		c := timingResult(t, bad)
		if c.Evidence["round1.extended"] != "" || c.Evidence["round2.extended"] != "" {
			badExtended++
		}
		if c.Status == report.StatusFail {
			caught++
		} else {
			logChecks(t, []report.Check{c})
		}
	}
	t.Logf("server without a dummy hash: caught %d of %d (%d needed extended rounds)", caught, detectTrials, badExtended)
	if float64(alarms) > 0.01*float64(trials) {
		t.Errorf("false-alarm rate %d/%d is above 1 %%", alarms, trials)
	}
	if float64(caught) < 0.99*float64(detectTrials) {
		t.Errorf("detection rate %d/%d is below 99 %%", caught, detectTrials)
	}
}
