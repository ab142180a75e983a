// Package lifecycle holds the live probes that check what happens behind a
// login form (docs/design.md), where account takeovers happen: session
// fixation, logout, expiry and revocation (AP35x); JWT access tokens,
// refresh-token rotation, tokens in URLs and caches (AP8xx); user
// enumeration by answer and by timing, and the password-reset flow
// (AP7xx); the password policy (AP9xx); API keys (AP65x); and the account
// lifecycle: credentials that outlive a reset, a password change, logout-all
// or an administrator's lock, a login racing a reset, re-authentication for
// password and e-mail changes, registration, and development endpoints open
// to the network (AP356–AP359, AP605–AP607, AP658–AP661, AP731–AP734).
//
// Every check needs a profile: which endpoints to call and with which
// fields, which accounts to use. Importing the package registers its
// probes with package probes. Each probe reports one result per rule on
// every run: pass, fail or warn with the evidence that decided it, skip
// with the reason, or error with the cause.
//
// # Accounts and budgets
//
// Probes that only log in use the profile's first non-burnable account.
// Probes that change passwords, request resets or fail logins on purpose
// register throwaway accounts (random addresses under example.com) through
// the profile's register endpoint, and fall back to the accounts the
// profile marks burnable. When the profile names a forwardedHeader the
// target trusts, every simulated client sends its own address from
// 198.18.0.0/15 (RFC 2544's benchmarking range, never routed), so the
// target's per-IP login limit (5 per 15 minutes by the checklist) is not
// exhausted by the probes; without it, the timing check, which needs
// dozens of failed logins, is skipped with the reason.
//
// # Expiry and the development clock
//
// Idle and absolute session limits (AP353, AP354), API-key expiry (AP656)
// and reset-token expiry (AP706) are minutes to hours long. When the
// profile names a clock endpoint (development only; the reference
// server's --dev-clock), the probes move the target's clock forward
// instead of waiting, and check both sides of each limit: a session used
// shortly before its idle timeout still works while an idle one of the
// same age is refused; a session kept busy in steps of half the idle
// timeout works just before its absolute lifetime and is refused just
// after (at most MaxClockSteps moves); the shortest key the target
// accepts works before its expiry and is refused a minute after; a reset
// token is refused a minute past its lifetime while a fresh one still
// works. A clock move ages every credential the target has issued, so
// session-expiry, api-keys and password-reset run after every other
// probe (Last, with an Order after the rate-limit, enumeration and timing
// probes), one at a time, each with fresh logins. Without a clock
// endpoint a limit is observed only when it is within MaxWait, and
// skipped with the reason otherwise.
//
// # Timing
//
// The timing check's false-alarm rate was measured against a correct
// in-test server (argon2id for known and unknown accounts alike) with
// every CPU kept busy by spinning goroutines: 0 false alarms in 300 runs,
// and 60 of 60 runs caught a server that skips the hash for unknown
// accounts. Reproduce with
//
//	AUTHCHECK_TIMING_TRIALS=300 go test -run TestTimingFalseAlarmRate -v -timeout 90m ./probes/lifecycle
//
// # What each probe needs from the profile
//
// Logical field names (in parentheses) are mapped to the target's names
// with fields; values are read from answers at the keys response names,
// by default the logical names.
//
//	session-fixation  login, me, an account; session.cookie (else learnt from a login)
//	session-logout    login, me, logout (sends refreshToken when fields maps it);
//	                  refresh for AP809
//	session-expiry    login, me; session.idleTimeout and absoluteTimeout, observed
//	                  with clock, or when they are within MaxWait
//	password-change   login, me, changePassword (currentPassword, newPassword);
//	                  register or a burnable account; refresh for AP810
//	jwt               login (response accessToken), me; tokens.algorithms, issuer,
//	                  audience, maxLifetime; jwks for AP804; a second account to
//	                  swap subjects with
//	refresh-rotation  login (response refreshToken), refresh (field refreshToken,
//	                  response refreshToken)
//	token-transport   login, me; refresh when present
//	enumeration       login; register or a burnable account; resetRequest
//	                  (field email) for AP703
//	login-timing      login; register (or enough burnable accounts); forwardedHeader,
//	                  or limits.loginPerIP of at least 2×TimingSamples+2
//	password-reset    login, me, resetRequest, resetConfirm (token, newPassword),
//	                  outbox (GET ?to=ADDRESS; response messages, token, link);
//	                  register or a burnable account; clock for AP706
//	password-policy   register (username, email when mapped, password); login for AP903
//	api-keys          login, me, apiKeys (POST creates with field name and the
//	                  profile's extra, e.g. scopes and expiresIn in seconds; GET
//	                  lists; response apiKey, id), apiKey (path with {id}: GET
//	                  shows, DELETE revokes); tokens.apiKeyPrefix; clock for
//	                  AP656 when keys live longer than MaxWait
//	open-redirect     redirects (method, path, param; session: true logs in
//	                  first with login and an account); AP214
//	reset-link-origin resetRequest, outbox (a list of messages with link or a
//	                  body URL); register or a burnable account; AP751
//	rate-limit-shapes login; limits; forwardedHeader for the per-account burst
//	                  and the IPv6 /64 check; register or a burnable account;
//	                  resetRequest for AP508; an account for AP509 (Last)
//	credential-events login, me; apiKeys for AP658–AP660 with resetRequest,
//	                  resetConfirm and outbox (AP658), changePassword (AP659),
//	                  logoutAll (AP660); resetRequest, resetConfirm and outbox
//	                  for the reset race (AP356); register or a burnable account
//	account-lock      login, me, register (only throwaway accounts are locked),
//	                  lockAccount (fields email, reason, currentPassword) and an
//	                  account with admin: true; unlockAccount to clean up;
//	                  apiKeys for AP661; resetRequest, resetConfirm, outbox for AP359
//	reauthentication  login, me, changePassword; register or a burnable account
//	email-change      login, me, register, changeEmail (newEmail, currentPassword);
//	                  another account's address for AP733; outbox and verifyEmail
//	                  for AP734
//	registration      login, register; verifyEmail and outbox for AP732's control
//	dev-endpoints     nothing (the profile's outbox and clock are its declared hooks)
//	(clock)           POST with field advance, a Go duration ("16m"): moves the
//	                  target's clock forward (development only)
package lifecycle

import "time"

// Knobs. Tests and embedders may change them before running probes.
var (
	// MaxWait bounds how long a probe may wait for something to expire
	// (session idle/absolute timeouts, API-key expiry) when the profile
	// names no clock endpoint to move the target's clock forward. Longer
	// limits are reported as skipped with the reason: a probe run must
	// stay short.
	MaxWait = 5 * time.Second

	// TimingSamples is the number of failed logins per group (unknown
	// account, existing account with a wrong password) in one round of the
	// timing check. Ten per group suffice on a quiet machine (the exact
	// test reaches p ≈ 1e-5); twenty keep the power under heavy CPU load,
	// where a missing 30 ms hash hides in 50 ms of scheduling noise.
	TimingSamples = 20
	// TimingAlpha is the two-sided significance level of one round.
	TimingAlpha = 0.001
	// TimingExtendBelow: a round that is not significant but has p under
	// this and a large shift takes TimingSamples more per group and is
	// judged on all of them.
	TimingExtendBelow = 0.05
	// TimingConfirmAlpha is the level at which the second round must
	// confirm a difference the first round found (extended when p is under
	// 5×TimingExtendBelow).
	TimingConfirmAlpha = 0.05
	// TimingMinShift and TimingRelShift set the smallest difference worth
	// reporting: the Hodges–Lehmann shift between the groups must reach
	// max(TimingMinShift, TimingRelShift × the faster group's median). A
	// password hash (tens of milliseconds) clears it easily; scheduling
	// noise and a database write do not.
	TimingMinShift = 3 * time.Millisecond
	TimingRelShift = 0.10
)
