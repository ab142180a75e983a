// Package client calls a remote API with a key from its configuration.
package client

import (
	"fmt"
	"log"
	"net/http"

	"example.com/app/tokens"
)

type Client struct {
	base string
	key  string
	http *http.Client
}

// New reads Config.APIKey (a field of another package) into c.key.
func New(cfg tokens.Config) *Client {
	c := &Client{base: cfg.BaseURL, key: cfg.APIKey, http: http.DefaultClient}
	log.Printf("client for %s, timeout %d", cfg.BaseURL, cfg.Timeout)
	log.Printf("client key %s…", cfg.APIKey[:6])
	return c
}

func (c *Client) authorization() string { return "Bearer " + c.key } // want authorization:`returns\(Authorization\ header\ from\ Client\.authorization\)`

func (c *Client) Get(path string) (*http.Response, error) { // want Get:`sinks\(0→log\.Printf\ at\ client\.go:34\)`
	req, err := http.NewRequest("GET", c.base+path, nil)
	if err != nil {
		return nil, fmt.Errorf("client: building request for %s: %w", path, err)
	}
	req.Header.Set("Authorization", c.authorization())
	log.Printf("GET %s%s key=%s", c.base, path, c.key) // want `\[AC901\] API key from cfg.APIKey \(client.go:\d+\) logged here by log.Printf`
	log.Printf("GET %s key ending %s", path, tokens.Mask(c.key))
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("client: GET %s with %s: %w", path, c.authorization(), err) // want `\[AC902\] Authorization header from Client.authorization`
	}
	return resp, nil
}
