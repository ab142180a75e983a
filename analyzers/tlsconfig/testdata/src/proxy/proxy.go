// Package proxy configures an upstream transport without importing
// crypto/tls: the tls.Config is reached through http.Transport.
package proxy

import (
	"net/http"
	"net/http/httputil"
	"net/url"
)

// Upstream describes a backend.
type Upstream struct {
	URL                   *url.URL
	InsecureSkipTLSVerify bool
}

// NewProxy turns verification off when the upstream asks for it.
func NewProxy(u Upstream) *httputil.ReverseProxy {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	if u.InsecureSkipTLSVerify {
		transport.TLSClientConfig.InsecureSkipVerify = true // want `InsecureSkipVerify is true`
	}
	p := httputil.NewSingleHostReverseProxy(u.URL)
	p.Transport = transport
	return p
}

// ServerName sets SNI only: fine.
func ServerName(t *http.Transport, name string) {
	t.TLSClientConfig.ServerName = name
}
