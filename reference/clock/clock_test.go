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
