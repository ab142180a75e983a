// Package webhook delivers signed event notifications to subscribers, and
// proxies calls to an upstream API that wants its key.
package webhook

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strings"
)

type Endpoint struct {
	URL    string
	Secret string
	APIKey string
}

type Sender struct {
	hc *http.Client
}

// Deliver signs the payload and authenticates in headers.
func (s *Sender) Deliver(ctx context.Context, ep Endpoint, payload []byte) error {
	mac := hmac.New(sha256.New, []byte(ep.Secret))
	mac.Write(payload)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ep.URL, bytes.NewReader(payload))
	if err != nil {
		return err
	}
	req.Header.Set("X-Webhook-Signature", "sha256="+hex.EncodeToString(mac.Sum(nil)))
	req.Header.Set("Authorization", "Bearer "+ep.APIKey)
	resp, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	log.Printf("webhook delivered to %s (status %d)", ep.URL, resp.StatusCode)
	return nil
}

// DeliverLegacy is for subscribers that check a shared token in the URL.
func (s *Sender) DeliverLegacy(ctx context.Context, ep Endpoint, payload []byte) error {
	target := fmt.Sprintf("%s?token=%s", ep.URL, ep.Secret) // want `token placed in a URL query \(token=…\)`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(payload))
	if err != nil {
		return err
	}
	resp, err := s.hc.Do(req)
	if err != nil {
		log.Printf("delivery failed: %s", strings.ReplaceAll(target, "?token="+ep.Secret, "?token=REDACTED"))
		return err
	}
	return resp.Body.Close()
}

// DeliverQueryKey puts the key into the query of a POST.
func (s *Sender) DeliverQueryKey(ep Endpoint, event string, payload []byte) error {
	v := url.Values{}
	v.Set("event", event)
	v.Set("api_key", ep.APIKey) // want `API key placed in a URL query \(api_key=…\): .* send it in a request header \(Authorization or X-API-Key\)`
	req, err := http.NewRequest(http.MethodPost, ep.URL+"?"+v.Encode(), bytes.NewReader(payload))
	if err != nil {
		return err
	}
	_, err = s.hc.Do(req)
	return err
}

// DeliverForm sends a form: the token is in the body.
func (s *Sender) DeliverForm(ep Endpoint, event string) error {
	v := url.Values{"event": {event}, "token": {ep.Secret}}
	resp, err := s.hc.Post(ep.URL, "application/x-www-form-urlencoded", strings.NewReader(v.Encode()))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// DeliverFormIndexed fills the form by index; still a body.
func (s *Sender) DeliverFormIndexed(ep Endpoint) error {
	v := url.Values{}
	v["secret"] = []string{ep.Secret}
	body := v.Encode()
	resp, err := http.Post(ep.URL, "application/x-www-form-urlencoded", strings.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Ping uses index assignment and ends up in the URL.
func (s *Sender) Ping(ep Endpoint) error {
	v := url.Values{}
	v["secret"] = []string{ep.Secret} // want `secret placed in a URL query \(secret=…\)`
	u, err := url.Parse(ep.URL)
	if err != nil {
		return err
	}
	u.RawQuery = v.Encode()
	resp, err := s.hc.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Proxy forwards requests to an upstream that authenticates by query key.
type Proxy struct {
	upstream    *url.URL
	upstreamKey string
	hc          *http.Client
}

func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	out := r.Clone(r.Context())
	out.RequestURI = ""
	out.URL.Scheme, out.URL.Host = p.upstream.Scheme, p.upstream.Host
	q := out.URL.Query()
	q.Del("token")                 // never forward the client's own credential
	q.Set("apikey", p.upstreamKey) // want `API key placed in a URL query \(apikey=…\)`
	out.URL.RawQuery = q.Encode()
	resp, err := p.hc.Do(out)
	if err != nil {
		http.Error(w, "upstream unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}

// Raw sets the whole query string by hand.
func (p *Proxy) Raw(path string) (*http.Response, error) {
	u := *p.upstream
	u.Path = path
	u.RawQuery = "key_id=main&auth=" + p.upstreamKey // want `access token placed in a URL query \(auth=…\)`
	return p.hc.Get(u.String())
}

// RawTokenOnly starts the query string with the credential.
func (p *Proxy) RawTokenOnly(path string) *url.URL {
	return &url.URL{Scheme: "https", Host: p.upstream.Host, Path: path, RawQuery: "access_token=" + p.upstreamKey} // want `access token placed in a URL query \(access_token=…\)`
}

// Fingerprint builds a cache key that names the query, not a URL.
func Fingerprint(method, path, sid string) string {
	return method + " " + path + " session_id=" + sid
}
