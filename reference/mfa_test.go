package reference_test

import (
	"bytes"
	"encoding/base32"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/cli"
	"github.com/authcheck/authcheck/reference/totp"
)

// totpAt is the code of secret (base32) at the step of t plus d steps.
func totpAt(t *testing.T, secret string, at time.Time, d int64) string {
	t.Helper()
	key, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(secret)
	if err != nil {
		t.Fatalf("secret %q: %v", secret, err)
	}
	return totp.Code(key, totp.Step(at)+d, totp.Digits)
}

// enableMFA enrols and confirms TOTP for the client's account and returns
// the secret and the recovery codes. The confirming code's step is used:
// advance the clock a step before the next code.
func (e *env) enableMFA(c *client) (string, []string) {
	e.t.Helper()
	r := c.do("POST", "/api/v1/me/mfa/totp", map[string]string{"currentPassword": c.password})
	expect(e.t, r, 200, "enrol")
	secret := r.str(e.t, "secret")
	r = c.do("POST", "/api/v1/me/mfa/totp/confirm", map[string]string{"totpCode": totpAt(e.t, secret, e.clock.Now(), 0)})
	expect(e.t, r, 200, "confirm enrolment")
	var codes []string
	for _, v := range r.json(e.t)["recoveryCodes"].([]any) {
		codes = append(codes, v.(string))
	}
	return secret, codes
}

func mfaLogin(e *env, email, pw string, extra ...string) *resp {
	e.t.Helper()
	body := map[string]string{"email": email, "password": pw}
	for i := 0; i+1 < len(extra); i += 2 {
		body[extra[i]] = extra[i+1]
	}
	return e.client().do("POST", "/api/v1/auth/login", body)
}

func expectError(t *testing.T, r *resp, status int, code, what string) {
	t.Helper()
	expect(t, r, status, what)
	if got := r.str(t, "error"); got != code {
		t.Fatalf("%s: error %q, want %q: %s", what, got, code, r.body)
	}
}

// dbFiles is the raw bytes of the database and its WAL.
func dbFiles(t *testing.T, dataDir string) []byte {
	t.Helper()
	var all []byte
	for _, name := range []string{reference.DefaultDBName, reference.DefaultDBName + "-wal"} {
		b, err := os.ReadFile(filepath.Join(dataDir, name))
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		all = append(all, b...)
	}
	return all
}

func dbQuery(t *testing.T, dataDir, q string, args ...any) [][]any {
	t.Helper()
	db := openTestDB(t, dataDir) // SQLite, or Postgres under AUTHCHECK_TEST_REFERENCE_STORE
	defer db.Close()
	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out [][]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, vals)
	}
	return out
}

// TestMFAEnrolmentLoginWindowAndReplay: enrolment needs re-authentication
// and a confirming code; login asks for the code only after the password
// is proven; codes of ±1 step work, ±2 do not, and a used step is refused.
func TestMFAEnrolmentLoginWindowAndReplay(t *testing.T) {
	e := start(t, nil)
	c, email, pw, _, _ := e.user("totp")
	expectError(t, c.do("POST", "/api/v1/me/mfa/totp", map[string]string{}), 400, "reauthentication_required", "enrol without password")
	expectError(t, c.do("POST", "/api/v1/me/mfa/totp", map[string]string{"currentPassword": "not the password"}), 403, "reauthentication_failed", "enrol with a wrong password")
	expectError(t, c.do("POST", "/api/v1/me/mfa/totp/confirm", map[string]string{"totpCode": "123456"}), 409, "no_pending_enrolment", "confirm before enrolling")
	r := c.do("POST", "/api/v1/me/mfa/totp", map[string]string{"currentPassword": pw})
	expect(t, r, 200, "enrol")
	secret := r.str(t, "secret")
	u, err := url.Parse(r.str(t, "otpauthUri"))
	if err != nil || u.Scheme != "otpauth" || u.Query().Get("secret") != secret || !strings.Contains(u.Path, email) {
		t.Fatalf("otpauth URI %q", r.str(t, "otpauthUri"))
	}
	// Pending: login still needs only the password.
	expect(t, mfaLogin(e, email, pw), 200, "login while enrolment is pending")
	now := e.clock.Now()
	expectError(t, c.do("POST", "/api/v1/me/mfa/totp/confirm", map[string]string{"totpCode": totpAt(t, secret, now, 3)}), 400, "invalid_mfa_code", "confirm with a wrong code")
	r = c.do("POST", "/api/v1/me/mfa/totp/confirm", map[string]string{"totpCode": totpAt(t, secret, now, 0)})
	expect(t, r, 200, "confirm")
	if n := len(r.json(t)["recoveryCodes"].([]any)); n != 10 {
		t.Fatalf("%d recovery codes", n)
	}
	expectError(t, c.do("POST", "/api/v1/me/mfa/totp", map[string]string{"currentPassword": pw}), 409, "mfa_already_enabled", "enrol twice")
	if m := e.lastMail(email); !strings.Contains(m.Subject, "turned on") {
		t.Fatalf("owner not told: %+v", m)
	}

	// The secret is not stored in plaintext (nor its base32 form).
	key, _ := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(secret)
	raw := dbFiles(t, e.cfg.DataDir)
	if bytes.Contains(raw, key) || bytes.Contains(raw, []byte(secret)) {
		t.Fatal("TOTP secret stored in plaintext")
	}
	if bytes.Contains([]byte(e.logs.String()), []byte(secret)) {
		t.Fatal("TOTP secret logged")
	}

	// Without a code: 401 mfa_required, but only with the right password.
	wrong := mfaLogin(e, email, "not the password at all")
	expectError(t, wrong, 401, "invalid_credentials", "wrong password, MFA on")
	expectError(t, mfaLogin(e, email, "not the password at all", "totpCode", totpAt(t, secret, now, 0)), 401, "invalid_credentials", "wrong password with a code")
	other := mfaLogin(e, "nobody@example.org", "not the password at all")
	if !bytes.Equal(wrong.body, other.body) {
		t.Fatalf("wrong password answers differ with MFA on: %s vs %s", wrong.body, other.body)
	}
	expectError(t, mfaLogin(e, email, pw), 401, "mfa_required", "right password without a code")

	// The confirming step is spent.
	expectError(t, mfaLogin(e, email, pw, "totpCode", totpAt(t, secret, now, 0)), 401, "mfa_required", "code of the confirming step")
	// Next step: accepted once, then refused (replay).
	e.clock.Advance(totp.Period)
	good := totpAt(t, secret, e.clock.Now(), 0)
	expect(t, mfaLogin(e, email, pw, "totpCode", good), 200, "current code")
	expectError(t, mfaLogin(e, email, pw, "totpCode", good), 401, "mfa_required", "replayed code")
	// ±1 step: the previous and the next step are accepted (in order).
	e.clock.Advance(2 * totp.Period)
	expect(t, mfaLogin(e, email, pw, "totpCode", totpAt(t, secret, e.clock.Now(), -1)), 200, "previous step")
	expect(t, mfaLogin(e, email, pw, "totpCode", totpAt(t, secret, e.clock.Now(), +1)), 200, "next step")
	// The current step is now older than a used one: refused.
	expectError(t, mfaLogin(e, email, pw, "totpCode", totpAt(t, secret, e.clock.Now(), 0)), 401, "mfa_required", "step before a used one")
	// ±2 steps: refused. (A new window of the wrong-code limit first: the
	// refusals above were four of its five.)
	e.clock.Advance(15 * time.Minute)
	expectError(t, mfaLogin(e, email, pw, "totpCode", totpAt(t, secret, e.clock.Now(), -2)), 401, "mfa_required", "two steps back")
	expectError(t, mfaLogin(e, email, pw, "totpCode", totpAt(t, secret, e.clock.Now(), +2)), 401, "mfa_required", "two steps ahead")
	expect(t, mfaLogin(e, email, pw, "totpCode", totpAt(t, secret, e.clock.Now(), 0)), 200, "current code after refusals")
}

// TestMFAConcurrentReplay: one code sent by many clients at once logs in
// exactly once.
func TestMFAConcurrentReplay(t *testing.T) {
	e := start(t, nil)
	c, email, pw, _, _ := e.user("race")
	secret, _ := e.enableMFA(c)
	e.clock.Advance(totp.Period)
	code := totpAt(t, secret, e.clock.Now(), 0)
	body := map[string]string{"email": email, "password": pw, "totpCode": code}
	rs := parallel(t, 8, func(int) (*resp, error) { return e.client().try("POST", "/api/v1/auth/login", body) })
	ok := 0
	for _, r := range rs {
		switch r.status {
		case 200:
			ok++
		case 401, 429: // replay; past five refusals, the wrong-code limit
		default:
			t.Fatalf("status %d: %s", r.status, r.body)
		}
	}
	if ok != 1 {
		t.Fatalf("%d logins with one code: %s", ok, fmtStatus(rs))
	}
}

// TestMFABadInput: malformed codes are 400 JSON errors before any work:
// they neither log in nor count against the account's code budget.
func TestMFABadInput(t *testing.T) {
	e := start(t, nil)
	c, email, pw, _, _ := e.user("badinput")
	secret, _ := e.enableMFA(c)
	for _, bad := range []string{"12345", "1234567", "abcdef", "12 456", "１２３４５６", "-12345", strings.Repeat("9", 10000)} {
		r := mfaLogin(e, email, pw, "totpCode", bad)
		expectError(t, r, 400, "invalid_mfa_code", fmt.Sprintf("totpCode %.20q", bad))
		expectError(t, mfaLogin(e, email, pw, "recoveryCode", bad), 400, "invalid_mfa_code", fmt.Sprintf("recoveryCode %.20q", bad))
		expectError(t, c.do("POST", "/api/v1/me/mfa/disable", map[string]string{"currentPassword": pw, "totpCode": bad}), 400, "invalid_mfa_code", "disable with a malformed code")
		expectError(t, c.do("POST", "/api/v1/auth/step-up", map[string]string{"totpCode": bad}), 400, "invalid_mfa_code", "step-up with a malformed code")
	}
	expectError(t, mfaLogin(e, email, pw, "totpCode", "123456", "recoveryCode", "AAAA-AAAA-AAAA-AAAA"), 400, "invalid_mfa_code", "both codes")
	for _, raw := range []string{
		`{"email":"` + email + `","password":"` + pw + `","totpCode":123456}`,
		`{"email":"` + email + `","password":"` + pw + `","totpCode":["123456"]}`,
		"{\"email\":\"" + email + "\",\"password\":\"" + pw + "\",\"totpCode\":\"12\xff\xfe56\"}",
		`{"email":"` + email + `","password":"` + pw + `","totpCode":"` + strings.Repeat("1", 20000) + `"}`,
	} {
		r := e.client().do("POST", "/api/v1/auth/login", raw)
		if r.status != 400 && r.status != 413 {
			t.Fatalf("raw body %.60q: status %d: %s", raw, r.status, r.body)
		}
		r.json(t) // a JSON error
	}
	expectError(t, e.client().do("POST", "/api/v1/auth/step-up", []byte("{\"password\":\"\xff\"}")), 401, "unauthenticated", "step-up without a session")
	expectError(t, c.do("POST", "/api/v1/auth/step-up", []byte("{\"password\":\"\xff\"}")), 400, "invalid_utf8", "non-UTF-8 step-up body")
	// None of that used up the account's 5 wrong codes, nor the MFA.
	e.clock.Advance(totp.Period)
	expect(t, mfaLogin(e, email, pw, "totpCode", totpAt(t, secret, e.clock.Now(), 0)), 200, "login after malformed attempts")
	if r := c.do("GET", "/api/v1/me/mfa", nil); r.json(t)["enabled"] != true {
		t.Fatalf("MFA state changed: %s", r.body)
	}
}

// TestMFABruteForceLimited: five wrong codes per account in 15 minutes,
// then 429 with Retry-After, even for the right code; wrong passwords
// keep getting the plain answer.
func TestMFABruteForceLimited(t *testing.T) {
	e := start(t, nil)
	c, email, pw, _, _ := e.user("brute")
	secret, codes := e.enableMFA(c)
	e.clock.Advance(totp.Period)
	now := e.clock.Now()
	for i := range 5 {
		// Wrong TOTP codes and a wrong recovery code all count.
		var r *resp
		if i == 4 {
			r = mfaLogin(e, email, pw, "recoveryCode", "AAAA-BBBB-CCCC-DDDD")
		} else {
			r = mfaLogin(e, email, pw, "totpCode", fmt.Sprintf("%06d", (i*7919)%1000000))
		}
		expectError(t, r, 401, "mfa_required", fmt.Sprintf("wrong code %d", i+1))
	}
	// The fifth wrong code raised an alert and told the owner, once.
	if n := strings.Count(strings.Join(e.alertKinds(), " "), "failed_login_burst"); n != 1 {
		t.Fatalf("%d failed-login alerts: %v", n, e.alertKinds())
	}
	if m := e.lastMail(email); !strings.Contains(m.Subject, "wrong sign-in codes") {
		t.Fatalf("owner not told: %+v", m)
	}
	r := mfaLogin(e, email, pw, "totpCode", totpAt(t, secret, now, 0))
	expectError(t, r, 429, "rate_limited", "right code after five wrong ones")
	if r.header.Get("Retry-After") == "" {
		t.Fatal("429 without Retry-After")
	}
	expectError(t, mfaLogin(e, email, pw, "recoveryCode", codes[0]), 429, "rate_limited", "recovery code while limited")
	expectError(t, mfaLogin(e, email, "a wrong password here"), 401, "invalid_credentials", "wrong password while limited")
	// Step-up and inline re-authentication share the budget.
	expectError(t, c.do("POST", "/api/v1/auth/step-up", map[string]string{"totpCode": totpAt(t, secret, now, 0)}), 429, "rate_limited", "step-up while limited")
	e.clock.Advance(15*time.Minute + time.Second)
	expect(t, mfaLogin(e, email, pw, "totpCode", totpAt(t, secret, e.clock.Now(), 0)), 200, "after the window")
}

// TestRecoveryCodesSingleUseAndHashed: a recovery code logs in once; the
// codes are stored as keyed digests; regeneration kills the old set.
func TestRecoveryCodesSingleUseAndHashed(t *testing.T) {
	e := start(t, nil)
	c, email, pw, _, _ := e.user("recovery")
	secret, codes := e.enableMFA(c)
	raw := dbFiles(t, e.cfg.DataDir)
	for _, code := range codes {
		plain := strings.ReplaceAll(code, "-", "")
		if bytes.Contains(raw, []byte(code)) || bytes.Contains(raw, []byte(plain)) {
			t.Fatalf("recovery code %s stored in plaintext", code)
		}
	}
	for _, code := range codes {
		if strings.Contains(e.logs.String(), strings.ReplaceAll(code, "-", "")[:8]) {
			t.Fatalf("recovery code %s logged", code)
		}
	}
	rows := dbQuery(t, e.cfg.DataDir, `SELECT digest, used_at FROM mfa_recovery_codes`)
	if len(rows) != 10 {
		t.Fatalf("%d stored codes", len(rows))
	}
	for _, row := range rows {
		if d, ok := row[0].([]byte); !ok || len(d) != 32 || row[1] != nil {
			t.Fatalf("stored code %v", row)
		}
	}
	expect(t, mfaLogin(e, email, pw, "recoveryCode", codes[0]), 200, "recovery code")
	expectError(t, mfaLogin(e, email, pw, "recoveryCode", codes[0]), 401, "mfa_required", "recovery code reused")
	// Case and separators do not matter.
	expect(t, mfaLogin(e, email, pw, "recoveryCode", strings.ToLower(strings.ReplaceAll(codes[1], "-", ""))), 200, "lower case, no dashes")
	if n := countRows(t, e.cfg.DataDir, "mfa_recovery_codes WHERE used_at IS NOT NULL"); n != 2 {
		t.Fatalf("%d codes marked used", n)
	}
	if m := e.lastMail(email); !strings.Contains(m.Subject, "recovery code") || !strings.Contains(m.Body, "8 are left") {
		t.Fatalf("owner not told: %+v", m)
	}
	if r := c.do("GET", "/api/v1/me/mfa", nil); r.json(t)["recoveryCodesLeft"] != float64(8) {
		t.Fatalf("status %s", r.body)
	}
	// Regeneration needs re-authentication with the second factor.
	expectError(t, c.do("POST", "/api/v1/me/mfa/recovery-codes", map[string]string{"currentPassword": pw}), 400, "reauthentication_required", "regenerate without a code")
	e.clock.Advance(totp.Period)
	r := c.do("POST", "/api/v1/me/mfa/recovery-codes", map[string]string{"currentPassword": pw, "totpCode": totpAt(t, secret, e.clock.Now(), 0)})
	expect(t, r, 200, "regenerate")
	fresh := r.json(t)["recoveryCodes"].([]any)
	expectError(t, mfaLogin(e, email, pw, "recoveryCode", codes[2]), 401, "mfa_required", "old code after regeneration")
	expect(t, mfaLogin(e, email, pw, "recoveryCode", fresh[0].(string)), 200, "new code")
}

// TestStepUpGuardsEverySensitiveEndpoint: without the inline password a
// sensitive request needs a step-up; the step-up lasts five minutes, for
// that session only.
func TestStepUpGuardsEverySensitiveEndpoint(t *testing.T) {
	e := start(t, func(c *reference.Config) { c.Limits.ReauthPerAccount = 1000 })
	e.register("boss@example.org", "the administrator's passphrase")
	e.setRole("boss@example.org", "admin")
	admin, adminAccess, _ := e.login("boss@example.org", "the administrator's passphrase")
	c, email, pw, access, _ := e.user("stepper")
	k := createKey(t, c, map[string]any{"name": "k", "scopes": []string{"profile:read"}, "expiresIn": 3600})
	keyID := k.str(t, "id")
	expect(t, c.do("POST", "/api/v1/auth/logout-all", nil), 204, "flag the key for review")
	c, access, _ = e.login(email, pw)
	e.register("victim@example.org", "the victim's long passphrase")

	type call struct {
		who  *client
		path string
		body map[string]any
		ok   int
	}
	calls := func() []call {
		return []call{
			{c, "/api/v1/me/email", map[string]any{"newEmail": "stepper2@example.org"}, 202},
			{c, "/api/v1/api-keys", map[string]any{"name": "n", "scopes": []string{"profile:read"}, "expiresIn": 3600}, 201},
			{c, "/api/v1/api-keys/" + keyID + "/reinstate", map[string]any{}, 204},
			{c, "/api/v1/me/mfa/totp", map[string]any{}, 200},
			{admin, "/api/v1/admin/lock-account", map[string]any{"email": "victim@example.org"}, 200},
			{admin, "/api/v1/admin/unlock-account", map[string]any{"email": "victim@example.org"}, 200},
		}
	}
	for _, x := range calls() {
		if strings.Contains(x.path, "unlock") {
			// The target is checked before any re-authentication work.
			expectError(t, x.who.do("POST", x.path, x.body), 404, "not_found", "unlock of an account that is not locked")
			continue
		}
		expectError(t, x.who.do("POST", x.path, x.body), 400, "reauthentication_required", "no step-up: "+x.path)
	}
	// Wrong step-ups.
	expectError(t, c.do("POST", "/api/v1/auth/step-up", map[string]string{}), 400, "reauthentication_required", "step-up without password")
	expectError(t, c.do("POST", "/api/v1/auth/step-up", map[string]string{"password": "a wrong password"}), 403, "reauthentication_failed", "step-up with a wrong password")
	expectError(t, e.bearer(k.str(t, "key")).do("POST", "/api/v1/auth/step-up", map[string]string{"password": pw}), 401, "unauthenticated", "step-up with a flagged API key")

	// A step-up through the access token elevates the session, so the
	// cookie sees it too; another session of the same account does not.
	r := e.bearer(access).do("POST", "/api/v1/auth/step-up", map[string]string{"password": pw})
	expect(t, r, 200, "step-up")
	if r.json(t)["expiresIn"] != float64(300) {
		t.Fatalf("step-up %s", r.body)
	}
	expect(t, admin.do("POST", "/api/v1/auth/step-up", map[string]string{"password": "the administrator's passphrase"}), 200, "admin step-up")
	other, _, _ := e.login(email, pw)
	expectError(t, other.do("POST", "/api/v1/me/email", map[string]any{"newEmail": "x@example.org"}), 400, "reauthentication_required", "another session")
	if r := c.do("GET", "/api/v1/me/mfa", nil); r.json(t)["stepUpUntil"] == nil {
		t.Fatalf("status without step-up: %s", r.body)
	}
	// Elevated, a wrong password given anyway is still refused.
	expectError(t, c.do("POST", "/api/v1/me/email", map[string]any{"newEmail": "y@example.org", "currentPassword": "a wrong password"}), 403, "reauthentication_failed", "elevated, wrong password")
	for _, x := range calls() {
		expect(t, x.who.do("POST", x.path, x.body), x.ok, "after step-up: "+x.path)
	}
	// The window closes after five minutes.
	e.clock.Advance(stepUp + time.Second)
	// (the session's idle timeout is 30 minutes: still logged in)
	for _, x := range calls() {
		if x.path == "/api/v1/api-keys/"+keyID+"/reinstate" || strings.HasPrefix(x.path, "/api/v1/me/mfa") || strings.Contains(x.path, "unlock") {
			continue // done already, or not applicable again
		}
		expectError(t, x.who.do("POST", x.path, x.body), 400, "reauthentication_required", "expired step-up: "+x.path)
	}
	expectError(t, e.bearer(adminAccess).do("POST", "/api/v1/admin/lock-account", map[string]any{"email": "victim@example.org"}), 400, "reauthentication_required", "admin token after the window")

	// Password change, elevated: it ends every session, and the new
	// session it hands out is not elevated.
	expect(t, c.do("POST", "/api/v1/auth/step-up", map[string]string{"password": pw}), 200, "step-up again")
	r = c.do("POST", "/api/v1/me/password", map[string]any{"newPassword": "a brand new passphrase here"})
	expect(t, r, 200, "password change after step-up")
	expectError(t, c.do("POST", "/api/v1/api-keys", map[string]any{"name": "n2", "scopes": []string{"profile:read"}, "expiresIn": 3600}), 400, "reauthentication_required", "new session after a password change")
}

const stepUp = 5 * time.Minute

// TestStepUpWithMFA: with MFA on, inline re-authentication takes the
// password and a code, and the step-up takes a code.
func TestStepUpWithMFA(t *testing.T) {
	e := start(t, nil)
	c, _, pw, _, _ := e.user("mfastep")
	secret, codes := e.enableMFA(c)
	e.clock.Advance(totp.Period)
	now := e.clock.Now()
	body := func(extra ...string) map[string]any {
		m := map[string]any{"name": "k", "scopes": []string{"profile:read"}, "expiresIn": 3600, "currentPassword": pw}
		for i := 0; i+1 < len(extra); i += 2 {
			m[extra[i]] = extra[i+1]
		}
		return m
	}
	expectError(t, c.do("POST", "/api/v1/api-keys", body()), 400, "reauthentication_required", "password without a code")
	expectError(t, c.do("POST", "/api/v1/api-keys", body("totpCode", totpAt(t, secret, now, 2))), 403, "reauthentication_failed", "password and a wrong code")
	expectError(t, c.do("POST", "/api/v1/api-keys", body("currentPassword", "wrong password", "totpCode", totpAt(t, secret, now, 0))), 403, "reauthentication_failed", "wrong password and a right code")
	expect(t, c.do("POST", "/api/v1/api-keys", body("totpCode", totpAt(t, secret, now, 0))), 201, "password and code")
	expectError(t, c.do("POST", "/api/v1/api-keys", body("totpCode", totpAt(t, secret, now, 0))), 403, "reauthentication_failed", "the same code again")
	expect(t, c.do("POST", "/api/v1/api-keys", body("recoveryCode", codes[0])), 201, "password and a recovery code")

	expectError(t, c.do("POST", "/api/v1/auth/step-up", map[string]string{"password": pw}), 400, "reauthentication_required", "step-up with the password only")
	e.clock.Advance(totp.Period)
	expect(t, c.do("POST", "/api/v1/auth/step-up", map[string]string{"totpCode": totpAt(t, secret, e.clock.Now(), 0)}), 200, "step-up with a code")
	expect(t, c.do("POST", "/api/v1/me/mfa/disable", map[string]string{}), 200, "disable, elevated")
	if r := c.do("GET", "/api/v1/me/mfa", nil); r.json(t)["enabled"] != false || r.json(t)["recoveryCodesLeft"] != float64(0) {
		t.Fatalf("after disable: %s", r.body)
	}
	expectError(t, c.do("POST", "/api/v1/me/mfa/disable", map[string]string{}), 409, "mfa_not_enabled", "disable twice")
}

// TestMFAReenrolmentAfterUnlock: an unlock drops the TOTP secret and
// recovery codes of an account that had MFA; after the reset its session
// can only enrol again.
func TestMFAReenrolmentAfterUnlock(t *testing.T) {
	e := start(t, nil)
	e.register("ops@example.org", "operations passphrase")
	e.setRole("ops@example.org", "admin")
	admin, _, _ := e.login("ops@example.org", "operations passphrase")
	c, email, pw, _, _ := e.user("unlocked")
	oldSecret, oldCodes := e.enableMFA(c)
	lock := map[string]string{"email": email, "reason": "incident", "currentPassword": "operations passphrase"}
	expect(t, admin.do("POST", "/api/v1/admin/lock-account", lock), 200, "lock")
	r := admin.do("POST", "/api/v1/admin/unlock-account", lock)
	expect(t, r, 200, "unlock")
	if r.json(t)["mfaReenrolmentRequired"] != true {
		t.Fatalf("unlock: %s", r.body)
	}
	if n := countRows(t, e.cfg.DataDir, "mfa_recovery_codes"); n != 0 {
		t.Fatalf("%d recovery codes survive the unlock", n)
	}
	if n := countRows(t, e.cfg.DataDir, "mfa WHERE secret_enc IS NOT NULL OR pending_enc IS NOT NULL"); n != 0 {
		t.Fatal("the TOTP secret survives the unlock")
	}
	if m := e.lastMail(email); !strings.Contains(m.Body, "two-factor authentication again") {
		t.Fatalf("owner not told: %+v", m)
	}
	resetRequest(e, email)
	expect(t, resetConfirm(e, e.lastMail(email).Token, "after the incident passphrase"), 200, "reset")
	pw = "after the incident passphrase"
	// The old factors are gone: the password alone logs in ...
	e.clock.Advance(totp.Period)
	expect(t, mfaLogin(e, email, pw, "recoveryCode", oldCodes[0]), 200, "old recovery code ignored")
	c, _, _ = e.login(email, pw)
	// ... into a session that can only enrol again.
	expectError(t, c.do("GET", "/api/v1/notes", nil), 403, "mfa_enrolment_required", "notes before re-enrolment")
	expectError(t, c.do("GET", "/api/v1/api-keys", nil), 403, "mfa_enrolment_required", "keys before re-enrolment")
	expect(t, c.do("GET", "/api/v1/me", nil), 200, "me before re-enrolment")
	if r := c.do("GET", "/api/v1/me/mfa", nil); r.json(t)["reenrolmentRequired"] != true || r.json(t)["enabled"] != false {
		t.Fatalf("status: %s", r.body)
	}
	newSecret, _ := e.enableMFA(c)
	if newSecret == oldSecret {
		t.Fatal("re-enrolment reused the old secret")
	}
	expect(t, c.do("GET", "/api/v1/notes", nil), 200, "notes after re-enrolment")
	e.clock.Advance(totp.Period)
	expectError(t, mfaLogin(e, email, pw, "totpCode", totpAt(t, oldSecret, e.clock.Now(), 0)), 401, "mfa_required", "old authenticator")
	expect(t, mfaLogin(e, email, pw, "totpCode", totpAt(t, newSecret, e.clock.Now(), 0)), 200, "new authenticator")

	// The command-line unlock does the same.
	c2, email2, pw2, _, _ := e.user("cliunlock")
	e.enableMFA(c2)
	var out, errOut bytes.Buffer
	if code := cli.Main([]string{"lock-account", "--data", e.cfg.DataDir, email2}, &out, &errOut); code != 0 {
		t.Fatalf("lock: %s", errOut.String())
	}
	if code := cli.Main([]string{"unlock-account", "--data", e.cfg.DataDir, email2}, &out, &errOut); code != 0 {
		t.Fatalf("unlock: %s", errOut.String())
	}
	resetRequest(e, email2)
	expect(t, resetConfirm(e, e.lastMail(email2).Token, pw2+" again"), 200, "reset")
	c2, _, _ = e.login(email2, pw2+" again")
	expectError(t, c2.do("GET", "/api/v1/notes", nil), 403, "mfa_enrolment_required", "CLI unlock")
}
