package webhooks

import (
	"fmt"
	"net/smtp"
)

// SMTPMailer sends transactional mail through the relay.
type SMTPMailer struct {
	Addr string
	From string
	Auth smtp.Auth
}

// SendReceipt mails a plain-text receipt.
func (m *SMTPMailer) SendReceipt(to, subject, body string) error {
	msg := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s\r\n", m.From, to, subject, body)
	return smtp.SendMail(m.Addr, m.Auth, m.From, []string{to}, []byte(msg))
}
