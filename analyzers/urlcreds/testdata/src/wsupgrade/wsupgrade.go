// Package wsupgrade serves a chat hub over WebSockets and dials a peer hub.
package wsupgrade

import (
	"context"
	"net/http"
	"net/url"

	"github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{CheckOrigin: sameOrigin}

func sameOrigin(r *http.Request) bool { return r.Header.Get("Origin") == "https://chat.example.com" }

type Hub struct {
	verify  func(token string) (string, error)
	tickets map[string]string
	peerURL string
	peerTok string
}

// ServeWS authenticates the handshake with ?token=.
func (h *Hub) ServeWS(w http.ResponseWriter, r *http.Request) {
	tok := r.URL.Query().Get("token") // want `token read from the URL query of a WebSocket handshake \(token=…\): the URL is written to access and proxy logs; browsers cannot set an Authorization header on WebSocket requests, so authenticate the upgrade with the session cookie \(checking Origin\) or a single-use ticket that expires within seconds`
	if _, err := h.verify(tok); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
}

// ServeWSForm does the same through FormValue; no body fix is offered for
// a GET handshake.
func (h *Hub) ServeWSForm(w http.ResponseWriter, r *http.Request) {
	if _, err := h.verify(r.FormValue("access_token")); err != nil { // want `access token read from the URL query of a WebSocket handshake`
		return
	}
	conn, _ := upgrader.Upgrade(w, r, nil)
	defer conn.Close()
}

// ServeWSCookie authenticates with the session cookie.
func (h *Hub) ServeWSCookie(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("__Host-session")
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if _, err := h.verify(c.Value); err != nil {
		return
	}
	room := r.URL.Query().Get("room")
	_ = room
	conn, _ := upgrader.Upgrade(w, r, nil)
	defer conn.Close()
}

// ServeWSProtocol carries a ticket in Sec-WebSocket-Protocol.
func (h *Hub) ServeWSProtocol(w http.ResponseWriter, r *http.Request) {
	protos := websocket.Subprotocols(r)
	if len(protos) != 2 || h.tickets[protos[1]] == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	conn, _ := upgrader.Upgrade(w, r, http.Header{"Sec-WebSocket-Protocol": {protos[0]}})
	defer conn.Close()
}

// DialPeer connects to another hub.
func (h *Hub) DialPeer(ctx context.Context) error {
	conn, _, err := websocket.DefaultDialer.DialContext(ctx, h.peerURL+"/ws?access_token="+url.QueryEscape(h.peerTok), nil) // want `access token placed in a URL query \(access_token=…\)`
	if err != nil {
		return err
	}
	return conn.Close()
}

// DialPeerHeader sends the token in a header.
func (h *Hub) DialPeerHeader(ctx context.Context) error {
	hdr := http.Header{"Authorization": {"Bearer " + h.peerTok}}
	conn, _, err := websocket.DefaultDialer.DialContext(ctx, h.peerURL+"/ws?room=lobby", hdr)
	if err != nil {
		return err
	}
	return conn.Close()
}
