// Package mailer sends mail through the company's SMTP relay.
package mailer

import (
	"context"
	"fmt"
	"net/smtp"

	"example.com/hexshop/internal/payout"
)

// SMTP sends plain-text mail.
type SMTP struct{ addr, from string }

// New returns an SMTP mailer.
func New(addr, from string) *SMTP { return &SMTP{addr: addr, from: from} }

// Send implements invoice.Mailer.
func (m *SMTP) Send(ctx context.Context, to, subject, body string) error {
	msg := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", m.from, to, subject, body)
	return smtp.SendMail(m.addr, nil, m.from, []string{to}, []byte(msg))
}

// PayoutNotices tells sellers about their payouts by mail.
type PayoutNotices struct{ m *SMTP }

// NewPayoutNotices returns a payout.Notifier.
func NewPayoutNotices(m *SMTP) *PayoutNotices { return &PayoutNotices{m: m} }

// Send implements payout.Notifier.
func (p *PayoutNotices) Send(ctx context.Context, t payout.Transfer) (string, error) {
	return "", p.m.Send(ctx, t.Seller+"@sellers.example.com", "Payout on its way", fmt.Sprintf("%d %s", t.AmountMinor, t.Currency))
}
