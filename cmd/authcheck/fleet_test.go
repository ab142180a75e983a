package main

import (
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/report"
)

// fleetService starts a loopback TLS service with a weak HSTS header (so
// it has something to fail) and returns its URL. Every httptest TLS server
// presents the same certificate, so one --ca file trusts them all.
func fleetService(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Strict-Transport-Security", "max-age=60")
		w.Write([]byte("ok"))
	}))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the TLS probes' refused hellos
	srv.StartTLS()
	t.Cleanup(srv.Close)
	return srv
}

func writeCA(t *testing.T, dir string, srv *httptest.Server) string {
	t.Helper()
	ca := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(ca, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw}), 0o644); err != nil {
		t.Fatal(err)
	}
	return ca
}

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// fleetArgs keeps every run short and on the checks a bare URL allows.
func fleetArgs(command string, extra ...string) []string {
	return append([]string{command, "--timeout", "500ms", "--probe-timeout", "20s", "--only", "tls,hsts"}, extra...)
}

func decodeFleet(t *testing.T, s string) report.Report {
	t.Helper()
	var r report.Report
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, s)
	}
	return r
}

// TestTargetsFiftyWithHostile: 49 graded services and one that accepts TCP
// and never completes a handshake. The run ends, the hostile target is
// error, every other one is graded (fail: the weak HSTS header), exit 3.
func TestTargetsFiftyWithHostile(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	var ca string
	for i := range 49 {
		srv := fleetService(t)
		if i == 0 {
			ca = writeCA(t, dir, srv)
		}
		lines = append(lines, srv.URL)
	}
	hostile := "https://" + rawServer(t, func(c net.Conn) { _, _ = io.Copy(io.Discard, c) }) + "/"
	lines = append(lines[:20], append([]string{"# the hostile one", "", hostile}, lines[20:]...)...)
	list := writeFile(t, dir, "targets.txt", strings.Join(lines, "\n")+"\n")

	r := run(t, dir, fleetArgs("probe", "--targets", list, "--ca", ca, "--format", "json", "--max-conns", "16")...)
	if r.code != 3 {
		t.Fatalf("exit %d, want 3\nstderr:\n%s", r.code, r.stderr)
	}
	rep := decodeFleet(t, r.stdout)
	if len(rep.Targets) != 50 {
		t.Fatalf("roll-up has %d targets, want 50", len(rep.Targets))
	}
	for _, tr := range rep.Targets {
		switch {
		case tr.URL == hostile:
			if tr.Verdict != report.StatusError {
				t.Errorf("hostile target: verdict %s, want error", tr.Verdict)
			}
		case tr.Verdict != report.StatusFail || tr.Errored != 0 || tr.Passed == 0:
			t.Errorf("graded target %s: %+v, want fail with passes and no errors", tr.URL, tr)
		}
	}
	if lines := stderrLines(r.stderr); len(lines) != 1 || !strings.Contains(lines[0], "1 of 50 targets: "+hostile) {
		t.Errorf("stderr should be one line naming the hostile target, got:\n%s", r.stderr)
	}
	// Every check names a target of the list.
	for _, c := range rep.Checks {
		if !strings.HasPrefix(c.Target, "https://127.0.0.1:") {
			t.Errorf("check %s names target %q", c.Rule, c.Target)
		}
	}

	// Text, Markdown, HTML and SARIF carry the roll-up too.
	for format, want := range map[string]string{
		"text":     "Targets\n",
		"markdown": "### Targets",
		"html":     `id="targets"`,
		"sarif":    `"targets"`,
	} {
		out := run(t, dir, fleetArgs("probe", "--targets", list, "--ca", ca, "--format", format, "--allow-errors")...)
		if out.code != 1 || !strings.Contains(out.stdout, want) || !strings.Contains(out.stdout, hostile) {
			t.Errorf("%s: exit %d (want 1 with --allow-errors), roll-up %q or hostile target missing\n%.2000s", format, out.code, want, out.stdout)
		}
	}
}

func TestTargetsBadInput(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "bad.yaml", "endpoints: [\n")
	cases := []struct {
		name, file string
		args       []string
		want       string
	}{
		{"duplicate", "https://127.0.0.1:1/\n\n# c\nhttps://127.0.0.1:1\n", nil, `targets.txt:4: duplicate target https://127.0.0.1:1/ \(first on line 1\)`},
		{"malformed", "https://127.0.0.1:1/\nftp://example.com/\n", nil, `targets.txt:2: "ftp://example.com/" is not an http\(s\) URL`},
		{"no host", "https:///path\n", nil, `targets.txt:1: "https:///path" is not an http\(s\) URL`},
		{"bad port", "https://127.0.0.1:99999/\n", nil, `targets.txt:1: "https://127.0.0.1:99999/": port 99999 out of range`},
		{"too many fields", "https://127.0.0.1:1/ a.yaml extra\n", nil, `targets.txt:1: want "URL" or "URL PROFILE", got 3 fields`},
		{"profile does not parse", "# c\nhttps://127.0.0.1:1/ bad.yaml\n", nil, `targets.txt:2: profile bad.yaml: `},
		{"profile missing", "https://127.0.0.1:1/ nope.yaml\n", nil, `targets.txt:1: profile nope.yaml: `},
		{"empty", "# nothing\n\n", nil, `targets.txt: no targets in it`},
		{"shard 3/2", "https://127.0.0.1:1/\n", []string{"--shard", "3/2"}, `--shard "3/2": want I/N with 1 <= I <= N`},
		{"shard 0/2", "https://127.0.0.1:1/\n", []string{"--shard", "0/2"}, `--shard "0/2": want I/N`},
		{"shard a/b", "https://127.0.0.1:1/\n", []string{"--shard", "a/b"}, `--shard "a/b": want I/N`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			list := writeFile(t, dir, "targets.txt", c.file)
			for _, command := range []string{"probe", "audit"} {
				args := append(fleetArgs(command, "--targets", list), c.args...)
				if command == "audit" {
					args = append(args, "--no-scan")
				}
				r := run(t, dir, args...)
				lines := stderrLines(r.stderr)
				if r.code != 2 || len(lines) != 1 || !regexp.MustCompile(c.want).MatchString(lines[0]) {
					t.Errorf("%s: exit %d, stderr:\n%s\nwant exit 2 and one line matching %s", command, r.code, r.stderr, c.want)
				}
			}
		})
	}
	r := run(t, dir, "probe", "--shard", "1/2", "https://127.0.0.1:1/")
	if r.code != 2 || !strings.Contains(r.stderr, "--shard splits a --targets list") {
		t.Errorf("--shard without --targets: exit %d\n%s", r.code, r.stderr)
	}
}

// TestShardPartitionAndMerge: the shards of a list cover every target
// exactly once, whatever the order of the file, and merging their JSON
// gives the report of the whole list.
func TestShardPartitionAndMerge(t *testing.T) {
	dir := t.TempDir()
	var urls []string
	for i := range 7 {
		urls = append(urls, fmt.Sprintf("https://127.0.0.1:%d/", 1+i)) // closed ports: fast errors
	}
	list := writeFile(t, dir, "targets.txt", strings.Join(urls, "\n"))
	rev := append([]string(nil), urls...)
	sort.Sort(sort.Reverse(sort.StringSlice(rev)))
	listRev := writeFile(t, dir, "reversed.txt", strings.Join(rev, "\n"))

	const n = 3
	seen := map[string]int{}
	var shards []string
	for i := 1; i <= n; i++ {
		a := run(t, dir, fleetArgs("probe", "--targets", list, "--shard", fmt.Sprintf("%d/%d", i, n), "--format", "json", "--allow-errors")...)
		b := run(t, dir, fleetArgs("probe", "--targets", listRev, "--shard", fmt.Sprintf("%d/%d", i, n), "--format", "json", "--allow-errors")...)
		if a.code != 0 || b.code != 0 {
			t.Fatalf("shard %d: exit %d/%d\n%s%s", i, a.code, b.code, a.stderr, b.stderr)
		}
		ra, rb := decodeFleet(t, a.stdout), decodeFleet(t, b.stdout)
		if fmt.Sprint(ra.Targets) != fmt.Sprint(rb.Targets) {
			t.Errorf("shard %d depends on the file's order: %v vs %v", i, ra.Targets, rb.Targets)
		}
		for _, tr := range ra.Targets {
			seen[tr.URL]++
		}
		shards = append(shards, writeFile(t, dir, fmt.Sprintf("shard%d.json", i), a.stdout))
	}
	for _, u := range urls {
		if seen[u] != 1 {
			t.Errorf("%s is in %d shards, want exactly 1", u, seen[u])
		}
	}
	if len(seen) != len(urls) {
		t.Errorf("shards hold %d targets, want %d", len(seen), len(urls))
	}

	whole := run(t, dir, fleetArgs("probe", "--targets", list, "--format", "json", "--allow-errors")...)
	merged := run(t, dir, append([]string{"report", "merge", "--allow-errors"}, shards...)...)
	if merged.code != 0 {
		t.Fatalf("merge: exit %d\n%s", merged.code, merged.stderr)
	}
	w, m := decodeFleet(t, whole.stdout), decodeFleet(t, merged.stdout)
	if fmt.Sprint(w.Targets) != fmt.Sprint(m.Targets) || len(w.Checks) != len(m.Checks) || w.Summary != m.Summary {
		t.Errorf("merged shards differ from the whole run:\nwhole  %v %+v\nmerged %v %+v", w.Targets, w.Summary, m.Targets, m.Summary)
	}
	// Merging is idempotent on its own output (same schema).
	again := run(t, dir, "report", "merge", "--allow-errors", writeFile(t, dir, "merged.json", merged.stdout))
	if again.code != 0 || again.stdout != merged.stdout {
		t.Errorf("merging a merged report changed it (exit %d)\n%s", again.code, again.stderr)
	}
}

func TestMergeRefusesForeignInput(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.json", `{"schemaVersion":1,"tool":{"name":"authcheck","version":"x"},"findings":[],"checks":[],"summary":{"findings":0,"checksFailed":0}}`)
	cases := map[string]string{
		`{"schemaVersion":2,"tool":{"name":"authcheck"},"findings":[],"checks":[]}`: `schema version 2`,
		`{"schemaVersion":1,"tool":{"name":"eslint"},"findings":[],"checks":[]}`:    `not an authcheck report`,
		`{"version":"2.1.0","runs":[]}`:                                             `not an authcheck report`,
		`not json`:                                                                  `not an authcheck JSON report`,
	}
	i := 0
	for text, want := range cases {
		i++
		bad := writeFile(t, dir, fmt.Sprintf("bad%d.json", i), text)
		r := run(t, dir, "report", "merge", good, bad)
		lines := stderrLines(r.stderr)
		if r.code != 2 || len(lines) != 1 || !strings.Contains(lines[0], bad) || !strings.Contains(lines[0], want) {
			t.Errorf("merge with %s: exit %d, stderr:\n%s\nwant exit 2 and one line naming the file and %q", text, r.code, r.stderr, want)
		}
	}
	if r := run(t, dir, "report", "merge"); r.code != 2 {
		t.Errorf("merge of nothing: exit %d, want 2", r.code)
	}
}
