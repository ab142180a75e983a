package lifecycle

import (
	"context"
	"crypto/subtle"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// Rule IDs of the token probes.
const (
	ruleLifetime     = "AP801"
	ruleAlgorithm    = "AP802"
	ruleAlgNone      = "AP803"
	ruleConfusion    = "AP804"
	ruleSignature    = "AP805"
	ruleClaims       = "AP806"
	ruleRotation     = "AP807"
	ruleReuse        = "AP808"
	ruleTokenInURL   = "AP811"
	ruleTokenInQuery = "AP812"
	ruleNoStore      = "AP813"
)

var jwtRules = []string{ruleLifetime, ruleAlgorithm, ruleAlgNone, ruleConfusion, ruleSignature, ruleClaims}

func init() {
	probes.Register(&probes.Probe{
		Name:  "jwt",
		Area:  "tokens",
		Rules: jwtRules,
		Needs: requireLogin,
		Run:   runJWT,
	})
	probes.Register(&probes.Probe{
		Name:  "refresh-rotation",
		Area:  "tokens",
		Rules: []string{ruleRotation, ruleReuse},
		Needs: func(t *probes.Target) string { return needs(t, "login", "refresh") },
		Run:   runRefreshRotation,
	})
	probes.Register(&probes.Probe{
		Name:  "token-transport",
		Area:  "tokens",
		Rules: []string{ruleTokenInURL, ruleTokenInQuery, ruleNoStore},
		Needs: requireLogin,
		Run:   runTokenTransport,
	})
}

// DefaultMaxLifetime is the checklist's access-token lifetime limit.
const DefaultMaxLifetime = 15 * time.Minute

// runJWT judges the access token a real login returns: its lifetime and
// algorithm, then forged variants sent alone (bearer, no cookie) to me.
// What a refusal of each variant proves:
//   - alg none in four spellings, no signature: the verifier does not let
//     the token choose "no signature" (AP803);
//   - HS256 signed with the published public key: the verifier does not
//     let the token choose HMAC for an asymmetric key (AP804);
//   - one flipped signature bit: the signature is verified at all (AP805);
//   - another subject, original signature: identity is read only from the
//     verified payload (AP805);
//   - exp in the past, foreign iss, foreign aud, original signature: the
//     probe cannot re-sign, so a verifying server refuses these for the
//     broken signature already; acceptance proves claims are read from an
//     unverified token with no exp/iss/aud check (AP806). Whether a
//     genuine expired token is refused needs waiting for exp, which AP806
//     does not; the static rules check the verifier's options.
func runJWT(ctx context.Context, t *probes.Target) []report.Check {
	acct, _ := probes.LoginAccount(t.Profile)
	c := newClient(t)
	s, err := c.login(ctx, acct)
	if err != nil {
		return outcome(t, err, jwtRules...)
	}
	if s.AccessToken == "" {
		return probes.SkipAll(t, fmt.Sprintf("the login (%s) returned no access token (profile endpoints.login.response.accessToken names where it is)", requestLabel(s.Login)), jwtRules...)
	}
	j, err := parseJWT(s.AccessToken)
	if err != nil {
		out := []report.Check{opaqueLifetime(t, s.Login)}
		return append(out, probes.SkipAll(t, "the access token is opaque ("+err.Error()+"): no JWT header or claims to check", jwtRules[1:]...)...)
	}
	out := []report.Check{checkLifetime(t, j, s.Login), checkAlgorithm(t, j)}
	forgedRules := []string{ruleAlgNone, ruleConfusion, ruleSignature, ruleClaims}
	v, resp, err := c.me(ctx, bearer(s.AccessToken), nil)
	if err != nil {
		return append(out, outcome(t, fmt.Errorf("me with the genuine access token: %s", probes.DescribeError(err)), forgedRules...)...)
	}
	if v != accepted {
		return append(out, outcome(t, fmt.Errorf("me answers %d to the genuine access token alone (Authorization: Bearer), so refusals of forged ones would prove nothing%s", resp.StatusCode, bodyHint(resp)), forgedRules...)...)
	}
	try := func(token string) (bool, string, error) {
		v, resp, err := c.me(ctx, bearer(token), nil)
		if err != nil {
			return false, "", fmt.Errorf("me with a forged token: %s", probes.DescribeError(err))
		}
		return v == accepted, fmt.Sprint(resp.StatusCode), nil
	}
	out = append(out, checkAlgNone(t, j, try), checkConfusion(ctx, t, c, j, try), checkSignature(ctx, t, j, try), checkClaims(t, j, try))
	return out
}

// tryFunc sends a forged token and says whether it was accepted, with the
// status for the evidence.
type tryFunc func(token string) (ok bool, status string, err error)

func maxLifetime(t *probes.Target) time.Duration {
	if d := t.Profile.Tokens.MaxLifetime.Duration; d > 0 {
		return d
	}
	return DefaultMaxLifetime
}

func checkLifetime(t *probes.Target, j *jwt, login *probes.Response) report.Check {
	limit := maxLifetime(t)
	exp, ok := j.claimTime("exp")
	if !ok {
		return t.Fail(ruleLifetime, "the access token has no exp claim: it never expires", probes.Evidence("limit", limit.String()))
	}
	from, basis := time.Now(), "the time of login"
	if iat, ok := j.claimTime("iat"); ok {
		from, basis = iat, "iat"
	} else if d, err := http.ParseTime(login.Header.Get("Date")); err == nil {
		from, basis = d, "the login response's Date"
	}
	life := exp.Sub(from).Round(time.Second)
	e := probes.Evidence("lifetime", life.String(), "measuredFrom", basis, "limit", limit.String())
	if life > limit+time.Second {
		return t.Fail(ruleLifetime, fmt.Sprintf("the access token lives %s (exp - %s), longer than %s", life, basis, limit), e)
	}
	return t.Pass(ruleLifetime, fmt.Sprintf("the access token lives %s (limit %s)", life, limit), e)
}

// opaqueLifetime judges an opaque token by the expires_in the login
// answer states, when it states one.
func opaqueLifetime(t *probes.Target, login *probes.Response) report.Check {
	limit := maxLifetime(t)
	for _, key := range []string{"expires_in", "expiresIn"} {
		if s := probes.JSONString(login.Body, key); s != "" {
			var secs float64
			if _, err := fmt.Sscan(s, &secs); err == nil {
				life := time.Duration(secs * float64(time.Second))
				e := probes.Evidence("expiresIn", s, "limit", limit.String())
				if life > limit+time.Second {
					return t.Fail(ruleLifetime, fmt.Sprintf("the login states the (opaque) access token lives %s, longer than %s", life, limit), e)
				}
				return t.Pass(ruleLifetime, fmt.Sprintf("the login states the (opaque) access token lives %s (limit %s)", life, limit), e)
			}
		}
	}
	return t.Skip(ruleLifetime, "the access token is opaque and the login states no expires_in: its lifetime cannot be read")
}

func checkAlgorithm(t *probes.Target, j *jwt) report.Check {
	alg := j.alg()
	want := t.Profile.Tokens.Algorithms
	e := probes.Evidence("alg", alg, "expected", strings.Join(want, ", "), "kid", fmt.Sprint(j.header["kid"]))
	if alg == "" || strings.EqualFold(alg, "none") {
		return t.Fail(ruleAlgorithm, fmt.Sprintf("the target issues unsigned tokens (alg %q)", alg), e)
	}
	if len(want) == 0 {
		return t.Pass(ruleAlgorithm, fmt.Sprintf("the access token is signed with %s (the profile lists no tokens.algorithms to compare with)", alg), e)
	}
	if !slices.Contains(want, alg) {
		return t.Fail(ruleAlgorithm, fmt.Sprintf("the access token is signed with %s; the profile expects %s", alg, strings.Join(want, ", ")), e)
	}
	return t.Pass(ruleAlgorithm, fmt.Sprintf("the access token is signed with %s, as expected", alg), e)
}

func checkAlgNone(t *probes.Target, j *jwt, try tryFunc) report.Check {
	e := map[string]string{}
	var acceptedAs []string
	for _, spelling := range []string{"none", "None", "NONE", "nOnE"} {
		ok, status, err := try(j.withAlgNone(spelling))
		if err != nil {
			return t.Error(ruleAlgNone, err)
		}
		e["alg "+spelling] = status
		if ok {
			acceptedAs = append(acceptedAs, spelling)
		}
	}
	if len(acceptedAs) > 0 {
		return t.Fail(ruleAlgNone, fmt.Sprintf("me accepts the access token with alg %s and no signature: anyone can forge tokens", strings.Join(acceptedAs, ", ")), e)
	}
	return t.Pass(ruleAlgNone, "me refuses the access token with alg none (4 spellings) and no signature", e)
}

func checkConfusion(ctx context.Context, t *probes.Target, c *client, j *jwt, try tryFunc) report.Check {
	if strings.HasPrefix(strings.ToUpper(j.alg()), "HS") {
		return t.Skip(ruleConfusion, "the target signs with HMAC ("+j.alg()+"): there is no public key to confuse")
	}
	if t.Profile.JWKS == "" {
		return t.Skip(ruleConfusion, "the profile names no jwks (the target's published keys): no public key to try as an HMAC secret")
	}
	resp, err := c.call(ctx, getEndpoint(t.Profile.JWKS), nil, nil, nil, nil)
	if err != nil {
		return t.Error(ruleConfusion, fmt.Errorf("GET %s: %s", t.Profile.JWKS, probes.DescribeError(err)))
	}
	if resp.StatusCode/100 != 2 {
		return t.Error(ruleConfusion, fmt.Errorf("GET %s answered %d", t.Profile.JWKS, resp.StatusCode))
	}
	secrets, err := confusionSecrets(resp.Body)
	if err != nil {
		return t.Error(ruleConfusion, err)
	}
	e := probes.Evidence("keys", fmt.Sprint(len(secrets)))
	var acceptedAs []string
	for _, s := range secrets {
		ok, status, err := try(j.signedHS256(s.secret))
		if err != nil {
			return t.Error(ruleConfusion, err)
		}
		e["HS256 with "+s.form+" of "+s.kid] = status
		if ok {
			acceptedAs = append(acceptedAs, s.form)
		}
	}
	if len(acceptedAs) > 0 {
		return t.Fail(ruleConfusion, "me accepts a token signed with HS256 using the published public key ("+strings.Join(acceptedAs, ", ")+") as the secret: anyone can forge tokens", e)
	}
	return t.Pass(ruleConfusion, fmt.Sprintf("me refuses tokens signed with HS256 using the published public key as the secret (%d encodings tried)", len(secrets)), e)
}

func checkSignature(ctx context.Context, t *probes.Target, j *jwt, try tryFunc) report.Check {
	e := map[string]string{}
	var fails []string
	if flipped, ok := j.withFlippedSignature(); ok {
		accepted, status, err := try(flipped)
		if err != nil {
			return t.Error(ruleSignature, err)
		}
		e["flippedSignatureBit"] = status
		if accepted {
			fails = append(fails, "a token with one signature bit flipped is accepted (the signature is not verified)")
		}
	}
	if sub := j.claimString("sub"); sub != "" {
		other, how := otherSubject(ctx, t, sub)
		accepted, status, err := try(j.withClaims(func(p map[string]any) { p["sub"] = other }))
		if err != nil {
			return t.Error(ruleSignature, err)
		}
		e["changedSub"] = status + " (sub of " + how + ")"
		if accepted {
			fails = append(fails, "a token with another subject and the original signature is accepted (identity comes from unverified claims)")
		}
	} else {
		e["changedSub"] = "not tried: the token has no sub claim"
	}
	if _, flipped := e["flippedSignatureBit"]; !flipped && j.claimString("sub") == "" {
		return t.Skip(ruleSignature, "the token has neither a decodable signature nor a sub claim to change")
	}
	if len(fails) > 0 {
		return t.Fail(ruleSignature, strings.Join(fails, "; "), e)
	}
	return t.Pass(ruleSignature, "me refuses the access token with a flipped signature bit and with a changed subject", e)
}

// otherSubject returns another account's sub (so that a server that skips
// verification would really switch users), or a made-up one.
func otherSubject(ctx context.Context, t *probes.Target, mine string) (string, string) {
	acct, _ := probes.LoginAccount(t.Profile)
	if other, ok := otherAccount(t.Profile, acct.Username); ok {
		if s, err := newClient(t).login(ctx, other); err == nil {
			if j, err := parseJWT(s.AccessToken); err == nil {
				if sub := j.claimString("sub"); sub != "" && sub != mine {
					return sub, "another profile account"
				}
			}
		}
	}
	return "authcheck-forged-" + probes.RandomHex(4), "a made-up user"
}

func checkClaims(t *probes.Target, j *jwt, try tryFunc) report.Check {
	want := t.Profile.Tokens
	e := probes.Evidence("iss", j.claimString("iss"), "aud", strings.Join(j.audiences(), ","))
	var fails, notes []string
	if _, ok := j.claimTime("exp"); !ok {
		fails = append(fails, "the token has no exp")
	}
	switch iss := j.claimString("iss"); {
	case want.Issuer != "" && iss != want.Issuer:
		fails = append(fails, fmt.Sprintf("iss is %q, the profile expects %q", iss, want.Issuer))
	case iss == "":
		notes = append(notes, "the token has no iss")
	}
	switch auds := j.audiences(); {
	case want.Audience != "" && !slices.Contains(auds, want.Audience):
		fails = append(fails, fmt.Sprintf("aud is %q, the profile expects %q", strings.Join(auds, ","), want.Audience))
	case len(auds) == 0:
		notes = append(notes, "the token has no aud")
	}
	past := time.Now().Add(-time.Hour).Unix()
	variants := []struct {
		name   string
		change func(map[string]any)
	}{
		{"expired", func(p map[string]any) {
			p["exp"] = past
			for _, k := range []string{"iat", "nbf"} {
				if _, ok := p[k]; ok {
					p[k] = past - 600
				}
			}
		}},
		{"foreignIssuer", func(p map[string]any) { p["iss"] = "https://attacker.example" }},
		{"foreignAudience", func(p map[string]any) {
			if _, isList := p["aud"].([]any); isList {
				p["aud"] = []any{"https://attacker.example"}
			} else {
				p["aud"] = "https://attacker.example"
			}
		}},
	}
	for _, v := range variants {
		ok, status, err := try(j.withClaims(v.change))
		if err != nil {
			return t.Error(ruleClaims, err)
		}
		e[v.name] = status
		if ok {
			fails = append(fails, "a copy with "+v.name+" claims and the original signature is accepted")
		}
	}
	if len(fails) > 0 {
		return t.Fail(ruleClaims, strings.Join(fails, "; "), e)
	}
	proof := "copies with exp in the past or a foreign iss/aud are refused (they carry the original signature, so this shows claims are read only from verified tokens; refusing a genuinely expired token is not observed)"
	if len(notes) > 0 {
		return t.Warn(ruleClaims, strings.Join(notes, "; ")+" (a token for another service signed with the same key would be accepted here); "+proof, e)
	}
	return t.Pass(ruleClaims, "the token carries exp, iss and aud as expected; "+proof, e)
}

// refresh presents a refresh token to the profile's refresh endpoint.
func (c *client) refresh(ctx context.Context, token string) (*probes.Response, error) {
	return c.call(ctx, c.t.Profile.Endpoints.Refresh, map[string]any{"refreshToken": token}, nil, nil, nil)
}

// refreshVerdict: 2xx accepted; 400, 401, 403 refused (RFC 6749 §5.2
// answers invalid_grant with 400).
func refreshVerdict(r *probes.Response) authVerdict {
	switch {
	case r.StatusCode/100 == 2:
		return accepted
	case r.StatusCode == http.StatusBadRequest || r.StatusCode == http.StatusUnauthorized || r.StatusCode == http.StatusForbidden:
		return refused
	}
	return unclear
}

// runRefreshRotation: a refresh token R0 works once and yields R1; R0 is
// refused when presented again; that reuse revokes the family, so R1 is
// refused afterwards.
func runRefreshRotation(ctx context.Context, t *probes.Target) []report.Check {
	ids := []string{ruleRotation, ruleReuse}
	acct, _ := probes.LoginAccount(t.Profile)
	c := newClient(t)
	s, err := c.login(ctx, acct)
	if err != nil {
		return outcome(t, err, ids...)
	}
	if s.RefreshToken == "" {
		return probes.SkipAll(t, "the login returned no refresh token (profile endpoints.login.response.refreshToken names where it is)", ids...)
	}
	r0 := s.RefreshToken
	first, err := c.refresh(ctx, r0)
	if err != nil {
		return outcome(t, fmt.Errorf("refresh: %s", probes.DescribeError(err)), ids...)
	}
	if refreshVerdict(first) != accepted {
		return outcome(t, fmt.Errorf("the first refresh with a fresh token answered %d%s", first.StatusCode, bodyHint(first)), ids...)
	}
	r1 := probes.JSONString(first.Body, t.Profile.Endpoints.Refresh.ResponseKey("refreshToken"))
	// Constant time although the prober holds both tokens: authcheck's own
	// code follows the rule it checks (AC201).
	sameToken := r1 != "" && subtle.ConstantTimeCompare([]byte(r1), []byte(r0)) == 1
	rotated := r1 != "" && !sameToken
	again, err := c.refresh(ctx, r0)
	if err != nil {
		return outcome(t, fmt.Errorf("refresh (reuse): %s", probes.DescribeError(err)), ids...)
	}
	e := probes.Evidence("firstRefresh", fmt.Sprint(first.StatusCode), "reuseOfFirstToken", fmt.Sprint(again.StatusCode))
	reuse := refreshVerdict(again)
	var rotation report.Check
	switch {
	case reuse == unclear:
		return outcome(t, fmt.Errorf("presenting the used refresh token again answered %d; cannot tell%s", again.StatusCode, bodyHint(again)), ids...)
	case !rotated:
		msg := "the refresh returned no new refresh token"
		if sameToken {
			msg = "the refresh returned the same refresh token"
		}
		if reuse == accepted {
			msg += ", and the old one keeps working: refresh tokens are not rotated"
			rotation = t.Fail(ruleRotation, msg, e)
		} else {
			rotation = t.Fail(ruleRotation, msg+" (profile endpoints.refresh.response.refreshToken names where it is)", e)
		}
	case reuse == accepted:
		rotation = t.Fail(ruleRotation, "a new refresh token was issued, but the used one is accepted again", e)
	default:
		rotation = t.Pass(ruleRotation, "the refresh issued a new refresh token and the used one is refused on reuse", e)
	}
	if !rotated {
		return []report.Check{rotation, t.Skip(ruleReuse, "no rotated refresh token to check family revocation with")}
	}
	if reuse == accepted {
		return []report.Check{rotation, t.Fail(ruleReuse, "reuse of a retired refresh token was accepted, so nothing detected it or revoked the family", e)}
	}
	after, err := c.refresh(ctx, r1)
	if err != nil {
		return []report.Check{rotation, t.Error(ruleReuse, fmt.Errorf("refresh with the rotated token: %s", probes.DescribeError(err)))}
	}
	e2 := probes.Evidence("reuseOfFirstToken", fmt.Sprint(again.StatusCode), "rotatedTokenAfterReuse", fmt.Sprint(after.StatusCode))
	switch refreshVerdict(after) {
	case accepted:
		return []report.Check{rotation, t.Fail(ruleReuse, "after the retired refresh token was reused, the token issued by the rotation still works: reuse does not revoke the family", e2)}
	case refused:
		return []report.Check{rotation, t.Pass(ruleReuse, "reusing a retired refresh token revoked its family: the rotated token is refused afterwards", e2)}
	}
	return []report.Check{rotation, t.Error(ruleReuse, fmt.Errorf("refresh with the rotated token answered %d; cannot tell%s", after.StatusCode, bodyHint(after)))}
}

// runTokenTransport: tokens must not be cached (no-store on the responses
// that carry them), must not appear in URLs the target points at, and the
// access token must not be accepted from the query string.
func runTokenTransport(ctx context.Context, t *probes.Target) []report.Check {
	ids := []string{ruleTokenInURL, ruleTokenInQuery, ruleNoStore}
	acct, _ := probes.LoginAccount(t.Profile)
	c := newClient(t)
	s, err := c.login(ctx, acct)
	if err != nil {
		return outcome(t, err, ids...)
	}
	secrets := map[string]string{"access token": s.AccessToken, "refresh token": s.RefreshToken}
	for _, ck := range s.Cookies {
		if ck.Name != t.Profile.CSRFCookieName {
			secrets["cookie "+ck.Name] = ck.Value
		}
	}
	carrying := []*probes.Response{}
	if s.AccessToken != "" || s.RefreshToken != "" || len(s.Cookies) > 0 {
		carrying = append(carrying, s.Login)
	}
	if t.Profile.Endpoints.Refresh != nil && s.RefreshToken != "" {
		if r, err := c.refresh(ctx, s.RefreshToken); err == nil && r.StatusCode/100 == 2 {
			carrying = append(carrying, r)
			ep := t.Profile.Endpoints.Refresh
			secrets["refreshed access token"] = probes.JSONString(r.Body, ep.ResponseKey("accessToken"))
			secrets["rotated refresh token"] = probes.JSONString(r.Body, ep.ResponseKey("refreshToken"))
		}
	}
	out := []report.Check{judgeNoStore(t, ruleNoStore, carrying), judgeURLs(t, ruleTokenInURL, carrying, secrets)}
	return append(out, checkQueryToken(ctx, t, c, s.AccessToken))
}

// judgeNoStore requires Cache-Control: no-store on every response that
// carries a credential.
func judgeNoStore(t *probes.Target, rule string, carrying []*probes.Response) report.Check {
	if len(carrying) == 0 {
		return t.Skip(rule, "no response carried a token or set a cookie")
	}
	var bad, good []string
	e := map[string]string{}
	for _, r := range carrying {
		label := requestLabel(r)
		e[label] = strings.Join(r.Header.Values("Cache-Control"), ", ")
		if e[label] == "" {
			e[label] = "(no Cache-Control)"
		}
		if noStore(r.Header) {
			good = append(good, label)
		} else {
			bad = append(bad, label)
		}
	}
	if len(bad) > 0 {
		return t.Fail(rule, "credential-bearing responses without Cache-Control: no-store: "+strings.Join(bad, ", "), e)
	}
	return t.Pass(rule, "every credential-bearing response sends Cache-Control: no-store ("+strings.Join(good, ", ")+")", e)
}

// judgeURLs looks for the secrets in every URL the responses point the
// client at.
func judgeURLs(t *probes.Target, rule string, resps []*probes.Response, secrets map[string]string) report.Check {
	var found []string
	seen := 0
	for _, r := range resps {
		for _, raw := range responseURLs(r) {
			seen++
			unescaped, err := url.QueryUnescape(raw)
			if err != nil {
				unescaped = raw
			}
			for kind, s := range secrets {
				if len(s) >= 8 && (strings.Contains(raw, s) || strings.Contains(unescaped, s)) {
					found = append(found, fmt.Sprintf("%s points at a URL carrying the %s", requestLabel(r), kind))
				}
			}
		}
	}
	sort.Strings(found)
	e := probes.Evidence("urlsChecked", fmt.Sprint(seen), "responses", fmt.Sprint(len(resps)))
	if len(found) > 0 {
		return t.Fail(rule, strings.Join(slices.Compact(found), "; "), e)
	}
	return t.Pass(rule, fmt.Sprintf("no token in the %d URLs the login and refresh answers point at (Location, Content-Location, Refresh, links)", seen), e)
}

var linkAttr = regexp.MustCompile(`(?i)\b(?:href|src|action|formaction)\s*=\s*(?:"([^"]*)"|'([^']*)')`)

// responseURLs lists the URLs a response points the client at.
func responseURLs(r *probes.Response) []string {
	var out []string
	for _, h := range []string{"Location", "Content-Location", "Link"} {
		out = append(out, r.Header.Values(h)...)
	}
	for _, v := range r.Header.Values("Refresh") {
		if i := strings.Index(strings.ToLower(v), "url="); i >= 0 {
			out = append(out, strings.Trim(v[i+4:], `"' `))
		}
	}
	if strings.Contains(strings.ToLower(r.Header.Get("Content-Type")), "html") {
		for _, m := range linkAttr.FindAllStringSubmatch(string(r.Body), 500) {
			out = append(out, m[1]+m[2])
		}
	}
	return out
}

// queryTokenParams are the parameter names under which servers read
// bearer tokens from URLs (RFC 6750 §2.3 uses access_token).
var queryTokenParams = []string{"access_token", "token"}

func checkQueryToken(ctx context.Context, t *probes.Target, c *client, token string) report.Check {
	if token == "" {
		return t.Skip(ruleTokenInQuery, "the login returned no access token")
	}
	v, resp, err := c.me(ctx, nil, nil)
	if err != nil {
		return t.Error(ruleTokenInQuery, fmt.Errorf("me without credentials: %s", probes.DescribeError(err)))
	}
	if v == accepted {
		return t.Error(ruleTokenInQuery, fmt.Errorf("me answers %d without credentials; name an endpoint that needs authentication as endpoints.me", resp.StatusCode))
	}
	e := map[string]string{}
	var acceptedAs []string
	for _, param := range queryTokenParams {
		v, resp, err := c.me(ctx, nil, withQuery(param, token))
		if err != nil {
			return t.Error(ruleTokenInQuery, fmt.Errorf("me with ?%s=: %s", param, probes.DescribeError(err)))
		}
		e["query "+param] = fmt.Sprint(resp.StatusCode)
		if v == accepted {
			acceptedAs = append(acceptedAs, "?"+param+"=")
		}
	}
	if len(acceptedAs) > 0 {
		return t.Fail(ruleTokenInQuery, "me accepts the access token in the query string ("+strings.Join(acceptedAs, ", ")+")", e)
	}
	return t.Pass(ruleTokenInQuery, "me refuses the access token in the query string (?access_token=, ?token=)", e)
}

// withQuery adds one query parameter to a request.
func withQuery(name, value string) func(*http.Request) {
	return func(req *http.Request) {
		q := req.URL.Query()
		q.Set(name, value)
		req.URL.RawQuery = q.Encode()
	}
}
