// Package reference is authcheck's reference authentication server: a small,
// real auth service that implements every server-side item of the
// checklist, so that the live probes can be proven against it, the static
// analyzers can be shown to find it clean, and teams can read it as an
// example. It runs with `authcheck reference serve` (package reference/cli)
// and stores its data in SQLite, optionally sharing rate limits and
// revocations through Redis.
//
// Start a server with Start; its Profile describes it to the probes.
package reference

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/authcheck/authcheck/reference/audit"
	"github.com/authcheck/authcheck/reference/clock"
	"github.com/authcheck/authcheck/reference/localca"
	"github.com/authcheck/authcheck/reference/mail"
	"github.com/authcheck/authcheck/reference/password"
	"github.com/authcheck/authcheck/reference/ratelimit"
	"github.com/authcheck/authcheck/reference/revocation"
	"github.com/authcheck/authcheck/reference/store"
	"github.com/authcheck/authcheck/reference/token"
)

// Server is a running reference server.
type Server struct {
	cfg     Config
	clock   clock.Clock
	log     *slog.Logger
	store   store.Store
	keys    *token.Keys
	hasher  *password.Hasher
	policy  password.Policy
	limiter ratelimit.Limiter
	revoked revocation.Store
	mailer  mail.Mailer
	outbox  *mail.Outbox // nil unless mail goes to the outbox
	smtp    *mail.SMTP
	audit   *audit.Logger
	mfa     *mfaKeys // TOTP secret encryption, recovery-code digests (mfa.go)
	redis   *redis.Client
	proxies []netip.Prefix
	cors    map[string]bool
	alerts  alertState // alerts.go

	httpSrv     *http.Server
	redirectSrv *http.Server
	url         string
	redirectURL string
	caFile      string
	profile     []byte
	profilePath string

	stopCleanup context.CancelFunc
	wg          sync.WaitGroup
	closeOnce   sync.Once
	closeErr    error
}

// Start opens the store, prepares keys and certificates, and starts
// listening. ctx bounds the start-up only; stop the server with Close.
func Start(ctx context.Context, cfg Config) (*Server, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("reference: %w", err)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("reference: data dir: %w", err)
	}
	s := &Server{cfg: cfg, clock: cfg.Clock, cors: map[string]bool{}}
	s.log = slog.New(slog.NewJSONHandler(cfg.Logger, &slog.HandlerOptions{Level: slog.LevelInfo}))
	for _, p := range cfg.TrustedProxies {
		s.proxies = append(s.proxies, netip.MustParsePrefix(p))
	}
	for _, o := range cfg.CORSOrigins {
		s.cors[o] = true
	}
	ok := false
	defer func() {
		if !ok {
			s.closeResources()
		}
	}()

	st, err := store.Open(ctx, cfg.database())
	if err != nil {
		return nil, fmt.Errorf("reference: %w", err)
	}
	s.store = st

	if cfg.RedisURL != "" {
		opt, err := redis.ParseURL(cfg.RedisURL)
		if err != nil {
			return nil, fmt.Errorf("reference: redis URL: %w", err)
		}
		s.redis = redis.NewClient(opt)
		if err := s.redis.Ping(ctx).Err(); err != nil {
			return nil, fmt.Errorf("reference: redis: %w", err)
		}
		s.limiter = &ratelimit.Redis{Client: s.redis, Prefix: "authcheck:"}
		s.revoked = &revocation.Redis{Client: s.redis, Prefix: "authcheck:"}
	} else {
		s.limiter = ratelimit.NewMemory()
		s.revoked = revocation.NewMemory()
	}

	if s.hasher, err = password.NewHasher(cfg.Argon2, cfg.HashSlots, cfg.HashQueue, cfg.HashQueueTimeout); err != nil {
		return nil, fmt.Errorf("reference: %w", err)
	}
	s.policy = password.Policy{Breached: breachChecker(cfg.Breached)}
	if s.mfa, err = loadMFAKeys(cfg.DataDir); err != nil {
		return nil, fmt.Errorf("reference: %w", err)
	}

	keyset, active, err := token.LoadOrCreateKeys(filepath.Join(cfg.DataDir, "signing-keys"), s.clock.Now(), 30*24*time.Hour, 24*time.Hour)
	if err != nil {
		return nil, fmt.Errorf("reference: signing keys: %w", err)
	}
	if s.keys, err = token.NewKeys(keyset, active, cfg.Issuer, cfg.Audience, cfg.AccessTokenLifetime, s.clock.Now); err != nil {
		return nil, fmt.Errorf("reference: %w", err)
	}

	if cfg.SMTP != nil {
		if s.smtp, err = mail.NewSMTP(*cfg.SMTP, s.log); err != nil {
			return nil, fmt.Errorf("reference: %w", err)
		}
		s.mailer = s.smtp
	} else {
		s.outbox = mail.NewOutbox(500)
		s.mailer = s.outbox
	}
	s.audit = &audit.Logger{Log: s.log, Store: s.store, Now: s.clock.Now, Hook: cfg.Alert}

	tlsCfg, err := s.tlsConfig()
	if err != nil {
		return nil, err
	}
	if cfg.SeedDemo {
		if err := s.seedDemo(ctx); err != nil {
			return nil, fmt.Errorf("reference: seed demo accounts: %w", err)
		}
	}

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("reference: listen: %w", err)
	}
	s.url = "https://" + loopbackFor(ln.Addr().(*net.TCPAddr))
	if cfg.PublicURL == "" {
		s.cfg.PublicURL = s.url
	}
	s.httpSrv = &http.Server{
		Handler:           s.handler(),
		TLSConfig:         tlsCfg,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      cfg.HashQueueTimeout + 30*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
		// TLS handshake failures (probes offering old protocols) are
		// expected: keep them out of the error stream.
		ErrorLog: slog.NewLogLogger(s.log.Handler(), slog.LevelDebug),
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := s.httpSrv.ServeTLS(ln, "", ""); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("https server stopped", "error", err.Error())
		}
	}()

	if cfg.HTTPRedirectAddr != "" {
		rln, err := net.Listen("tcp", cfg.HTTPRedirectAddr)
		if err != nil {
			return nil, fmt.Errorf("reference: listen (http redirect): %w", err)
		}
		s.redirectURL = "http://" + loopbackFor(rln.Addr().(*net.TCPAddr))
		s.redirectSrv = &http.Server{Handler: s.redirectHandler(), ReadHeaderTimeout: 5 * time.Second, IdleTimeout: 30 * time.Second,
			ErrorLog: slog.NewLogLogger(s.log.Handler(), slog.LevelDebug)}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			if err := s.redirectSrv.Serve(rln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				s.log.Error("http redirect server stopped", "error", err.Error())
			}
		}()
	}

	if err := s.writeProfile(); err != nil {
		return nil, err
	}
	cleanupCtx, cancel := context.WithCancel(context.Background())
	s.stopCleanup = cancel
	s.wg.Add(1)
	go s.cleanupLoop(cleanupCtx)

	if cfg.DevOutbox {
		s.log.Warn("DEVELOPMENT MODE: dev outbox enabled: GET /dev/outbox hands every reset and verification link to anyone; never enable it on a deployed server")
	}
	if cfg.DevClock {
		s.log.Warn("DEVELOPMENT MODE: dev clock enabled: anyone can POST /dev/clock to move time forward, expire credentials and clear rate-limit windows; never enable it on a deployed server")
	}
	if cfg.SeedDemo {
		s.log.Warn("DEVELOPMENT MODE: demo accounts seeded with the passwords published in profile.yaml; never seed them on a deployed server")
	}
	if cfg.SMTP == nil && !cfg.DevOutbox {
		s.log.Warn("mail goes nowhere: no SMTP configured (AUTHCHECK_SMTP_ADDR), so verification, reset and security mails are dropped")
	}
	if cfg.PublicURL == "" && !loopbackOnly(cfg.Addr) {
		s.log.Warn("no public URL (--public-url): links in mails point at " + s.url + ", which users elsewhere cannot open")
	}
	if cfg.Breached.Dir == "" && cfg.Breached.APIURL == "" && !cfg.Breached.Disabled {
		s.log.Warn("breached-password check uses the small bundled set (common and seasonal passwords); give --breached-dir with the full range files or --breached-api for real coverage")
	}
	if cfg.DatabaseURL != "" && cfg.RedisURL == "" {
		s.log.Warn("Postgres without Redis: rate limits and revocations are kept per process, so replicas would each grant a full budget; set AUTHCHECK_REDIS_URL when running more than one")
	}
	s.log.Info("reference server started", "url", s.url, "ca_file", s.caFile, "db", cfg.dbLabel(), "redis", cfg.RedisURL != "")
	ok = true
	return s, nil
}

// URL is the HTTPS base URL, https://127.0.0.1:PORT for a loopback listener.
func (s *Server) URL() string { return s.url }

// RedirectURL is the plain-HTTP redirect listener's URL, or "".
func (s *Server) RedirectURL() string { return s.redirectURL }

// CAFile is the PEM file of the generated local CA, or "" when a
// certificate was given.
func (s *Server) CAFile() string { return s.caFile }

// Profile is the probe profile (YAML) for this instance: profile.yaml with
// its real base URL and CA path.
func (s *Server) Profile() []byte { return append([]byte(nil), s.profile...) }

// ProfilePath is where Profile was written (inside the data directory).
func (s *Server) ProfilePath() string { return s.profilePath }

// Outbox returns the in-memory outbox, or nil when mail goes over SMTP.
func (s *Server) Outbox() *mail.Outbox { return s.outbox }

// Close stops accepting connections, lets requests in flight finish (up to
// 10 s), and closes the store.
func (s *Server) Close() error {
	s.closeOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		var errs []error
		if s.httpSrv != nil {
			errs = append(errs, s.httpSrv.Shutdown(ctx))
		}
		if s.redirectSrv != nil {
			errs = append(errs, s.redirectSrv.Shutdown(ctx))
		}
		if s.stopCleanup != nil {
			s.stopCleanup()
		}
		s.wg.Wait()
		errs = append(errs, s.closeResources())
		s.closeErr = errors.Join(errs...)
	})
	return s.closeErr
}

func (s *Server) closeResources() error {
	var errs []error
	if s.smtp != nil {
		s.smtp.Close()
	}
	if s.redis != nil {
		errs = append(errs, s.redis.Close())
	}
	if s.store != nil {
		errs = append(errs, s.store.Close())
	}
	return errors.Join(errs...)
}

func (s *Server) cleanupLoop(ctx context.Context) {
	defer s.wg.Done()
	t := time.NewTicker(10 * time.Minute)
	defer t.Stop()
	for {
		if err := s.store.Cleanup(ctx, s.clock.Now(), 90*24*time.Hour); err != nil && ctx.Err() == nil {
			s.log.Error("cleanup failed", "error", err.Error())
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// tlsConfig loads the given certificate or makes a local CA and leaf.
func (s *Server) tlsConfig() (*tls.Config, error) {
	certFile, keyFile := s.cfg.CertFile, s.cfg.KeyFile
	if certFile == "" {
		host, _, _ := net.SplitHostPort(s.cfg.Addr)
		var extra []string
		if host != "" && host != "0.0.0.0" && host != "::" {
			extra = append(extra, host)
		}
		ca, c, k, err := localca.Ensure(s.cfg.DataDir, s.clock.Now(), extra...)
		if err != nil {
			return nil, fmt.Errorf("reference: local CA: %w", err)
		}
		s.caFile, certFile, keyFile = ca, c, k
	}
	pair, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, fmt.Errorf("reference: certificate: %w", err)
	}
	return &tls.Config{
		Certificates: []tls.Certificate{pair},
		// TLS 1.2 is the floor (checklist; ASVS 12.1.1), set explicitly.
		MinVersion: tls.VersionTLS12,
		// TLS 1.2 suites: forward-secret AEAD only. (TLS 1.3 suites are not
		// configurable and are all strong.)
		CipherSuites: []uint16{
			tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
			tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
			tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
			tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
			tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
			tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
		},
	}, nil
}

// redirectHandler answers plain HTTP with a permanent redirect to the HTTPS
// URL on the same host, for host names the certificate covers; other Host
// headers go to the configured host, so the redirect cannot be pointed at
// another site.
func (s *Server) redirectHandler() http.Handler {
	_, httpsPort, _ := net.SplitHostPort(strings.TrimPrefix(s.url, "https://"))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		host = strings.Trim(host, "[]")
		if !s.knownHost(host) {
			host, _, _ = net.SplitHostPort(strings.TrimPrefix(s.url, "https://"))
			host = strings.Trim(host, "[]")
		}
		target := "https://" + net.JoinHostPort(host, httpsPort) + r.URL.EscapedPath()
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		w.Header().Set("Location", target)
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusPermanentRedirect)
	})
}

func (s *Server) knownHost(h string) bool {
	for _, k := range localca.Hosts {
		if strings.EqualFold(h, k) {
			return true
		}
	}
	if leaf := s.httpSrv.TLSConfig.Certificates[0].Leaf; leaf != nil {
		return leaf.VerifyHostname(h) == nil
	}
	return false
}

// loopbackFor turns an unspecified listen address into a loopback URL
// host, so that URL() is always dialable from this machine.
func loopbackFor(a *net.TCPAddr) string {
	ip := a.IP
	switch {
	case ip == nil || ip.IsUnspecified() && ip.To4() != nil:
		ip = net.IPv4(127, 0, 0, 1)
	case ip.IsUnspecified():
		ip = net.IPv6loopback
	}
	return net.JoinHostPort(ip.String(), strconv.Itoa(a.Port))
}

func breachChecker(c BreachedConfig) password.BreachChecker {
	switch {
	case c.Disabled:
		return nil
	case c.APIURL != "":
		return password.RangeChecker{Source: password.HTTPSource{BaseURL: c.APIURL, Client: &http.Client{Timeout: c.Timeout}}, FailOpen: c.FailOpen}
	case c.Dir != "":
		return password.RangeChecker{Source: password.DirSource{FS: os.DirFS(c.Dir)}, FailOpen: c.FailOpen}
	default:
		return password.RangeChecker{Source: password.Bundled(), FailOpen: c.FailOpen}
	}
}
