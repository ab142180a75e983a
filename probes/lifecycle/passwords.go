package lifecycle

import (
	"context"
	"fmt"
	"strings"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the password-policy probe.
const (
	ruleShort      = "AP901"
	rulePassphrase = "AP902"
	ruleTruncation = "AP903"
	ruleBreached   = "AP904"
)

var policyRules = []string{ruleShort, rulePassphrase, ruleTruncation, ruleBreached}

// BreachedPasswords are tried at registration; each is in every public
// breach corpus (Pwned Passwords counts them in the hundreds of
// thousands) and at least 8 characters long, so only a breach check can
// refuse them.
var BreachedPasswords = []string{"password123", "P@ssw0rd"}

func init() {
	probes.Register(&probes.Probe{
		Name:  "password-policy",
		Area:  "passwords",
		Rules: policyRules,
		Needs: func(t *probes.Target) string { return needs(t, "register") },
		Run:   runPasswordPolicy,
	})
}

// attempt registers a throwaway account with the given password.
type attempt struct {
	status int
	hint   string
}

func (a attempt) ok() bool { return a.status/100 == 2 }

func (a attempt) String() string {
	if a.ok() {
		return fmt.Sprintf("accepted (%d)", a.status)
	}
	return fmt.Sprintf("refused (%d)%s", a.status, a.hint)
}

// runPasswordPolicy registers throwaway accounts (random addresses) with
// chosen passwords: one under 8 characters (must be refused), a 80+
// character passphrase of lower-case words and spaces (must be accepted,
// and its first 72 bytes alone must not log in), and well-known breached
// passwords (must be refused). A registration that refuses everything
// proves nothing, so refusals only count once a strong password was
// accepted.
func runPasswordPolicy(ctx context.Context, t *probes.Target) []report.Check {
	register := func(password string) (attempt, error) {
		acct := throwawayAccount()
		acct.Password = password
		r, err := newClient(t).register(ctx, acct)
		if err != nil {
			return attempt{}, fmt.Errorf("register: %s", probes.DescribeError(err))
		}
		return attempt{status: r.StatusCode, hint: bodyHint(r)}, nil
	}
	// The passphrase: 14 random lower-case words, 83 characters, no digit,
	// capital or symbol.
	passphrase := randWords(14, 5)
	acct := throwawayAccount()
	acct.Password = passphrase
	r, err := newClient(t).register(ctx, acct)
	if err != nil {
		return outcome(t, fmt.Errorf("register: %s", probes.DescribeError(err)), policyRules...)
	}
	long := attempt{status: r.StatusCode, hint: bodyHint(r)}
	var out []report.Check
	var sixtyFour attempt
	if long.ok() {
		out = append(out, t.Pass(rulePassphrase, fmt.Sprintf("a passphrase of %d characters (lower-case words and spaces) is accepted", len(passphrase)), probes.Evidence("passphrase", long.String())))
		out = append(out, checkTruncation(ctx, t, acct))
	} else {
		// Maybe only the maximum length is below 83: try exactly 64.
		if sixtyFour, err = register(passphrase[:64]); err != nil {
			return outcome(t, err, policyRules...)
		}
		e := probes.Evidence("passphrase83", long.String(), "passphrase64", sixtyFour.String())
		if sixtyFour.ok() {
			out = append(out, t.Warn(rulePassphrase, "a 64-character passphrase is accepted but an 83-character one is refused; allow longer passphrases (the reference allows 256)", e))
			out = append(out, t.Pass(ruleTruncation, "passphrases over 72 bytes are refused, so none can be silently truncated", e))
		} else {
			// Is registration working at all?
			control, err := register(strongPassword())
			if err != nil {
				return outcome(t, err, policyRules...)
			}
			if !control.ok() {
				return outcome(t, fmt.Errorf("registration refuses even a random 30-character mixed password (%s); cannot judge the policy", control), policyRules...)
			}
			e["mixed30"] = control.String()
			out = append(out, t.Fail(rulePassphrase, "a long passphrase of lower-case words and spaces is refused while a mixed-class password is accepted: a composition rule or a short maximum length", e))
			out = append(out, t.Skip(ruleTruncation, "no long passphrase could be registered to test truncation"))
		}
	}
	working := long.ok() || sixtyFour.ok()
	short, err := register(strongPassword()[:7])
	if err != nil {
		return append(out, outcome(t, err, ruleShort, ruleBreached)...)
	}
	switch {
	case short.ok():
		out = append(out, t.Fail(ruleShort, "a 7-character password is accepted at registration", probes.Evidence("short", short.String())))
	case working:
		out = append(out, t.Pass(ruleShort, "a 7-character password is refused at registration", probes.Evidence("short", short.String())))
	default:
		out = append(out, t.Pass(ruleShort, "a 7-character password is refused at registration (as are long passphrases)", probes.Evidence("short", short.String())))
	}
	e := map[string]string{}
	var acceptedBreached []string
	for _, pw := range BreachedPasswords {
		a, err := register(pw)
		if err != nil {
			return append(out, t.Error(ruleBreached, err))
		}
		e[pw] = a.String()
		if a.ok() {
			acceptedBreached = append(acceptedBreached, pw)
		}
	}
	if len(acceptedBreached) > 0 {
		return append(out, t.Fail(ruleBreached, "registration accepts breached passwords: "+strings.Join(acceptedBreached, ", "), e))
	}
	return append(out, t.Pass(ruleBreached, "registration refuses breached passwords ("+strings.Join(BreachedPasswords, ", ")+")", e))
}

// checkTruncation logs in with the registered passphrase (must work) and
// with its first 72 bytes (must not: bcrypt would accept it).
func checkTruncation(ctx context.Context, t *probes.Target, acct profile.Account) report.Check {
	if t.Profile.Endpoints.Login == nil {
		return t.Skip(ruleTruncation, "the profile describes no endpoints.login to log in with the passphrase")
	}
	if err := verifyEmail(ctx, t, accountEmail(acct)); err != nil {
		return t.Error(ruleTruncation, err)
	}
	if _, err := newClient(t).login(ctx, acct); err != nil {
		return t.Skip(ruleTruncation, "the account registered with the passphrase cannot log in ("+err.Error()+"); does registration need e-mail confirmation?")
	}
	prefix := acct
	prefix.Password = acct.Password[:72]
	r, err := newClient(t).call(ctx, t.Profile.Endpoints.Login, map[string]any{"username": prefix.Username, "password": prefix.Password}, nil, nil, nil)
	if err != nil {
		return t.Error(ruleTruncation, fmt.Errorf("login with the first 72 bytes: %s", probes.DescribeError(err)))
	}
	e := probes.Evidence("first72Bytes", fmt.Sprint(r.StatusCode), "passphraseBytes", fmt.Sprint(len(acct.Password)))
	if r.StatusCode/100 == 2 {
		return t.Fail(ruleTruncation, fmt.Sprintf("logging in with only the first 72 of the passphrase's %d bytes succeeds: the password is truncated (bcrypt)", len(acct.Password)), e)
	}
	if r.StatusCode != 401 && r.StatusCode != 403 && r.StatusCode != 400 {
		return t.Error(ruleTruncation, fmt.Errorf("the login with the first 72 bytes answered %d; cannot tell%s", r.StatusCode, bodyHint(r)))
	}
	return t.Pass(ruleTruncation, fmt.Sprintf("the full %d-byte passphrase logs in and its first 72 bytes do not", len(acct.Password)), e)
}
