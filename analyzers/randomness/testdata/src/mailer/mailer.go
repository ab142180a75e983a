// Package mailer sends mail through an SMTP relay.
package mailer

import (
	"fmt"
	"net/smtp"
	"os"

	"example.com/secrets"
)

// relay settings baked in by a developer.
var (
	smtpHost = "smtp.example.com"
	smtpUser = "noreply@example.com"
	smtpPass = "Tr0ub4dor&3"
)

// Send uses the baked-in password.
func Send(to, body string) error {
	auth := smtp.PlainAuth("", smtpUser, smtpPass, smtpHost) // want `hard-coded credential: smtpPass \(mailer.go:\d+\), "Tr"… \(11 characters\), is used as the SMTP password in smtp.PlainAuth`
	return smtp.SendMail(smtpHost+":587", auth, smtpUser, []string{to}, []byte(body))
}

// SendFromEnv reads the password from the environment: fine.
func SendFromEnv(to, body string) error {
	pass := os.Getenv(secrets.PasswordEnv)
	if pass == "" {
		return fmt.Errorf("%s is not set", secrets.PasswordEnv)
	}
	auth := smtp.PlainAuth("", smtpUser, pass, smtpHost)
	return smtp.SendMail(smtpHost+":587", auth, smtpUser, []string{to}, []byte(body))
}
