package mail

import (
	"context"
	"fmt"
	"testing"
)

func TestOutboxKeepsTheLatest(t *testing.T) {
	o := NewOutbox(3)
	for i := range 5 {
		o.Send(context.Background(), Message{To: fmt.Sprintf("u%d@example.org", i%2), Subject: fmt.Sprint(i)})
	}
	all := o.Messages("")
	if len(all) != 3 || all[0].Subject != "2" || all[2].Subject != "4" {
		t.Fatalf("outbox: %+v", all)
	}
	if m := o.Messages("U0@example.org"); len(m) != 2 || m[1].Subject != "4" {
		t.Fatalf("filtered: %+v", m)
	}
	if _, err := NewSMTP(SMTPConfig{}, nil); err == nil {
		t.Fatal("SMTP without address accepted")
	}
}
