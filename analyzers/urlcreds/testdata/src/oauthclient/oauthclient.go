// Package oauthclient is the client side of an OAuth 2.0 authorization-code
// flow (with PKCE) plus a small API client that authenticates its calls.
package oauthclient

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strings"
)

type Config struct {
	ClientID     string
	ClientSecret string
	AuthURL      string
	TokenURL     string
	RedirectURI  string
	Scopes       []string
}

type Token struct {
	AccessToken  string `json:"access_token"`
	TokenType    string `json:"token_type"`
	RefreshToken string `json:"refresh_token"`
	ExpiresIn    int    `json:"expires_in"`
}

// AuthCodeURL builds the authorization request: client_id, redirect_uri,
// state and the PKCE challenge belong in this URL.
func (c *Config) AuthCodeURL(state, challenge string) string {
	v := url.Values{
		"response_type":         {"code"},
		"client_id":             {c.ClientID},
		"redirect_uri":          {c.RedirectURI},
		"scope":                 {strings.Join(c.Scopes, " ")},
		"state":                 {state},
		"code_challenge":        {challenge},
		"code_challenge_method": {"S256"},
	}
	return c.AuthURL + "?" + v.Encode()
}

// LegacyAuthURL is what some old providers asked for.
func (c *Config) LegacyAuthURL(state string) string {
	q := url.Values{}
	q.Set("client_id", c.ClientID)
	q.Set("client_secret", c.ClientSecret) // want `client secret placed in a URL query \(client_secret=…\): .* send it in the token request's POST body or with HTTP Basic authentication`
	q.Set("state", state)
	return c.AuthURL + "?" + q.Encode()
}

// Exchange trades the code for tokens; the secret travels in the body.
func (c *Config) Exchange(ctx context.Context, code, verifier string) (*Token, error) {
	form := url.Values{
		"grant_type":    {"authorization_code"},
		"code":          {code},
		"redirect_uri":  {c.RedirectURI},
		"client_id":     {c.ClientID},
		"client_secret": {c.ClientSecret},
		"code_verifier": {verifier},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.TokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.do(req)
}

// Refresh uses http.PostForm: the refresh token is in the body.
func (c *Config) Refresh(refreshToken string) (*Token, error) {
	resp, err := http.PostForm(c.TokenURL, url.Values{
		"grant_type":    {"refresh_token"},
		"refresh_token": {refreshToken},
		"client_id":     {c.ClientID},
	})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var t Token
	return &t, json.NewDecoder(resp.Body).Decode(&t)
}

// RefreshRaw builds the same body by hand.
func (c *Config) RefreshRaw(rt string) (*http.Response, error) {
	body := "grant_type=refresh_token&refresh_token=" + url.QueryEscape(rt)
	return http.Post(c.TokenURL, "application/x-www-form-urlencoded", strings.NewReader(body))
}

// Revoke posts the token with a type hint.
func (c *Config) Revoke(ctx context.Context, tok string) error {
	v := url.Values{}
	v.Set("token", tok)
	v.Set("token_type_hint", "refresh_token")
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.TokenURL+"/revoke", strings.NewReader(v.Encode()))
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.ClientID, c.ClientSecret)
	_, err = c.do(req)
	return err
}

// Callback is the redirect_uri handler: code and state come in the query.
func (c *Config) Callback(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if e := q.Get("error"); e != "" {
		http.Error(w, "authorization failed: "+e, http.StatusBadRequest)
		return
	}
	code, state := q.Get("code"), q.Get("state")
	if state != expectedState(r) {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	if _, err := c.Exchange(r.Context(), code, verifierFor(r)); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

func (c *Config) do(req *http.Request) (*Token, error) {
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var t Token
	return &t, json.NewDecoder(resp.Body).Decode(&t)
}

func expectedState(r *http.Request) string { return "" }
func verifierFor(r *http.Request) string   { return "" }

// APIClient calls a resource server.
type APIClient struct {
	base   string
	token  string
	apiKey string
	hc     *http.Client
}

func (a *APIClient) Profile(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.base+"/me?access_token="+a.token, nil) // want `access token placed in a URL query \(access_token=…\): URLs end up in server and proxy logs, browser history and Referer headers; send it in the Authorization header`
	if err != nil {
		return nil, err
	}
	return a.hc.Do(req)
}

func (a *APIClient) Search(ctx context.Context, term, pageToken string) (*http.Response, error) {
	u, err := url.Parse(a.base + "/search")
	if err != nil {
		return nil, err
	}
	q := u.Query()
	q.Set("q", term)
	q.Set("page_token", pageToken)
	q.Set("api_key", a.apiKey) // want `API key placed in a URL query \(api_key=…\)`
	u.RawQuery = q.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	return a.hc.Do(req)
}

// sign adds the key to a query its callers encode into URLs.
func (a *APIClient) sign(q url.Values) {
	q.Set("api_key", a.apiKey) // want `API key placed in a URL query`
}

func (a *APIClient) Items(ctx context.Context, page string) (*http.Response, error) {
	q := url.Values{}
	q.Set("page_token", page)
	a.sign(q)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.base+"/items?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	return a.hc.Do(req)
}

// get encodes its query into the request URL.
func (a *APIClient) get(ctx context.Context, path string, q url.Values) (*http.Response, error) {
	u := a.base + path + "?" + q.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	return a.hc.Do(req)
}

func (a *APIClient) Orders(ctx context.Context) (*http.Response, error) {
	return a.get(ctx, "/orders", url.Values{"access_token": {a.token}}) // want `access token placed in a URL query`
}

func (a *APIClient) Invoices(ctx context.Context, cursor string) (*http.Response, error) {
	return a.get(ctx, "/invoices", url.Values{"cursor": {cursor}, "limit": {"50"}})
}

func (a *APIClient) Weather(city string) (*http.Response, error) {
	return a.hc.Get(fmt.Sprintf("%s/weather?city=%s&api_key=%s", a.base, url.QueryEscape(city), a.apiKey)) // want `API key placed in a URL query \(api_key=…\)`
}

// List paginates with page tokens and authenticates with a header.
func (a *APIClient) List(ctx context.Context, pageToken string) (*http.Response, error) {
	u := fmt.Sprintf("%s/list?page_token=%s&limit=%d", a.base, url.QueryEscape(pageToken), 50)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+a.token)
	log.Printf("GET %s", req.URL.Redacted())
	return a.hc.Do(req)
}

// Introspect names the token type in the URL, not the token.
func (a *APIClient) Introspect(kind string) (*http.Response, error) {
	return a.hc.Get(a.base + "/introspect?token_type=" + url.QueryEscape(kind) + "&next_token=" + kind)
}
