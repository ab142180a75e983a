// Package mail sends the reference server's notices (reset links, password
// changed, account locked, new sign-in) through a Mailer. The default is an
// in-memory Outbox, readable by tests and, with --dev-outbox, by probes
// through a development-only endpoint. SMTP delivers real mail, from a
// background queue so that a slow mail server cannot make responses slower
// (or their timing reveal which addresses have accounts).
package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/smtp"
	"strings"
	"sync"
	"time"
)

// Message is one e-mail.
type Message struct {
	To      string    `json:"to"`
	Subject string    `json:"subject"`
	Body    string    `json:"body"`
	SentAt  time.Time `json:"sentAt"`
	// Link and Token are set on reset mails so that tests and probes in dev
	// mode can follow them without parsing the body.
	Link  string `json:"link,omitempty"`
	Token string `json:"token,omitempty"`
}

// Mailer sends messages. Send must not block on the network.
type Mailer interface {
	Send(ctx context.Context, m Message) error
}

// Outbox keeps the last messages in memory.
type Outbox struct {
	mu   sync.Mutex
	msgs []Message
	max  int
}

// NewOutbox keeps up to max messages (oldest dropped first).
func NewOutbox(max int) *Outbox { return &Outbox{max: max} }

// Send appends the message.
func (o *Outbox) Send(_ context.Context, m Message) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.msgs = append(o.msgs, m)
	if len(o.msgs) > o.max {
		o.msgs = o.msgs[len(o.msgs)-o.max:]
	}
	return nil
}

// Messages returns the messages to the address (all when to is ""), oldest
// first.
func (o *Outbox) Messages(to string) []Message {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []Message
	for _, m := range o.msgs {
		if to == "" || strings.EqualFold(m.To, to) {
			out = append(out, m)
		}
	}
	return out
}

// SMTPConfig configures SMTP delivery. The password comes from the
// environment, never from a flag (flags show up in process listings).
type SMTPConfig struct {
	Addr     string // host:port; STARTTLS is required
	From     string
	Username string
	Password string
}

// SMTP delivers through a mail server from a background queue.
type SMTP struct {
	cfg   SMTPConfig
	queue chan Message
	log   *slog.Logger
	wg    sync.WaitGroup
}

// NewSMTP starts the delivery worker.
func NewSMTP(cfg SMTPConfig, log *slog.Logger) (*SMTP, error) {
	if cfg.Addr == "" || cfg.From == "" {
		return nil, errors.New("mail: SMTP address and From are required")
	}
	s := &SMTP{cfg: cfg, queue: make(chan Message, 1000), log: log}
	s.wg.Add(1)
	go s.run()
	return s, nil
}

// Send queues the message.
func (s *SMTP) Send(_ context.Context, m Message) error {
	select {
	case s.queue <- m:
		return nil
	default:
		return errors.New("mail: queue full")
	}
}

// Close stops the worker after the queue is drained.
func (s *SMTP) Close() {
	close(s.queue)
	s.wg.Wait()
}

func (s *SMTP) run() {
	defer s.wg.Done()
	for m := range s.queue {
		if err := s.deliver(m); err != nil {
			s.log.Error("mail delivery failed", "subject", m.Subject, "error", err.Error())
		}
	}
}

func (s *SMTP) deliver(m Message) error {
	host, _, err := net.SplitHostPort(s.cfg.Addr)
	if err != nil {
		return err
	}
	conn, err := net.DialTimeout("tcp", s.cfg.Addr, 10*time.Second)
	if err != nil {
		return err
	}
	_ = conn.SetDeadline(time.Now().Add(30 * time.Second))
	c, err := smtp.NewClient(conn, host)
	if err != nil {
		conn.Close()
		return err
	}
	defer c.Close()
	if err := c.StartTLS(&tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}); err != nil {
		return fmt.Errorf("STARTTLS: %w", err)
	}
	if s.cfg.Username != "" {
		if err := c.Auth(smtp.PlainAuth("", s.cfg.Username, s.cfg.Password, host)); err != nil {
			return err
		}
	}
	if err := c.Mail(s.cfg.From); err != nil {
		return err
	}
	if err := c.Rcpt(m.To); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	headerSafe := strings.NewReplacer("\r", " ", "\n", " ")
	fmt.Fprintf(w, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n",
		headerSafe.Replace(s.cfg.From), headerSafe.Replace(m.To), headerSafe.Replace(m.Subject),
		m.SentAt.Format(time.RFC1123Z), strings.ReplaceAll(m.Body, "\n", "\r\n"))
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
}
