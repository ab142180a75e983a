// Package cli implements `authcheck reference`: running the bundled
// reference auth server and its incident-response commands. cmd/authcheck
// calls Main with the arguments after "reference".
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/mail"
	"github.com/authcheck/authcheck/reference/store"
)

// Exit codes (docs/design.md).
const (
	exitOK      = 0
	exitUsage   = 2
	exitRuntime = 3
)

const usage = `authcheck reference runs authcheck's reference auth server: a small, real
auth service that does every server-side item of the checklist right. Probes
are proven against it; read its code (reference/) as an example.

Usage:
  authcheck reference serve [flags]                 run the server
  authcheck reference lock-account [flags] EMAIL    lock an account (incident response)
  authcheck reference unlock-account [flags] EMAIL  lift a lock; the owner must reset the password
  authcheck reference promote [flags] EMAIL         give a verified account the admin role
  authcheck reference demote [flags] EMAIL          take the admin role away

Run "authcheck reference COMMAND -h" for a command's flags.

Run it (HTTPS on 127.0.0.1:8443, SQLite and a local CA in ./.authcheck-data):
  authcheck reference serve
  curl --cacert .authcheck-data/ca.pem https://127.0.0.1:8443/healthz

Local development and probing only (refused unless listening on loopback):
  authcheck reference serve --seed-demo --dev-outbox
`

// Main runs `authcheck reference ARGS...` and returns the exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "serve":
		return serve(args[1:], stdout, stderr)
	case "lock-account":
		return lockAccount(args[1:], stdout, stderr)
	case "unlock-account":
		return accountCommand("unlock-account", unlockHelp, args[1:], stdout, stderr, reference.UnlockAccount,
			"unlocked %s: the owner must reset the password before logging in\n")
	case "promote":
		return accountCommand("promote", promoteHelp, args[1:], stdout, stderr, func(ctx context.Context, cfg reference.Config, email string) error {
			return reference.SetRole(ctx, cfg, email, "admin")
		}, "%s is now an administrator\n")
	case "demote":
		return accountCommand("demote", demoteHelp, args[1:], stdout, stderr, func(ctx context.Context, cfg reference.Config, email string) error {
			return reference.SetRole(ctx, cfg, email, "user")
		}, "%s is no longer an administrator\n")
	default:
		fmt.Fprintf(stderr, "authcheck reference: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
}

// repeated is a flag that may be given several times.
type repeated []string

func (r *repeated) String() string     { return strings.Join(*r, ",") }
func (r *repeated) Set(v string) error { *r = append(*r, v); return nil }

// commonFlags are the flags every command shares (where the data lives).
// The Redis URL, which can hold a password, comes from the environment
// (RedisEnv), never a flag: flags show in process listings.
type commonFlags struct {
	data, db string
}

// RedisEnv names the environment variable with the Redis URL.
const RedisEnv = "AUTHCHECK_REDIS_URL"

// DatabaseEnv names the environment variable with the Postgres URL (which
// can hold a password, so it is not a flag value).
const DatabaseEnv = "AUTHCHECK_DATABASE_URL"

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.data, "data", reference.DefaultDataDir, "data `DIR`: database, local CA, signing keys (created 0700)")
	fs.StringVar(&c.db, "db", "", "SQLite database `PATH` (default DIR/"+reference.DefaultDBName+"), or a postgres://user@host/db URL without a password (the URL with a password goes in "+DatabaseEnv+")")
}

// database puts the chosen database into cfg: the Postgres URL of
// DatabaseEnv, or --db (a SQLite path, or a Postgres URL that holds no
// password: flags show in process listings).
func (c *commonFlags) database(cfg *reference.Config) error {
	env := os.Getenv(DatabaseEnv)
	switch {
	case env != "" && c.db != "":
		return fmt.Errorf("choose one of --db and %s", DatabaseEnv)
	case env != "":
		if !store.IsPostgresURL(env) {
			return fmt.Errorf("%s: want a postgres:// URL", DatabaseEnv)
		}
		cfg.DatabaseURL = env
	case store.IsPostgresURL(c.db):
		u, err := url.Parse(c.db)
		if err != nil {
			return errors.New("--db: the Postgres URL is not valid")
		}
		if _, has := u.User.Password(); has || u.Query().Has("password") {
			return fmt.Errorf("--db: a password on the command line shows in process listings; put the URL in %s (or the password in PGPASSWORD or ~/.pgpass)", DatabaseEnv)
		}
		cfg.DatabaseURL = c.db
	default:
		cfg.DBPath = c.db
	}
	return nil
}

func newFlagSet(name, synopsis, help string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: %s\n\n%s\nFlags:\n", synopsis, help)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags, turning -h into exit 0 with help on stdout.
//
// The flag package prints the usage itself on -h and after a bad flag;
// it is silenced while parsing so that help prints once (on stdout) and a
// bad flag gets its one-line error on stderr, without the help.
func parse(fs *flag.FlagSet, args []string, stdout io.Writer) (int, bool) {
	out, usage := fs.Output(), fs.Usage
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.Usage = usage
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return exitOK, false
		}
		fmt.Fprintf(out, "run `authcheck reference %s -h` for its flags\n", fs.Name())
		return exitUsage, false
	}
	return 0, true
}

const serveHelp = `Runs the reference auth server over HTTPS until interrupted (Ctrl-C or
SIGTERM stop it gracefully). With no flags it needs nothing installed: data
in SQLite under --data, rate limits in-process, and a local CA whose file it
prints, so that probes and curl can trust it:

  authcheck reference serve --addr 0.0.0.0:8443 --public-url https://auth.example.com \
      --cert fullchain.pem --key key.pem

For local development and probing only, --seed-demo (demo accounts with
published passwords), --dev-outbox (anyone can read every reset link) and
--dev-clock (anyone can move time) are accepted when the server listens on
loopback only (or AUTHCHECK_REFERENCE_TEST=1 is set):

  authcheck reference serve --seed-demo --dev-outbox
  authcheck probe --profile .authcheck-data/profile.yaml https://127.0.0.1:8443

Rate limits and revocations can live in Redis: set AUTHCHECK_REDIS_URL
(redis://[:password@]host:port/db; the environment, not a flag, because it
can hold a password). Several replicas also need one shared database:
Postgres, with AUTHCHECK_DATABASE_URL=postgres://user:password@host/db
(never SQLite on a shared filesystem; see reference/README.md).

Administrators: promote a verified account once with
"authcheck reference promote EMAIL" (and "demote").

Passwords are hashed with argon2id (m=19 MiB, t=2); at most 2×CPUs hashes
run at once, which bounds memory: serve sets a soft memory limit of that
bound plus 256 MiB unless GOMEMLIMIT is set. Under overload at most
--hash-queue logins wait for a slot, none longer than 2 s (predicted
from the recent hash time); the rest get 503 with Retry-After at once. SMTP delivery: set AUTHCHECK_SMTP_ADDR
(host:port, STARTTLS), AUTHCHECK_SMTP_FROM, and optionally
AUTHCHECK_SMTP_USER and AUTHCHECK_SMTP_PASSWORD (never a flag: flags show in
process listings). Without SMTP, mail stays in an in-memory outbox.
`

func serve(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("serve", "authcheck reference serve [flags]", serveHelp, stderr)
	var c commonFlags
	c.register(fs)
	addr := fs.String("addr", reference.DefaultAddr, "HTTPS listen `ADDR` (port 0: any free port)")
	cert := fs.String("cert", "", "certificate `PEM` file (default: generate a local CA and leaf in --data)")
	key := fs.String("key", "", "private key `PEM` file for --cert")
	redirect := fs.String("http-redirect", "", "also listen for plain HTTP on `ADDR`, answering only with redirects to HTTPS")
	var origins, proxies repeated
	fs.Var(&origins, "cors-origin", "allow cross-origin requests with credentials from `ORIGIN` (https://app.example; https only; repeatable; never *)")
	fs.Var(&proxies, "trusted-proxy", "believe X-Forwarded-For from peers in `CIDR` (repeatable; default none)")
	publicURL := fs.String("public-url", "", "https `URL` users reach the server at, the base of links in mails (default: the listen address)")
	adminHours := fs.String("admin-hours", "", "UTC `HH-HH` in which administrators log in (e.g. 08-18); a login outside raises an alert (default: each admin's own hours over 30 days)")
	hashQueue := fs.Int("hash-queue", 0, "at most `N` logins wait for a hashing slot; beyond, 503 with Retry-After at once (default 8 × slots; -1: none wait)")
	seed := fs.Bool("seed-demo", false, "create (or reset) the demo accounts listed in reference/profile.yaml (DEVELOPMENT ONLY; loopback only)")
	outbox := fs.Bool("dev-outbox", false, "serve sent mail at GET /dev/outbox (DEVELOPMENT ONLY; loopback only: it exposes reset links)")
	devClock := fs.Bool("dev-clock", false, "serve POST /dev/clock, which moves the server's clock forward so probes can check expiry (DEVELOPMENT ONLY; loopback only)")
	breachedDir := fs.String("breached-dir", "", "directory of breached-password range files `DIR` (default: the small bundled set)")
	breachedAPI := fs.String("breached-api", "", "breached-password range API base `URL` (GET URL/range/PREFIX)")
	failOpen := fs.Bool("breached-fail-open", false, "accept passwords when the breached-password source fails (default: refuse with 503)")
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	if fs.NArg() != 0 {
		fmt.Fprintf(stderr, "serve: unexpected arguments %q\n", fs.Args())
		return exitUsage
	}
	if (*cert == "") != (*key == "") {
		fmt.Fprintln(stderr, "serve: --cert and --key go together")
		return exitUsage
	}
	if *breachedDir != "" && *breachedAPI != "" {
		fmt.Fprintln(stderr, "serve: choose one of --breached-dir and --breached-api")
		return exitUsage
	}
	cfg := reference.Config{
		DataDir: c.data, Addr: *addr, DBPath: c.db, RedisURL: os.Getenv(RedisEnv), CertFile: *cert, KeyFile: *key,
		HTTPRedirectAddr: *redirect, CORSOrigins: origins, TrustedProxies: proxies, PublicURL: *publicURL,
		SeedDemo: *seed, DevOutbox: *outbox, DevClock: *devClock, Logger: stderr,
		Breached: reference.BreachedConfig{Dir: *breachedDir, APIURL: *breachedAPI, FailOpen: *failOpen},
		SMTP:     smtpFromEnv(),
	}
	if err := c.database(&cfg); err != nil {
		fmt.Fprintf(stderr, "serve: %v\n", err)
		return exitUsage
	}
	cfg.Alerts.AdminHours, cfg.HashQueue = *adminHours, *hashQueue
	if os.Getenv("GOMEMLIMIT") == "" {
		// Argon2id leaves 19 MiB of garbage per hash; a soft limit makes the
		// collector reclaim it before the heap doubles.
		debug.SetMemoryLimit(reference.MemoryBudget(cfg))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	startCtx, cancel := context.WithTimeout(ctx, time.Minute)
	srv, err := reference.Start(startCtx, cfg)
	cancel()
	if err != nil {
		fmt.Fprintf(stderr, "serve: %v\n", err)
		return exitRuntime
	}
	if *seed || *outbox || *devClock {
		fmt.Fprintln(stderr, "WARNING: DEVELOPMENT MODE (--seed-demo/--dev-outbox/--dev-clock): demo passwords, reset links and the clock are open to anyone who can reach this port. Never run a deployment like this.")
	}
	fmt.Fprintf(stdout, "authcheck reference server listening on %s\n", srv.URL())
	if srv.CAFile() != "" {
		fmt.Fprintf(stdout, "CA file (trust it with curl --cacert / authcheck probe --ca): %s\n", srv.CAFile())
	}
	if srv.RedirectURL() != "" {
		fmt.Fprintf(stdout, "plain HTTP redirect listener on %s\n", srv.RedirectURL())
	}
	fmt.Fprintf(stdout, "probe profile: %s\n", srv.ProfilePath())
	<-ctx.Done()
	fmt.Fprintln(stdout, "shutting down")
	if err := srv.Close(); err != nil {
		fmt.Fprintf(stderr, "serve: shutdown: %v\n", err)
		return exitRuntime
	}
	return exitOK
}

func smtpFromEnv() *mail.SMTPConfig {
	addr := os.Getenv("AUTHCHECK_SMTP_ADDR")
	if addr == "" {
		return nil
	}
	return &mail.SMTPConfig{Addr: addr, From: os.Getenv("AUTHCHECK_SMTP_FROM"),
		Username: os.Getenv("AUTHCHECK_SMTP_USER"), Password: os.Getenv("AUTHCHECK_SMTP_PASSWORD")}
}

const lockHelp = `Locks an account at once, for incident response. In one transaction it
blocks logins, deletes the account's sessions, revokes its refresh tokens and
flags its API keys for review (suspended until the owner reinstates them).
Access tokens already issued stop working at once: the server checks the
session on every request (and, with AUTHCHECK_REDIS_URL, the revocation is
shared by every replica). Outstanding reset links die with the lock, and a reset does
not unlock: an administrator unlocks with "authcheck reference
unlock-account", after which the owner must reset the password.

It works on the database directly, so it can run while the server runs:

  authcheck reference lock-account --data ./.authcheck-data --reason "leaked laptop" alice@example.com

An administrator can do the same through POST /api/v1/admin/lock-account.
`

func lockAccount(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("lock-account", "authcheck reference lock-account [flags] EMAIL", lockHelp, stderr)
	var c commonFlags
	c.register(fs)
	reason := fs.String("reason", "locked by an operator", "why the account is locked (kept with the account)")
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "lock-account: exactly one EMAIL is required")
		fs.Usage()
		return exitUsage
	}
	cfg := reference.Config{DataDir: c.data, DBPath: c.db, RedisURL: os.Getenv(RedisEnv), Logger: io.Discard, SMTP: smtpFromEnv()}
	if err := c.database(&cfg); err != nil {
		fmt.Fprintf(stderr, "lock-account: %v\n", err)
		return exitUsage
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	res, err := reference.LockAccount(ctx, cfg, fs.Arg(0), *reason)
	if err != nil {
		fmt.Fprintf(stderr, "lock-account: %v\n", err)
		return exitRuntime
	}
	fmt.Fprintf(stdout, "locked %s: %d session(s) ended, refresh tokens revoked, API keys flagged for review\n", res.Email, res.SessionsEnded)
	if !res.Notified {
		fmt.Fprintln(stdout, "the owner was not mailed (no SMTP configured): tell them the account is locked until an administrator unlocks it")
	}
	return exitOK
}

const unlockHelp = `Lifts an incident lock (lock-account). A reset does not unlock an account;
only this command (or POST /api/v1/admin/unlock-account) does, and the owner
must then reset the password before logging in again. An account that had
MFA loses its authenticator and recovery codes and must enrol again.
`

const promoteHelp = `Gives an existing account whose e-mail address is verified the admin role,
once. (There is no start-up flag: a role given at every start would go to
whoever registers the address later.)
`

const demoteHelp = `Takes the admin role away from an account.
`

// accountCommand runs a one-off command on one account of the database.
func accountCommand(name, help string, args []string, stdout, stderr io.Writer, run func(context.Context, reference.Config, string) error, done string) int {
	fs := newFlagSet(name, "authcheck reference "+name+" [flags] EMAIL", help, stderr)
	var c commonFlags
	c.register(fs)
	if code, ok := parse(fs, args, stdout); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "%s: exactly one EMAIL is required\n", name)
		fs.Usage()
		return exitUsage
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cfg := reference.Config{DataDir: c.data, DBPath: c.db, Logger: io.Discard}
	if err := c.database(&cfg); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitUsage
	}
	if err := run(ctx, cfg, fs.Arg(0)); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitRuntime
	}
	fmt.Fprintf(stdout, done, strings.ToLower(fs.Arg(0)))
	return exitOK
}
