package probes

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/authcheck/authcheck/probes/profile"
)

// Call sends a request to a profile endpoint. fields maps logical field
// names (username, password, …) to values; they are renamed with the
// endpoint's Fields and encoded as its Body format. pathParams replace
// {name} in the path. as, when non-nil, authenticates the request.
func (t *Target) Call(ctx context.Context, ep *profile.Endpoint, fields map[string]any, pathParams map[string]string, as *Session) (*Response, error) {
	if ep == nil {
		return nil, fmt.Errorf("endpoint not described in the profile")
	}
	path := ep.Path
	for k, v := range pathParams {
		path = strings.ReplaceAll(path, "{"+k+"}", url.PathEscape(v))
	}
	var body []byte
	contentType := ""
	if ep.Method != http.MethodGet && ep.Method != http.MethodDelete || len(fields) > 0 {
		payload := map[string]any{}
		for k, v := range ep.Extra {
			payload[k] = v
		}
		for k, v := range fields {
			payload[ep.Field(k)] = v
		}
		if ep.Body == "form" {
			form := url.Values{}
			for k, v := range payload {
				form.Set(k, fmt.Sprint(v))
			}
			body, contentType = []byte(form.Encode()), "application/x-www-form-urlencoded"
		} else {
			b, err := json.Marshal(payload)
			if err != nil {
				return nil, err
			}
			body, contentType = b, "application/json"
		}
	}
	req, err := t.NewRequest(ctx, ep.Method, path, body)
	if err != nil {
		return nil, err
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	// Same-origin, as a browser would send it: CSRF defences must let the
	// prober's legitimate requests through.
	req.Header.Set("Origin", t.URL.Scheme+"://"+t.URL.Host)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	as.Apply(req)
	return t.Do(req)
}

// Session is what a login returned: cookies and bearer tokens.
type Session struct {
	Account      profile.Account
	Cookies      []*http.Cookie // session cookies to send back
	SetCookies   []*http.Cookie // every Set-Cookie of the login response, parsed
	AccessToken  string
	RefreshToken string
	Login        *Response
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
	resp, err := t.Call(ctx, ep, map[string]any{"username": acct.Username, "password": acct.Password}, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("login: %w", err)
	}
	if resp.StatusCode/100 != 2 {
		return nil, fmt.Errorf("login as %s answered %d", acct.Username, resp.StatusCode)
	}
	s := &Session{Account: acct, Login: resp, SetCookies: resp.Cookies()}
	for _, c := range s.SetCookies {
		if c.MaxAge < 0 || c.Value == "" {
			continue // a deletion
		}
		s.Cookies = append(s.Cookies, c)
	}
	var body map[string]any
	if json.Unmarshal(resp.Body, &body) == nil {
		s.AccessToken = jsonString(body, ep.ResponseKey("accessToken"))
		s.RefreshToken = jsonString(body, ep.ResponseKey("refreshToken"))
	}
	return s, nil
}

// SessionCookie returns the session cookie of a login: the profile's named
// cookie, else the only cookie set, else one whose name says session.
func (s *Session) SessionCookie(p *profile.Profile) (*http.Cookie, bool) {
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
	for _, c := range s.Cookies {
		n := strings.ToLower(c.Name)
		if strings.Contains(n, "session") || strings.Contains(n, "sid") || strings.Contains(n, "auth") {
			return c, true
		}
	}
	return nil, false
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
	s, _ := cur.(string)
	return s
}

// JSONString reads a dotted key from a JSON body, "" when absent.
func JSONString(body []byte, key string) string {
	var v map[string]any
	if json.Unmarshal(body, &v) != nil {
		return ""
	}
	return jsonString(v, key)
}
