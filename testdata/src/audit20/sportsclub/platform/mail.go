package platform

import (
	"context"
	"fmt"
	"net/smtp"
	"strings"
)

// Mailer sends transactional e-mail through the local relay.
type Mailer struct {
	Addr string
	From string
}

// NewMailer builds a Mailer.
func NewMailer(addr, from string) *Mailer { return &Mailer{Addr: addr, From: from} }

// Send delivers one message, retrying while the relay is busy.
func (m *Mailer) Send(ctx context.Context, to, subject, body string) error {
	msg := strings.Join([]string{
		"From: " + m.From,
		"To: " + to,
		"Subject: " + subject,
		"",
		body,
	}, "\r\n")
	return Retry(ctx, 3, func(ctx context.Context) error { // audit: lookalike idempotency: an e-mail through the relay is not a payment write; retrying it is fine
		return smtp.SendMail(m.Addr, nil, m.From, []string{to}, []byte(msg))
	})
}

// SendReceipt mails a payment receipt.
func (m *Mailer) SendReceipt(ctx context.Context, to, ref string, cents int64, currency string) error {
	body := fmt.Sprintf("Thanks for playing with us.\n\nReference: %s\nAmount: %d.%02d %s\n", ref, cents/100, cents%100, currency)
	return m.Send(ctx, to, "Your receipt "+ref, body)
}
