package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/authcheck/authcheck/internal/sariftest"
)

func TestProbeAndAuditBaselines(t *testing.T) {
	srv, prof := weakService(t)
	dir := t.TempDir()
	base := filepath.Join(dir, "probe-baseline.json")
	probeArgs := []string{"probe", "--profile", prof, "--only", "hsts,cookies", srv.URL}

	r := run(t, dir, append(probeArgs, "--format", "json")...)
	if r.code != 1 {
		t.Fatalf("probe of the weak service: exit %d, want 1\n%s", r.code, r.stderr)
	}
	failed := 0
	for _, c := range decodeReport(t, r.stdout).Checks {
		if c["status"] == "fail" || c["status"] == "warn" {
			failed++
			if fp, _ := c["fingerprint"].(string); fp == "" {
				t.Errorf("failed check %v has no fingerprint", c["rule"])
			}
		}
	}
	if failed == 0 {
		t.Fatal("no failed checks to baseline")
	}

	r = run(t, dir, append(probeArgs, "--write-baseline", base)...)
	if r.code != 0 {
		t.Fatalf("probe --write-baseline: exit %d\n%s", r.code, r.stderr)
	}
	var b struct {
		Command string
		Checks  []struct{ Fingerprint, Rule, Origin string }
	}
	data, _ := os.ReadFile(base)
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatal(err)
	}
	if b.Command != "probe" || len(b.Checks) != failed {
		t.Fatalf("baseline has command %q and %d checks, want probe and %d:\n%s", b.Command, len(b.Checks), failed, data)
	}
	for _, c := range b.Checks {
		if c.Origin != strings.ToLower(srv.URL) {
			t.Errorf("check %s has origin %q, want %q", c.Rule, c.Origin, srv.URL)
		}
	}

	// The same failures, a second run: all accepted, exit 0.
	r = run(t, dir, append(probeArgs, "--baseline", base, "--format", "json")...)
	if r.code != 0 {
		t.Fatalf("probe --baseline of the same failures: exit %d, want 0\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	for _, c := range decodeReport(t, r.stdout).Checks {
		if c["status"] == "fail" {
			t.Errorf("baselined check still reported: %v", c)
		}
	}
	if !strings.Contains(r.stderr, "failed checks are in the baseline") {
		t.Errorf("stderr does not say checks were baselined: %q", r.stderr)
	}
	// A check that was not in the baseline is still reported.
	r = run(t, dir, "probe", "--profile", prof, "--only", "hsts,cookies,cors", "--baseline", base, srv.URL)
	if r.code != 1 || !strings.Contains(r.stdout, "AP401") {
		t.Errorf("new failure (AP401) after a baseline: exit %d\n%s", r.code, r.stdout)
	}

	// Audit: its own baseline hides both findings and failed checks.
	mod := weakmod(t)
	auditBase := filepath.Join(dir, "audit-baseline.json")
	auditArgs := []string{"audit", "--target", srv.URL, "--profile", prof, "--only", "hsts,cookies", "./store/..."}
	if r := run(t, mod, append(auditArgs, "--write-baseline", auditBase)...); r.code != 0 {
		t.Fatalf("audit --write-baseline: exit %d\n%s", r.code, r.stderr)
	}
	if r := run(t, mod, append(auditArgs, "--baseline", auditBase)...); r.code != 0 {
		t.Errorf("audit --baseline of the same run: exit %d, want 0\n%s\n%s", r.code, r.stdout, r.stderr)
	}

	// A baseline from another command, or no baseline at all: exit 2 and one clear line.
	scanBase := filepath.Join(dir, "scan-baseline.json")
	if r := run(t, mod, "scan", "--write-baseline", scanBase, "./store/..."); r.code != 0 {
		t.Fatalf("scan --write-baseline: exit %d\n%s", r.code, r.stderr)
	}
	report := filepath.Join(dir, "report.json")
	os.WriteFile(report, []byte(run(t, mod, "scan", "--format", "json", "./store/...").stdout), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{append(probeArgs, "--baseline", scanBase), "written by `authcheck scan`"},
		{append(auditArgs, "--baseline", base), "written by `authcheck probe`"},
		{[]string{"scan", "--baseline", base, "./store/..."}, "written by `authcheck probe`"},
		{append(probeArgs, "--baseline", report), "not a baseline"},
		{append(probeArgs, "--baseline", filepath.Join(dir, "missing.json")), "--baseline"},
		// Checked before any work: the unreachable target is never tried.
		{[]string{"probe", "--baseline", scanBase, "https://127.0.0.1:1/"}, "written by `authcheck scan`"},
		{[]string{"probe", "--baseline", base, "--write-baseline", base, "https://127.0.0.1:1/"}, "exclude each other"},
	} {
		r := run(t, mod, tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) || strings.Count(strings.TrimSpace(r.stderr), "\n") > 0 {
			t.Errorf("authcheck %s: exit %d, stderr %q; want exit 2 and one line with %q", strings.Join(tc.args, " "), r.code, r.stderr, tc.want)
		}
	}
}

// TestSARIFURIsAreRepositoryRelative: a module in service/ of a git
// repository gives SARIF URIs that start with service/, from any working
// directory and with -C, for scan, probe and audit; the files validate
// with GitHub's rules.
func TestSARIFURIsAreRepositoryRelative(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	repo := t.TempDir()
	mod := filepath.Join(repo, "service")
	copyTree(t, weakmod(t), mod)
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"-c", "user.email=t@example.test", "-c", "user.name=t", "commit", "-qm", "fixture"}} {
		if out, err := newCmd(repo, "git", args...).CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	srv, prof := weakService(t)
	out := t.TempDir()
	type runSpec struct {
		name, dir string
		args      []string
	}
	runs := []runSpec{
		{"scan-in-module", mod, []string{"scan", "./..."}},
		{"scan-in-subdir", filepath.Join(mod, "store"), []string{"scan", "./..."}},
		{"scan-with-C", t.TempDir(), []string{"scan", "-C", mod, "./..."}},
		{"scan-with-dash-dash-C", repo, []string{"scan", "--C", "service", "./..."}},
		{"audit-with-C", t.TempDir(), []string{"audit", "-C", mod, "--target", srv.URL, "--profile", prof, "--only", "hsts", "./store/..."}},
		{"probe-with-C", t.TempDir(), []string{"probe", "-C", mod, "--profile", prof, "--only", "hsts", srv.URL}},
	}
	var files []string
	for _, rs := range runs {
		r := run(t, rs.dir, append(rs.args, "--format", "sarif")...)
		if r.code != 1 {
			t.Fatalf("%s: exit %d, want 1\n%s", rs.name, r.code, r.stderr)
		}
		var log struct {
			Runs []struct {
				OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
				Results            []struct {
					Locations []struct {
						PhysicalLocation *struct {
							ArtifactLocation struct {
								URI       string `json:"uri"`
								URIBaseID string `json:"uriBaseId"`
							} `json:"artifactLocation"`
						} `json:"physicalLocation"`
					} `json:"locations"`
				} `json:"results"`
			} `json:"runs"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
			t.Fatalf("%s: %v", rs.name, err)
		}
		realRepo, _ := filepath.EvalSymlinks(repo)
		if got := log.Runs[0].OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file://"+filepath.ToSlash(realRepo)+"/" {
			t.Errorf("%s: %%SRCROOT%% is %q, want the repository root %s", rs.name, got, realRepo)
		}
		physical := 0
		for _, res := range log.Runs[0].Results {
			for _, l := range res.Locations {
				if l.PhysicalLocation == nil {
					continue
				}
				physical++
				if u := l.PhysicalLocation.ArtifactLocation.URI; !strings.HasPrefix(u, "service/") || strings.HasPrefix(u, "service/service/") || l.PhysicalLocation.ArtifactLocation.URIBaseID != "%SRCROOT%" {
					t.Errorf("%s: URI %q (base %q), want service/… under %%SRCROOT%%", rs.name, u, l.PhysicalLocation.ArtifactLocation.URIBaseID)
				}
			}
		}
		if physical == 0 && !strings.HasPrefix(rs.name, "probe") {
			t.Errorf("%s: no physical locations", rs.name)
		}
		f := filepath.Join(out, rs.name+".sarif")
		os.WriteFile(f, []byte(r.stdout), 0o644)
		files = append(files, f)
	}
	tool := sariftest.Tool(t)
	if errs, output := sariftest.Validate(t, tool, files...); len(errs) > 0 {
		t.Errorf("the validator found errors:\n%s\n\nfull output:\n%s", strings.Join(errs, "\n"), output)
	}
}
