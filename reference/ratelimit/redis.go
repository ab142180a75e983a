package ratelimit

import (
	"context"
	"errors"
	"time"

	"github.com/redis/go-redis/v9"
)

// Redis is a Limiter shared by every replica that uses the same Redis. Each
// operation is one Lua script, which Redis runs atomically, so concurrent
// requests on different replicas cannot both take the last slot.
type Redis struct {
	Client *redis.Client
	Prefix string // key prefix, e.g. "authcheck:"
}

// takeScript keeps one sorted set per key, scored by request time in ms.
var takeScript = redis.NewScript(`
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local ticket = ARGV[4]
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local n = redis.call('ZCARD', key)
if n < limit then
  redis.call('ZADD', key, now, ticket)
  redis.call('PEXPIRE', key, window)
  return {1, limit - n - 1, 0, window}
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
local newest = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')
return {0, 0, tonumber(oldest[2]) + window - now, tonumber(newest[2]) + window - now}
`)

var failScript = redis.NewScript(`
local n = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return n
`)

// Take admits or refuses one request.
func (r *Redis) Take(ctx context.Context, p Policy, key string, now time.Time) (Decision, error) {
	t := newTicket()
	// The ticket is suffixed to the member so that two requests in the same
	// millisecond are both counted.
	res, err := takeScript.Run(ctx, r.Client, []string{r.Prefix + "rl:" + p.Name + ":" + key},
		now.UnixMilli(), p.Window.Milliseconds(), p.Limit, t).Int64Slice()
	if err != nil {
		return Decision{}, err
	}
	if len(res) != 4 {
		return Decision{}, errors.New("ratelimit: unexpected script result")
	}
	d := Decision{Allowed: res[0] == 1, Remaining: int(res[1]),
		RetryAfter: time.Duration(res[2]) * time.Millisecond, Reset: time.Duration(res[3]) * time.Millisecond}
	if d.Allowed {
		d.Ticket = t
	}
	return d, nil
}

// Refund removes an admitted request.
func (r *Redis) Refund(ctx context.Context, p Policy, key, ticket string) error {
	return r.Client.ZRem(ctx, r.Prefix+"rl:"+p.Name+":"+key, ticket).Err()
}

// Failures updates a failure counter. Redis expires it by its own clock;
// the caller's time is used only by Memory.
func (r *Redis) Failures(ctx context.Context, key string, ttl time.Duration, reset bool, _ time.Time) (int, error) {
	k := r.Prefix + "fail:" + key
	if reset {
		return 0, r.Client.Del(ctx, k).Err()
	}
	n, err := failScript.Run(ctx, r.Client, []string{k}, ttl.Milliseconds()).Int()
	return n, err
}

// PeekFailures reads a failure counter.
func (r *Redis) PeekFailures(ctx context.Context, key string, _ time.Time) (int, error) {
	n, err := r.Client.Get(ctx, r.Prefix+"fail:"+key).Int()
	if errors.Is(err, redis.Nil) {
		return 0, nil
	}
	return n, err
}
