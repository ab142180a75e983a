package clock

import (
	"context"
	"testing"
	"time"
)

func TestFakeRecordsSleepsWithoutWaiting(t *testing.T) {
	start := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	f := NewFake(start)
	if err := f.Sleep(context.Background(), time.Hour); err != nil {
		t.Fatal(err)
	}
	f.Advance(time.Minute)
	if got := f.Now(); !got.Equal(start.Add(time.Minute)) {
		t.Fatalf("Now = %v", got)
	}
	if s := f.Slept(); len(s) != 1 || s[0] != time.Hour {
		t.Fatalf("Slept = %v", s)
	}
	if s := f.Slept(); len(s) != 0 {
		t.Fatalf("Slept not cleared: %v", s)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (Real{}).Sleep(ctx, time.Hour); err == nil {
		t.Fatal("Real.Sleep ignored a cancelled context")
	}
}

func TestOffsetOnlyMovesForward(t *testing.T) {
	base := NewFake(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	o := NewOffset(base)
	if !o.Now().Equal(base.Now()) {
		t.Fatal("a new offset clock is not at the base time")
	}
	if got := o.Advance(16 * time.Minute); !got.Equal(base.Now().Add(16 * time.Minute)) {
		t.Errorf("Advance(16m) = %v", got)
	}
	o.Advance(-time.Hour)
	if got := o.Now().Sub(base.Now()); got != 16*time.Minute {
		t.Errorf("offset after a negative advance = %v, want 16m", got)
	}
	base.Advance(time.Minute)
	if got := o.Now().Sub(base.Now()); got != 16*time.Minute {
		t.Errorf("offset does not follow the base clock: %v", got)
	}
}
