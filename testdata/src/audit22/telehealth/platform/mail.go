package platform

import (
	"fmt"
	"net/smtp"
)

// Mailer sends transactional mail through the SMTP relay.
type Mailer struct {
	addr string
	from string
	auth smtp.Auth
}

// NewMailer builds a mailer.
func NewMailer(addr, from, user, pass, host string) *Mailer {
	return &Mailer{addr: addr, from: from, auth: smtp.PlainAuth("", user, pass, host)}
}

// Send sends a plain text message.
func (m *Mailer) Send(to, subject, body string) error {
	msg := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", m.from, to, subject, body)
	return smtp.SendMail(m.addr, m.auth, m.from, []string{to}, []byte(msg))
}
