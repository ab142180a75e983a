package lifecycle

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/authcheck/authcheck/probes"
)

// The development clock. A target in development mode may expose an
// endpoint that moves its clock forward (profile clock; the reference
// server's --dev-clock). With it, the expiry checks (AP353, AP354, AP656,
// AP706) observe enforcement of limits of minutes and hours instead of
// skipping them. A clock move ages every credential of the target, so the
// probes that may use it run after every other probe (probes.Probe Last
// with clockOrder), one at a time, and each one logs in afresh.

// clockOrder is the probes.Probe Order of the probes that may move the
// target's clock: after the other Last probes (rate limits, enumeration,
// timing), whose windows, lockouts and quiet target a clock jump would
// disturb.
const clockOrder = 100

// MaxClockSteps bounds how many clock moves one check may make (the
// absolute-lifetime check keeps a session busy in steps of half the idle
// timeout). Checks that would need more are skipped with the reason.
var MaxClockSteps = 64

// maxClockStep is the longest single move sent; longer advances are split.
// The reference server refuses more than 48 h at once.
const maxClockStep = 24 * time.Hour

// hasClock reports whether the profile names a clock endpoint.
func hasClock(t *probes.Target) bool {
	return t.Profile != nil && t.Profile.Clock != nil
}

var (
	clockMu      sync.Mutex
	clockOffsets = map[*probes.Target]time.Duration{}
)

// advanceClock moves the target's clock forward by d through the profile's
// clock endpoint (logical field "advance", a Go duration string).
func advanceClock(ctx context.Context, t *probes.Target, d time.Duration) error {
	for d > 0 {
		step := min(d, maxClockStep)
		r, err := newClient(t).call(ctx, t.Profile.Clock, map[string]any{"advance": step.String()}, nil, nil, nil)
		if err != nil {
			return fmt.Errorf("moving the target's clock forward by %s: %s", step, probes.DescribeError(err))
		}
		if r.StatusCode/100 != 2 {
			return fmt.Errorf("the clock endpoint (%s) answered %d to moving the clock forward by %s%s", requestLabel(r), r.StatusCode, step, bodyHint(r))
		}
		clockMu.Lock()
		clockOffsets[t] += step
		clockMu.Unlock()
		d -= step
	}
	return nil
}

// targetNow is the target's time as far as the probes know it: the wall
// clock plus what they moved the target's clock forward. Times the target
// states (cookie Expires, expiresAt fields) are read against it.
func targetNow(t *probes.Target) time.Time {
	clockMu.Lock()
	defer clockMu.Unlock()
	return time.Now().Add(clockOffsets[t])
}

// clockMargin is how far before and after a limit the clock checks look:
// a minute, which covers servers that check at a coarse granularity, or a
// quarter of a short limit.
func clockMargin(limit time.Duration) time.Duration {
	return min(time.Minute, limit/4)
}

// clockMethod is the evidence line that says how a limit was observed.
func clockMethod(t *probes.Target) string {
	return "target clock moved forward through " + t.Profile.Clock.Method + " " + t.Profile.Clock.Path
}
