// Package loopback runs raw TCP servers on 127.0.0.1 for the probe tests:
// hand-written peers (an SSLv3-only server, a tarpit, a stalled handshake)
// that net/http and crypto/tls cannot play.
package loopback

import (
	"net"
	"sync"
	"testing"
)

// Serve listens on a free loopback port and hands every connection to
// handle, which owns it until it returns; the connection is closed then.
// At the end of the test the listener and every open connection are closed
// and Serve waits for the handlers. It returns host:port.
func Serve(t testing.TB, handle func(net.Conn)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		conns []net.Conn
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				handle(c)
			}()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	return ln.Addr().String()
}
