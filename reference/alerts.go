package reference

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/authcheck/authcheck/reference/audit"
	mailer "github.com/authcheck/authcheck/reference/mail"
	"github.com/authcheck/authcheck/reference/ratelimit"
	"github.com/authcheck/authcheck/reference/secret"
	"github.com/authcheck/authcheck/reference/store"
	"github.com/authcheck/authcheck/reference/token"
)

// Security alerts (the checklist's list), each raised once per account and
// cause within a window, with its context (account, IP, user agent, what
// happened). An alert is stored as an event (kind "alert_…", shown in the
// user's activity), logged ("security_alert"), passed to Config.Alert, and
// mailed to the account when its owner must know:
//
//   - failed_login_burst: FailedLoginAlert failures in a row on one account
//     (once per LoginAccountWindow; mailed);
//   - new_ip_login: a login from an address this account has not logged
//     in from in the last 30 days (not on the first login; mailed);
//   - revoked_token_use: a session cookie, access token, refresh token or
//     API key presented after it was revoked or suspended (once per
//     session or key per hour; not mailed: the owner's own old browser tab
//     or script is the usual sender);
//   - token_reuse: a rotated refresh token replayed, so someone holds a
//     copy; its session was just ended (mailed);
//   - api_key_rate: an API key used within one minute at ten times its
//     normal rate (once per key per hour; mailed);
//   - password_changed, email_changed: mailed at once (the old address
//     for an e-mail change);
//   - admin_unusual_hour: an administrator login outside AdminHours, or,
//     without it, at an hour (±1) at which this administrator has not
//     logged in over the last 30 days (once per hour; mailed).

// AlertConfig tunes the alerts. The zero value is the default.
type AlertConfig struct {
	// AdminHours is the window, in UTC hours, in which administrators log
	// in: "08-18" is 08:00 to 17:59, "22-06" wraps midnight. A login
	// outside it raises admin_unusual_hour. Empty: each administrator's
	// own habit is the window (see adminUnusualHour).
	AdminHours string
}

func (c AlertConfig) validate() error {
	if c.AdminHours == "" {
		return nil
	}
	if _, _, err := parseHours(c.AdminHours); err != nil {
		return fmt.Errorf("admin hours: %w", err)
	}
	return nil
}

// parseHours parses "HH-HH" (00-24).
func parseHours(s string) (from, to int, err error) {
	a, b, ok := strings.Cut(s, "-")
	from, err1 := strconv.Atoi(strings.TrimSpace(a))
	to, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil || from < 0 || from > 23 || to < 0 || to > 24 || from == to {
		return 0, 0, fmt.Errorf("%q: want HH-HH in UTC, e.g. 08-18", s)
	}
	return from, to, nil
}

// inHours reports whether hour h falls in [from, to), wrapping midnight.
func inHours(h, from, to int) bool {
	if from < to {
		return h >= from && h < to
	}
	return h >= from || h < to
}

const (
	// newAddressWindow: a login from an address not used for the account
	// in this long raises new_ip_login.
	newAddressWindow = 30 * 24 * time.Hour
	// adminHistory: the learned admin window needs at least this many
	// logins in the last 30 days; with fewer, no hour is unusual yet.
	adminHistory = 5
	// apiKeyRateFactor × the key's normal rate per minute (at least
	// apiKeyRateFloor) in one minute raises api_key_rate.
	apiKeyRateFactor = 10
	apiKeyRateFloor  = 10
	// apiKeyBaselineHours: the normal rate is known once the key was used
	// in this many distinct hours of the last apiKeyBaselineDays.
	apiKeyBaselineHours = 3
	apiKeyBaselineDays  = 7
	// alertStateKeys caps the per-key maps of alertState.
	alertStateKeys = 10_000
)

// eventBreachedAtLogin is logged when a login's password is found breached.
const eventBreachedAtLogin = "password_breached_at_login"

// alertSpec is one alert to raise.
type alertSpec struct {
	kind   string
	key    string        // the cause, within kind (an address, a session or key ID)
	window time.Duration // a repeat within it is suppressed
	detail string        // what happened, server-chosen text
	// subject and body, when set, are mailed to the account (to, when set:
	// another address, such as the old one after an e-mail change).
	subject, body string
	to            string
	// mustMail: the mail goes out even when the alert could not be
	// stored (a change the owner must hear about at once).
	mustMail bool
}

// raise records an alert unless it was raised within its window (store:
// atomic across replicas), logs it, passes it to the hook and mails the
// owner. It reports whether the alert was new.
func (s *Server) raise(r *http.Request, u store.User, a alertSpec) bool {
	ctx := context.WithoutCancel(r.Context())
	now := s.clock.Now()
	ip, ua := s.clientIP(r), truncateUTF8(r.UserAgent(), 256)
	raised, err := s.store.RaiseAlert(ctx, store.Alert{UserID: u.ID, Kind: a.kind, Key: a.key, At: now, IP: ip, UserAgent: ua, Detail: a.detail}, a.window)
	if err != nil {
		// Better twice than never: the log and the hook still get it, but
		// no mail unless mustMail (a failing store must not become a mail
		// flood).
		s.log.Error("alert not stored", "alert", a.kind, "error", err.Error())
	} else if !raised {
		return false
	}
	s.audit.Raise(ctx, audit.Alert{Kind: a.kind, UserID: u.ID, Account: u.Email, IP: ip, UserAgent: ua, Detail: a.detail})
	if a.subject != "" && (err == nil || a.mustMail) {
		to := a.to
		if to == "" {
			to = u.Email
		}
		s.send(ctx, mailer.Message{To: to, Subject: a.subject, Body: a.body + "\n\n" +
			"When: " + now.UTC().Format("2006-01-02 15:04 MST") + "\n" +
			"From: " + ip + "\n" +
			"Device: " + printable(ua) + "\n\n" +
			"If this was not you, reset your password at once and review your sessions and API keys."})
	}
	return true
}

// printable drops control characters (a user agent is the client's text).
func printable(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	if s == "" {
		return "unknown"
	}
	return s
}

// alertFailedLogins raises failed_login_burst once the account's failures
// in a row reach Limits.FailedLoginAlert (unknown accounts have no owner
// to tell, and must not grow the alert table).
func (s *Server) alertFailedLogins(r *http.Request, u store.User, failures int) {
	if u.ID == 0 || failures < s.cfg.Limits.FailedLoginAlert {
		return
	}
	s.raise(r, u, alertSpec{kind: audit.AlertFailedLoginBurst, window: s.cfg.Limits.LoginAccountWindow,
		detail:  fmt.Sprintf("%d failed logins in a row for this account", failures),
		subject: "Failed sign-in attempts on your account",
		body:    fmt.Sprintf("There were %d failed attempts in a row to sign in to your account; the latest is below. Attempts are slowed down, and your account stays usable.", failures)})
}

// alertLogin runs the checks of a successful login, before it is recorded:
// a new address (not on the very first login) and, for administrators, an
// unusual hour.
func (s *Server) alertLogin(r *http.Request, u store.User, loggedInBefore bool) {
	ctx := r.Context()
	now := s.clock.Now()
	ip := s.clientIP(r)
	if loggedInBefore {
		seen, err := s.seenAddress(ctx, u.ID, ip, now)
		switch {
		case err != nil:
			s.log.Error("login history", "error", err.Error())
		case !seen:
			s.raise(r, u, alertSpec{kind: audit.AlertNewIPLogin, key: ipKey(ip), window: 24 * time.Hour,
				detail:  "login from an address not seen for this account in 30 days",
				subject: "New sign-in to your account",
				body:    "Your account was signed in to from " + ip + ", an address it has not been used from in the last 30 days."})
		}
	}
	if u.Role == store.RoleAdmin {
		if detail := s.adminUnusualHour(ctx, u, now); detail != "" {
			s.raise(r, u, alertSpec{kind: audit.AlertAdminHour, window: time.Hour, detail: detail,
				subject: "Administrator sign-in at an unusual hour",
				body:    "Your administrator account was signed in to at an unusual hour: " + detail + "."})
		}
	}
}

// seenAddress reports whether the account logged in from ip's network
// (the address for IPv4, its /64 for IPv6, whose privacy addresses change
// daily) in the last 30 days.
func (s *Server) seenAddress(ctx context.Context, userID int64, ip string, now time.Time) (bool, error) {
	ips, err := s.store.LoginAddresses(ctx, userID, now.Add(-newAddressWindow), 1000)
	if err != nil {
		return false, err
	}
	key := ipKey(ip)
	for _, seen := range ips {
		if ipKey(seen) == key {
			return true, nil
		}
	}
	return false, nil
}

// adminUnusualHour says why an administrator login at now is at an unusual
// hour, or "" when it is not. With AdminHours, outside the window is
// unusual. Without it, an hour is unusual when none of the administrator's
// logins in the last 30 days (at least adminHistory of them) was within
// an hour of it, on any day.
func (s *Server) adminUnusualHour(ctx context.Context, u store.User, now time.Time) string {
	h := now.UTC().Hour()
	at := now.UTC().Format("15:04 UTC")
	if s.cfg.Alerts.AdminHours != "" {
		from, to, _ := parseHours(s.cfg.Alerts.AdminHours) // validated in Config
		if inHours(h, from, to) {
			return ""
		}
		return fmt.Sprintf("login at %s, outside the administrators' hours %02d:00-%02d:00 UTC", at, from, to)
	}
	times, err := s.store.LoginTimes(ctx, u.ID, now.Add(-30*24*time.Hour), 1000)
	if err != nil {
		s.log.Error("login history", "error", err.Error())
		return ""
	}
	if len(times) < adminHistory {
		return ""
	}
	for _, t := range times {
		d := t.UTC().Hour() - h
		if d < 0 {
			d = -d
		}
		if min(d, 24-d) <= 1 {
			return ""
		}
	}
	return fmt.Sprintf("login at %s; none of this administrator's %d logins in the last 30 days was within an hour of that time of day", at, len(times))
}

// alertRefresh raises the alert for a refresh token that was revoked
// (revoked_token_use) or already rotated (token_reuse: a stolen copy; the
// family was just revoked).
func (s *Server) alertRefresh(r *http.Request, res store.RefreshResult) {
	u, err := s.store.UserByID(r.Context(), res.Session.UserID)
	if err != nil {
		u = store.User{ID: res.Session.UserID}
	}
	a := alertSpec{kind: audit.AlertRevokedToken, key: "session:" + res.Session.ID, window: time.Hour,
		detail: "refresh token used after revocation"}
	if res.Outcome == store.RefreshReused {
		a.kind, a.detail = audit.AlertTokenReuse, "rotated refresh token reused; family revoked"
		a.subject = "A session of your account was signed out: its token was copied"
		a.body = "A refresh token that had already been used was presented again, which means someone holds a copy. That session was signed out."
	}
	s.raise(r, u, a)
}

// Credential kinds, in authenticate's order of precedence.
const (
	credNone = iota
	credAPIKey
	credAccessToken
	credCookie
)

// presentedCredential returns the credential authenticate would use, and
// its kind.
func presentedCredential(r *http.Request) (int, string) {
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, cred, ok := strings.Cut(h, " ")
		cred = strings.TrimSpace(cred)
		if !ok || !strings.EqualFold(scheme, "Bearer") || cred == "" {
			return credNone, ""
		}
		if token.IsAPIKeyShaped(cred) {
			return credAPIKey, cred
		}
		return credAccessToken, cred
	}
	if k := r.Header.Get("X-API-Key"); k != "" {
		return credAPIKey, k
	}
	if c, err := r.Cookie(SessionCookie); err == nil && c.Value != "" {
		return credCookie, c.Value
	}
	return credNone, ""
}

// rejectedCredential is called when a request's credential was refused:
// if it is one that was revoked (a signed-out session's cookie or access
// token, a revoked or suspended API key), it raises revoked_token_use.
// Unknown, malformed and expired credentials raise nothing.
func (s *Server) rejectedCredential(r *http.Request) {
	ctx := r.Context()
	kind, cred := presentedCredential(r)
	var userID int64
	var key, detail string
	switch kind {
	case credAPIKey:
		if token.CheckAPIKeyFormat(cred) != nil {
			return
		}
		k, err := s.store.APIKeyByDigest(ctx, token.Digest(cred))
		if err != nil {
			return
		}
		switch {
		case !k.RevokedAt.IsZero():
			detail = "API key " + k.Display + "… used after it was revoked"
		case !k.FlaggedAt.IsZero():
			detail = "API key " + k.Display + "… used while suspended (after a password change, reset, lock or sign-out everywhere)"
		default:
			return // expired, or the account is locked
		}
		userID, key = k.UserID, "api_key:"+k.ID
	case credAccessToken:
		claims, err := s.keys.Verify(cred)
		if err != nil {
			return
		}
		revoked, err := s.revoked.IsRevoked(ctx, claims.SessionID, s.clock.Now())
		if err != nil || !revoked {
			return
		}
		if userID, err = strconv.ParseInt(claims.Subject, 10, 64); err != nil {
			return
		}
		key, detail = "session:"+claims.SessionID, "access token used after its session was revoked"
	case credCookie:
		e, err := s.store.EndedSessionByCookie(ctx, token.Digest(cred))
		if err != nil {
			return
		}
		// Sessions deleted because they had expired are not revocations.
		if !e.EndedAt.Before(e.ExpiresAt) || e.EndedAt.Sub(e.LastSeenAt) > s.cfg.SessionIdle {
			return
		}
		userID, key, detail = e.UserID, "session:"+e.SessionID, "session cookie used after the session was signed out"
	default:
		return
	}
	u, err := s.store.UserByID(ctx, userID)
	if err != nil {
		return
	}
	// Not mailed: the owner's own old tab or script after a password
	// change would be the usual sender; the security team sees the alert.
	s.raise(r, u, alertSpec{kind: audit.AlertRevokedToken, key: key, window: time.Hour, detail: detail})
}

// admit runs after a request is authenticated and authorized: it counts
// API-key use (api_key_rate) and keeps a session whose password must be
// changed to the password change. It answers and returns false to stop.
func (s *Server) admit(w http.ResponseWriter, r *http.Request, p *principal) bool {
	if p.via == viaAPIKey {
		s.countAPIKeyUse(r, p)
		return true
	}
	since, _, err := s.store.PasswordChangeRequired(r.Context(), p.user.ID)
	if err != nil {
		s.log.Error("password change mark", "error", err.Error())
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable, "unavailable", "try again shortly")
		return false
	}
	if since.IsZero() || passwordChangeRoutes[r.Pattern] {
		return true
	}
	writeError(w, http.StatusForbidden, "password_change_required",
		"your password was found in a data breach: change it (POST /api/v1/me/password) before doing anything else")
	return false
}

// passwordChangeRoutes are what a session whose password must change may
// still call: the change itself, and ending sessions.
var passwordChangeRoutes = map[string]bool{
	"POST /api/v1/me/password":     true,
	"POST /api/v1/auth/logout":     true,
	"POST /api/v1/auth/logout-all": true,
	"POST /api/v1/auth/step-up":    true, // re-authentication before the change
}

// breachedAtLogin checks a password that just logged in against the
// breached-password source. A breached one still logs in, but the account
// is marked: its sessions can do nothing but change the password until it
// is changed (admit). A source that fails does not stop the login.
func (s *Server) breachedAtLogin(r *http.Request, u store.User, pw secret.Value) bool {
	if s.policy.Breached == nil {
		return false
	}
	ctx := r.Context()
	breached, err := s.policy.Breached.Breached(ctx, pw.Reveal())
	if err != nil {
		s.log.Warn("breached-password check at login failed; login allowed", "error", err.Error())
		return false
	}
	if !breached {
		return false
	}
	if err := s.store.RequirePasswordChange(context.WithoutCancel(ctx), u.ID, "breached", s.clock.Now()); err != nil {
		s.log.Error("password change mark not stored", "user_id", u.ID, "error", err.Error())
	}
	s.event(r, eventBreachedAtLogin, u.ID, u.Email, "success", "password found in a breach corpus: change required before anything else")
	return true
}

// alertPasswordChanged tells the owner at once that the password changed
// (by a change or a reset). Every change is its own cause.
func (s *Server) alertPasswordChanged(r *http.Request, u store.User, how, body string) {
	key, err := token.NewID()
	if err != nil {
		key = strconv.FormatInt(s.clock.Now().UnixNano(), 36)
	}
	s.raise(r, u, alertSpec{kind: audit.AlertPasswordChanged, key: key, window: time.Minute,
		detail: "password " + how, subject: "Your password was " + how, body: body, mustMail: true})
}

// alertEmailChanged tells the old address at once that the account moved.
func (s *Server) alertEmailChanged(r *http.Request, u store.User, newEmail string) {
	s.raise(r, u, alertSpec{kind: audit.AlertEmailChanged, key: newEmail, window: time.Minute,
		detail: "e-mail address changed", subject: "Your e-mail address was changed", to: u.Email, mustMail: true,
		body: "The e-mail address of your account was changed to " + newEmail + " and every session was signed out. If this was not you, contact support at once."})
}

// alertState is the in-process part of API-key rate alerts. The zero value
// is ready.
type alertState struct {
	mu    sync.Mutex
	uses  map[string]*keyUses // uses not yet written, per key
	norms map[string]keyNorm  // threshold per key, recomputed every 10 min
}

type keyUses struct {
	hour    time.Time
	n       int
	flushed time.Time
}

type keyNorm struct {
	threshold int     // uses per minute that raise the alert; 0: no baseline yet
	normal    float64 // uses per minute in an hour of use
	at        time.Time
}

// countAPIKeyUse adds one use of the key to its hourly usage (written at
// most once a minute per key) and raises api_key_rate when the last
// minute's uses reach apiKeyRateFactor × its normal rate. The count over
// the minute is a sliding window in the rate limiter, shared by replicas
// when the limiter is Redis.
func (s *Server) countAPIKeyUse(r *http.Request, p *principal) {
	ctx := context.WithoutCancel(r.Context())
	now := s.clock.Now()
	id := p.key.ID
	if hour, n := s.alerts.add(id, now); n > 0 {
		if err := s.store.AddAPIKeyUses(ctx, id, hour, n); err != nil {
			s.log.Error("api key usage", "error", err.Error())
		}
	}
	norm, err := s.apiKeyNorm(ctx, id, now)
	if err != nil {
		s.log.Error("api key usage", "error", err.Error())
		return
	}
	if norm.threshold == 0 {
		return
	}
	d, err := s.limiter.Take(ctx, ratelimit.Policy{Name: "api-key-rate", Limit: norm.threshold, Window: time.Minute}, id, now)
	if err != nil || d.Allowed || s.limiterFull() {
		return
	}
	s.raise(r, p.user, alertSpec{kind: audit.AlertAPIKeyRate, key: "api_key:" + id, window: time.Hour,
		detail:  fmt.Sprintf("API key %s… used %d times within a minute; its normal rate is %.1f per minute", p.key.Display, norm.threshold, norm.normal),
		subject: "One of your API keys is being used unusually fast",
		body: fmt.Sprintf("Your API key %q (%s…) was used %d times within a minute, more than %d times its normal rate of %.1f per minute.",
			p.key.Name, p.key.Display, norm.threshold, apiKeyRateFactor, norm.normal)})
}

// limiterFull reports whether the in-process limiter is at its key cap,
// where it refuses new keys whatever their rate: such a refusal says
// nothing about the key.
func (s *Server) limiterFull() bool {
	m, ok := s.limiter.(*ratelimit.Memory)
	if !ok {
		return false
	}
	limit := m.MaxKeys
	if limit <= 0 {
		limit = ratelimit.DefaultMaxKeys
	}
	return m.Len() >= limit
}

// add counts one use at now and returns the uses to write (n > 0): those
// of a finished hour, or those pending for a minute or more.
func (a *alertState) add(id string, now time.Time) (time.Time, int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	hour := now.Truncate(time.Hour)
	if a.uses == nil {
		a.uses = map[string]*keyUses{}
	}
	u := a.uses[id]
	if u == nil {
		if len(a.uses) >= alertStateKeys {
			return hour, 1 // full: write this use at once
		}
		u = &keyUses{hour: hour, flushed: now}
		a.uses[id] = u
	}
	if !u.hour.Equal(hour) {
		oldHour, n := u.hour, u.n
		u.hour, u.n, u.flushed = hour, 1, now
		return oldHour, n
	}
	u.n++
	if now.Sub(u.flushed) >= time.Minute {
		n := u.n
		u.n, u.flushed = 0, now
		return hour, n
	}
	return hour, 0
}

// apiKeyNorm returns the key's alert threshold, from its usage over the
// last apiKeyBaselineDays before the current hour, cached 10 minutes.
func (s *Server) apiKeyNorm(ctx context.Context, id string, now time.Time) (keyNorm, error) {
	a := &s.alerts
	a.mu.Lock()
	n, ok := a.norms[id]
	a.mu.Unlock()
	if ok && now.Sub(n.at) < 10*time.Minute && n.at.Truncate(time.Hour).Equal(now.Truncate(time.Hour)) {
		return n, nil
	}
	hour := now.Truncate(time.Hour)
	uses, hours, err := s.store.APIKeyUsage(ctx, id, hour.Add(-apiKeyBaselineDays*24*time.Hour), hour)
	if err != nil {
		return keyNorm{}, err
	}
	n = keyNorm{at: now}
	if hours >= apiKeyBaselineHours {
		n.normal = float64(uses) / float64(hours*60)
		n.threshold = max(int(math.Ceil(apiKeyRateFactor*n.normal)), apiKeyRateFloor)
	}
	a.mu.Lock()
	if a.norms == nil || len(a.norms) >= alertStateKeys {
		a.norms = map[string]keyNorm{}
	}
	a.norms[id] = n
	a.mu.Unlock()
	return n, nil
}
