package readme

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/authcheck/authcheck/analyzers/all"
	"github.com/authcheck/authcheck/internal/config"
	"github.com/authcheck/authcheck/probes/profile"
)

const (
	markNotTested  = "# [not tested]"
	markBackground = "# [background]"
)

type block struct {
	lang string
	line int // 1-based line of the opening fence
	text string
}

func (b block) marker() (mark, reason string) {
	for _, l := range strings.Split(b.text, "\n") {
		l = strings.TrimSpace(l)
		if !strings.HasPrefix(l, "#") {
			break
		}
		for _, m := range []string{markNotTested, markBackground} {
			if r, ok := strings.CutPrefix(l, m); ok {
				return m, strings.TrimSpace(r)
			}
		}
	}
	return "", ""
}

func readmeBlocks(t *testing.T) (root string, blocks []block) {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var cur *block
	var body []string
	for i, l := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(l, "```") {
			if cur != nil {
				body = append(body, l)
			}
			continue
		}
		if cur == nil {
			cur = &block{lang: strings.TrimSpace(strings.TrimPrefix(l, "```")), line: i + 1}
			body = nil
			continue
		}
		cur.text = strings.Join(body, "\n")
		blocks = append(blocks, *cur)
		cur = nil
	}
	if cur != nil {
		t.Fatalf("README.md:%d: unterminated code block", cur.line)
	}
	return root, blocks
}

func isShell(lang string) bool {
	switch lang {
	case "sh", "bash", "shell", "console":
		return true
	}
	return false
}

// TestREADMEConfigAndProfileBlocksParse: the .authcheck.yml and probe
// profile examples are accepted by the parsers authcheck uses.
func TestREADMEConfigAndProfileBlocksParse(t *testing.T) {
	_, blocks := readmeBlocks(t)
	seen := 0
	for _, b := range blocks {
		if b.lang != "yaml" {
			continue
		}
		switch {
		case strings.HasPrefix(b.text, "version: 1"):
			seen++
			if _, err := config.Parse([]byte(b.text), all.Analyzers()); err != nil {
				t.Errorf("README.md:%d: the .authcheck.yml example: %v", b.line, err)
			}
		case strings.HasPrefix(b.text, "baseURL:"):
			seen++
			if _, err := profile.Parse([]byte(b.text)); err != nil {
				t.Errorf("README.md:%d: the profile example: %v", b.line, err)
			}
		}
	}
	if seen != 2 {
		t.Errorf("found %d of the 2 YAML examples (.authcheck.yml, profile)", seen)
	}
}

// TestREADMECommandBlocks runs every shell block of README.md in order,
// from the repository root, as a user would: bash -e, with authcheck
// installed by the README's own install block into a private GOBIN on
// PATH. Each block must exit 0.
func TestREADMECommandBlocks(t *testing.T) {
	if testing.Short() {
		t.Skip("the README's commands take minutes (audit, probes, go vet of the repository); run without -short")
	}
	root, blocks := readmeBlocks(t)
	gobin := t.TempDir()
	env := append(os.Environ(), "GOBIN="+gobin, "PATH="+gobin+string(os.PathListSeparator)+os.Getenv("PATH"), "NO_COLOR=1")
	// Files the blocks create in the repository (go build -o authcheck).
	if _, err := os.Stat(filepath.Join(root, "authcheck")); os.IsNotExist(err) {
		t.Cleanup(func() { os.Remove(filepath.Join(root, "authcheck")) })
	}

	var background []*exec.Cmd
	t.Cleanup(func() {
		for _, cmd := range background {
			stop(cmd)
		}
	})
	ran, notTested := 0, 0
	for _, b := range blocks {
		if !isShell(b.lang) {
			continue
		}
		where := fmt.Sprintf("README.md:%d", b.line)
		switch mark, reason := b.marker(); mark {
		case markNotTested:
			if reason == "" {
				t.Errorf("%s: %s needs a reason", where, markNotTested)
			}
			notTested++
			t.Logf("%s: not run (%s)", where, reason)
			continue
		case markBackground:
			background = append(background, startBackground(t, root, env, b, where))
			continue
		}
		ran++
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute) // a hang guard, not a timing assert
		cmd := exec.CommandContext(ctx, "bash", "-e", "-o", "pipefail", "-c", b.text)
		cmd.Dir, cmd.Env = root, env
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		cancel()
		if err != nil {
			t.Errorf("%s: the block failed: %v\n--- block ---\n%s\n--- output ---\n%s", where, err, b.text, tail(out.String(), 60))
		} else {
			t.Logf("%s: ok", where)
		}
	}
	if ran == 0 {
		t.Fatal("no shell block was run")
	}
	t.Logf("%d blocks run, %d in the background, %d not tested (listed above)", ran, len(background), notTested)
}

// startBackground starts a block in its own process group and waits until
// it prints that it is listening.
func startBackground(t *testing.T, root string, env []string, b block, where string) *exec.Cmd {
	t.Helper()
	for _, addr := range []string{"127.0.0.1:8443", "127.0.0.1:8080"} {
		if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
			c.Close()
			t.Fatalf("%s: %s is already in use, so the README's reference server cannot start; stop whatever listens there", where, addr)
		}
	}
	cmd := exec.Command("bash", "-e", "-c", b.text)
	cmd.Dir, cmd.Env = root, env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = pw, pw
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	ready := make(chan struct{})
	var mu sync.Mutex
	var out strings.Builder
	go func() {
		sc := bufio.NewScanner(pr)
		once := sync.Once{}
		for sc.Scan() {
			mu.Lock()
			out.WriteString(sc.Text() + "\n")
			mu.Unlock()
			if strings.Contains(sc.Text(), "listening on") {
				once.Do(func() { close(ready) })
			}
		}
	}()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case <-ready:
		t.Logf("%s: started in the background", where)
	case err := <-exited:
		mu.Lock()
		defer mu.Unlock()
		t.Fatalf("%s: the background block exited: %v\n%s", where, err, out.String())
	case <-time.After(10 * time.Minute): // a hang guard (go run may compile first)
		stop(cmd)
		t.Fatalf("%s: the background block never said it was listening", where)
	}
	return cmd
}

// stop interrupts a background block's process group (go run and the
// program it runs), then kills it if it does not exit.
func stop(cmd *exec.Cmd) {
	if cmd.Process == nil {
		return
	}
	pgid := -cmd.Process.Pid
	syscall.Kill(pgid, syscall.SIGINT)
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if syscall.Kill(pgid, 0) != nil {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	syscall.Kill(pgid, syscall.SIGKILL)
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{fmt.Sprintf("… (%d lines before)", len(lines)-n)}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}
