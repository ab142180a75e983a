// Package websocket is a stub of github.com/gorilla/websocket with the
// real signatures of the functions the analyzer looks at.
package websocket

import (
	"context"
	"net/http"
)

type Conn struct{}

func (c *Conn) ReadMessage() (messageType int, p []byte, err error) { return 0, nil, nil }
func (c *Conn) WriteMessage(messageType int, data []byte) error     { return nil }
func (c *Conn) Close() error                                        { return nil }

type Upgrader struct {
	CheckOrigin  func(r *http.Request) bool
	Subprotocols []string
}

func (u *Upgrader) Upgrade(w http.ResponseWriter, r *http.Request, responseHeader http.Header) (*Conn, error) {
	return nil, nil
}

type Dialer struct{}

var DefaultDialer = &Dialer{}

func (d *Dialer) Dial(urlStr string, requestHeader http.Header) (*Conn, *http.Response, error) {
	return nil, nil, nil
}

func (d *Dialer) DialContext(ctx context.Context, urlStr string, requestHeader http.Header) (*Conn, *http.Response, error) {
	return nil, nil, nil
}

func Subprotocols(r *http.Request) []string { return nil }
