package reference_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/internal/pgtest"
	"github.com/authcheck/authcheck/reference/internal/redistest"
)

// expectUnavailable: 503 with a JSON error and Retry-After.
func expectUnavailable(t *testing.T, r *resp, what string) {
	t.Helper()
	expect(t, r, 503, what)
	var body struct{ Error string }
	if err := json.Unmarshal(r.body, &body); err != nil || body.Error == "" {
		t.Fatalf("%s: 503 without a JSON error: %s", what, r.body)
	}
	if r.header.Get("Retry-After") == "" {
		t.Fatalf("%s: 503 without Retry-After", what)
	}
}

// waitFor polls cond until it holds (a bounded wait for a state, not a
// timing assertion).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// load sends requests from several goroutines until finish, and fails
// the test on a transport error (the server went away) or a status
// outside allowed (a 500 during an outage, say).
type load struct {
	stop   chan struct{}
	wg     sync.WaitGroup
	mu     sync.Mutex
	counts map[int]int
	bad    []string
}

func startLoad(workers int, send func(worker, i int) (*resp, error), allowed ...int) *load {
	l := &load{stop: make(chan struct{}), counts: map[int]int{}}
	ok := map[int]bool{}
	for _, s := range allowed {
		ok[s] = true
	}
	for w := range workers {
		l.wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-l.stop:
					return
				default:
				}
				r, err := send(w, i)
				l.mu.Lock()
				switch {
				case err != nil:
					l.bad = append(l.bad, err.Error())
				case !ok[r.status]:
					l.bad = append(l.bad, fmt.Sprintf("%d %s", r.status, r.body))
				default:
					l.counts[r.status]++
				}
				l.mu.Unlock()
			}
		})
	}
	return l
}

func (l *load) total() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(l.bad)
	for _, c := range l.counts {
		n += c
	}
	return n
}

func (l *load) finish(t *testing.T) map[int]int {
	t.Helper()
	close(l.stop)
	l.wg.Wait()
	if len(l.bad) > 0 {
		t.Fatalf("%d bad answers during the outage, e.g. %s", len(l.bad), l.bad[0])
	}
	return l.counts
}

// TestRedisOutageMidRequest stops a real redis-server while requests are
// in flight: requests that need Redis get a JSON 503 with Retry-After
// (never a 500 or a dropped connection), the server keeps running, and it
// recovers when Redis is back.
func TestRedisOutageMidRequest(t *testing.T) {
	rd := redistest.StartServer(t)
	e := start(t, func(c *reference.Config) { c.RedisURL = rd.URL })
	_, email, pw, access, _ := e.user("redis-outage")
	bearer := e.bearer(access)
	l := startLoad(4, func(w, i int) (*resp, error) {
		if w%2 == 0 {
			return bearer.try("GET", "/api/v1/me", nil)
		}
		return e.client().try("POST", "/api/v1/auth/login", map[string]string{"email": fmt.Sprintf("nobody%d-%d@example.org", w, i), "password": "wrong password"})
	}, 200, 401, 503)
	waitFor(t, "traffic before the outage", func() bool { return l.total() >= 20 })
	rd.Stop()
	expectUnavailable(t, bearer.do("GET", "/api/v1/me", nil), "bearer request during the Redis outage")
	expectUnavailable(t, loginAttempt(e.client(), email, pw), "login during the Redis outage (the limiter fails closed)")
	n := l.total()
	waitFor(t, "traffic during the outage", func() bool { return l.total() >= n+20 })
	rd.Start()
	waitFor(t, "recovery after Redis is back", func() bool { return bearer.do("GET", "/api/v1/me", nil).status == 200 })
	expect(t, loginAttempt(e.client(), email, pw), 200, "login after the outage")
	counts := l.finish(t)
	t.Logf("answers under load: %v", counts)
	expect(t, e.client().do("GET", "/healthz", nil), 200, "health after the outage")
}

// TestPostgresOutageMidRequest cuts the server's connections to Postgres
// (a proxy in between) while a password change is inside its
// transaction, and while notes are being written: the requests get a JSON
// 503, the half-done transaction leaves nothing behind, acknowledged
// writes are all there, and the server recovers when the database is
// reachable again.
func TestPostgresOutageMidRequest(t *testing.T) {
	ctx := context.Background()
	db := pgtest.URL(t)
	proxy, via := pgtest.NewProxy(t, db)
	e := start(t, func(c *reference.Config) { c.DatabaseURL = via })
	c, email, pw, access, refreshTok := e.user("pg-outage")
	bearer := e.bearer(access)
	newPw := "a brand new passphrase for the outage"

	// Notes written by a steady load: each acknowledged one must survive.
	var ackMu sync.Mutex
	acked := map[string]bool{}
	l := startLoad(2, func(w, i int) (*resp, error) {
		title := fmt.Sprintf("note %d-%d", w, i)
		r, err := bearer.try("POST", "/api/v1/notes", map[string]string{"title": title, "body": "b"})
		if err == nil && r.status == 201 {
			ackMu.Lock()
			acked[title] = true
			ackMu.Unlock()
		}
		return r, err
	}, 201, 503)
	waitFor(t, "notes before the outage", func() bool { return l.total() >= 10 })

	// Hold the refresh_tokens table so that the password change stops at
	// its last statement, after it changed the hash, flagged keys and
	// deleted sessions inside its transaction; then cut the connection.
	admin, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	watch, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer watch.Close(ctx)
	tx, err := admin.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `LOCK TABLE refresh_tokens IN SHARE MODE`); err != nil {
		t.Fatal(err)
	}
	changed := make(chan *resp, 1)
	go func() {
		r, err := c.try("POST", "/api/v1/me/password", map[string]string{"currentPassword": pw, "newPassword": newPw})
		if err != nil {
			r = &resp{status: -1, body: []byte(err.Error())}
		}
		changed <- r
	}()
	waitFor(t, "the password change to wait inside its transaction", func() bool {
		var n int
		// (Another connection: inside a transaction the statistics views
		// keep the snapshot of its first read.)
		err := watch.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity WHERE application_name = $1
			AND wait_event_type = 'Lock' AND query LIKE 'UPDATE refresh_tokens%'`, pgtest.Schema(db)).Scan(&n)
		if err != nil {
			t.Log(err)
		}
		select {
		case r := <-changed:
			t.Fatalf("the password change did not wait: %d %s", r.status, r.body)
		default:
		}
		return err == nil && n == 1
	})
	proxy.Down()
	expectUnavailable(t, <-changed, "password change cut mid-transaction")
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}

	// During the outage.
	expectUnavailable(t, bearer.do("GET", "/api/v1/me", nil), "bearer request during the Postgres outage")
	expectUnavailable(t, c.do("GET", "/api/v1/me", nil), "cookie request during the Postgres outage")
	expectUnavailable(t, loginAttempt(e.client(), email, pw), "login during the Postgres outage")
	expectUnavailable(t, refresh(e, refreshTok), "refresh during the Postgres outage")
	r := e.client().do("POST", "/api/v1/auth/register", map[string]string{"email": "late@example.org", "password": "a passphrase for late"})
	expectUnavailable(t, r, "registration during the Postgres outage")
	n := l.total()
	waitFor(t, "traffic during the outage", func() bool { return l.total() >= n+10 })

	proxy.Up()
	waitFor(t, "recovery after Postgres is back", func() bool { return bearer.do("GET", "/api/v1/me", nil).status == 200 })
	counts := l.finish(t)
	t.Logf("note writes under load: %v", counts)

	// Nothing of the cut password change was kept: the old password and
	// session work, the new password does not, the refresh token refused
	// during the outage was not consumed.
	expect(t, c.do("GET", "/api/v1/me", nil), 200, "the session the cut change would have ended")
	expect(t, loginAttempt(e.client(), email, newPw), 401, "the new password of the cut change")
	expect(t, loginAttempt(e.client(), email, pw), 200, "the old password")
	expect(t, refresh(e, refreshTok), 200, "the refresh token refused during the outage")
	// Every acknowledged note is stored.
	list := bearer.do("GET", "/api/v1/notes", nil)
	expect(t, list, 200, "notes after the outage")
	var notes []struct{ Title string }
	if err := json.Unmarshal(list.body, &notes); err != nil {
		var wrapped struct{ Notes []struct{ Title string } }
		if err := json.Unmarshal(list.body, &wrapped); err != nil {
			t.Fatalf("notes: %v %s", err, list.body)
		}
		notes = wrapped.Notes
	}
	stored := map[string]bool{}
	for _, n := range notes {
		stored[n.Title] = true
	}
	for title := range acked {
		if !stored[title] {
			t.Errorf("acknowledged note %q lost", title)
		}
	}
	if len(acked) == 0 {
		t.Fatal("no note was acknowledged")
	}
	// Registration works again.
	expect(t, e.client().do("POST", "/api/v1/auth/register", map[string]string{"email": "late@example.org", "password": "a passphrase for late"}), 202, "registration after the outage")
}
