// Package mailer sends the service's e-mails over SMTP.
package mailer

import (
	"fmt"
	"net/smtp"
)

type Mailer struct {
	addr string
	auth smtp.Auth
	from string
}

// Send delivers one message.
func (m *Mailer) Send(to, subject, body string) error { // want Send:`sinks\(0→smtp\.SendMail\ at\ mailer\.go:18,\ 1→smtp\.SendMail\ at\ mailer\.go:18,\ 2→smtp\.SendMail\ at\ mailer\.go:18\)`
	msg := fmt.Sprintf("To: %s\r\nSubject: %s\r\n\r\n%s", to, subject, body)
	return smtp.SendMail(m.addr, m.auth, m.from, []string{to}, []byte(msg))
}

// SendTemporaryPassword mails a password: the parameter says so.
func SendTemporaryPassword(addr, to, tempPassword string) error {
	body := "Your temporary password: " + tempPassword
	return smtp.SendMail(addr, nil, "noreply@example.com", []string{to}, []byte(body)) // want `\[AC905\] password from tempPassword`
}

// SendReset mails a reset link: that is what reset tokens are for.
func SendReset(addr, to, resetToken string) error {
	link := "https://example.com/reset?token=" + resetToken
	body := "Reset your password: " + link + "\r\nThe link expires in 15 minutes."
	return smtp.SendMail(addr, nil, "noreply@example.com", []string{to}, []byte(body))
}

// SendPasswordChanged tells the user, without the password.
func SendPasswordChanged(addr, to string) error {
	return smtp.SendMail(addr, nil, "noreply@example.com", []string{to}, []byte("Your password was changed."))
}
