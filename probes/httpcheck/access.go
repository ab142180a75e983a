package httpcheck

import (
	"context"
	"fmt"
	"net/http"
	"path"
	"strings"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the access probes.
const (
	ruleUnknownRoute  = "AP601"
	ruleUnusualMethod = "AP602"
	ruleProtected     = "AP603"
	ruleOwnership     = "AP604"
)

var denyRules = []string{ruleUnknownRoute, ruleUnusualMethod, ruleProtected}

func init() {
	probes.Register(&probes.Probe{
		Name:  "default-deny",
		Area:  "access",
		Rules: denyRules,
		Run:   runDefaultDeny,
	})
	probes.Register(&probes.Probe{
		Name:  "ownership",
		Area:  "access",
		Rules: []string{ruleOwnership},
		Needs: needsOwnership,
		Run:   runOwnership,
	})
}

// madeUpMethod is a syntactically valid method no server implements.
const madeUpMethod = "AUTHCHECK"

// unusualMethods are sent to the target URL; none should be served.
var unusualMethods = []string{http.MethodPatch, http.MethodDelete, http.MethodTrace, madeUpMethod}

func runDefaultDeny(ctx context.Context, t *probes.Target) []report.Check {
	return []report.Check{unknownRoutes(ctx, t), unusualMethodsCheck(ctx, t), protectedWithoutCredentials(ctx, t)}
}

// denial classifies an answer to a request that should be refused: 2xx is
// served; 5xx is an error rather than a policy.
func denial(code int) string {
	switch {
	case code/100 == 2:
		return "served"
	case code/100 >= 5:
		return "error"
	}
	return "denied"
}

// unknownRoutes asks for random paths at the root and, with a profile,
// next to the me endpoint (an API prefix often has its own fallback).
func unknownRoutes(ctx context.Context, t *probes.Target) report.Check {
	paths := []string{"/authcheck-" + probes.RandomHex(6)}
	if t.Profile != nil && t.Profile.Endpoints.Me != nil {
		if dir := path.Dir(t.Profile.Endpoints.Me.Path); dir != "/" && !strings.Contains(dir, "{") {
			paths = append(paths, path.Join(dir, "authcheck-"+probes.RandomHex(6)))
		}
	}
	var served, errored, answers []string
	var firstErr error
	for _, p := range paths {
		resp, err := t.Get(ctx, p)
		if resp == nil {
			firstErr = err
			if len(answers) == 0 {
				break // the target does not answer at all
			}
			continue
		}
		answers = append(answers, fmt.Sprintf("GET %s → %d", p, resp.StatusCode))
		switch denial(resp.StatusCode) {
		case "served":
			served = append(served, fmt.Sprintf("GET %s → %d", p, resp.StatusCode))
		case "error":
			errored = append(errored, fmt.Sprintf("GET %s → %d", p, resp.StatusCode))
		}
	}
	if len(answers) == 0 {
		return t.Error(ruleUnknownRoute, fmt.Errorf("GET %s: %s", paths[0], probes.DescribeError(firstErr)))
	}
	ev := probes.Evidence("answers", strings.Join(answers, "; "))
	switch {
	case len(served) > 0:
		return t.Fail(ruleUnknownRoute, "unknown routes are served: "+strings.Join(served, "; "), ev)
	case len(errored) > 0:
		return t.Warn(ruleUnknownRoute, "unknown routes answer with a server error instead of 404: "+strings.Join(errored, "; "), ev)
	}
	return t.Pass(ruleUnknownRoute, "unknown routes are refused: "+strings.Join(answers, "; "), ev)
}

// unusualMethodsCheck sends PATCH, DELETE, TRACE and a made-up method to
// the target URL.
func unusualMethodsCheck(ctx context.Context, t *probes.Target) report.Check {
	var served, errored, answers []string
	var firstErr error
	for _, m := range unusualMethods {
		req, err := t.NewRequest(ctx, m, t.URL.RequestURI(), nil)
		if err != nil {
			return t.Error(ruleUnusualMethod, err)
		}
		resp, err := t.Do(req)
		if resp == nil {
			firstErr = err
			if len(answers) == 0 {
				break // the target does not answer at all
			}
			continue
		}
		a := fmt.Sprintf("%s → %d", m, resp.StatusCode)
		answers = append(answers, a)
		switch denial(resp.StatusCode) {
		case "served":
			if m == http.MethodTrace {
				a += " (TRACE echoes requests, credentials included)"
			}
			served = append(served, a)
		case "error":
			if resp.StatusCode != http.StatusNotImplemented { // 501 is the right answer to an unknown method
				errored = append(errored, a)
			}
		}
	}
	if len(answers) == 0 {
		return t.Error(ruleUnusualMethod, fmt.Errorf("%s %s: %s", unusualMethods[0], t.URL.RequestURI(), probes.DescribeError(firstErr)))
	}
	ev := probes.Evidence("url", t.URL.RequestURI(), "answers", strings.Join(answers, "; "))
	switch {
	case len(served) > 0:
		return t.Fail(ruleUnusualMethod, "unusual methods are served on "+t.URL.RequestURI()+": "+strings.Join(served, "; "), ev)
	case len(errored) > 0:
		return t.Warn(ruleUnusualMethod, "unusual methods cause server errors instead of 405: "+strings.Join(errored, "; "), ev)
	}
	return t.Pass(ruleUnusualMethod, "unusual methods are refused: "+strings.Join(answers, "; "), ev)
}

// protectedWithoutCredentials calls the profile's me endpoint with no
// credentials, with a made-up bearer token and with a made-up session
// cookie: each must be refused (401/403, or a redirect to a login page).
func protectedWithoutCredentials(ctx context.Context, t *probes.Target) report.Check {
	if t.Profile == nil || t.Profile.Endpoints.Me == nil {
		return t.Skip(ruleProtected, "needs a profile with a me endpoint (any endpoint that requires authentication)")
	}
	me := t.Profile.Endpoints.Me
	type variant struct {
		name  string
		apply func(*http.Request)
	}
	variants := []variant{
		{"no credentials", func(*http.Request) {}},
		{"a made-up bearer token", func(r *http.Request) { r.Header.Set("Authorization", "Bearer authcheck-"+probes.RandomHex(16)) }},
	}
	if name := t.Profile.Session.Cookie; name != "" {
		variants = append(variants, variant{"a made-up session cookie", func(r *http.Request) {
			r.AddCookie(&http.Cookie{Name: name, Value: probes.RandomHex(16)})
		}})
	}
	var served, errored, answers []string
	var firstErr error
	for _, v := range variants {
		req, err := t.CallRequest(ctx, me, nil, nil, nil)
		if err != nil {
			return t.Error(ruleProtected, fmt.Errorf("endpoints.me: %w", err))
		}
		v.apply(req)
		resp, err := t.Do(req)
		if resp == nil {
			firstErr = err
			if len(answers) == 0 {
				break // the target does not answer at all
			}
			continue
		}
		a := fmt.Sprintf("%s → %d", v.name, resp.StatusCode)
		answers = append(answers, a)
		switch denial(resp.StatusCode) {
		case "served":
			served = append(served, a)
		case "error":
			errored = append(errored, a)
		}
	}
	label := me.Method + " " + me.Path
	if len(answers) == 0 {
		return t.Error(ruleProtected, fmt.Errorf("%s: %s", label, probes.DescribeError(firstErr)))
	}
	ev := probes.Evidence("endpoint", label, "answers", strings.Join(answers, "; "))
	switch {
	case len(served) > 0:
		return t.Fail(ruleProtected, label+" is served without valid credentials: "+strings.Join(served, "; "), ev)
	case len(errored) > 0:
		return t.Warn(ruleProtected, label+" answers a server error instead of 401 without valid credentials: "+strings.Join(errored, "; "), ev)
	}
	return t.Pass(ruleProtected, label+" is refused without valid credentials: "+strings.Join(answers, "; "), ev)
}

func needsOwnership(t *probes.Target) string {
	if why := probes.HasProfile(t); why != "" {
		return why
	}
	e := t.Profile.Endpoints
	switch {
	case e.Login == nil:
		return "needs a profile with a login endpoint"
	case e.CreateResource == nil || e.Resource == nil:
		return "needs a profile with createResource and resource endpoints (resource's path has {id})"
	case !strings.Contains(e.Resource.Path, "{id}"):
		return "the profile's resource endpoint path has no {id}"
	case len(t.Profile.Accounts) < 2:
		return "needs two accounts in the profile (one creates a resource, the other must not read it)"
	}
	return ""
}

// runOwnership: account 1 creates a resource, reads it back (to show the
// profile is right), then account 2 asks for it and must get 403 or 404.
func runOwnership(ctx context.Context, t *probes.Target) []report.Check {
	e := t.Profile.Endpoints
	a1, _ := t.Profile.Account(0)
	a2, _ := t.Profile.Account(1)
	s1, err := t.Login(ctx, a1)
	if err != nil {
		return []report.Check{t.Error(ruleOwnership, err)}
	}
	s2, err := t.Login(ctx, a2)
	if err != nil {
		return []report.Check{t.Error(ruleOwnership, err)}
	}
	// The body comes from the profile (createResource.extra): a made-up
	// field would be refused by a target that rejects unknown fields.
	created, err := t.Call(ctx, e.CreateResource, nil, nil, s1)
	if created == nil {
		return []report.Check{t.Error(ruleOwnership, fmt.Errorf("creating a resource as %s: %s", a1.Username, probes.DescribeError(err)))}
	}
	if created.StatusCode/100 != 2 {
		return []report.Check{t.Error(ruleOwnership, fmt.Errorf("creating a resource as %s (%s %s) answered %d: %.200s (set its body with endpoints.createResource.extra)", a1.Username, e.CreateResource.Method, e.CreateResource.Path, created.StatusCode, created.Body))}
	}
	id := probes.JSONString(created.Body, e.CreateResource.ResponseKey("id"))
	if id == "" {
		if loc := created.Header.Get("Location"); loc != "" {
			id = path.Base(loc)
		}
	}
	if id == "" {
		return []report.Check{t.Error(ruleOwnership, fmt.Errorf("the createResource answer has no %q (set endpoints.createResource.response.id in the profile)", e.CreateResource.ResponseKey("id")))}
	}
	params := map[string]string{"id": id}
	label := fmt.Sprintf("%s %s", e.Resource.Method, strings.ReplaceAll(e.Resource.Path, "{id}", id))
	own, err := t.Call(ctx, e.Resource, nil, params, s1)
	if own == nil {
		return []report.Check{t.Error(ruleOwnership, fmt.Errorf("%s as its owner: %s", label, probes.DescribeError(err)))}
	}
	if own.StatusCode/100 != 2 {
		return []report.Check{t.Error(ruleOwnership, fmt.Errorf("the owner %s cannot read the resource it created (%s → %d), so another account's refusal proves nothing; check endpoints.resource in the profile", a1.Username, label, own.StatusCode))}
	}
	other, err := t.Call(ctx, e.Resource, nil, params, s2)
	if other == nil {
		return []report.Check{t.Error(ruleOwnership, fmt.Errorf("%s as %s: %s", label, a2.Username, probes.DescribeError(err)))}
	}
	ev := probes.Evidence("owner", a1.Username, "other", a2.Username, "request", label,
		"ownerStatus", itoa(own.StatusCode), "otherStatus", itoa(other.StatusCode))
	switch code := other.StatusCode; {
	case code/100 == 2:
		return []report.Check{t.Fail(ruleOwnership, fmt.Sprintf("%s read %s's resource: %s → %d", a2.Username, a1.Username, label, code), ev)}
	case code == http.StatusForbidden || code == http.StatusNotFound:
		return []report.Check{t.Pass(ruleOwnership, fmt.Sprintf("%s is refused %s's resource (%d)", a2.Username, a1.Username, code), ev)}
	case code == http.StatusUnauthorized:
		return []report.Check{t.Error(ruleOwnership, fmt.Errorf("%s's session was refused altogether (%s → 401), so ownership was not tested", a2.Username, label))}
	case code/100 == 5:
		return []report.Check{t.Warn(ruleOwnership, fmt.Sprintf("another account's request for the resource causes a server error (%d) instead of 403/404", code), ev)}
	default:
		return []report.Check{t.Pass(ruleOwnership, fmt.Sprintf("%s is refused %s's resource (%d; 403 or 404 is usual)", a2.Username, a1.Username, code), ev)}
	}
}
