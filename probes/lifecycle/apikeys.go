package lifecycle

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the API-key probe.
const (
	ruleKeyShownAgain = "AP651"
	ruleKeyFormat     = "AP652"
	ruleKeyRevocation = "AP653"
	ruleKeyInURL      = "AP654"
	ruleKeyScope      = "AP655"
	ruleKeyExpiry     = "AP656"
	ruleKeyNoStore    = "AP657"
)

var keyRules = []string{ruleKeyShownAgain, ruleKeyFormat, ruleKeyRevocation, ruleKeyInURL, ruleKeyScope, ruleKeyExpiry, ruleKeyNoStore}

// ShortKeyLifetime is the expiry the probe asks for (endpoints.apiKeys
// field expiresIn, in seconds) to watch a key expire.
var ShortKeyLifetime = 2 * time.Second

func init() {
	probes.Register(&probes.Probe{
		Name:   "api-keys",
		Area:   "apikeys",
		Rules:  keyRules,
		Needs:  func(t *probes.Target) string { return needs(t, "login", "me", "apiKeys") },
		LastIf: hasClock, // may move the target's clock to watch a key expire
		Order:  clockOrder,
		Run:    runAPIKeys,
	})
}

// keyScheme is how a key is presented.
type keyScheme struct {
	name string
	edit func(key string) func(*http.Request)
}

var keySchemes = []keyScheme{
	{"Authorization: Bearer", func(k string) func(*http.Request) {
		return func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+k) }
	}},
	{"X-API-Key", func(k string) func(*http.Request) {
		return func(r *http.Request) { r.Header.Set("X-API-Key", k) }
	}},
}

// createdKey is one key the probe created.
type createdKey struct {
	resp    *probes.Response
	key, id string
}

// runAPIKeys creates a key in a logged-in session (fields name, plus the
// profile's extra, e.g. scopes and expiresIn) and checks: the creation
// answer is not cacheable; the key carries the documented prefix; it works
// on me in a header; it does not work in the query string; listings do
// not show it again; it cannot create keys (key management needs a
// session); a key asked to expire in seconds does; a revoked key is
// refused.
func runAPIKeys(ctx context.Context, t *probes.Target) []report.Check {
	acct, _ := probes.LoginAccount(t.Profile)
	c := newClient(t)
	s, err := c.login(ctx, acct)
	if err != nil {
		return outcome(t, err, keyRules...)
	}
	ep := t.Profile.Endpoints.APIKeys
	var created []createdKey
	create := func(fields map[string]any, as *probes.Session, edit func(*http.Request)) (createdKey, error) {
		f := map[string]any{}
		if mentions(ep, "name") {
			f["name"] = "authcheck-probe-" + probes.RandomHex(4)
		}
		if mentions(ep, "currentPassword") {
			f["currentPassword"] = acct.Password // key creation re-authenticates
		}
		for k, v := range fields {
			f[k] = v
		}
		r, err := c.call(ctx, ep, f, nil, as, edit)
		if err != nil {
			return createdKey{}, fmt.Errorf("creating an API key: %s", probes.DescribeError(err))
		}
		k := createdKey{resp: r, key: probes.JSONString(r.Body, ep.ResponseKey("apiKey")), id: probes.JSONString(r.Body, ep.ResponseKey("id"))}
		if r.StatusCode/100 == 2 && k.key != "" {
			created = append(created, k)
		}
		return k, nil
	}
	defer func() {
		// Revoke what the probe made, with the session.
		if t.Profile.Endpoints.APIKey == nil {
			return
		}
		for _, k := range created {
			if k.id != "" {
				_, _ = c.call(context.WithoutCancel(ctx), t.Profile.Endpoints.APIKey, nil, map[string]string{"id": k.id}, s, nil)
			}
		}
	}()
	main, err := create(nil, s, nil)
	if err != nil {
		return outcome(t, err, keyRules...)
	}
	if main.resp.StatusCode/100 != 2 {
		return outcome(t, fmt.Errorf("creating an API key (%s) answered %d%s", requestLabel(main.resp), main.resp.StatusCode, bodyHint(main.resp)), keyRules...)
	}
	if main.key == "" {
		return outcome(t, fmt.Errorf("the key creation answer has no key at %q (profile endpoints.apiKeys.response.apiKey)", ep.ResponseKey("apiKey")), keyRules...)
	}
	out := []report.Check{judgeNoStore(t, ruleKeyNoStore, []*probes.Response{main.resp}), judgeKeyFormat(t, main.key), judgeShownOnce(ctx, t, c, s, main)}
	// How does the target take keys?
	var scheme *keyScheme
	tried := map[string]string{}
	for i := range keySchemes {
		v, resp, err := c.me(ctx, nil, keySchemes[i].edit(main.key))
		if err != nil {
			return append(out, outcome(t, fmt.Errorf("me with the new key: %s", probes.DescribeError(err)), ruleKeyInURL, ruleKeyScope, ruleKeyExpiry, ruleKeyRevocation)...)
		}
		tried[keySchemes[i].name] = fmt.Sprint(resp.StatusCode)
		if v == accepted {
			scheme = &keySchemes[i]
			break
		}
	}
	if scheme == nil {
		return append(out, outcome(t, fmt.Errorf("me refuses the new key in both Authorization: Bearer (%s) and X-API-Key (%s); give the key the scopes me needs (endpoints.apiKeys.extra)", tried["Authorization: Bearer"], tried["X-API-Key"]), ruleKeyInURL, ruleKeyScope, ruleKeyExpiry, ruleKeyRevocation)...)
	}
	out = append(out, judgeKeyInQuery(ctx, t, c, main.key))
	out = append(out, judgeKeyScope(ctx, t, create, scheme, main.key))
	// Revocation before expiry: waiting for the short key may outlast a
	// short session idle timeout, and revocation needs the session.
	out = append(out, judgeKeyRevocation(ctx, t, c, s, scheme, main))
	return append(out, judgeKeyExpiry(ctx, t, c, create, s, scheme, main))
}

// keyPrefix matches the prefixes secret scanners rely on (ghp_, sk_live_,
// xoxb-, acr_).
var keyPrefix = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]{1,11}[_-]`)

func judgeKeyFormat(t *probes.Target, key string) report.Check {
	want := t.Profile.Tokens.APIKeyPrefix
	e := probes.Evidence("expectedPrefix", want, "keyLength", fmt.Sprint(len(key)), "keyStart", keyStart(key))
	switch {
	case want != "" && strings.HasPrefix(key, want):
		return t.Pass(ruleKeyFormat, fmt.Sprintf("the key carries the documented prefix %s (checksum not verifiable from outside)", want), e)
	case want != "":
		return t.Fail(ruleKeyFormat, fmt.Sprintf("the key does not start with the documented prefix %s", want), e)
	case keyPrefix.MatchString(key):
		return t.Pass(ruleKeyFormat, fmt.Sprintf("the key has a recognisable prefix (%s; the profile documents none in tokens.apiKeyPrefix)", keyPrefix.FindString(key)), e)
	}
	return t.Fail(ruleKeyFormat, "the key has no recognisable prefix, so secret scanners cannot find leaked keys", e)
}

// keyStart shows the non-secret start of a key: its prefix at most.
func keyStart(key string) string {
	if p := keyPrefix.FindString(key); p != "" {
		return p + "…"
	}
	return ""
}

// judgeShownOnce reads the listing (GET on endpoints.apiKeys' path) and the
// key's detail (GET on endpoints.apiKey's path): neither may contain the
// key.
func judgeShownOnce(ctx context.Context, t *probes.Target, c *client, s *probes.Session, k createdKey) report.Check {
	type view struct{ label, path string }
	views := []view{{"listing", t.Profile.Endpoints.APIKeys.Path}}
	if ep := t.Profile.Endpoints.APIKey; ep != nil && k.id != "" && strings.Contains(ep.Path, "{id}") {
		views = append(views, view{"detail", strings.ReplaceAll(ep.Path, "{id}", k.id)})
	}
	e := map[string]string{}
	var leaked, read []string
	for _, v := range views {
		r, err := c.call(ctx, getEndpoint(v.path), nil, nil, s, nil)
		if err != nil {
			return t.Error(ruleKeyShownAgain, fmt.Errorf("GET %s: %s", v.path, probes.DescribeError(err)))
		}
		e[v.label] = fmt.Sprint(r.StatusCode)
		if r.StatusCode/100 != 2 {
			continue
		}
		read = append(read, v.label)
		if strings.Contains(string(r.Body), k.key) {
			leaked = append(leaked, fmt.Sprintf("the %s (GET %s)", v.label, v.path))
		}
	}
	switch {
	case len(leaked) > 0:
		return t.Fail(ruleKeyShownAgain, "the full key is shown again by "+strings.Join(leaked, " and "), e)
	case len(read) == 0:
		return skipWith(t, ruleKeyShownAgain, "neither the key listing nor the key's detail view could be read with GET", e)
	}
	return t.Pass(ruleKeyShownAgain, "the key appears only in its creation answer, not in the "+strings.Join(read, " or the "), e)
}

// keyQueryParams are parameter names under which servers read keys from
// URLs.
var keyQueryParams = []string{"api_key", "apikey", "key", "access_token"}

func judgeKeyInQuery(ctx context.Context, t *probes.Target, c *client, key string) report.Check {
	e := map[string]string{}
	var acceptedAs []string
	for _, p := range keyQueryParams {
		v, resp, err := c.me(ctx, nil, withQuery(p, key))
		if err != nil {
			return t.Error(ruleKeyInURL, fmt.Errorf("me with ?%s=: %s", p, probes.DescribeError(err)))
		}
		e["query "+p] = fmt.Sprint(resp.StatusCode)
		if v == accepted {
			acceptedAs = append(acceptedAs, "?"+p+"=")
		}
	}
	if len(acceptedAs) > 0 {
		return t.Fail(ruleKeyInURL, "me accepts the API key in the query string ("+strings.Join(acceptedAs, ", ")+")", e)
	}
	return t.Pass(ruleKeyInURL, "me refuses the API key in the query string ("+strings.Join(keyQueryParams, ", ")+")", e)
}

// judgeKeyScope: a key (with the profile's scopes, which do not include
// key management unless the profile says so) must not create keys. Which
// other route needs which scope the profile cannot say, so this is the one
// scope boundary every target has.
func judgeKeyScope(ctx context.Context, t *probes.Target, create func(map[string]any, *probes.Session, func(*http.Request)) (createdKey, error), scheme *keyScheme, key string) report.Check {
	k, err := create(nil, nil, scheme.edit(key))
	if err != nil {
		return t.Error(ruleKeyScope, err)
	}
	r := k.resp
	e := probes.Evidence("createWithKey", fmt.Sprint(r.StatusCode), "scheme", scheme.name)
	switch {
	case r.StatusCode/100 == 2:
		return t.Fail(ruleKeyScope, fmt.Sprintf("an API key created a further key (%s answered %d): keys can mint keys, so no scope limits a leaked one", requestLabel(r), r.StatusCode), e)
	case r.StatusCode == http.StatusUnauthorized || r.StatusCode == http.StatusForbidden:
		return t.Pass(ruleKeyScope, "an API key is refused on key management (creating keys needs a session); route-by-route scope checks need the profile to name a scope and a route that requires it", e)
	}
	return t.Error(ruleKeyScope, fmt.Errorf("creating a key with a key answered %d; cannot tell refused from malformed%s", r.StatusCode, bodyHint(r)))
}

// expiryKeys are where key answers state the expiry.
var expiryKeys = []string{"expiresAt", "expires_at", "expiry", "expires", "expiration"}

func advertisedExpiry(body []byte) (time.Time, string) {
	for _, k := range expiryKeys {
		if s := probes.JSONString(body, k); s != "" {
			if at, err := time.Parse(time.RFC3339, s); err == nil {
				return at, s
			}
			return time.Time{}, s
		}
	}
	return time.Time{}, ""
}

// judgeKeyExpiry: the creation answer should state an expiry; a key asked
// to expire in ShortKeyLifetime is watched expiring when the target allows
// that (expiresIn in seconds), else the check is skipped with the reason.
func judgeKeyExpiry(ctx context.Context, t *probes.Target, c *client, create func(map[string]any, *probes.Session, func(*http.Request)) (createdKey, error), s *probes.Session, scheme *keyScheme, main createdKey) report.Check {
	_, stated := advertisedExpiry(main.resp.Body)
	e := probes.Evidence("advertisedExpiry", stated)
	ep := t.Profile.Endpoints.APIKeys
	if !mentions(ep, "expiresIn") {
		if stated == "" {
			return t.Warn(ruleKeyExpiry, "the key creation answer states no expiry, and the profile names no expiresIn field to ask for one", e)
		}
		return skipWith(t, ruleKeyExpiry, "keys state an expiry ("+stated+"), but the profile names no expiresIn field to ask for a short one, so enforcement is not observed", e)
	}
	secs := int(ShortKeyLifetime / time.Second)
	k, err := create(map[string]any{"expiresIn": secs}, s, nil)
	if err != nil {
		return t.Error(ruleKeyExpiry, err)
	}
	e["shortKey"] = fmt.Sprintf("%d (expiresIn %d)", k.resp.StatusCode, secs)
	if (k.resp.StatusCode/100 != 2 || k.key == "") && hasClock(t) {
		// With a clock any lifetime can be watched: take the shortest the
		// target accepts.
		for _, retry := range keyLifetimeRetries(k.resp, secs) {
			kr, err := create(map[string]any{"expiresIn": retry}, s, nil)
			if err != nil {
				return t.Error(ruleKeyExpiry, err)
			}
			e["retry"] = strings.TrimPrefix(e["retry"]+fmt.Sprintf(", %d (expiresIn %d)", kr.resp.StatusCode, retry), ", ")
			if kr.resp.StatusCode/100 == 2 && kr.key != "" {
				k, secs = kr, retry
				break
			}
		}
	}
	if k.resp.StatusCode/100 != 2 || k.key == "" {
		if stated == "" {
			return t.Warn(ruleKeyExpiry, fmt.Sprintf("the key creation answer states no expiry, and a %d-second key was refused%s", secs, bodyHint(k.resp)), e)
		}
		if hasClock(t) {
			return skipWith(t, ruleKeyExpiry, fmt.Sprintf("keys state an expiry (%s); the target refuses a %d-second key (%d%s) and the longer lifetimes tried (evidence retry), so no key was created to watch expire", stated, secs, k.resp.StatusCode, bodyHint(k.resp)), e)
		}
		return skipWith(t, ruleKeyExpiry, fmt.Sprintf("keys state an expiry (%s); the target refuses a %d-second key (%d%s), so expiry enforcement is not observable within %s (a profile clock endpoint would let the probe move the target's clock past a longer one)", stated, secs, k.resp.StatusCode, bodyHint(k.resp), MaxWait), e)
	}
	start := time.Now()
	at, shortStated := advertisedExpiry(k.resp.Body)
	if shortStated != "" {
		e["shortKeyAdvertised"] = shortStated
	}
	if hasClock(t) {
		return watchKeyExpiryByClock(ctx, t, c, scheme, k.key, secs, at, stated != "" || shortStated != "", e)
	}
	wait := ShortKeyLifetime + time.Second
	if !at.IsZero() {
		if until := at.Sub(targetNow(t)); until > MaxWait {
			return skipWith(t, ruleKeyExpiry, fmt.Sprintf("a key asked to expire in %d s states it expires at %s, later than the probe may wait: the target rounds expiries up, so enforcement is not observed", secs, shortStated), e)
		} else if until+time.Second > wait {
			wait = until + time.Second
		}
	}
	if err := sleep(ctx, wait); err != nil {
		return t.Error(ruleKeyExpiry, err)
	}
	v, resp, err := c.me(ctx, nil, scheme.edit(k.key))
	if err != nil {
		return t.Error(ruleKeyExpiry, fmt.Errorf("me with the expired key: %s", probes.DescribeError(err)))
	}
	e["afterExpiry"] = fmt.Sprintf("%d after %s", resp.StatusCode, time.Since(start).Round(100*time.Millisecond))
	switch v {
	case accepted:
		return t.Fail(ruleKeyExpiry, fmt.Sprintf("a key created to expire in %d s is still accepted %s later", secs, time.Since(start).Round(100*time.Millisecond)), e)
	case refused:
		if stated == "" && shortStated == "" {
			return t.Warn(ruleKeyExpiry, "expired keys are refused, but key answers do not state the expiry", e)
		}
		return t.Pass(ruleKeyExpiry, fmt.Sprintf("keys state their expiry and a %d-second key is refused once expired", secs), e)
	}
	return t.Error(ruleKeyExpiry, fmt.Errorf("me answered %d to the expired key; cannot tell%s", resp.StatusCode, bodyHint(resp)))
}

// watchKeyExpiryByClock moves the target's clock to a margin m before
// the key's expiry (the later of the lifetime asked for and the one the
// answer states), where the key must still work, then a minute past it,
// where it must be refused.
func watchKeyExpiryByClock(ctx context.Context, t *probes.Target, c *client, scheme *keyScheme, key string, secs int, statedAt time.Time, states bool, e map[string]string) report.Check {
	life := time.Duration(secs) * time.Second
	if !statedAt.IsZero() {
		life = max(life, statedAt.Sub(targetNow(t)))
	}
	m := clockMargin(life)
	e["method"] = clockMethod(t)
	if err := advanceClock(ctx, t, life-m); err != nil {
		return t.Error(ruleKeyExpiry, err)
	}
	v, resp, err := c.me(ctx, nil, scheme.edit(key))
	if err != nil {
		return t.Error(ruleKeyExpiry, fmt.Errorf("me with the key shortly before its expiry: %s", probes.DescribeError(err)))
	}
	e["beforeExpiry"] = fmt.Sprintf("%d at %s of %s", resp.StatusCode, (life - m).Round(time.Millisecond), life.Round(time.Second))
	switch v {
	case unclear:
		return t.Error(ruleKeyExpiry, fmt.Errorf("me answered %d to the key shortly before its expiry; cannot tell%s", resp.StatusCode, bodyHint(resp)))
	case refused:
		c := t.Error(ruleKeyExpiry, fmt.Errorf("the key was refused %s before its expiry, right after the target's clock moved: either the target ends keys when its clock moves or it shortens lifetimes; expiry cannot be told apart", m))
		c.Evidence = e
		return c
	}
	past := m + time.Minute
	if err := advanceClock(ctx, t, past); err != nil {
		return t.Error(ruleKeyExpiry, err)
	}
	v, resp, err = c.me(ctx, nil, scheme.edit(key))
	if err != nil {
		return t.Error(ruleKeyExpiry, fmt.Errorf("me with the expired key: %s", probes.DescribeError(err)))
	}
	e["afterExpiry"] = fmt.Sprintf("%d at %s past the expiry", resp.StatusCode, time.Minute)
	switch v {
	case accepted:
		return t.Fail(ruleKeyExpiry, fmt.Sprintf("a key created to expire in %d s is still accepted a minute after its expiry (the target's clock moved forward %s)", secs, life+time.Minute), e)
	case refused:
		if !states {
			return t.Warn(ruleKeyExpiry, "expired keys are refused, but key answers do not state the expiry", e)
		}
		return t.Pass(ruleKeyExpiry, fmt.Sprintf("keys state their expiry; a %d-second key works until shortly before it and is refused a minute after", secs), e)
	}
	return t.Error(ruleKeyExpiry, fmt.Errorf("me answered %d to the expired key; cannot tell%s", resp.StatusCode, bodyHint(resp)))
}

// keyLifetimeRetries are the lifetimes (seconds) to try after the target
// refused one of secs: the minimum its error names, if it names one, else
// an hour.
func keyLifetimeRetries(refusal *probes.Response, secs int) []int {
	var out []int
	if m := suggestedMinimum(refusal); m > secs && m <= maxKeyTry {
		out = append(out, m)
	}
	if !slices.Contains(out, 3600) && 3600 > secs {
		out = append(out, 3600)
	}
	return out
}

// maxKeyTry bounds the key lifetime the probe asks for (seconds): a key is
// a credential, and a long one left behind by a failed revocation lives on.
const maxKeyTry = 30 * 24 * 3600

// lifetimeInText finds "60 seconds", "5 minutes", "1 hour" in an error
// message; minimumInText a bare number after "at least" or "minimum".
var (
	lifetimeInText = regexp.MustCompile(`(?i)\b(\d+)\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)\b`)
	minimumInText  = regexp.MustCompile(`(?i)(?:at least|minimum(?: is| of)?|min(?:imum)?:|between)\s*(\d+)\b`)
)

// suggestedMinimum reads the shortest key lifetime (seconds) a refusal
// names, or 0: "expiresIn must be between 60 seconds and one year",
// "expires_in must be at least 300".
func suggestedMinimum(r *probes.Response) int {
	if r == nil {
		return 0
	}
	text := string(r.Body)
	if g := lifetimeInText.FindStringSubmatch(text); g != nil {
		n, err := strconv.Atoi(g[1])
		if err != nil {
			return 0
		}
		unit := 1
		switch strings.ToLower(g[2])[0] {
		case 'm':
			unit = 60
		case 'h':
			unit = 3600
		case 'd':
			unit = 24 * 3600
		}
		return n * unit
	}
	if g := minimumInText.FindStringSubmatch(text); g != nil {
		n, _ := strconv.Atoi(g[1])
		return n
	}
	return 0
}

func judgeKeyRevocation(ctx context.Context, t *probes.Target, c *client, s *probes.Session, scheme *keyScheme, k createdKey) report.Check {
	ep := t.Profile.Endpoints.APIKey
	if ep == nil {
		return t.Skip(ruleKeyRevocation, "the profile describes no endpoints.apiKey (path with {id}) to revoke a key with")
	}
	if k.id == "" && strings.Contains(ep.Path, "{id}") {
		return t.Error(ruleKeyRevocation, fmt.Errorf("the key creation answer has no id at %q (profile endpoints.apiKeys.response.id)", t.Profile.Endpoints.APIKeys.ResponseKey("id")))
	}
	r, err := c.call(ctx, ep, nil, map[string]string{"id": k.id}, s, nil)
	if err != nil {
		return t.Error(ruleKeyRevocation, fmt.Errorf("revoking the key: %s", probes.DescribeError(err)))
	}
	if r.StatusCode/100 != 2 {
		return t.Error(ruleKeyRevocation, fmt.Errorf("revoking the key (%s) answered %d%s", requestLabel(r), r.StatusCode, bodyHint(r)))
	}
	v, resp, err := c.me(ctx, nil, scheme.edit(k.key))
	if err != nil {
		return t.Error(ruleKeyRevocation, fmt.Errorf("me with the revoked key: %s", probes.DescribeError(err)))
	}
	e := probes.Evidence("revoke", fmt.Sprint(r.StatusCode), "afterRevocation", fmt.Sprint(resp.StatusCode))
	switch v {
	case accepted:
		return t.Fail(ruleKeyRevocation, "the key is still accepted after it was revoked", e)
	case refused:
		return t.Pass(ruleKeyRevocation, "the key is refused right after revocation", e)
	}
	return t.Error(ruleKeyRevocation, fmt.Errorf("me answered %d to the revoked key; cannot tell%s", resp.StatusCode, bodyHint(resp)))
}
