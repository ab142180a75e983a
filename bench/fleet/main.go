// Command fleet benchmarks `authcheck probe --targets` against N loopback
// TLS services (default 50), next to N sequential `authcheck probe URL`
// runs against the same services: wall time and peak resident memory
// (the child's maxrss, from rusage).
//
//	go build -o /tmp/authcheck ./cmd/authcheck
//	go run ./bench/fleet -authcheck /tmp/authcheck [-n 50] [-runs 3]
//
// Every target runs the checks a bare URL allows (TLS, HSTS, the
// plain-HTTP redirect, cookies, CORS, default deny); no profile, so no
// budget is burnt. Results go to stdout; nothing is asserted.
package main

import (
	"encoding/pem"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

func main() {
	bin := flag.String("authcheck", "authcheck", "the authcheck `binary` to run")
	n := flag.Int("n", 50, "number of loopback targets")
	runs := flag.Int("runs", 3, "repetitions of each variant (the median is shown)")
	maxConns := flag.Int("max-conns", 32, "--max-conns of the fleet run")
	flag.Parse()

	dir, err := os.MkdirTemp("", "authcheck-fleet-bench")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	var urls []string
	var ca string
	for i := range *n {
		srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
			http.SetCookie(w, &http.Cookie{Name: "session", Value: "x", Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode})
			io.WriteString(w, "ok")
		}))
		srv.Config.ErrorLog = log.New(io.Discard, "", 0)
		srv.StartTLS()
		defer srv.Close()
		if i == 0 {
			ca = filepath.Join(dir, "ca.pem")
			if err := os.WriteFile(ca, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw}), 0o644); err != nil {
				log.Fatal(err)
			}
		}
		urls = append(urls, srv.URL)
	}
	list := filepath.Join(dir, "targets.txt")
	if err := os.WriteFile(list, []byte(strings.Join(urls, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	common := []string{"--ca", ca, "--format", "json", "--fail-on", "never"}

	var fleetT, seqT []time.Duration
	var fleetM, seqM []int64
	for range *runs {
		d, m := runOnce(*bin, append([]string{"probe", "--targets", list, "--max-conns", fmt.Sprint(*maxConns)}, common...))
		fleetT, fleetM = append(fleetT, d), append(fleetM, m)
		var total time.Duration
		var peak int64
		for _, u := range urls {
			d, m := runOnce(*bin, append([]string{"probe", u}, common...))
			total += d
			peak = max(peak, m)
		}
		seqT, seqM = append(seqT, total), append(seqM, peak)
	}
	fmt.Printf("targets: %d loopback TLS services, %d runs each, median shown\n", *n, *runs)
	fmt.Printf("fleet (--targets, --max-conns %d): %8.2f s  peak RSS %6.1f MiB\n", *maxConns, median(fleetT).Seconds(), float64(median(fleetM))/1024)
	fmt.Printf("%d sequential runs:              %8.2f s  peak RSS %6.1f MiB (largest single run)\n", *n, median(seqT).Seconds(), float64(median(seqM))/1024)
	fmt.Printf("speed-up: %.1fx\n", median(seqT).Seconds()/median(fleetT).Seconds())
}

// runOnce runs the binary and returns its wall time and maxrss (KiB).
func runOnce(bin string, args []string) (time.Duration, int64) {
	cmd := exec.Command(bin, args...)
	cmd.Stdout = io.Discard
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			log.Fatalf("%s %s: %v", bin, strings.Join(args, " "), err)
		}
	}
	if code := cmd.ProcessState.ExitCode(); code == 2 || code == 3 {
		log.Fatalf("%s %s: exit %d:\n%s", bin, strings.Join(args, " "), code, stderr.String())
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = int64(ru.Maxrss)
	}
	return d, rss
}

func median[T int64 | time.Duration](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
