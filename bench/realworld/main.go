// Command realworld scans the real-world corpus (testdata/realworld) with
// authcheck and compares the findings with the committed triage.
//
// Each module of the manifest is fetched through the Go module proxy
// (go mod download -json MODULE@VERSION), copied out of the read-only module
// cache into a work directory, made writable, and scanned with
// `authcheck scan --format json --fail-on never`. The findings are matched
// with testdata/realworld/triage/*.tsv by module@version, rule and
// file:line. It prints per rule: findings, true, false, untriaged and
// precision, and exits 1 when
//   - a finding triaged false comes back (unless its reason starts with
//     "open:", a known false alarm no one fixes yet),
//   - a finding triaged true or info-ok is no longer reported,
//   - a finding appears that no triage line covers.
//
// A module that cannot be downloaded or does not build is named with the
// reason and skipped; that fails the run only with -scheduled.
//
// -write-precision also writes rules/precision_gen.go, the measured map
// read by rules.MeasuredOnCorpus: per rule, the findings reported now that
// are triaged, and how many of them are true or info-ok. Modules left out
// of the run (-size, -only, or skipped) count with their triage lines.
//
// Usage (from the repository root):
//
//	go run ./bench/realworld                        # small modules
//	go run ./bench/realworld -size large -scheduled # the scale test
//	go run ./bench/realworld -size all -write-precision # regenerate rules/precision_gen.go
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// entry is one module of the manifest.
type entry struct {
	Module, Version, Size string
	Packages              []string
	Note                  string
}

func (e entry) id() string { return e.Module + "@" + e.Version }

// key identifies a finding across runs.
type key struct {
	Mod, Rule, Pos string // Pos is file:line relative to the module root
}

// verdicts of the triage files.
const (
	vTrue    = "true"
	vFalse   = "false"
	vInfoOK  = "info-ok"
	vMissed  = "missed"
	openMark = "open:"
)

type triageLine struct {
	key
	Verdict, Reason string
	Where           string // file:line of the triage file, for messages
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

type options struct {
	repo, manifest, triageDir, work, authcheck, size, only, keep string
	scheduled, writePrecision, skeleton                          bool
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("realworld", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var o options
	fl.StringVar(&o.repo, "repo", ".", "repository root")
	fl.StringVar(&o.manifest, "manifest", "", "manifest (default REPO/testdata/realworld/manifest.tsv)")
	fl.StringVar(&o.triageDir, "triage", "", "triage directory (default REPO/testdata/realworld/triage)")
	fl.StringVar(&o.work, "work", filepath.Join(os.TempDir(), "authcheck-realworld"), "where modules are copied (kept between runs: go vet's cache then helps)")
	fl.StringVar(&o.authcheck, "authcheck", "", "authcheck binary (default: built from REPO)")
	fl.StringVar(&o.size, "size", "small", "which modules: small, large or all")
	fl.StringVar(&o.only, "only", "", "scan only modules whose path contains this string")
	fl.StringVar(&o.keep, "json-dir", "", "also write each module's JSON report to this directory")
	fl.BoolVar(&o.scheduled, "scheduled", false, "a module that cannot be fetched or built fails the run")
	fl.BoolVar(&o.writePrecision, "write-precision", false, "also write REPO/rules/precision_gen.go: per rule, the triaged findings reported now (modules not scanned in this run count with their triage lines)")
	fl.BoolVar(&o.skeleton, "skeleton", false, "print untriaged findings as triage lines (verdict TODO) on stdout")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if o.manifest == "" {
		o.manifest = filepath.Join(o.repo, "testdata", "realworld", "manifest.tsv")
	}
	if o.triageDir == "" {
		o.triageDir = filepath.Join(o.repo, "testdata", "realworld", "triage")
	}
	triage, err := readTriage(o.triageDir)
	if err != nil {
		fmt.Fprintln(stderr, "realworld:", err)
		return 2
	}
	mods, err := readManifest(o.manifest)
	if err != nil {
		fmt.Fprintln(stderr, "realworld:", err)
		return 2
	}
	if o.size != "small" && o.size != "large" && o.size != "all" {
		fmt.Fprintf(stderr, "realworld: -size %q: want small, large or all\n", o.size)
		return 2
	}
	if err := os.MkdirAll(o.work, 0o755); err != nil {
		fmt.Fprintln(stderr, "realworld:", err)
		return 3
	}
	if o.authcheck == "" {
		o.authcheck = filepath.Join(o.work, "authcheck")
		build := exec.Command("go", "build", "-o", o.authcheck, "./cmd/authcheck")
		build.Dir = o.repo
		build.Stderr = stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(stderr, "realworld: building authcheck:", err)
			return 3
		}
	}
	if o.keep != "" {
		if err := os.MkdirAll(o.keep, 0o755); err != nil {
			fmt.Fprintln(stderr, "realworld:", err)
			return 3
		}
	}

	found := map[key]finding{}
	scanned := map[string]bool{}
	var skipped []string
	for _, m := range mods {
		if o.size != "all" && m.Size != o.size {
			continue
		}
		if o.only != "" && !strings.Contains(m.id(), o.only) {
			continue
		}
		start := time.Now()
		dir, err := fetch(o.work, m)
		var fs []finding
		if err == nil {
			fs, err = scan(o.authcheck, dir, m, o.keep)
		}
		if err != nil {
			skipped = append(skipped, fmt.Sprintf("%s: %v", m.id(), err))
			fmt.Fprintf(stderr, "realworld: SKIP %s: %v\n", m.id(), err)
			continue
		}
		scanned[m.id()] = true
		for _, f := range fs {
			found[f.key] = f
		}
		fmt.Fprintf(stderr, "realworld: %s: %d findings in %.1fs\n", m.id(), len(fs), time.Since(start).Seconds())
	}

	res := compare(triage, found, scanned)
	res.print(stdout)
	if o.writePrecision {
		out := filepath.Join(o.repo, "rules", "precision_gen.go")
		src, err := precisionSource(measure(triage, found, scanned))
		if err == nil {
			err = os.WriteFile(out, src, 0o644)
		}
		if err != nil {
			fmt.Fprintln(stderr, "realworld:", err)
			return 3
		}
		fmt.Fprintln(stdout, "wrote", out)
	}
	if o.skeleton {
		for _, f := range res.untriaged {
			fmt.Fprintf(stdout, "%s\t%s\t%s\tTODO\t%s\n", f.Mod, f.Rule, f.Pos, f.Message)
		}
	}
	fail := len(res.problems) > 0
	bad := map[string]bool{}
	for _, k := range res.problemModules {
		bad[k] = true
	}
	failed := len(bad)
	if len(skipped) > 0 {
		fmt.Fprintf(stdout, "\nskipped %d module(s):\n", len(skipped))
		for _, s := range skipped {
			fmt.Fprintln(stdout, "  "+s)
		}
		if o.scheduled {
			fail = true
			failed += len(skipped)
		}
	}
	// The plain closing line CI reads: modules that matched their triage.
	fmt.Fprintf(stdout, "realworld: %d passed, %d failed\n", len(scanned)-len(bad), failed)
	if fail {
		return 1
	}
	return 0
}

func readManifest(path string) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []entry
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) < 4 {
			return nil, fmt.Errorf("%s:%d: want module, version, size, packages[, note] separated by tabs", path, n)
		}
		e := entry{Module: col[0], Version: col[1], Size: col[2]}
		if e.Size != "small" && e.Size != "large" {
			return nil, fmt.Errorf("%s:%d: size %q: want small or large", path, n, e.Size)
		}
		if e.Module == "" || !strings.HasPrefix(e.Version, "v") {
			return nil, fmt.Errorf("%s:%d: want a module path and a pinned version (vX.Y.Z)", path, n)
		}
		for _, p := range strings.Split(col[3], ",") {
			if p = strings.TrimSpace(p); p != "" {
				e.Packages = append(e.Packages, p)
			}
		}
		if len(e.Packages) == 0 {
			return nil, fmt.Errorf("%s:%d: no packages", path, n)
		}
		if len(col) > 4 {
			e.Note = col[4]
		}
		if seen[e.id()] {
			return nil, fmt.Errorf("%s:%d: %s listed twice", path, n, e.id())
		}
		seen[e.id()] = true
		out = append(out, e)
	}
	return out, sc.Err()
}

// readTriage reads every *.tsv of dir.
func readTriage(dir string) ([]triageLine, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []triageLine
	seen := map[key]string{}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		lines, err := parseTriage(filepath.Base(path), data)
		if err != nil {
			return nil, err
		}
		for _, l := range lines {
			if l.Verdict != vMissed {
				if prev, ok := seen[l.key]; ok {
					return nil, fmt.Errorf("%s: %s %s %s already triaged at %s", l.Where, l.Mod, l.Rule, l.Pos, prev)
				}
				seen[l.key] = l.Where
			}
			out = append(out, l)
		}
	}
	return out, nil
}

func parseTriage(name string, data []byte) ([]triageLine, error) {
	var out []triageLine
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, n+1)
		col := strings.SplitN(line, "\t", 5)
		if len(col) != 5 {
			return nil, fmt.Errorf("%s: want 5 tab-separated columns (module@version, rule, file:line, verdict, reason), got %d", where, len(col))
		}
		if !strings.Contains(col[0], "@v") {
			return nil, fmt.Errorf("%s: %q is not module@version", where, col[0])
		}
		if i := strings.LastIndex(col[2], ":"); i < 0 {
			return nil, fmt.Errorf("%s: %q is not path:line", where, col[2])
		} else if _, err := strconv.Atoi(col[2][i+1:]); err != nil {
			return nil, fmt.Errorf("%s: %q is not path:line", where, col[2])
		}
		switch col[3] {
		case vTrue, vFalse, vInfoOK, vMissed:
		default:
			return nil, fmt.Errorf("%s: verdict %q: want true, false, info-ok or missed", where, col[3])
		}
		if strings.TrimSpace(col[4]) == "" {
			return nil, fmt.Errorf("%s: a reason is required", where)
		}
		out = append(out, triageLine{key: key{col[0], col[1], col[2]}, Verdict: col[3], Reason: col[4], Where: where})
	}
	return out, nil
}

// fetch downloads m through the module proxy and returns a writable copy
// with its dependencies downloaded. A ready copy is reused.
func fetch(work string, m entry) (string, error) {
	dir := filepath.Join(work, strings.ReplaceAll(m.Module, "/", "_")+"@"+m.Version)
	ready := filepath.Join(dir, ".realworld-ready")
	if _, err := os.Stat(ready); err == nil {
		return dir, nil
	}
	out, err := goCmd(work, "mod", "download", "-json", m.id())
	var info struct{ Dir, Error string }
	_ = json.Unmarshal(out, &info)
	if info.Error != "" {
		return "", fmt.Errorf("download: %s", info.Error)
	}
	if err != nil || info.Dir == "" {
		return "", fmt.Errorf("download: %v: %s", err, lastLines(out, 3))
	}
	if err := makeWritable(dir); err == nil {
		os.RemoveAll(dir)
	}
	if err := copyTree(info.Dir, dir); err != nil {
		return "", fmt.Errorf("copy: %v", err)
	}
	dropped, err := dropLocalReplaces(dir)
	if err != nil {
		return "", err
	}
	if out, err := goCmd(dir, "mod", "download"); err != nil {
		return "", fmt.Errorf("dependencies: %v: %s", err, lastLines(out, 3))
	}
	for _, d := range dropped {
		fmt.Fprintf(os.Stderr, "realworld: %s: dropped replace %s (its directory is not in the module zip); the proxy's version is used\n", m.id(), d)
	}
	if err := os.WriteFile(ready, nil, 0o644); err != nil {
		return "", err
	}
	return dir, nil
}

// dropLocalReplaces removes replace directives that point to directories
// a module zip does not carry (nested modules such as a generated client),
// so the required version comes from the proxy instead.
func dropLocalReplaces(dir string) ([]string, error) {
	out, err := goCmd(dir, "mod", "edit", "-json")
	if err != nil {
		return nil, fmt.Errorf("go mod edit -json: %v: %s", err, lastLines(out, 3))
	}
	var mf struct {
		Replace []struct {
			Old, New struct{ Path, Version string }
		}
	}
	if err := json.Unmarshal(out, &mf); err != nil {
		return nil, fmt.Errorf("go mod edit -json: %v", err)
	}
	var dropped []string
	for _, r := range mf.Replace {
		local := strings.HasPrefix(r.New.Path, "./") || strings.HasPrefix(r.New.Path, "../")
		if !local {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, r.New.Path, "go.mod")); err == nil {
			continue
		}
		old := r.Old.Path
		if r.Old.Version != "" {
			old += "@" + r.Old.Version
		}
		if out, err := goCmd(dir, "mod", "edit", "-dropreplace="+old); err != nil {
			return nil, fmt.Errorf("dropping replace %s: %v: %s", old, err, lastLines(out, 3))
		}
		dropped = append(dropped, old+" => "+r.New.Path)
	}
	return dropped, nil
}

// goCmd runs the go command in dir with GOTOOLCHAIN=local, so a module that
// asks for a newer Go fails fast with a clear error instead of fetching one.
func goCmd(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOFLAGS=-mod=mod")
	var buf bytes.Buffer
	cmd.Stdout = &buf
	cmd.Stderr = &buf
	err := cmd.Run()
	return buf.Bytes(), err
}

func makeWritable(dir string) error {
	if _, err := os.Stat(dir); err != nil {
		return err
	}
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.Chmod(p, 0o755)
		}
		return nil
	})
}

// copyTree copies the regular files of src to dst, writable.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

type finding struct {
	key
	Severity, Message string
}

// scan runs authcheck on one module copy.
func scan(bin, dir string, m entry, keep string) ([]finding, error) {
	args := append([]string{"scan", "--format", "json", "--fail-on", "never", "--color", "never"}, m.Packages...)
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOFLAGS=-mod=mod")
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		return nil, fmt.Errorf("scan: %v", err)
	}
	if err != nil {
		// Exit 3: packages that do not load or type-check.
		return nil, fmt.Errorf("does not build or scan (exit %d): %s", ee.ExitCode(), lastLines(stderr.Bytes(), 4))
	}
	if keep != "" {
		name := strings.ReplaceAll(m.Module, "/", "_") + "@" + m.Version + ".json"
		if err := os.WriteFile(filepath.Join(keep, name), stdout.Bytes(), 0o644); err != nil {
			return nil, err
		}
	}
	var rep struct {
		Findings []struct {
			Rule, Severity, Message, File string
			Line                          int
			Suppressed                    bool
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		return nil, fmt.Errorf("reading the JSON report: %v", err)
	}
	var out []finding
	for _, f := range rep.Findings {
		if f.Suppressed {
			continue
		}
		file := filepath.ToSlash(f.File)
		if filepath.IsAbs(f.File) {
			if rel, err := filepath.Rel(dir, f.File); err == nil {
				file = filepath.ToSlash(rel)
			}
		}
		out = append(out, finding{key: key{m.id(), f.Rule, file + ":" + strconv.Itoa(f.Line)}, Severity: f.Severity, Message: f.Message})
	}
	return out, nil
}

func lastLines(b []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}

// ruleStats is one row of the table.
type ruleStats struct {
	Findings, True, False, Untriaged, GoneTrue, Missed int
}

type result struct {
	rules          map[string]*ruleStats
	problems       []string
	problemModules []string // the module of each problem
	untriaged      []finding
}

func (r *result) problem(mod, format string, args ...any) {
	r.problems = append(r.problems, fmt.Sprintf(format, args...))
	r.problemModules = append(r.problemModules, mod)
}

// compare matches the findings of the scanned modules with the triage.
func compare(triage []triageLine, found map[key]finding, scanned map[string]bool) result {
	res := result{rules: map[string]*ruleStats{}}
	stats := func(rule string) *ruleStats {
		s := res.rules[rule]
		if s == nil {
			s = &ruleStats{}
			res.rules[rule] = s
		}
		return s
	}
	verdict := map[key]triageLine{}
	missed := map[key]triageLine{}
	for _, t := range triage {
		if !scanned[t.Mod] {
			continue
		}
		if t.Verdict == vMissed {
			missed[t.key] = t
			stats(t.Rule).Missed++
			continue
		}
		verdict[t.key] = t
	}
	keys := make([]key, 0, len(found))
	for k := range found {
		keys = append(keys, k)
	}
	sortKeys(keys)
	for _, k := range keys {
		s := stats(k.Rule)
		s.Findings++
		t, ok := verdict[k]
		switch {
		case !ok:
			s.Untriaged++
			res.untriaged = append(res.untriaged, found[k])
			if m, wasMissed := missed[k]; wasMissed {
				res.problem(k.Mod, "now reported, triaged missed at %s (make it true): %s %s %s", m.Where, k.Mod, k.Rule, k.Pos)
			} else {
				res.problem(k.Mod, "untriaged: %s %s %s: %s", k.Mod, k.Rule, k.Pos, found[k].Message)
			}
		case t.Verdict == vFalse:
			s.False++
			if !strings.HasPrefix(t.Reason, openMark) {
				res.problem(k.Mod, "false alarm came back (%s): %s %s %s", t.Where, k.Mod, k.Rule, k.Pos)
			}
		default:
			s.True++
		}
	}
	tkeys := make([]key, 0, len(verdict))
	for k := range verdict {
		tkeys = append(tkeys, k)
	}
	sortKeys(tkeys)
	for _, k := range tkeys {
		t := verdict[k]
		if _, ok := found[k]; ok || t.Verdict == vFalse {
			continue
		}
		stats(k.Rule).GoneTrue++
		res.problem(k.Mod, "%s finding no longer reported (%s): %s %s %s", t.Verdict, t.Where, k.Mod, k.Rule, k.Pos)
	}
	return res
}

func sortKeys(ks []key) {
	sort.Slice(ks, func(i, j int) bool {
		a, b := ks[i], ks[j]
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Mod != b.Mod {
			return a.Mod < b.Mod
		}
		return a.Pos < b.Pos
	})
}

func (r result) print(w io.Writer) {
	ids := make([]string, 0, len(r.rules))
	for id := range r.rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Fprintf(w, "%-6s %8s %5s %5s %9s %9s %6s %6s\n", "rule", "findings", "true", "false", "untriaged", "precision", "lost", "missed")
	var tot ruleStats
	for _, id := range ids {
		s := r.rules[id]
		fmt.Fprintf(w, "%-6s %8d %5d %5d %9d %9s %6d %6d\n", id, s.Findings, s.True, s.False, s.Untriaged, precision(s.True, s.False), s.GoneTrue, s.Missed)
		tot.Findings += s.Findings
		tot.True += s.True
		tot.False += s.False
		tot.Untriaged += s.Untriaged
		tot.GoneTrue += s.GoneTrue
		tot.Missed += s.Missed
	}
	fmt.Fprintf(w, "%-6s %8d %5d %5d %9d %9s %6d %6d\n", "all", tot.Findings, tot.True, tot.False, tot.Untriaged, precision(tot.True, tot.False), tot.GoneTrue, tot.Missed)
	if len(r.problems) > 0 {
		fmt.Fprintf(w, "\n%d problem(s):\n", len(r.problems))
		for _, p := range r.problems {
			fmt.Fprintln(w, "  "+p)
		}
	}
}

func precision(t, f int) string {
	if t+f == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", float64(t)/float64(t+f))
}

// tally is one rule's record for precision_gen.go.
type tally struct{ findings, ok int }

// measure counts, per rule, the reported findings that are triaged (and
// how many of them are true or info-ok); for modules not scanned, every
// triage line but missed ones.
func measure(triage []triageLine, found map[key]finding, scanned map[string]bool) map[string]*tally {
	per := map[string]*tally{}
	add := func(rule string, ok bool) {
		t := per[rule]
		if t == nil {
			t = &tally{}
			per[rule] = t
		}
		t.findings++
		if ok {
			t.ok++
		}
	}
	for _, t := range triage {
		if t.Verdict == vMissed {
			continue
		}
		if !scanned[t.Mod] {
			add(t.Rule, t.Verdict != vFalse)
			continue
		}
		if _, ok := found[t.key]; ok {
			add(t.Rule, t.Verdict != vFalse)
		}
	}
	return per
}

// precisionSource renders rules/precision_gen.go.
func precisionSource(per map[string]*tally) ([]byte, error) {
	ids := make([]string, 0, len(per))
	for id := range per {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var b bytes.Buffer
	b.WriteString("// Code generated by go run ./bench/realworld -write-precision; DO NOT EDIT.\n\n")
	b.WriteString("package rules\n\n")
	b.WriteString("// The real-world corpus record (testdata/realworld) per rule: triaged\n")
	b.WriteString("// findings reported by the analyzers, and how many are true or info-ok.\n")
	b.WriteString("func init() {\n\tmeasured = map[string]Measured{\n")
	for _, id := range ids {
		fmt.Fprintf(&b, "\t\t%q: {Findings: %d, True: %d},\n", id, per[id].findings, per[id].ok)
	}
	b.WriteString("\t}\n}\n")
	return format.Source(b.Bytes())
}
