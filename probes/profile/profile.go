// Package profile reads probe profiles: YAML files that tell `authcheck
// probe` how to talk to a service's authentication endpoints (docs/design.md, "Probe profile").
//
// A profile is optional. Without one, probes that need only the URL run and
// the others are skipped with the reason.
package profile

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/authcheck/authcheck/internal/strictyaml"
)

// Profile describes a target service.
type Profile struct {
	// BaseURL is the service's root, e.g. https://127.0.0.1:8443.
	BaseURL string `yaml:"baseURL"`
	// CA is a PEM file of extra roots to trust (a private CA). Relative
	// paths are resolved against the profile file's directory.
	CA string `yaml:"ca,omitempty"`
	// ServerName overrides the TLS server name (SNI and verification).
	ServerName string `yaml:"serverName,omitempty"`
	// HTTPPort is the port of the target's plain-HTTP listener, whose
	// redirect to HTTPS is checked (0: port 80).
	HTTPPort int `yaml:"httpPort,omitempty"`

	Endpoints Endpoints `yaml:"endpoints"`
	Pages     Pages     `yaml:"pages,omitempty"`
	Session   Session   `yaml:"session,omitempty"`
	Tokens    Tokens    `yaml:"tokens,omitempty"`
	Accounts  []Account `yaml:"accounts,omitempty"`
	Limits    Limits    `yaml:"limits,omitempty"`

	// ForwardedHeader names a header the target trusts for the client IP
	// (e.g. X-Forwarded-For). Rate-limit probes rotate it to test per-account
	// limits independently of per-IP ones. Empty: the target trusts none.
	ForwardedHeader string `yaml:"forwardedHeader,omitempty"`
	// CSRFHeaderName, when the target uses a token scheme, names the header that
	// carries the CSRF token (the probe reads it from CSRFCookieName).
	CSRFHeaderName string `yaml:"csrfHeader,omitempty"`
	CSRFCookieName string `yaml:"csrfCookie,omitempty"`
	// Outbox is an endpoint (dev mode only) that returns mails sent by the
	// target, so probes can follow reset links.
	Outbox *Endpoint `yaml:"outbox,omitempty"`
	// Clock (dev mode only) moves the target's clock forward: the probe
	// sends the logical field "advance" with a Go duration ("16m"), so that
	// expiry of sessions, reset tokens and API keys can be checked without
	// waiting. Probes that use it run last, after every other probe.
	Clock *Endpoint `yaml:"clock,omitempty"`
	// JWKS is the path of the target's published verification keys, if any.
	JWKS string `yaml:"jwks,omitempty"`

	// Redirects are the endpoints that take a redirect target in a query
	// parameter (login, logout, OAuth callbacks), for the open-redirect
	// check.
	Redirects []Redirect `yaml:"redirects,omitempty"`

	// Dir is the directory of the profile file; relative paths resolve here.
	Dir string `yaml:"-"`
}

// Redirect is an endpoint that sends the browser on to a URL named in one
// of its query parameters, e.g. GET /login?next=/account.
type Redirect struct {
	// Method is GET (default) or POST; the parameter always travels in the
	// query string.
	Method string `yaml:"method,omitempty"`
	// Path is the endpoint's path.
	Path string `yaml:"path"`
	// Param is the redirect parameter: next, returnTo, redirect_uri, ….
	Param string `yaml:"param"`
	// Session: log in first (the profile's login endpoint and first
	// account) and send the session, as for a logout that redirects. Each
	// request gets a fresh login, since a logout ends it.
	Session bool `yaml:"session,omitempty"`
	// Query is sent with every request as fixed query parameters (e.g.
	// client_id and response_type for an OAuth authorize endpoint).
	Query map[string]string `yaml:"query,omitempty"`
}

// Endpoints are the auth endpoints a profile may describe. Any may be nil.
type Endpoints struct {
	Login        *Endpoint `yaml:"login,omitempty"`
	Logout       *Endpoint `yaml:"logout,omitempty"`
	LogoutAll    *Endpoint `yaml:"logoutAll,omitempty"`
	Refresh      *Endpoint `yaml:"refresh,omitempty"`
	Me           *Endpoint `yaml:"me,omitempty"` // any endpoint that needs authentication
	Register     *Endpoint `yaml:"register,omitempty"`
	ChangePass   *Endpoint `yaml:"changePassword,omitempty"`
	ResetRequest *Endpoint `yaml:"resetRequest,omitempty"`
	ResetConfirm *Endpoint `yaml:"resetConfirm,omitempty"`
	APIKeys      *Endpoint `yaml:"apiKeys,omitempty"` // create (POST) and list (GET)
	APIKey       *Endpoint `yaml:"apiKey,omitempty"`  // one key: path with {id}; DELETE revokes
	// Resource is an endpoint owned by one user, with {id} in the path, for
	// ownership checks: the profile's first account creates it (Create), the
	// second must not read it.
	Resource       *Endpoint `yaml:"resource,omitempty"`
	CreateResource *Endpoint `yaml:"createResource,omitempty"`
	// StateChanging is a state-changing endpoint used for CSRF checks;
	// defaults to Logout.
	StateChanging *Endpoint `yaml:"stateChanging,omitempty"`
	// VerifyEmail completes a registration that must be verified before
	// the account can log in: the probes post the newest token the outbox
	// holds for the new address (logical field token). Needs Outbox.
	VerifyEmail *Endpoint `yaml:"verifyEmail,omitempty"`
	// ChangeEmail asks to move the caller's account to another address
	// (logical fields newEmail and currentPassword). Probes check that it
	// needs the current password, answers a taken and a free address
	// alike, and notifies the old address (read through Outbox).
	ChangeEmail *Endpoint `yaml:"changeEmail,omitempty"`
	// LockAccount is an administrator's incident-response lock (logical
	// field email, and reason, currentPassword when mapped); UnlockAccount
	// lifts it. Both are called as an account marked admin.
	LockAccount   *Endpoint `yaml:"lockAccount,omitempty"`
	UnlockAccount *Endpoint `yaml:"unlockAccount,omitempty"`
}

// Pages are the HTML pages of the auth flow (paths, GET), checked for
// anti-framing, nosniff and Referrer-Policy headers.
type Pages struct {
	// Login is the page with the login form.
	Login string `yaml:"login,omitempty"`
	// Reset is the page a reset link opens; its URL holds the reset token,
	// so it is also checked for Referrer-Policy. A sample token in the
	// path is fine (the page's headers are what matters).
	Reset string `yaml:"reset,omitempty"`
}

// Endpoint is one HTTP endpoint.
type Endpoint struct {
	Method string `yaml:"method"`
	Path   string `yaml:"path"`
	// Body is the request body format: json (default) or form.
	Body string `yaml:"body,omitempty"`
	// Fields maps logical field names (username, password, email, token,
	// newPassword, currentPassword, refreshToken, name, scopes, expiresIn)
	// to the names the target uses.
	Fields map[string]string `yaml:"fields,omitempty"`
	// Extra is sent with every request to this endpoint, as given.
	Extra map[string]any `yaml:"extra,omitempty"`
	// Response names where the answer carries values: accessToken,
	// refreshToken, apiKey, id (top-level JSON keys, dotted for nesting).
	Response map[string]string `yaml:"response,omitempty"`
}

// Field returns the target's name for a logical field, defaulting to the
// logical name itself.
func (e *Endpoint) Field(logical string) string {
	if e != nil {
		if v, ok := e.Fields[logical]; ok && v != "" {
			return v
		}
	}
	return logical
}

// ResponseKey returns where the response carries a logical value.
func (e *Endpoint) ResponseKey(logical string) string {
	if e != nil {
		if v, ok := e.Response[logical]; ok && v != "" {
			return v
		}
	}
	return logical
}

// Session describes the session mechanism.
type Session struct {
	// Cookie is the session cookie's name. When empty, probes identify it as
	// the cookie set or changed by login.
	Cookie string `yaml:"cookie,omitempty"`
	// IdleTimeout and AbsoluteTimeout are the advertised limits, if any.
	IdleTimeout     Duration `yaml:"idleTimeout,omitempty"`
	AbsoluteTimeout Duration `yaml:"absoluteTimeout,omitempty"`
}

// Tokens describes bearer tokens issued at login.
type Tokens struct {
	// Algorithms the target is expected to sign access tokens with.
	Algorithms []string `yaml:"algorithms,omitempty"`
	Issuer     string   `yaml:"issuer,omitempty"`
	Audience   string   `yaml:"audience,omitempty"`
	// MaxLifetime is the longest acceptable access-token lifetime (default 15m).
	MaxLifetime Duration `yaml:"maxLifetime,omitempty"`
	// APIKeyPrefix is the documented prefix of API keys.
	APIKeyPrefix string `yaml:"apiKeyPrefix,omitempty"`
	// SigningKey (test environments only) is a file with the target's
	// token signing key: a PEM private key, or the raw secret for HS*. With
	// it the jwt-attacks probe mints genuinely signed tokens (nbf in the
	// future). Relative paths resolve against the profile's directory.
	SigningKey string `yaml:"signingKey,omitempty"`
}

// Account is a test account.
type Account struct {
	Username string `yaml:"username"`
	Password string `yaml:"password"`
	Email    string `yaml:"email,omitempty"`
	// Burnable accounts may be used by probes that exhaust rate limits or
	// change passwords.
	Burnable bool `yaml:"burnable,omitempty"`
	// Admin accounts may call the administrators' endpoints (lockAccount,
	// unlockAccount). Probes never lock, change or burn them.
	Admin bool `yaml:"admin,omitempty"`
}

// Limits are the rate limits the target documents; zero means the checklist
// default (login 5 per 15 min per IP, 10 per hour per account, reset 3 per
// hour per address).
type Limits struct {
	LoginPerIP      int `yaml:"loginPerIP,omitempty"`
	LoginPerAccount int `yaml:"loginPerAccount,omitempty"`
	ResetPerAddress int `yaml:"resetPerAddress,omitempty"`
	// ResetSilent says that reset requests past ResetPerAddress (for one
	// address from one client address) are answered like the others (202)
	// but send no mail, instead of 429: the probe then sends them from one
	// client address and counts the mails in the outbox.
	ResetSilent bool `yaml:"resetSilent,omitempty"`
	// ResetPerIP is the documented number of reset requests one client
	// address may send (for any addresses) before it gets 429; zero means
	// DefaultResetPerIP.
	ResetPerIP int `yaml:"resetPerIP,omitempty"`
}

// Checklist defaults for Limits.
const (
	DefaultLoginPerIP      = 5
	DefaultLoginPerAccount = 10
	DefaultResetPerAddress = 3
	// DefaultResetPerIP is authcheck's default for reset requests per
	// client address: the checklist gives no number, and ten an hour is
	// more than a person needs.
	DefaultResetPerIP = 10
)

// WithDefaults returns l with zero fields replaced by the checklist defaults.
func (l Limits) WithDefaults() Limits {
	if l.LoginPerIP == 0 {
		l.LoginPerIP = DefaultLoginPerIP
	}
	if l.LoginPerAccount == 0 {
		l.LoginPerAccount = DefaultLoginPerAccount
	}
	if l.ResetPerAddress == 0 {
		l.ResetPerAddress = DefaultResetPerAddress
	}
	if l.ResetPerIP == 0 {
		l.ResetPerIP = DefaultResetPerIP
	}
	return l
}

// Duration is a time.Duration written as "15m" in YAML.
type Duration struct{ time.Duration }

// UnmarshalYAML parses a Go duration string.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := time.ParseDuration(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %q is not a duration (want e.g. 15m)", n.Line, n.Value)
	}
	d.Duration = v
	return nil
}

// MarshalYAML writes the duration as a string.
func (d Duration) MarshalYAML() (any, error) { return d.String(), nil }

// Load reads and validates a profile file.
func Load(path string) (*Profile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("profile: %w", err)
	}
	p, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("profile %s: %w", path, err)
	}
	dir, _ := filepath.Abs(filepath.Dir(path))
	p.Dir = dir
	return p, nil
}

// Parse decodes and validates profile YAML. Unknown keys are errors that
// name the key and its line.
func Parse(b []byte) (*Profile, error) {
	var p Profile
	if err := strictyaml.Decode(b, &p); err != nil {
		if errors.Is(err, strictyaml.ErrEmpty) {
			return nil, errors.New("empty profile")
		}
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return &p, nil
}

// Validate checks the profile's fields; each error names the field.
func (p *Profile) Validate() error {
	if p.BaseURL == "" {
		return errors.New("baseURL: required")
	}
	u, err := url.Parse(p.BaseURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("baseURL: %q is not an http(s) URL", p.BaseURL)
	}
	for name, e := range p.Endpoints.byName() {
		if e == nil {
			continue
		}
		if err := e.validate(); err != nil {
			return fmt.Errorf("endpoints.%s: %w", name, err)
		}
	}
	if p.Outbox != nil {
		if err := p.Outbox.validate(); err != nil {
			return fmt.Errorf("outbox: %w", err)
		}
	}
	if p.Endpoints.VerifyEmail != nil && p.Outbox == nil {
		// Without an outbox there is no token to post: registration
		// cannot be completed, so probes treat register as absent.
		p.Endpoints.VerifyEmail = nil
		p.Endpoints.Register = nil
	}
	if p.Clock != nil {
		if err := p.Clock.validate(); err != nil {
			return fmt.Errorf("clock: %w", err)
		}
	}
	for name, path := range map[string]string{"login": p.Pages.Login, "reset": p.Pages.Reset} {
		if path != "" && !strings.HasPrefix(path, "/") {
			return fmt.Errorf("pages.%s: %q must start with /", name, path)
		}
	}
	for i, a := range p.Accounts {
		if a.Username == "" || a.Password == "" {
			return fmt.Errorf("accounts[%d]: username and password are required", i)
		}
		if a.Admin && a.Burnable {
			return fmt.Errorf("accounts[%d]: an admin account cannot be burnable (probes would lock or change it)", i)
		}
	}
	if _, ok := p.AdminAccount(); !ok {
		switch {
		case p.Endpoints.LockAccount != nil:
			return errors.New("endpoints.lockAccount: needs an account marked admin: true to call it with")
		case p.Endpoints.UnlockAccount != nil:
			return errors.New("endpoints.unlockAccount: needs an account marked admin: true to call it with")
		}
	}
	if p.HTTPPort < 0 || p.HTTPPort > 65535 {
		return fmt.Errorf("httpPort: %d is not a port", p.HTTPPort)
	}
	if p.Limits.LoginPerIP < 0 || p.Limits.LoginPerAccount < 0 || p.Limits.ResetPerAddress < 0 {
		return errors.New("limits: must not be negative")
	}
	if p.Limits.ResetPerIP < 0 {
		return fmt.Errorf("limits.resetPerIP: %d must not be negative", p.Limits.ResetPerIP)
	}
	for i := range p.Redirects {
		if err := p.Redirects[i].validate(); err != nil {
			return fmt.Errorf("redirects[%d]: %w", i, err)
		}
	}
	return nil
}

func (e *Endpoint) validate() error {
	switch strings.ToUpper(e.Method) {
	case "GET", "POST", "PUT", "PATCH", "DELETE":
		e.Method = strings.ToUpper(e.Method)
	case "":
		return errors.New("method: required")
	default:
		return fmt.Errorf("method: %q is not an HTTP method", e.Method)
	}
	if !strings.HasPrefix(e.Path, "/") {
		return fmt.Errorf("path: %q must start with /", e.Path)
	}
	switch e.Body {
	case "":
		e.Body = "json"
	case "json", "form":
	default:
		return fmt.Errorf("body: %q (want json or form)", e.Body)
	}
	return nil
}

// byName lists the endpoints by their YAML names.
func (e *Endpoints) byName() map[string]*Endpoint {
	return map[string]*Endpoint{
		"login": e.Login, "logout": e.Logout, "logoutAll": e.LogoutAll, "refresh": e.Refresh,
		"me": e.Me, "register": e.Register, "changePassword": e.ChangePass,
		"resetRequest": e.ResetRequest, "resetConfirm": e.ResetConfirm, "apiKeys": e.APIKeys,
		"apiKey": e.APIKey, "resource": e.Resource, "createResource": e.CreateResource,
		"stateChanging": e.StateChanging, "verifyEmail": e.VerifyEmail,
		"changeEmail": e.ChangeEmail, "lockAccount": e.LockAccount, "unlockAccount": e.UnlockAccount,
	}
}

// CAPath returns the CA file path resolved against the profile directory.
func (p *Profile) CAPath() string {
	if p.CA == "" || filepath.IsAbs(p.CA) {
		return p.CA
	}
	return filepath.Join(p.Dir, p.CA)
}

// Account returns the i-th account, or false.
func (p *Profile) Account(i int) (Account, bool) {
	if p == nil || i >= len(p.Accounts) {
		return Account{}, false
	}
	return p.Accounts[i], true
}

// BurnableAccount returns the first account rate-limit probes may burn.
func (p *Profile) BurnableAccount() (Account, bool) {
	if p == nil {
		return Account{}, false
	}
	for _, a := range p.Accounts {
		if a.Burnable {
			return a, true
		}
	}
	return Account{}, false
}

func (r *Redirect) validate() error {
	switch strings.ToUpper(r.Method) {
	case "":
		r.Method = "GET"
	case "GET", "POST":
		r.Method = strings.ToUpper(r.Method)
	default:
		return fmt.Errorf("method: %q (want GET or POST)", r.Method)
	}
	if !strings.HasPrefix(r.Path, "/") || strings.HasPrefix(r.Path, "//") {
		return fmt.Errorf("path: %q must be a path starting with a single /", r.Path)
	}
	if strings.Contains(r.Path, "?") {
		return fmt.Errorf("path: %q must not hold a query (put fixed parameters under query)", r.Path)
	}
	if strings.TrimSpace(r.Param) == "" {
		return errors.New("param: required (the redirect parameter, e.g. next, returnTo, redirect_uri)")
	}
	if _, clash := r.Query[r.Param]; clash {
		return fmt.Errorf("query: must not set the redirect parameter %q itself", r.Param)
	}
	return nil
}

// AdminAccount returns the first account marked admin.
func (p *Profile) AdminAccount() (Account, bool) {
	if p == nil {
		return Account{}, false
	}
	for _, a := range p.Accounts {
		if a.Admin {
			return a, true
		}
	}
	return Account{}, false
}
