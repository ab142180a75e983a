package reference

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/authcheck/authcheck/reference/audit"
	mailer "github.com/authcheck/authcheck/reference/mail"
	"github.com/authcheck/authcheck/reference/ratelimit"
	"github.com/authcheck/authcheck/reference/secret"
	"github.com/authcheck/authcheck/reference/store"
	"github.com/authcheck/authcheck/reference/totp"
)

// TOTP multi-factor authentication (RFC 6238) with recovery codes.
//
//   - Enrolment (POST /api/v1/me/mfa/totp, a sensitive change) hands out a
//     new secret and its otpauth:// URI once; it stays pending until
//     confirmed with a code from it (POST /api/v1/me/mfa/totp/confirm),
//     which turns MFA on and hands out recoveryCodeCount recovery codes,
//     once.
//   - A code is accepted for the current 30-second step and one on either
//     side; a step, once used, is refused for the account (replay), and
//     wrong codes are limited per account (mfaPolicy).
//   - Secrets are encrypted at rest (AES-256-GCM, bound to the account's
//     ID) with a key kept in the data directory, never in the database, and
//     never logged. Recovery codes (80 random bits each) are stored as
//     HMAC-SHA-256 under a key derived from the same file: a fast keyed
//     hash is enough for codes of that entropy (nobody can enumerate 2^80
//     candidates, and without the key a database dump gives nothing to try
//     them against); a slow password hash would add argon2 work to every
//     recovery login and protect nothing more.
//   - An unlock drops the secret and the recovery codes of an account that
//     had MFA and requires it to enrol again (store.UnlockUser): until it
//     does, its sessions reach only the routes in mfaEnrolmentRoutes.

// Event kinds of the MFA and step-up flows.
const (
	evMFAEnrolStarted     = "mfa_enrolment_started"
	evMFAEnabled          = "mfa_enabled"
	evMFADisabled         = "mfa_disabled"
	evMFAFailure          = "mfa_failure"
	evRecoveryCodeUsed    = "mfa_recovery_code_used"
	evRecoveryCodesIssued = "mfa_recovery_codes_regenerated"
	evStepUp              = "step_up"
)

const (
	recoveryCodeCount = 10
	// recoveryCodeLen characters of recoveryAlphabet: 16 × 5 = 80 bits.
	recoveryCodeLen  = 16
	recoveryAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789" // 32 symbols, no 0/O, 1/I
	// pendingEnrolment bounds the time between enrolment and confirmation.
	pendingEnrolment = 15 * time.Minute
	mfaKeyFile       = "mfa.key"
)

// mfaPolicy limits wrong second-factor codes (TOTP or recovery) per
// account: a correct code is refunded, so only failures count.
func (s *Server) mfaPolicy() ratelimit.Policy {
	return ratelimit.Policy{Name: "mfa-account", Limit: 5, Window: 15 * time.Minute}
}

// mfaKeys encrypt TOTP secrets and key the recovery-code digests.
type mfaKeys struct {
	aead     cipher.AEAD
	recovery []byte
}

// loadMFAKeys reads (or creates, mode 0600) the 32-byte master key in the
// data directory. Replicas must share the file, as they share the signing
// keys.
func loadMFAKeys(dataDir string) (*mfaKeys, error) {
	path := filepath.Join(dataDir, mfaKeyFile)
	master, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		if err := createMFAKey(path); err != nil {
			return nil, fmt.Errorf("mfa key: %w", err)
		}
		master, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, fmt.Errorf("mfa key: %w", err)
	}
	if len(master) != 32 {
		return nil, fmt.Errorf("mfa key: %s must hold 32 bytes, has %d", path, len(master))
	}
	derive := func(label string) []byte {
		m := hmac.New(sha256.New, master)
		m.Write([]byte(label))
		return m.Sum(nil)
	}
	block, err := aes.NewCipher(derive("authcheck-reference totp secrets v1"))
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &mfaKeys{aead: aead, recovery: derive("authcheck-reference recovery codes v1")}, nil
}

// createMFAKey writes a new random key to a temporary file and links it
// into place, so that a process starting at the same time never reads a
// partly written key, and an existing key is never replaced (which would
// make every stored secret unreadable).
func createMFAKey(path string) error {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".mfa-key-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	_, err = f.Write(key)
	if err2 := f.Sync(); err == nil {
		err = err2
	}
	if err2 := f.Close(); err == nil {
		err = err2
	}
	if err != nil {
		return err
	}
	if err := os.Link(f.Name(), path); err != nil && !errors.Is(err, os.ErrExist) {
		return err
	}
	return nil
}

func secretAAD(userID int64) []byte { return []byte("totp-secret:" + strconv.FormatInt(userID, 10)) }

// seal encrypts a TOTP secret for the account: version byte, nonce,
// ciphertext.
func (k *mfaKeys) seal(userID int64, plain []byte) ([]byte, error) {
	nonce := make([]byte, k.aead.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	out := append([]byte{1}, nonce...)
	return k.aead.Seal(out, nonce, plain, secretAAD(userID)), nil
}

// open decrypts what seal made for the same account.
func (k *mfaKeys) open(userID int64, enc []byte) ([]byte, error) {
	n := k.aead.NonceSize()
	if len(enc) < 1+n || enc[0] != 1 {
		return nil, errors.New("mfa: malformed secret")
	}
	return k.aead.Open(nil, enc[1:1+n], enc[1+n:], secretAAD(userID))
}

// recoveryDigest is the stored form of a recovery code: HMAC-SHA-256 of
// the account ID and the normalised code.
func (k *mfaKeys) recoveryDigest(userID int64, code string) []byte {
	m := hmac.New(sha256.New, k.recovery)
	var id [8]byte
	binary.BigEndian.PutUint64(id[:], uint64(userID))
	m.Write(id[:])
	m.Write([]byte(code))
	return m.Sum(nil)
}

// newRecoveryCodes returns codes for display (XXXX-XXXX-XXXX-XXXX) and
// their digests.
func (k *mfaKeys) newRecoveryCodes(userID int64) ([]string, [][]byte, error) {
	codes := make([]string, recoveryCodeCount)
	digests := make([][]byte, recoveryCodeCount)
	buf := make([]byte, recoveryCodeLen)
	for i := range codes {
		if _, err := rand.Read(buf); err != nil {
			return nil, nil, err
		}
		var b strings.Builder
		for j, c := range buf {
			if j > 0 && j%4 == 0 {
				b.WriteByte('-')
			}
			b.WriteByte(recoveryAlphabet[c&31]) // 256 is a multiple of 32: unbiased
		}
		codes[i] = b.String()
		digests[i] = k.recoveryDigest(userID, normalizeRecoveryCode(codes[i]))
	}
	return codes, digests, nil
}

// normalizeRecoveryCode upper-cases a code and drops separators; "" when
// the result is not recoveryCodeLen symbols of the alphabet.
func normalizeRecoveryCode(s string) string {
	if len(s) > 64 {
		return ""
	}
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		switch {
		case r == '-' || r == ' ':
		case r < 128 && strings.ContainsRune(recoveryAlphabet, r):
			b.WriteRune(r)
		default:
			return ""
		}
	}
	if b.Len() != recoveryCodeLen {
		return ""
	}
	return b.String()
}

// secondFactor is a TOTP code or a recovery code, as requests carry them.
type secondFactor struct {
	TOTPCode     secret.Value `json:"totpCode"`
	RecoveryCode secret.Value `json:"recoveryCode"`
}

func (f secondFactor) empty() bool { return f.TOTPCode.Empty() && f.RecoveryCode.Empty() }

// wellFormed refuses (400) malformed codes before any work: anything but
// six ASCII digits for totpCode, anything but a recovery code's shape for
// recoveryCode, or both at once.
func (f secondFactor) wellFormed(w http.ResponseWriter) bool {
	switch {
	case !f.TOTPCode.Empty() && !f.RecoveryCode.Empty():
		writeError(w, http.StatusBadRequest, "invalid_mfa_code", "give totpCode or recoveryCode, not both")
	case !f.TOTPCode.Empty() && !totp.WellFormed(f.TOTPCode.Reveal()):
		writeError(w, http.StatusBadRequest, "invalid_mfa_code", "totpCode must be the 6 digits your authenticator app shows")
	case !f.RecoveryCode.Empty() && normalizeRecoveryCode(f.RecoveryCode.Reveal()) == "":
		writeError(w, http.StatusBadRequest, "invalid_mfa_code", "recoveryCode must be one of your recovery codes (XXXX-XXXX-XXXX-XXXX)")
	default:
		return true
	}
	return false
}

// factorResult is what checkFactor found.
type factorResult int

const (
	factorOK       factorResult = iota
	factorWrong                 // wrong, replayed or spent: the caller answers
	factorAnswered              // the response is written (429, 500, 503)
)

// checkFactor verifies a well-formed TOTP or recovery code for an account
// with MFA on, under the per-account limit. A TOTP code's step is recorded
// atomically, so a code works once; a recovery code is spent.
func (s *Server) checkFactor(w http.ResponseWriter, r *http.Request, u store.User, st store.MFAState, f secondFactor) factorResult {
	ctx := r.Context()
	key := formatID(u.ID)
	d, ok := s.take(w, r, s.mfaPolicy(), key)
	if !ok {
		return factorAnswered
	}
	now := s.clock.Now()
	wrong := func(detail string) factorResult {
		s.event(r, evMFAFailure, u.ID, "", "failure", detail)
		if d.Remaining == 0 {
			// The account's budget is spent now (once per window): whoever
			// is guessing codes got past the password.
			s.audit.Raise(ctx, audit.Alert{Kind: audit.AlertFailedLoginBurst, UserID: u.ID, IP: s.clientIP(r), Detail: "repeated wrong one-time codes after a correct password"})
			s.send(ctx, mailer.Message{To: u.Email, Subject: "Repeated wrong sign-in codes",
				Body: "Someone entered your password correctly and then several wrong two-factor codes. If this was not you, reset your password at once."})
		}
		return factorWrong
	}
	if !f.RecoveryCode.Empty() {
		err := s.store.UseRecoveryCode(ctx, u.ID, s.mfa.recoveryDigest(u.ID, normalizeRecoveryCode(f.RecoveryCode.Reveal())), now)
		if errors.Is(err, store.ErrNotFound) {
			return wrong("unknown or used recovery code")
		}
		if err != nil {
			s.internalError(w, r, "recovery code", err)
			return factorAnswered
		}
		_ = s.limiter.Refund(ctx, s.mfaPolicy(), key, d.Ticket)
		left := max(st.RecoveryCodesLeft-1, 0)
		s.event(r, evRecoveryCodeUsed, u.ID, "", "success", fmt.Sprintf("%d recovery codes left", left))
		s.send(ctx, mailer.Message{To: u.Email, Subject: "A recovery code was used",
			Body: fmt.Sprintf("One of your recovery codes was used to sign in or confirm a change; %d are left. If this was not you, reset your password and regenerate your recovery codes at once.", left)})
		return factorOK
	}
	plain, err := s.mfa.open(u.ID, st.SecretEnc)
	if err != nil {
		s.internalError(w, r, "decrypt totp secret", err)
		return factorAnswered
	}
	code := f.TOTPCode.Reveal()
	step, ok := totp.Match(plain, code, now, st.LastStep)
	if !ok {
		if _, seen := totp.MatchAny(plain, code, now); seen {
			return wrong("replayed one-time code")
		}
		return wrong("wrong one-time code")
	}
	err = s.store.UseTOTPStep(ctx, u.ID, st.SecretEnc, step)
	if errors.Is(err, store.ErrStale) {
		return wrong("replayed one-time code") // a concurrent use of the same step won
	}
	if err != nil {
		s.internalError(w, r, "use totp step", err)
		return factorAnswered
	}
	_ = s.limiter.Refund(ctx, s.mfaPolicy(), key, d.Ticket)
	return factorOK
}

// loginRequest is the login body: the password and, for accounts with
// MFA, a TOTP or recovery code.
type loginRequest struct {
	credentials
	secondFactor
}

// loginSecondFactor runs after the password is proven (and the account
// may log in). For an account with MFA on it requires a valid code: none
// gives 401 mfa_required (and returns the login's rate-limit slots with
// refund: a correct password is not a failure); a wrong or replayed one
// gives 401 mfa_required too, counted by mfaPolicy. It returns true when
// the login may go on.
func (s *Server) loginSecondFactor(w http.ResponseWriter, r *http.Request, u store.User, f secondFactor, refund func()) bool {
	st, err := s.store.MFAState(r.Context(), u.ID)
	if err != nil {
		s.internalError(w, r, "mfa state", err)
		return false
	}
	if !st.Enabled() {
		return true
	}
	if f.empty() {
		refund()
		writeError(w, http.StatusUnauthorized, "mfa_required", "this account uses two-factor authentication: send totpCode (or a recoveryCode) with the password")
		return false
	}
	switch s.checkFactor(w, r, u, st, f) {
	case factorOK:
		return true
	case factorWrong:
		writeError(w, http.StatusUnauthorized, "mfa_required", "the one-time code is not valid or was already used")
	}
	return false
}

// refundLogin returns a login's per-account and per-network slots.
func (s *Server) refundLogin(ctx context.Context, email, ip string, acct, ipTurn ratelimit.Decision) {
	if acct.Ticket != "" {
		_ = s.limiter.Refund(ctx, s.loginAccountPolicy(), email, acct.Ticket)
	}
	if ipTurn.Ticket != "" {
		_ = s.limiter.Refund(ctx, s.loginIPPolicy(), ipKey(ip), ipTurn.Ticket)
	}
}

// mfaEnrolmentRoutes are what a session of an account that must enrol MFA
// again (after an unlock) may reach.
var mfaEnrolmentRoutes = map[string]bool{
	"GET /api/v1/me":                   true,
	"GET /api/v1/me/mfa":               true,
	"POST /api/v1/me/mfa/totp":         true,
	"POST /api/v1/me/mfa/totp/confirm": true,
	"POST /api/v1/auth/step-up":        true,
	"POST /api/v1/auth/logout":         true,
	"POST /api/v1/auth/logout-all":     true,
}

// mfaGate refuses (403 mfa_enrolment_required) every other route to a
// session of an account that must enrol MFA again. API keys pass: an
// unlock leaves them suspended until the owner reinstates them, which
// needs a session.
func (s *Server) mfaGate(w http.ResponseWriter, r *http.Request, who *principal) bool {
	if who.via == viaAPIKey || mfaEnrolmentRoutes[r.Pattern] {
		return true
	}
	st, err := s.store.MFAState(r.Context(), who.user.ID)
	if err != nil {
		s.log.Error("mfa state unavailable", "method", r.Method, "path", r.URL.Path, "error", err.Error())
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable, "unavailable", "authentication is temporarily unavailable; try again shortly")
		return false
	}
	if st.ReenrolRequired {
		writeError(w, http.StatusForbidden, "mfa_enrolment_required", "your account was unlocked: set up two-factor authentication again (POST /api/v1/me/mfa/totp) before anything else")
		return false
	}
	return true
}

// mfaReenrolmentNote is the audit and mail note for an unlock: the store
// dropped the MFA of an account that had it (store.UnlockUser), and the
// owner must enrol again.
func mfaReenrolmentNote(ctx context.Context, st store.MFAStore, u store.User) (string, error) {
	m, err := st.MFAState(ctx, u.ID)
	if err != nil || !m.ReenrolRequired {
		return "", err
	}
	return "; MFA re-enrolment required", nil
}

type mfaView struct {
	Enabled             bool       `json:"enabled"`
	EnabledAt           *time.Time `json:"enabledAt,omitempty"`
	Pending             bool       `json:"pending"`
	RecoveryCodesLeft   int        `json:"recoveryCodesLeft"`
	ReenrolmentRequired bool       `json:"reenrolmentRequired"`
	StepUpUntil         *time.Time `json:"stepUpUntil,omitempty"`
}

// handleMFAStatus shows the caller's second-factor state.
func (s *Server) handleMFAStatus(w http.ResponseWriter, r *http.Request, p *principal) {
	ctx := r.Context()
	st, err := s.store.MFAState(ctx, p.user.ID)
	if err != nil {
		s.internalError(w, r, "mfa state", err)
		return
	}
	v := mfaView{Enabled: st.Enabled(), EnabledAt: optionalTime(st.EnabledAt), Pending: s.pendingSecret(st) != nil,
		RecoveryCodesLeft: st.RecoveryCodesLeft, ReenrolmentRequired: st.ReenrolRequired}
	if until, err := s.store.SessionElevatedUntil(ctx, p.session.ID); err == nil && s.clock.Now().Before(until) {
		v.StepUpUntil = optionalTime(until)
	}
	writeJSON(w, http.StatusOK, v)
}

// pendingSecret is the encrypted pending secret, or nil when there is
// none or it is too old to confirm.
func (s *Server) pendingSecret(st store.MFAState) []byte {
	if st.PendingEnc == nil || !s.clock.Now().Before(st.PendingAt.Add(pendingEnrolment)) {
		return nil
	}
	return st.PendingEnc
}

// handleMFAEnrol starts a TOTP enrolment (a sensitive change: it needs
// re-authentication). The secret is in this response only.
func (s *Server) handleMFAEnrol(w http.ResponseWriter, r *http.Request, p *principal) {
	var in reauthFields
	if !decodeJSON(w, r, &in) {
		return
	}
	ctx := r.Context()
	st, err := s.store.MFAState(ctx, p.user.ID)
	if err != nil {
		s.internalError(w, r, "mfa state", err)
		return
	}
	if st.Enabled() {
		writeError(w, http.StatusConflict, "mfa_already_enabled", "two-factor authentication is on; disable it first to enrol a new authenticator")
		return
	}
	if !s.reauthenticate(w, r, p, in) {
		return
	}
	key, err := totp.NewSecret()
	if err != nil {
		s.internalError(w, r, "totp secret", err)
		return
	}
	enc, err := s.mfa.seal(p.user.ID, key)
	if err != nil {
		s.internalError(w, r, "seal totp secret", err)
		return
	}
	now := s.clock.Now()
	if err := s.store.BeginTOTPEnrolment(ctx, p.user.ID, enc, now); errors.Is(err, store.ErrConflict) {
		writeError(w, http.StatusConflict, "mfa_already_enabled", "two-factor authentication is on; disable it first to enrol a new authenticator")
		return
	} else if err != nil {
		s.internalError(w, r, "begin enrolment", err)
		return
	}
	s.event(r, evMFAEnrolStarted, p.user.ID, "", "success", "")
	writeJSON(w, http.StatusOK, map[string]any{
		"status":     "pending",
		"secret":     totp.EncodeSecret(key),
		"otpauthUri": totp.URI(s.cfg.Issuer, p.user.Email, key),
		"confirmBy":  now.Add(pendingEnrolment).UTC(),
		"message":    "Add the secret to your authenticator app, then confirm with a code from it (POST /api/v1/me/mfa/totp/confirm).",
	})
}

type mfaConfirm struct {
	TOTPCode secret.Value `json:"totpCode"`
}

// handleMFAConfirm turns MFA on with a code from the pending secret and
// hands out the recovery codes, once.
func (s *Server) handleMFAConfirm(w http.ResponseWriter, r *http.Request, p *principal) {
	var in mfaConfirm
	if !decodeJSON(w, r, &in) {
		return
	}
	if in.TOTPCode.Empty() {
		writeError(w, http.StatusBadRequest, "invalid_request", "totpCode is required")
		return
	}
	if !(secondFactor{TOTPCode: in.TOTPCode}).wellFormed(w) {
		return
	}
	ctx := r.Context()
	st, err := s.store.MFAState(ctx, p.user.ID)
	if err != nil {
		s.internalError(w, r, "mfa state", err)
		return
	}
	pending := s.pendingSecret(st)
	if pending == nil || st.Enabled() {
		writeError(w, http.StatusConflict, "no_pending_enrolment", "there is no enrolment to confirm (start one with POST /api/v1/me/mfa/totp; it must be confirmed within 15 minutes)")
		return
	}
	d, ok := s.take(w, r, s.mfaPolicy(), formatID(p.user.ID))
	if !ok {
		return
	}
	key, err := s.mfa.open(p.user.ID, pending)
	if err != nil {
		s.internalError(w, r, "decrypt totp secret", err)
		return
	}
	step, ok := totp.MatchAny(key, in.TOTPCode.Reveal(), s.clock.Now())
	if !ok {
		s.event(r, evMFAFailure, p.user.ID, "", "failure", "wrong code at enrolment")
		writeError(w, http.StatusBadRequest, "invalid_mfa_code", "the code does not match the new secret; check the device's clock and try the next code")
		return
	}
	codes, digests, err := s.mfa.newRecoveryCodes(p.user.ID)
	if err != nil {
		s.internalError(w, r, "recovery codes", err)
		return
	}
	if err := s.store.ConfirmTOTPEnrolment(ctx, p.user.ID, pending, step, digests, s.clock.Now()); errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusConflict, "no_pending_enrolment", "the enrolment changed meanwhile; start again")
		return
	} else if err != nil {
		s.internalError(w, r, "confirm enrolment", err)
		return
	}
	_ = s.limiter.Refund(ctx, s.mfaPolicy(), formatID(p.user.ID), d.Ticket)
	s.event(r, evMFAEnabled, p.user.ID, "", "success", "")
	s.send(ctx, mailer.Message{To: p.user.Email, Subject: "Two-factor authentication was turned on",
		Body: "Two-factor authentication (an authenticator app) was turned on for your account. If this was not you, contact support at once."})
	writeJSON(w, http.StatusOK, map[string]any{"status": "enabled", "recoveryCodes": codes,
		"message": "Two-factor authentication is on. Keep these recovery codes somewhere safe: each works once, and they are not shown again."})
}

// handleMFADisable turns MFA off (a sensitive change: with MFA on, the
// inline re-authentication takes the password and a code).
func (s *Server) handleMFADisable(w http.ResponseWriter, r *http.Request, p *principal) {
	var in reauthFields
	if !decodeJSON(w, r, &in) {
		return
	}
	ctx := r.Context()
	st, err := s.store.MFAState(ctx, p.user.ID)
	if err != nil {
		s.internalError(w, r, "mfa state", err)
		return
	}
	if !st.Enabled() && st.PendingEnc == nil {
		writeError(w, http.StatusConflict, "mfa_not_enabled", "two-factor authentication is not on")
		return
	}
	if !s.reauthenticate(w, r, p, in) {
		return
	}
	if err := s.store.DisableMFA(ctx, p.user.ID); err != nil {
		s.internalError(w, r, "disable mfa", err)
		return
	}
	s.event(r, evMFADisabled, p.user.ID, "", "success", "")
	s.send(ctx, mailer.Message{To: p.user.Email, Subject: "Two-factor authentication was turned off",
		Body: "Two-factor authentication was turned off for your account and its recovery codes were deleted. If this was not you, reset your password at once."})
	writeJSON(w, http.StatusOK, map[string]string{"status": "disabled"})
}

// handleRecoveryCodes replaces the recovery codes (a sensitive change) and
// hands out the new ones, once.
func (s *Server) handleRecoveryCodes(w http.ResponseWriter, r *http.Request, p *principal) {
	var in reauthFields
	if !decodeJSON(w, r, &in) {
		return
	}
	ctx := r.Context()
	st, err := s.store.MFAState(ctx, p.user.ID)
	if err != nil {
		s.internalError(w, r, "mfa state", err)
		return
	}
	if !st.Enabled() {
		writeError(w, http.StatusConflict, "mfa_not_enabled", "two-factor authentication is not on")
		return
	}
	if !s.reauthenticate(w, r, p, in) {
		return
	}
	codes, digests, err := s.mfa.newRecoveryCodes(p.user.ID)
	if err != nil {
		s.internalError(w, r, "recovery codes", err)
		return
	}
	if err := s.store.ReplaceRecoveryCodes(ctx, p.user.ID, digests, s.clock.Now()); errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusConflict, "mfa_not_enabled", "two-factor authentication is not on")
		return
	} else if err != nil {
		s.internalError(w, r, "replace recovery codes", err)
		return
	}
	s.event(r, evRecoveryCodesIssued, p.user.ID, "", "success", "")
	s.send(ctx, mailer.Message{To: p.user.Email, Subject: "New recovery codes",
		Body: "New recovery codes were generated for your account; the old ones no longer work. If this was not you, reset your password at once."})
	writeJSON(w, http.StatusOK, map[string]any{"recoveryCodes": codes,
		"message": "Your old recovery codes no longer work. Keep these somewhere safe: each works once, and they are not shown again."})
}

// mfaRoutes are the MFA and step-up routes (API keys refused: no scope).
func (s *Server) mfaRoutes() []route {
	return []route{
		{"POST /api/v1/auth/step-up", policy{access: user}, s.handleStepUp},
		{"GET /api/v1/me/mfa", policy{access: user}, s.handleMFAStatus},
		{"POST /api/v1/me/mfa/totp", policy{access: user}, s.handleMFAEnrol},
		{"POST /api/v1/me/mfa/totp/confirm", policy{access: user}, s.handleMFAConfirm},
		{"POST /api/v1/me/mfa/disable", policy{access: user}, s.handleMFADisable},
		{"POST /api/v1/me/mfa/recovery-codes", policy{access: user}, s.handleRecoveryCodes},
	}
}

// adminTargetExists answers 404 before any re-authentication work when an
// admin action's account does not exist (or, for an unlock, is not
// locked).
func (s *Server) adminTargetExists(w http.ResponseWriter, r *http.Request, email string, mustBeLocked bool) bool {
	u, err := s.store.UserByEmail(r.Context(), email)
	switch {
	case errors.Is(err, store.ErrNotFound) || err == nil && mustBeLocked && !u.Locked():
		if mustBeLocked {
			writeError(w, http.StatusNotFound, "not_found", "no locked account with this address")
		} else {
			writeError(w, http.StatusNotFound, "not_found", "no such account")
		}
		return false
	case err != nil:
		s.internalError(w, r, "load user", err)
		return false
	}
	return true
}
