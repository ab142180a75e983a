package lifecycle

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the email-change and reauthentication probes.
const (
	ruleChangeNoCurrent = "AP606"
	ruleEmailNoReauth   = "AP607"
	ruleEmailEnum       = "AP733"
	ruleEmailNotice     = "AP734"
)

var emailRules = []string{ruleEmailNoReauth, ruleEmailEnum, ruleEmailNotice}

func init() {
	probes.Register(&probes.Probe{
		Name:  "email-change",
		Area:  "session",
		Rules: emailRules,
		Needs: func(t *probes.Target) string {
			why := needs(t, "login", "me", "register")
			if why == "" && t.Profile.Endpoints.ChangeEmail == nil {
				why = "the profile describes no endpoints.changeEmail"
			}
			if strings.Contains(why, "endpoints.register") {
				why += " (the probe moves only a throwaway account it registers)"
			}
			return why
		},
		Run: runEmailChange,
	})
	probes.Register(&probes.Probe{
		Name:  "reauthentication",
		Area:  "session",
		Rules: []string{ruleChangeNoCurrent},
		Needs: func(t *probes.Target) string { return needs(t, "login", "me", "changePassword") },
		Run:   runReauthentication,
	})
}

// refusedChange classifies the answer to a sensitive change sent without
// (or with a wrong) current password: a 4xx other than 429 is a refusal.
func refusedChange(r *probes.Response) (refusedOK bool, throttled bool) {
	return r.StatusCode/100 == 4 && r.StatusCode != http.StatusTooManyRequests, r.StatusCode == http.StatusTooManyRequests
}

// runReauthentication changes the password of an account it may change in
// a fresh session: without the current password, then with a wrong one
// (both must be refused), then with the right one (must work: without
// this control a refusal proves nothing).
func runReauthentication(ctx context.Context, t *probes.Target) []report.Check {
	l, err := acquire(ctx, t)
	if err != nil {
		return outcome(t, err, ruleChangeNoCurrent)
	}
	defer l.release()
	current := l.acct.Password
	defer func() { restorePassword(context.WithoutCancel(ctx), t, l, current) }()
	c := newClient(t)
	s, err := c.login(ctx, l.acct)
	if err != nil {
		return outcome(t, err, ruleChangeNoCurrent)
	}
	ep := t.Profile.Endpoints.ChangePass
	e := probes.Evidence("account", l.how)
	try := func(label string, f map[string]any) (*probes.Response, error) {
		pw := strongPassword()
		f["newPassword"] = pw
		r, err := c.call(ctx, ep, f, nil, s, nil)
		if err != nil {
			return nil, fmt.Errorf("password change %s: %s", label, probes.DescribeError(err))
		}
		if r.StatusCode/100 == 2 || r.StatusCode/100 == 3 {
			current = pw
			if ns, err := sessionFrom(t.Profile.Endpoints.ChangePass, l.acct, r); err == nil && len(credentials(ns)) > 0 {
				s = ns // the target may have swapped the caller's session
			}
		}
		return r, nil
	}
	var accepted []string
	for _, tc := range []struct {
		label, key string
		f          map[string]any
	}{
		{"without the current password", "withoutCurrentPassword", map[string]any{}},
		{"with a wrong current password", "withWrongPassword", map[string]any{"currentPassword": strongPassword()}},
	} {
		r, err := try(tc.label, tc.f)
		if err != nil {
			return []report.Check{t.Error(ruleChangeNoCurrent, err)}
		}
		e[tc.key] = fmt.Sprintf("%d%s", r.StatusCode, bodyHint(r))
		ok, throttled := refusedChange(r)
		switch {
		case throttled:
			return []report.Check{t.Error(ruleChangeNoCurrent, fmt.Errorf("the password change %s was throttled (429); cannot tell", tc.label))}
		case r.StatusCode/100 == 2 || r.StatusCode/100 == 3:
			accepted = append(accepted, tc.label)
		case !ok:
			return []report.Check{t.Error(ruleChangeNoCurrent, fmt.Errorf("the password change %s answered %d; cannot tell refused from broken%s", tc.label, r.StatusCode, bodyHint(r)))}
		}
	}
	if len(accepted) > 0 {
		return []report.Check{t.Fail(ruleChangeNoCurrent, "a logged-in session changed the password "+strings.Join(accepted, " and ")+": a stolen session becomes a takeover", e)}
	}
	r, err := try("with the current password", map[string]any{"currentPassword": current})
	if err != nil {
		return []report.Check{t.Error(ruleChangeNoCurrent, err)}
	}
	e["withCurrentPassword"] = fmt.Sprint(r.StatusCode)
	if r.StatusCode/100 != 2 && r.StatusCode/100 != 3 {
		return []report.Check{t.Error(ruleChangeNoCurrent, fmt.Errorf("the password change with the right current password answered %d%s; the refusals above prove nothing until it works (profile endpoints.changePassword fields)", r.StatusCode, bodyHint(r)))}
	}
	return []report.Check{t.Pass(ruleChangeNoCurrent, "the password change is refused without the current password and with a wrong one, and works with the right one", e)}
}

// runEmailChange registers a throwaway account and, in its session, asks
// to move it: to a free address and to one another account holds, with the
// current password (the answers must not differ), then without it and with
// a wrong one (both must be refused). Then it completes the move to the
// free address (confirming by the link mailed there, through
// endpoints.verifyEmail, when the target sends one) and reads the outbox:
// the old address must have been told.
func runEmailChange(ctx context.Context, t *probes.Target) []report.Check {
	acct, err := registerThrowaway(ctx, t)
	if err != nil {
		return outcome(t, err, emailRules...)
	}
	c := newClient(t)
	s, err := c.login(ctx, acct)
	if err != nil {
		return outcome(t, err, emailRules...)
	}
	ep := t.Profile.Endpoints.ChangeEmail
	old := accountEmail(acct)
	free := "authcheck-moved-" + probes.RandomHex(6) + "@example.com"
	taken := takenAddress(t)
	ask := func(to string, f map[string]any) (*probes.Response, error) {
		f["newEmail"] = to
		r, err := c.call(ctx, ep, f, nil, s, nil)
		if err != nil {
			return nil, fmt.Errorf("e-mail change: %s", probes.DescribeError(err))
		}
		return r, nil
	}
	var notices int
	if t.Profile.Outbox != nil {
		if notices, err = countMails(ctx, t, old); err != nil {
			return outcome(t, err, emailRules...)
		}
	}
	var out []report.Check
	// With the current password: a free and a taken address.
	toFree, err := ask(free, map[string]any{"currentPassword": acct.Password})
	if err != nil {
		return outcome(t, err, emailRules...)
	}
	if toFree.StatusCode/100 != 2 && toFree.StatusCode/100 != 3 {
		return outcome(t, fmt.Errorf("asking to move the account to a free address with the right current password (%s) answered %d%s; nothing can be judged (profile endpoints.changeEmail fields newEmail, currentPassword)", requestLabel(toFree), toFree.StatusCode, bodyHint(toFree)), emailRules...)
	}
	moved := immediatelyMoved(ctx, t, acct, free)
	if taken == "" {
		out = append(out, t.Skip(ruleEmailEnum, "the profile lists no other account with an e-mail address to use as the taken address"))
	} else if moved {
		out = append(out, t.Skip(ruleEmailEnum, "the account moved to the new address at once (no confirmation link), so a second request for the taken address would compare a different account state"))
	} else {
		toTaken, err := ask(taken, map[string]any{"currentPassword": acct.Password})
		if err != nil {
			return outcome(t, err, emailRules...)
		}
		e := probes.Evidence("freeAddress", fmt.Sprint(toFree.StatusCode), "takenAddress", fmt.Sprint(toTaken.StatusCode), "takenBy", "a profile account")
		diffs, ignored := answerDiff([]*probes.Response{toFree}, []*probes.Response{toTaken}, []string{free, taken})
		if len(ignored) > 0 {
			e["ignored"] = strings.Join(ignored, "; ")
		}
		if len(diffs) > 0 {
			out = append(out, t.Fail(ruleEmailEnum, "moving an account to a free address and to one another account holds get different answers: "+strings.Join(diffs, "; "), e))
		} else {
			out = append(out, t.Pass(ruleEmailEnum, "moving an account to a free address and to a taken one get the same status, headers and body", e))
		}
	}
	// Without the current password, and with a wrong one.
	e := probes.Evidence("withCurrentPassword", fmt.Sprint(toFree.StatusCode))
	var accepted []string
	if !moved {
		for _, tc := range []struct {
			label, key string
			f          map[string]any
		}{
			{"without the current password", "withoutCurrentPassword", map[string]any{}},
			{"with a wrong current password", "withWrongPassword", map[string]any{"currentPassword": strongPassword()}},
		} {
			r, err := ask("authcheck-moved-"+probes.RandomHex(6)+"@example.com", tc.f)
			if err != nil {
				out = append(out, t.Error(ruleEmailNoReauth, err))
				break
			}
			e[tc.key] = fmt.Sprintf("%d%s", r.StatusCode, bodyHint(r))
			ok, throttled := refusedChange(r)
			if throttled {
				out = append(out, t.Error(ruleEmailNoReauth, fmt.Errorf("the e-mail change %s was throttled (429); cannot tell", tc.label)))
				break
			}
			if r.StatusCode/100 == 2 || r.StatusCode/100 == 3 {
				accepted = append(accepted, tc.label)
			} else if !ok {
				out = append(out, t.Error(ruleEmailNoReauth, fmt.Errorf("the e-mail change %s answered %d; cannot tell%s", tc.label, r.StatusCode, bodyHint(r))))
				break
			}
		}
	}
	if !hasRule(out, ruleEmailNoReauth) {
		switch {
		case moved:
			out = append(out, t.Skip(ruleEmailNoReauth, "the account moved to the new address at once, so the session that would ask again belongs to a moved account; re-run against a target that confirms new addresses by link"))
		case len(accepted) > 0:
			out = append(out, t.Fail(ruleEmailNoReauth, "a logged-in session asked to move the account to another address "+strings.Join(accepted, " and ")+" and was accepted", e))
		default:
			out = append(out, t.Pass(ruleEmailNoReauth, "an e-mail change is refused without the current password and with a wrong one, and accepted with the right one", e))
		}
	}
	out = append(out, judgeEmailNotice(ctx, t, acct, free, moved, notices))
	return out
}

func hasRule(cs []report.Check, rule string) bool {
	for _, c := range cs {
		if c.Rule == rule {
			return true
		}
	}
	return false
}

// takenAddress is an address another account holds: the profile's login
// account's (or any account's) e-mail.
func takenAddress(t *probes.Target) string {
	if a, ok := probes.LoginAccount(t.Profile); ok && strings.Contains(accountEmail(a), "@") {
		return accountEmail(a)
	}
	for _, a := range t.Profile.Accounts {
		if strings.Contains(accountEmail(a), "@") {
			return accountEmail(a)
		}
	}
	return ""
}

// immediatelyMoved reports whether the account now logs in with the new
// address already (a target that moves without a confirmation link).
func immediatelyMoved(ctx context.Context, t *probes.Target, acct profile.Account, to string) bool {
	if !strings.Contains(acct.Username, "@") {
		return false // logs in by user name: the address is not the login
	}
	moved := acct
	moved.Username = to
	_, err := newClient(t).login(ctx, moved)
	return err == nil
}

// judgeEmailNotice completes the move to the free address and looks for a
// new mail to the old one.
func judgeEmailNotice(ctx context.Context, t *probes.Target, acct profile.Account, free string, moved bool, before int) report.Check {
	if t.Profile.Outbox == nil {
		return t.Skip(ruleEmailNotice, "the profile names no outbox to read the notice to the old address from")
	}
	old := accountEmail(acct)
	e := probes.Evidence("oldAddress", old)
	if !moved {
		m, err := awaitResetMail(ctx, t, free, 0)
		if err != nil {
			return t.Error(ruleEmailNotice, fmt.Errorf("the link to confirm the new address: %v", err))
		}
		ep := t.Profile.Endpoints.VerifyEmail
		if ep == nil {
			return t.Skip(ruleEmailNotice, "the target mailed a link to the new address, but the profile names no endpoints.verifyEmail to open it with (the same endpoint confirms registrations and address changes)")
		}
		r, err := newClient(t).call(ctx, ep, map[string]any{"token": m.token}, nil, nil, nil)
		if err != nil {
			return t.Error(ruleEmailNotice, fmt.Errorf("confirming the new address: %s", probes.DescribeError(err)))
		}
		e["confirm"] = fmt.Sprint(r.StatusCode)
		if r.StatusCode/100 != 2 {
			return t.Error(ruleEmailNotice, fmt.Errorf("confirming the new address with the mailed link (%s) answered %d%s", requestLabel(r), r.StatusCode, bodyHint(r)))
		}
		if strings.Contains(acct.Username, "@") && !immediatelyMoved(ctx, t, acct, free) {
			return t.Error(ruleEmailNotice, fmt.Errorf("after the confirmation the account does not log in with the new address; the change did not take effect"))
		}
	}
	deadline := time.Now().Add(3 * time.Second)
	for {
		n, subject, err := readMailsTo(ctx, t, old)
		if err != nil {
			return t.Error(ruleEmailNotice, err)
		}
		if n > before {
			e["mailsToOldAddress"] = fmt.Sprintf("%d new", n-before)
			e["newestSubject"] = subject
			return t.Pass(ruleEmailNotice, "completing the e-mail change sent a notice to the old address", e)
		}
		if time.Now().After(deadline) {
			break
		}
		if err := sleep(ctx, 150*time.Millisecond); err != nil {
			return t.Error(ruleEmailNotice, err)
		}
	}
	return t.Fail(ruleEmailNotice, "the account moved to a new address and the old address was told nothing (no new mail in the outbox within 3 s)", e)
}

// countMails counts the outbox's messages addressed to addr, with or
// without a link.
func countMails(ctx context.Context, t *probes.Target, addr string) (int, error) {
	n, _, err := readMailsTo(ctx, t, addr)
	return n, err
}

// readMailsTo counts the outbox's messages addressed to addr and returns
// the subject of the newest.
func readMailsTo(ctx context.Context, t *probes.Target, addr string) (int, string, error) {
	ep := t.Profile.Outbox
	_, list, err := fetchOutbox(ctx, t, addr)
	if err != nil {
		return 0, "", err
	}
	if list == nil {
		return 0, "", fmt.Errorf("the outbox answer has no message list at %q (profile outbox.response.messages)", ep.ResponseKey("messages"))
	}
	n, subject := 0, ""
	for _, item := range list {
		if msg, ok := item.(map[string]any); ok && addressedTo(msg, addr) {
			n++
			subject = mailOf(msg).subject
		}
	}
	return n, subject, nil
}
