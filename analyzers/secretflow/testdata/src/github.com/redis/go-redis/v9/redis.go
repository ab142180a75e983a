// Package redis is a stub of github.com/redis/go-redis/v9 with the real
// signatures of the methods the tests use (on *Client rather than on the
// embedded cmdable).
package redis

import (
	"context"
	"time"
)

type Options struct {
	Addr     string
	Password string
}

type Client struct{}

type StatusCmd struct{}
type StringCmd struct{}
type IntCmd struct{}

func NewClient(opt *Options) *Client { return &Client{} }

func (c *Client) Set(ctx context.Context, key string, value interface{}, expiration time.Duration) *StatusCmd {
	return &StatusCmd{}
}
func (c *Client) Get(ctx context.Context, key string) *StringCmd { return &StringCmd{} }
func (c *Client) HSet(ctx context.Context, key string, values ...interface{}) *IntCmd {
	return &IntCmd{}
}
func (c *Client) Del(ctx context.Context, keys ...string) *IntCmd { return &IntCmd{} }
func (cmd *StatusCmd) Err() error                                 { return nil }
func (cmd *IntCmd) Err() error                                    { return nil }
func (cmd *StringCmd) Result() (string, error)                    { return "", nil }
