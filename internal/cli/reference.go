package cli

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/authcheck/authcheck/reference"
	referencecli "github.com/authcheck/authcheck/reference/cli"
)

func runReference(args []string, e *env) int {
	return referencecli.Main(args, e.stdout, e.stderr)
}

// referenceInstance is a reference server started for an audit.
type referenceInstance struct {
	url, profilePath string
	httpPort         int
	close            func()
}

// startReference starts the bundled reference server on a free loopback
// port (the development flags below are refused on any other listener)
// with a fresh data directory, demo accounts (verified), the dev outbox (so
// reset probes can read mail, and probes that register throwaway accounts
// can open the confirmation link: profile endpoints.verifyEmail), the dev
// clock (so expiry probes need not wait) and a plain-HTTP redirect
// listener. It trusts
// X-Forwarded-For from loopback only, so that per-account rate-limit
// probes can rotate client addresses.
func startReference(ctx context.Context, e *env) (*referenceInstance, error) {
	dir, err := os.MkdirTemp("", "authcheck-reference-")
	if err != nil {
		return nil, err
	}
	logFile, err := os.Create(filepath.Join(dir, "server.log"))
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	startCtx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	srv, err := reference.Start(startCtx, reference.Config{
		DataDir:          dir,
		Addr:             "127.0.0.1:0",
		HTTPRedirectAddr: "127.0.0.1:0",
		TrustedProxies:   []string{"127.0.0.1/32", "::1/128"},
		SeedDemo:         true,
		DevOutbox:        true,
		DevClock:         true,
		Logger:           logFile,
	})
	if err != nil {
		logFile.Close()
		os.RemoveAll(dir)
		return nil, err
	}
	inst := &referenceInstance{url: srv.URL(), profilePath: srv.ProfilePath()}
	if u, err := url.Parse(srv.RedirectURL()); err == nil {
		inst.httpPort, _ = strconv.Atoi(u.Port())
	}
	inst.close = func() {
		if err := srv.Close(); err != nil {
			e.errorf("stopping the reference server: %v", err)
		}
		logFile.Close()
		os.RemoveAll(dir)
	}
	fmt.Fprintf(e.stderr, "authcheck: reference server started at %s (data in %s)\n", inst.url, dir)
	return inst, nil
}
