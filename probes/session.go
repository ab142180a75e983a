package probes

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/authcheck/authcheck/probes/profile"
)

// Call sends a request to a profile endpoint. fields maps logical field
// names (username, password, …) to values; they are renamed with the
// endpoint's Fields and encoded as its Body format (as a query string for
// GET and HEAD). pathParams replace {name} in the path. as, when non-nil,
// authenticates the request. The request looks same-origin, as a browser's
// would, and carries the profile's CSRF token header when it has one.
func (t *Target) Call(ctx context.Context, ep *profile.Endpoint, fields map[string]any, pathParams map[string]string, as *Session) (*Response, error) {
	req, err := t.CallRequest(ctx, ep, fields, pathParams, as)
	if err != nil {
		return nil, err
	}
	return t.Do(req)
}

// CallRequest builds the request Call would send, for probes that change a
// header before sending it with Do (a hostile Origin, a rotated client IP).
func (t *Target) CallRequest(ctx context.Context, ep *profile.Endpoint, fields map[string]any, pathParams map[string]string, as *Session) (*http.Request, error) {
	if ep == nil {
		return nil, fmt.Errorf("endpoint not described in the profile")
	}
	path := ep.Path
	for k, v := range pathParams {
		path = strings.ReplaceAll(path, "{"+k+"}", url.PathEscape(v))
	}
	if i := strings.Index(path, "{"); i >= 0 {
		if j := strings.Index(path[i:], "}"); j > 0 {
			return nil, fmt.Errorf("path %s: parameter %s not given", ep.Path, path[i:i+j+1])
		}
	}
	payload := map[string]any{}
	for k, v := range ep.Extra {
		payload[k] = v
	}
	for k, v := range fields {
		payload[ep.Field(k)] = v
	}
	var body []byte
	contentType := ""
	switch {
	case ep.Method == http.MethodGet || ep.Method == http.MethodHead:
		if len(payload) > 0 {
			q := url.Values{}
			for k, v := range payload {
				q.Set(k, fmt.Sprint(v))
			}
			sep := "?"
			if strings.Contains(path, "?") {
				sep = "&"
			}
			path += sep + q.Encode()
		}
	case ep.Method == http.MethodDelete && len(payload) == 0:
	case ep.Body == "form":
		form := url.Values{}
		for k, v := range payload {
			form.Set(k, fmt.Sprint(v))
		}
		body, contentType = []byte(form.Encode()), "application/x-www-form-urlencoded"
	default:
		b, err := json.Marshal(payload)
		if err != nil {
			return nil, err
		}
		body, contentType = b, "application/json"
	}
	req, err := t.NewRequest(ctx, ep.Method, path, body)
	if err != nil {
		return nil, err
	}
	// A path like "//host/x" resolves to another host: never send the
	// session there.
	if req.URL.Host != t.URL.Host || req.URL.Scheme != t.URL.Scheme {
		return nil, fmt.Errorf("path %s leaves the target (%s)", ep.Path, req.URL.Redacted())
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	// Same-origin, as a browser would send it: CSRF defences must let the
	// prober's legitimate requests through.
	req.Header.Set("Origin", t.Origin())
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	as.Apply(req)
	if t.Profile != nil && t.Profile.ForwardedHeader != "" {
		// Each session (and each anonymous call) comes from its own client
		// address, so that one probe's logins do not use up the per-IP
		// budget of the next. Probes that test per-IP limits set the
		// header themselves.
		ip := ""
		if as != nil {
			ip = as.ClientIP
		}
		if ip == "" {
			ip = t.NewClientIP()
		}
		req.Header.Set(t.Profile.ForwardedHeader, ip)
	}
	if t.Profile != nil && t.Profile.CSRFHeaderName != "" && t.Profile.CSRFCookieName != "" && as != nil {
		for _, c := range as.Cookies {
			if c.Name == t.Profile.CSRFCookieName {
				req.Header.Set(t.Profile.CSRFHeaderName, c.Value)
			}
		}
	}
	return req, nil
}

// Origin returns the target's origin as a browser serialises it (no default
// port).
func (t *Target) Origin() string {
	host := t.URL.Host
	if p := t.URL.Port(); (t.URL.Scheme == "https" && p == "443") || (t.URL.Scheme == "http" && p == "80") {
		host = t.URL.Hostname()
		if strings.Contains(host, ":") {
			host = "[" + host + "]"
		}
	}
	return t.URL.Scheme + "://" + host
}

// Session is what a login returned: cookies and bearer tokens.
type Session struct {
	Account      profile.Account
	Cookies      []*http.Cookie // session cookies to send back
	SetCookies   []*http.Cookie // every Set-Cookie of the login response, parsed
	AccessToken  string
	RefreshToken string
	Login        *Response
	// ClientIP is the address the session's requests claim through the
	// profile's forwardedHeader ("" when the target trusts none).
	ClientIP string
}

// Apply adds the session's credentials to req. A nil session adds nothing.
func (s *Session) Apply(req *http.Request) {
	if s == nil {
		return
	}
	for _, c := range s.Cookies {
		req.AddCookie(&http.Cookie{Name: c.Name, Value: c.Value})
	}
	if s.AccessToken != "" && req.Header.Get("Authorization") == "" {
		req.Header.Set("Authorization", "Bearer "+s.AccessToken)
	}
}

// CookiesOnly returns a copy of the session that authenticates with its
// cookies alone (no bearer token), as a browser would.
func (s *Session) CookiesOnly() *Session {
	if s == nil {
		return nil
	}
	c := *s
	c.AccessToken, c.RefreshToken = "", ""
	return &c
}

// Login logs in with the account through the profile's login endpoint and
// captures the session cookie(s) and tokens.
func (t *Target) Login(ctx context.Context, acct profile.Account) (*Session, error) {
	if t.Profile == nil || t.Profile.Endpoints.Login == nil {
		return nil, fmt.Errorf("the profile describes no login endpoint")
	}
	ep := t.Profile.Endpoints.Login
	client := &Session{}
	if t.Profile.ForwardedHeader != "" {
		client.ClientIP = t.NewClientIP()
	}
	resp, err := t.Call(ctx, ep, map[string]any{"username": acct.Username, "password": acct.Password}, nil, client)
	if err != nil {
		return nil, fmt.Errorf("login as %s: %w", acct.Username, err)
	}
	s := &Session{Account: acct, Login: resp, SetCookies: resp.Cookies(), ClientIP: client.ClientIP}
	now := time.Now()
	for _, c := range s.SetCookies {
		if c.MaxAge < 0 || c.Value == "" || (!c.Expires.IsZero() && c.Expires.Before(now)) {
			continue // a deletion
		}
		s.Cookies = append(s.Cookies, c)
	}
	// Form logins answer with a redirect: one that sets a cookie is a
	// success, one that does not is the login form again.
	if resp.StatusCode/100 != 2 && (resp.StatusCode/100 != 3 || len(s.Cookies) == 0) {
		return nil, fmt.Errorf("login as %s answered %d", acct.Username, resp.StatusCode)
	}
	var body map[string]any
	if json.Unmarshal(resp.Body, &body) == nil {
		s.AccessToken = jsonString(body, ep.ResponseKey("accessToken"))
		s.RefreshToken = jsonString(body, ep.ResponseKey("refreshToken"))
	}
	return s, nil
}

// SessionCookie returns the session cookie of a login: the profile's named
// cookie, else the only cookie set, else one whose name says session (CSRF
// token cookies excluded).
func (s *Session) SessionCookie(p *profile.Profile) (*http.Cookie, bool) {
	if s == nil {
		return nil, false
	}
	if p != nil && p.Session.Cookie != "" {
		for _, c := range s.SetCookies {
			if c.Name == p.Session.Cookie {
				return c, true
			}
		}
		return nil, false
	}
	if len(s.Cookies) == 1 {
		return s.Cookies[0], true
	}
	var csrfCookieName string
	if p != nil {
		csrfCookieName = p.CSRFCookieName
	}
	for _, c := range s.Cookies {
		if c.Name != csrfCookieName && LooksLikeSessionCookie(c.Name) {
			return c, true
		}
	}
	return nil, false
}

// LooksLikeSessionCookie reports whether a cookie name marks a session
// (session, sid, auth, token…), excluding CSRF-token cookies.
func LooksLikeSessionCookie(name string) bool {
	n := strings.ToLower(name)
	if strings.Contains(n, "csrf") || strings.Contains(n, "xsrf") {
		return false
	}
	for _, w := range []string{"session", "sess", "sid", "auth", "token", "jwt"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// jsonString reads a dotted key ("data.token") from decoded JSON.
func jsonString(v map[string]any, key string) string {
	parts := strings.Split(key, ".")
	var cur any = v
	for _, p := range parts {
		m, ok := cur.(map[string]any)
		if !ok {
			return ""
		}
		cur = m[p]
	}
	switch v := cur.(type) {
	case string:
		return v
	case json.Number: // ids are often numbers
		return v.String()
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return ""
}

// JSONString reads a dotted key from a JSON body, "" when absent. Numbers
// are returned in their JSON spelling.
func JSONString(body []byte, key string) string {
	var v map[string]any
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if dec.Decode(&v) != nil {
		return ""
	}
	return jsonString(v, key)
}

// NewClientIP hands out a client address from 198.18.0.0/15 (RFC 2544
// benchmarking space, never a real client) for the profile's forwarded
// header. It is only ever written into that header: no traffic goes there.
// The pool starts at a random offset so that runs do not share counters.
func (t *Target) NewClientIP() string {
	t.ipMu.Lock()
	defer t.ipMu.Unlock()
	if !t.ipSeeded {
		var b [4]byte
		_, _ = rand.Read(b[:])
		t.ipNext, t.ipSeeded = binary.BigEndian.Uint32(b[:]), true
	}
	n := t.ipNext % (1 << 17)
	t.ipNext++
	return net.IPv4(198, 18+byte(n>>16), byte(n>>8), byte(n)).String()
}
