package orders

import (
	"context"
	"fmt"
	"net/smtp"
)

// SMTPMailer sends plain-text mail through the shop's relay.
type SMTPMailer struct {
	Addr string
	From string
	Auth smtp.Auth
}

// Send mails one message.
func (m *SMTPMailer) Send(ctx context.Context, to, subject, body string) error {
	msg := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", m.From, to, subject, body)
	return smtp.SendMail(m.Addr, m.Auth, m.From, []string{to}, []byte(msg))
}
