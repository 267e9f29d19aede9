// Package mailer mails sellers; it has the Sender shape but sends mail.
package mailer

import (
	"context"
	"fmt"
	"net/smtp"

	"port11/payouts"
)

// Mailer sends mail through SMTP.
type Mailer struct{ addr string }

// New returns a Mailer.
func New(addr string) *Mailer { return &Mailer{addr: addr} }

// Send mails the seller about the payout.
func (m *Mailer) Send(ctx context.Context, p payouts.Payout) (string, error) {
	msg := fmt.Sprintf("Subject: payout %s\r\n\r\nYour payout is on its way.", p.Reference)
	return p.Reference, smtp.SendMail(m.addr, nil, "payouts@example.com", []string{p.Seller}, []byte(msg))
}
