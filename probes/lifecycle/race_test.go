package lifecycle

import (
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes"
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

func TestCovers(t *testing.T) {
	at := func(ms int) time.Time { return time.Unix(0, 0).Add(time.Duration(ms) * time.Millisecond) }
	span := func(a, b int) [2]time.Time { return [2]time.Time{at(a), at(b)} }
	for _, tc := range []struct {
		name   string
		spans  [][2]time.Time
		lo, hi int
		want   bool
	}{
		{"one span over the range", [][2]time.Time{span(-5, 20)}, 0, 10, true},
		{"two spans chained", [][2]time.Time{span(4, 20), span(-5, 5)}, 0, 10, true},
		{"a hole", [][2]time.Time{span(-5, 3), span(4, 20)}, 0, 10, false},
		{"starts late", [][2]time.Time{span(1, 20)}, 0, 10, false},
		{"ends early", [][2]time.Time{span(-1, 9)}, 0, 10, false},
		{"no spans", nil, 0, 10, false},
		{"inverted bounds", [][2]time.Time{span(-100, 100)}, 10, 0, false},
	} {
		if got := covers(tc.spans, at(tc.lo), at(tc.hi)); got != tc.want {
			t.Errorf("%s: covers = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestKeyMarkedButWorking: a key the target marks for review after each
// credential event but still accepts is a warning, not a pass.
func TestKeyMarkedButWorking(t *testing.T) {
	s := newTestServer(t, flaws{KeyFlagIgnored: true})
	cs := runNamed(t, newTarget(t, s), "credential-events")
	for _, c := range cs {
		want := report.StatusWarn
		if c.Rule == ruleResetRace {
			want = report.StatusPass
		}
		if c.Status != want {
			logChecks(t, cs)
			t.Errorf("%s: %s (%s), want %s", c.Rule, c.Status, c.Message, want)
		}
	}
}

func TestLoopbackTarget(t *testing.T) {
	for raw, want := range map[string]bool{
		"https://127.0.0.1:8443": true, "https://[::1]:8443": true, "https://localhost": true,
		"https://auth.example.com": false, "https://10.0.0.5": false,
	} {
		u, err := url.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got := loopbackTarget(&probes.Target{URL: u}); got != want {
			t.Errorf("loopbackTarget(%s) = %v, want %v", raw, got, want)
		}
	}
}

func TestFirstBytesRedacts(t *testing.T) {
	got := firstBytes([]byte("DB_PASSWORD=hunter2\nAPI_TOKEN=abc123\n{\"secretKey\": \"xyz\"}"))
	for _, leak := range []string{"hunter2", "abc123", "xyz"} {
		if strings.Contains(got, leak) {
			t.Errorf("firstBytes kept %q: %s", leak, got)
		}
	}
	if !strings.Contains(got, "DB_PASSWORD=…") {
		t.Errorf("firstBytes lost the variable name: %s", got)
	}
}
