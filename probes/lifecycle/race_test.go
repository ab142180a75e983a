package lifecycle

import (
	"os"
	"strconv"
	"testing"

	"github.com/authcheck/authcheck/report"
)

// TestResetRace repeats the reset race against a correct server and one
// that creates a login's session without re-checking the password it
// verified (both with a slow login, so that the window is wide): the
// correct one never fails, the flawed one always does. Without the slow
// login the correct server must pass or skip (the race not exercised),
// never fail. AUTHCHECK_RACE_TRIALS sets the repetitions (default 3).
func TestResetRace(t *testing.T) {
	trials := 3
	if n, err := strconv.Atoi(os.Getenv("AUTHCHECK_RACE_TRIALS")); err == nil && n > 0 {
		trials = n
	}
	for _, tc := range []struct {
		name string
		flaw flaws
		opts []func(*testServer)
		want []string
	}{
		{"correct, slow login", flaws{}, slowLogin, []string{report.StatusPass}},
		{"correct, default login", flaws{}, nil, []string{report.StatusPass}},
		{"session not re-checked", flaws{LoginRace: true}, slowLogin, []string{report.StatusFail}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			counts := map[string]int{}
			for range trials {
				s := newTestServer(t, tc.flaw, tc.opts...)
				for _, c := range runNamed(t, newTarget(t, s), "credential-events") {
					if c.Rule != ruleResetRace {
						continue
					}
					counts[c.Status]++
					ok := false
					for _, w := range tc.want {
						ok = ok || c.Status == w
					}
					if !ok {
						t.Errorf("%s: %s (%s) [%v], want %v", c.Rule, c.Status, c.Message, c.Evidence, tc.want)
					}
				}
			}
			t.Logf("%d trials: %v", trials, counts)
		})
	}
}
