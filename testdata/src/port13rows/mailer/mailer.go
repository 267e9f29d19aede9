// Package mailer mails customers; it has the Collector shape but sends
// mail.
package mailer

import (
	"context"
	"fmt"
	"net/smtp"

	"port13rows/renewals"
)

// Mailer sends mail through SMTP.
type Mailer struct{ addr string }

// New returns a Mailer.
func New(addr string) *Mailer { return &Mailer{addr: addr} }

// Collect mails the customer a payment reminder.
func (m *Mailer) Collect(ctx context.Context, s renewals.Sub, key string) (string, error) {
	msg := fmt.Sprintf("Subject: renewal %s\r\n\r\nYour renewal is due.", s.ID)
	return s.ID, smtp.SendMail(m.addr, nil, "billing@example.com", []string{s.Customer}, []byte(msg))
}
