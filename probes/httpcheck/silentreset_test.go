package httpcheck

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/report"
)

// TestSilentResetLimit judges AP503 with limits.resetSilent against the
// reference server (reset mails limited silently: pass) and a one-flaw
// variant whose real limit is far above the one its profile states (fail).
func TestSilentResetLimit(t *testing.T) {
	for _, tc := range []struct {
		name      string
		realLimit int
		want      string
	}{{"reference", 3, report.StatusPass}, {"unlimited mails", 100, report.StatusFail}} {
		t.Run(tc.name, func(t *testing.T) {
			srv, err := reference.Start(context.Background(), reference.Config{
				DataDir: t.TempDir(), Addr: "127.0.0.1:0", DevOutbox: true, SeedDemo: true,
				TrustedProxies: []string{"127.0.0.1/32"}, Logger: io.Discard,
				Limits: reference.Limits{ResetPerAddress: tc.realLimit, ResetMailsPerAddress: 1000},
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = srv.Close() })
			p, err := profile.Load(srv.ProfilePath())
			if err != nil {
				t.Fatal(err)
			}
			tg, err := probes.NewTarget(probes.Options{Profile: p})
			if err != nil {
				t.Fatal(err)
			}
			acct, _ := p.BurnableAccount()
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			c := silentResetLimit(ctx, tg, p.Endpoints.ResetRequest, acct.Username, 3, p.ForwardedHeader)
			if c.Status != tc.want {
				t.Fatalf("AP503: %s (%s), want %s; evidence %v", c.Status, c.Message, tc.want, c.Evidence)
			}
		})
	}
}
