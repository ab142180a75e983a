package reference

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/authcheck/authcheck/reference/audit"
	"github.com/authcheck/authcheck/reference/clock"
	"github.com/authcheck/authcheck/reference/mail"
	"github.com/authcheck/authcheck/reference/password"
	"github.com/authcheck/authcheck/reference/store"
)

// Defaults for Config.
const (
	DefaultDataDir = "./.authcheck-data"
	DefaultAddr    = "127.0.0.1:8443"
	DefaultDBName  = "reference.db"

	// DefaultIssuer and DefaultAudience are the access tokens' iss and aud.
	DefaultIssuer   = "authcheck-reference"
	DefaultAudience = "authcheck-reference-api"

	// SessionCookie is the session cookie's name. The __Host- prefix makes
	// browsers refuse it unless it is Secure, has Path=/ and no Domain.
	SessionCookie = "__Host-acr_session"
)

// Config configures a reference server. The zero value (plus a data
// directory) is a production-like setup: SQLite in the data directory, an
// in-process rate limiter, a generated local CA, real argon2id parameters
// and the checklist's rate limits.
type Config struct {
	// DataDir holds the database, TLS material and signing keys
	// (default ./.authcheck-data). Created with mode 0700.
	DataDir string
	// Addr is the HTTPS listen address (default 127.0.0.1:8443; port 0
	// picks a free port).
	Addr string
	// DBPath is the SQLite file (default DataDir/reference.db).
	DBPath string
	// DatabaseURL (postgres://…), when set, selects Postgres instead of
	// the SQLite file: the store several replicas share. The command line
	// reads it from AUTHCHECK_DATABASE_URL.
	DatabaseURL string
	// RedisURL (redis://host:port/db), when set, keeps rate limits, failure
	// counters and session revocations in Redis, shared by replicas.
	RedisURL string
	// CertFile and KeyFile serve a given certificate; when empty a local CA
	// and a leaf for localhost/127.0.0.1/::1 are generated into DataDir.
	CertFile, KeyFile string
	// HTTPRedirectAddr, when set, listens for plain HTTP there and answers
	// every request with a redirect to HTTPS, and nothing else.
	HTTPRedirectAddr string
	// CORSOrigins are the origins allowed cross-origin access with
	// credentials (exact scheme://host[:port]). Empty: none.
	CORSOrigins []string
	// TrustedProxies are CIDRs whose X-Forwarded-For the server believes
	// for the client IP (rate limits, logs). Empty: none; the TCP peer is
	// the client.
	TrustedProxies []string
	// PublicURL is the https base of links in mails (default: the server's
	// URL, which is right only on this machine). Links never follow the
	// request's Host header.
	PublicURL string
	// DevOutbox serves sent mail at GET /dev/outbox. Development only: it
	// hands out reset tokens. DevOutbox, DevClock and SeedDemo are refused
	// unless every listener is on loopback, or the environment has
	// AUTHCHECK_REFERENCE_TEST=1 (DevEnv).
	DevOutbox bool
	// DevClock serves POST /dev/clock, which moves the server's clock
	// forward ({"advance": "16m"}), so that probes can check expiry of
	// sessions, reset tokens and API keys without waiting. Development
	// only: it lets anyone expire every credential.
	DevClock bool
	// SeedDemo creates (or resets) the demo accounts named in profile.yaml.
	SeedDemo bool
	// Logger receives JSON log lines (default os.Stderr).
	Logger io.Writer
	// Alert receives security alerts (in addition to the log).
	Alert audit.AlertHook
	// Alerts tunes the security alerts (alerts.go).
	Alerts AlertConfig

	// Clock is the time source (default the wall clock). Tests inject a
	// fake one to expire tokens and windows without sleeping.
	Clock clock.Clock
	// Argon2 are the password-hashing parameters (default
	// password.DefaultParams, m=19 MiB t=2). Only tests should lower them.
	Argon2 password.Params
	// HashSlots bounds concurrent argon2id computations, and with it the
	// memory hashing can take: HashSlots × Argon2.MemoryKiB (default
	// 2 × GOMAXPROCS).
	HashSlots int
	// HashQueue bounds how many requests wait for a hashing slot when all
	// are taken (default 8 × HashSlots, about half a second of work on the
	// default parameters; negative: none wait). A request beyond it gets
	// 503 with Retry-After at once: overload is shed, not queued.
	HashQueue int
	// HashQueueTimeout bounds the wait for a hashing slot (default 2 s):
	// a request whose predicted wait (its place in the queue × the recent
	// time of a hash ÷ HashSlots) is longer gets 503 with Retry-After at
	// once, and one that waits longer anyway gets it then.
	HashQueueTimeout time.Duration

	// Breached configures the breached-password check.
	Breached BreachedConfig
	// SMTP, when set, sends mail through a server instead of the outbox.
	SMTP *mail.SMTPConfig

	// Limits are the rate limits (zero fields: the checklist's values).
	Limits Limits
	// SessionIdle and SessionAbsolute bound a login session (defaults 30
	// min and 12 h).
	SessionIdle, SessionAbsolute time.Duration
	// AccessTokenLifetime is the JWT lifetime (default and maximum 15 min).
	AccessTokenLifetime time.Duration
	// ResetTokenLifetime is the reset token lifetime (default and maximum
	// 15 min).
	ResetTokenLifetime time.Duration
	// Issuer and Audience of access tokens.
	Issuer, Audience string
}

// BreachedConfig selects the breached-password source. By default the
// small offline range set bundled with the server is used.
type BreachedConfig struct {
	// Dir is a directory of range files (PREFIX or PREFIX.txt).
	Dir string
	// APIURL is a range API base URL (GET APIURL/range/PREFIX).
	APIURL string
	// Timeout for the API (default 2 s).
	Timeout time.Duration
	// FailOpen accepts passwords when the source fails (default: refuse
	// with 503, fail closed).
	FailOpen bool
	// Disabled turns the check off (not recommended; for tests of other
	// behaviour).
	Disabled bool
}

// Limits are the rate limits and back-off settings.
type Limits struct {
	LoginPerIP         int           // default 5
	LoginPerIPWindow   time.Duration // default 15 min
	LoginPerAccount    int           // failed attempts; default 10
	LoginAccountWindow time.Duration // default 1 h
	// ResetPerAddress limits reset mails per address and client network
	// (default 3 per ResetWindow); ResetMailsPerAddress per address from
	// all networks (default 10). Past either the answer is the same 202
	// and no mail is sent. ResetPerIP limits reset requests per client
	// network (default 10; 429).
	ResetPerAddress      int
	ResetMailsPerAddress int
	ResetPerIP           int
	ResetWindow          time.Duration // default 1 h
	// LoginTurnMax bounds the spacing of attempts from new addresses on an
	// account whose failure budget (LoginPerAccount) is spent (default
	// 5 min): one attempt per turn, never a lock.
	LoginTurnMax time.Duration
	// ReauthPerAccount limits re-authentications (password checks before
	// sensitive changes), successful or not (default 10 per 15 min).
	ReauthPerAccount int
	// ResetConfirmPerIP limits reset-token guesses (default 30 per hour).
	ResetConfirmPerIP int
	// RegisterPerIP limits sign-ups (default 20 per hour).
	RegisterPerIP int
	// BackoffAfter failures in a row on an account, each further attempt
	// waits BackoffBase doubled per failure, up to BackoffMax (defaults 3,
	// 250 ms, 4 s). A delay, not a lockout: the owner can still log in.
	BackoffAfter int
	BackoffBase  time.Duration
	BackoffMax   time.Duration
	// FailedLoginAlert raises an alert when an account's consecutive
	// failures reach it (default 10).
	FailedLoginAlert int
}

func (l Limits) withDefaults() Limits {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	defD := func(v *time.Duration, d time.Duration) {
		if *v == 0 {
			*v = d
		}
	}
	def(&l.LoginPerIP, 5)
	defD(&l.LoginPerIPWindow, 15*time.Minute)
	def(&l.LoginPerAccount, 10)
	defD(&l.LoginAccountWindow, time.Hour)
	def(&l.ResetPerAddress, 3)
	def(&l.ResetMailsPerAddress, 10)
	def(&l.ResetPerIP, 10)
	defD(&l.ResetWindow, time.Hour)
	defD(&l.LoginTurnMax, 5*time.Minute)
	def(&l.ReauthPerAccount, 10)
	def(&l.ResetConfirmPerIP, 30)
	def(&l.RegisterPerIP, 20)
	def(&l.BackoffAfter, 3)
	defD(&l.BackoffBase, 250*time.Millisecond)
	defD(&l.BackoffMax, 4*time.Second)
	def(&l.FailedLoginAlert, 10)
	return l
}

// database is what store.Open opens: the Postgres URL, or the SQLite file.
func (c Config) database() string {
	if c.DatabaseURL != "" {
		return c.DatabaseURL
	}
	return c.DBPath
}

// dbLabel names the database for logs: the SQLite file, or the Postgres
// host and database without credentials.
func (c Config) dbLabel() string {
	if c.DatabaseURL == "" {
		return c.DBPath
	}
	u, err := url.Parse(c.DatabaseURL)
	if err != nil {
		return "postgres"
	}
	return "postgres://" + u.Host + u.Path
}

// withDefaults fills zero fields and checks the rest.
func (c Config) withDefaults() (Config, error) {
	if c.DataDir == "" {
		c.DataDir = DefaultDataDir
	}
	abs, err := filepath.Abs(c.DataDir)
	if err != nil {
		return c, err
	}
	c.DataDir = abs
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return c, fmt.Errorf("addr %q: %v", c.Addr, err)
	}
	if c.DBPath == "" {
		c.DBPath = filepath.Join(c.DataDir, DefaultDBName)
	}
	if c.DatabaseURL != "" && !store.IsPostgresURL(c.DatabaseURL) {
		return c, errors.New("database URL: want postgres://user@host/db")
	}
	if (c.CertFile == "") != (c.KeyFile == "") {
		return c, errors.New("cert and key must be given together")
	}
	for _, o := range c.CORSOrigins {
		u, err := url.Parse(o)
		if err != nil || u.Scheme != "https" || u.Host == "" || u.Path != "" || u.RawQuery != "" || o == "*" {
			return c, fmt.Errorf("cors origin %q: want https://host[:port] (credentials never go to plain http origins), never *", o)
		}
	}
	for _, p := range c.TrustedProxies {
		if _, err := netip.ParsePrefix(p); err != nil {
			return c, fmt.Errorf("trusted proxy %q: want a CIDR such as 127.0.0.1/32", p)
		}
	}
	if c.Logger == nil {
		c.Logger = os.Stderr
	}
	if c.Clock == nil {
		c.Clock = clock.Real{}
	}
	if c.DevClock {
		if _, ok := c.Clock.(*clock.Offset); !ok {
			c.Clock = clock.NewOffset(c.Clock)
		}
	}
	if c.Argon2 == (password.Params{}) {
		c.Argon2 = password.DefaultParams
	}
	if c.HashSlots == 0 {
		c.HashSlots = 2 * runtime.GOMAXPROCS(0)
	}
	if c.HashQueue == 0 {
		c.HashQueue = 8 * c.HashSlots
	}
	if c.HashQueueTimeout == 0 {
		c.HashQueueTimeout = 2 * time.Second
	}
	if c.Breached.Timeout == 0 {
		c.Breached.Timeout = 2 * time.Second
	}
	c.Limits = c.Limits.withDefaults()
	if err := c.Alerts.validate(); err != nil {
		return c, err
	}
	if c.SessionIdle == 0 {
		c.SessionIdle = 30 * time.Minute
	}
	if c.SessionAbsolute == 0 {
		c.SessionAbsolute = 12 * time.Hour
	}
	if c.AccessTokenLifetime == 0 {
		c.AccessTokenLifetime = 15 * time.Minute
	}
	if c.ResetTokenLifetime == 0 {
		c.ResetTokenLifetime = 15 * time.Minute
	}
	if c.ResetTokenLifetime > 15*time.Minute {
		return c, errors.New("reset token lifetime must be at most 15 minutes")
	}
	if c.Issuer == "" {
		c.Issuer = DefaultIssuer
	}
	if c.Audience == "" {
		c.Audience = DefaultAudience
	}
	if c.DevOutbox || c.DevClock || c.SeedDemo {
		if os.Getenv(DevEnv) != "1" && (!loopbackOnly(c.Addr) || c.HTTPRedirectAddr != "" && !loopbackOnly(c.HTTPRedirectAddr)) {
			return c, fmt.Errorf("--dev-outbox, --dev-clock and --seed-demo are for development: they are refused unless the server listens on loopback only (e.g. --addr 127.0.0.1:8443), or %s=1 says this is a test", DevEnv)
		}
	}
	if c.PublicURL != "" {
		u, err := url.Parse(c.PublicURL)
		if err != nil || u.Scheme != "https" || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
			return c, fmt.Errorf("public URL %q: want https://host[:port][/path]", c.PublicURL)
		}
		c.PublicURL = strings.TrimSuffix(c.PublicURL, "/")
	}
	return c, nil
}

// DevEnv is the environment variable that allows the development flags on
// a listener that is not loopback-only (a test harness in a container, for
// instance): AUTHCHECK_REFERENCE_TEST=1.
const DevEnv = "AUTHCHECK_REFERENCE_TEST"

// loopbackOnly reports whether addr (host:port) listens on loopback only:
// a loopback IP or "localhost". An empty host or 0.0.0.0 is every
// interface.
func loopbackOnly(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	a, err := netip.ParseAddr(host)
	return err == nil && a.Unmap().IsLoopback()
}

// memoryHeadroom is what MemoryBudget allows besides hashing: the heap of
// the server itself, connections (about 100 KiB each with TLS), and
// garbage between collections. With 96 MiB, 2 000 concurrent connections
// held the live heap at the limit and the collector took half the CPU
// (bench/reference: logins fell from 16/s to 4/s); 256 MiB keeps 2 000
// connections well-behaved. Set GOMEMLIMIT for more.
const memoryHeadroom = 256 << 20

// MemoryBudget is the memory a server with cfg should be held to: the
// hashing bound (HashSlots × Argon2 memory) plus a fixed headroom. `serve`
// passes it to debug.SetMemoryLimit (unless GOMEMLIMIT is set), so that the
// garbage argon2id leaves behind is collected before the heap grows past
// it; the hashing semaphore keeps the live part within the bound however
// many logins arrive at once.
func MemoryBudget(cfg Config) int64 {
	c, err := cfg.withDefaults()
	if err != nil {
		c = cfg
	}
	return int64(c.HashSlots)*int64(c.Argon2.MemoryKiB)*1024 + memoryHeadroom
}
