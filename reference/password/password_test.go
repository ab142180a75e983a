package password

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"
)

// testParams are far below the line so that unit tests stay fast; the
// default is checked separately.
var testParams = Params{MemoryKiB: 64, Time: 1, Threads: 1}

func TestDefaultParamsOnOWASPLine(t *testing.T) {
	if DefaultParams.MemoryKiB < 19456 || DefaultParams.Time < 2 {
		t.Fatalf("DefaultParams %+v below m=19456 t=2", DefaultParams)
	}
}

func TestHashVerifyAndRehash(t *testing.T) {
	ctx := context.Background()
	low, err := NewHasher(testParams, 2, 8, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := low.Hash(ctx, "a long passphrase with spaces")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(enc, "$argon2id$v=19$m=64,t=1,p=1$") {
		t.Fatalf("not a PHC string: %s", enc)
	}
	ok, rehash, err := low.Verify(ctx, "a long passphrase with spaces", enc)
	if err != nil || !ok || rehash {
		t.Fatalf("Verify = %v %v %v", ok, rehash, err)
	}
	if ok, _, _ := low.Verify(ctx, "a long passphrase with space", enc); ok {
		t.Fatal("wrong password accepted")
	}
	higher, _ := NewHasher(Params{MemoryKiB: 128, Time: 1, Threads: 1}, 1, 8, time.Second)
	ok, rehash, err = higher.Verify(ctx, "a long passphrase with spaces", enc)
	if err != nil || !ok || !rehash {
		t.Fatalf("after raising params: ok=%v rehash=%v err=%v", ok, rehash, err)
	}
	if err := low.VerifyDummy(ctx, "x"); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "$argon2i$v=19$m=64,t=1,p=1$AAAA$AAAA", "$argon2id$v=18$m=64,t=1,p=1$AAAA$AAAA",
		"$argon2id$v=19$m=x,t=1,p=1$AAAA$AAAAAAAAAAAAAAAAAAAAAA", "$argon2id$v=19$m=64,t=1,p=1$!!$AAAAAAAAAAAAAAAAAAAAAA",
		"$argon2id$v=19$t=1,p=1$AAAA$AAAAAAAAAAAAAAAAAAAAAA"} {
		if _, _, err := low.Verify(ctx, "x", bad); err == nil {
			t.Errorf("malformed hash %q accepted", bad)
		}
	}
}

func TestHasherBoundsConcurrency(t *testing.T) {
	h, _ := NewHasher(Params{MemoryKiB: 1024, Time: 1, Threads: 1}, 2, 18, time.Minute)
	var inFlight, peak atomic.Int32
	var wg sync.WaitGroup
	// Observe the semaphore directly: occupancy of the slot channel can
	// never exceed its capacity, and all 20 hashes must still complete.
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
				n := int32(len(h.slots))
				inFlight.Store(n)
				if n > peak.Load() {
					peak.Store(n)
				}
			}
		}
	}()
	for range 20 {
		wg.Go(func() {
			if _, err := h.Hash(context.Background(), "passphrase"); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	close(stop)
	if peak.Load() > 2 {
		t.Fatalf("peak %d hashes in flight, bound is 2", peak.Load())
	}
	if h.MemoryBound() != 2*1024*1024 {
		t.Fatalf("MemoryBound = %d", h.MemoryBound())
	}
	// A full hasher gives up after maxWait instead of queueing forever.
	full, _ := NewHasher(testParams, 1, 8, 10*time.Millisecond)
	full.slots <- struct{}{}
	if _, err := full.Hash(context.Background(), "passphrase"); !errors.Is(err, ErrBusy) {
		t.Fatalf("full hasher: %v", err)
	}
}

// TestHasherBoundsQueue: with every slot taken and the queue full, a call
// is refused at once (not after maxWait); the queued calls still complete
// when a slot frees up.
func TestHasherBoundsQueue(t *testing.T) {
	h, _ := NewHasher(testParams, 1, 2, time.Hour)
	h.slots <- struct{}{} // the one slot is busy
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range 2 {
		wg.Go(func() { _, errs[i] = h.Hash(context.Background(), "passphrase") })
	}
	for h.waiting.Load() < 2 {
		runtime.Gosched()
	}
	if err := h.Admit(); !errors.Is(err, ErrBusy) {
		t.Fatalf("Admit on a saturated hasher: %v", err)
	}
	// maxWait is an hour: only the queue bound can refuse this call.
	if _, err := h.Hash(context.Background(), "passphrase"); !errors.Is(err, ErrBusy) {
		t.Fatalf("call past the queue bound: %v, want ErrBusy", err)
	}
	if h.Shed() != 2 {
		t.Fatalf("Shed() = %d, want 2", h.Shed())
	}
	if h.RetryAfter() < time.Second {
		t.Fatalf("RetryAfter() = %v", h.RetryAfter())
	}
	<-h.slots
	wg.Wait()
	if err := h.Admit(); err != nil {
		t.Fatalf("Admit on an idle hasher: %v", err)
	}
	for i, err := range errs {
		if err != nil {
			t.Fatalf("queued call %d: %v", i, err)
		}
	}
	// No queue at all: a busy hasher refuses at once.
	none, _ := NewHasher(testParams, 1, 0, time.Hour)
	none.slots <- struct{}{}
	if _, err := none.Hash(context.Background(), "passphrase"); !errors.Is(err, ErrBusy) {
		t.Fatalf("hasher without a queue: %v", err)
	}
}

func TestPolicy(t *testing.T) {
	ctx := context.Background()
	p := Policy{Breached: RangeChecker{Source: Bundled()}}
	long := strings.Repeat("a sentence that is long ", 6) // 144 characters
	cases := []struct {
		pw      string
		refused bool
	}{
		{"short", true},
		{"1234567", true},
		{"password123", true}, // breached
		{"P@ssw0rd", true},    // breached, despite "complexity"
		{"lowercase only words", false},
		{"ünïcödé-pässwörd", false},
		{long, false},
		{strings.Repeat("x", MaxLength+1), true},
		{"bad\x00control", true},
		{"user@example.com", true},
	}
	for _, c := range cases {
		err := p.Check(ctx, c.pw, "user@example.com")
		var pe *PolicyError
		if refused := errors.As(err, &pe); refused != c.refused || (err != nil && pe == nil) {
			t.Errorf("Check(%.20q) = %v, want refused=%v", c.pw, err, c.refused)
		}
	}
}

type failingSource struct{}

func (failingSource) Range(context.Context, string) (io.ReadCloser, error) {
	return nil, errors.New("down")
}

func TestRangeCheckerSourcesAndFailureModes(t *testing.T) {
	ctx := context.Background()
	// SHA-1("password") = 5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8.
	dir := DirSource{FS: fstest.MapFS{"5BAA6.txt": {Data: []byte("0000000000000000000000000000000000A:0\r\n1E4C9B93F3F0682250B6CF8331B7EE68FD8:3861493\r\n")}}}
	if b, err := (RangeChecker{Source: dir}).Breached(ctx, "password"); err != nil || !b {
		t.Fatalf("dir source: %v %v", b, err)
	}
	if b, err := (RangeChecker{Source: dir}).Breached(ctx, "not in any range file!"); err != nil || b {
		t.Fatalf("missing range: %v %v", b, err)
	}
	if _, err := (RangeChecker{Source: failingSource{}}).Breached(ctx, "x"); !errors.Is(err, ErrBreachCheckUnavailable) {
		t.Fatalf("fail closed: %v", err)
	}
	if b, err := (RangeChecker{Source: failingSource{}, FailOpen: true}).Breached(ctx, "x"); err != nil || b {
		t.Fatalf("fail open: %v %v", b, err)
	}

	// A range API on loopback.
	var gotPrefix, gotPadding atomic.Value
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotPrefix.Store(r.URL.Path)
		gotPadding.Store(r.Header.Get("Add-Padding"))
		if r.URL.Path == "/range/5BAA6" {
			io.WriteString(w, "1E4C9B93F3F0682250B6CF8331B7EE68FD8:10\n")
			return
		}
		if r.URL.Path == "/range/7C4A8" { // SHA-1("123456")
			time.Sleep(300 * time.Millisecond)
		}
		io.WriteString(w, "")
	})}
	go srv.Serve(ln)
	defer srv.Close()
	api := HTTPSource{BaseURL: "http://" + ln.Addr().String()}
	if b, err := (RangeChecker{Source: api}).Breached(ctx, "password"); err != nil || !b {
		t.Fatalf("api: %v %v", b, err)
	}
	if gotPrefix.Load() != "/range/5BAA6" || gotPadding.Load() != "true" {
		t.Fatalf("api request: %v padding=%v", gotPrefix.Load(), gotPadding.Load())
	}
	slow := HTTPSource{BaseURL: api.BaseURL, Client: &http.Client{Timeout: 50 * time.Millisecond}}
	if _, err := (RangeChecker{Source: slow}).Breached(ctx, "123456"); !errors.Is(err, ErrBreachCheckUnavailable) {
		t.Fatalf("timeout should fail closed: %v", err)
	}
	if b, err := (RangeChecker{Source: slow, FailOpen: true}).Breached(ctx, "123456"); err != nil || b {
		t.Fatalf("timeout fail open: %v %v", b, err)
	}
}

// The bundled set refuses the seasonal patterns a cracking list tries
// first (issue 13 §1.11: it used to accept Summer2024!).
func TestBundledRefusesSeasonalPatterns(t *testing.T) {
	c := RangeChecker{Source: Bundled()}
	for _, pw := range []string{"Summer2024!", "Winter2023", "Welcome2025!", "password1!", "September2019?"} {
		if bad, err := c.Breached(context.Background(), pw); err != nil || !bad {
			t.Errorf("%q: breached=%v err=%v, want refused", pw, bad, err)
		}
	}
	if bad, _ := c.Breached(context.Background(), "correct horse battery staple 8841"); bad {
		t.Error("a random passphrase is reported breached")
	}
}

// TestHasherBoundsPredictedWait: a caller whose predicted wait (place in
// the queue × hash time ÷ slots) exceeds maxWait is refused at once, even
// with room in the queue.
func TestHasherBoundsPredictedWait(t *testing.T) {
	h, _ := NewHasher(testParams, 1, 100, 2*time.Second)
	h.hashTime.Store(int64(time.Second)) // hashes take a second lately
	h.slots <- struct{}{}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i := range 2 { // places 1 and 2: predicted waits 1 s and 2 s
		wg.Go(func() { _, errs[i] = h.Hash(context.Background(), "passphrase") })
		for h.waiting.Load() < int64(i+1) {
			runtime.Gosched()
		}
	}
	if _, err := h.Hash(context.Background(), "passphrase"); !errors.Is(err, ErrBusy) {
		t.Fatalf("third in line (3 s predicted, 2 s allowed): %v, want ErrBusy", err)
	}
	if err := h.Admit(); !errors.Is(err, ErrBusy) {
		t.Fatalf("Admit: %v", err)
	}
	if got := h.RetryAfter(); got != 3*time.Second {
		t.Fatalf("RetryAfter() = %v, want 3s", got)
	}
	<-h.slots
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("queued call %d: %v", i, err)
		}
	}
	// The average follows the hashes actually done (fast here).
	if h.hashTime.Load() >= int64(time.Second) {
		t.Fatalf("hash time average not updated: %v", time.Duration(h.hashTime.Load()))
	}
}

// TestRetryAfterSpreadsAFlood: after many refusals in the last second,
// Retry-After is a random point in the time the hasher needs to serve
// them all, never past a minute.
func TestRetryAfterSpreadsAFlood(t *testing.T) {
	h, _ := NewHasher(testParams, 2, 0, time.Second)
	h.hashTime.Store(int64(100 * time.Millisecond)) // 20 hashes a second
	if got := h.RetryAfter(); got != time.Second {
		t.Fatalf("no flood: RetryAfter() = %v, want 1s", got)
	}
	h.rateStart, h.rateCount = time.Now().Add(-1500*time.Millisecond), 200 // 200 refused last second
	h.refused()
	var longest time.Duration
	for range 50 {
		got := h.RetryAfter()
		if got < time.Second || got > 10*time.Second { // 200 ÷ 20 per second
			t.Fatalf("RetryAfter() = %v, want within [1s, 10s]", got)
		}
		longest = max(longest, got)
	}
	if longest <= 2*time.Second {
		t.Fatalf("RetryAfter() never spread past 2s in 50 draws (longest %v)", longest)
	}
	h.rateStart, h.rateCount = time.Now().Add(-1500*time.Millisecond), 1_000_000
	h.refused()
	if got := h.RetryAfter(); got > time.Minute {
		t.Fatalf("RetryAfter() = %v, want at most a minute", got)
	}
}
