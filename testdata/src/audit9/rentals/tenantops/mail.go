// Package tenantops holds the tenant-facing operations around the rent
// business: e-mail, screening, lease e-signing, meter readings, listing
// syndication and maintenance tickets.
package tenantops

import (
	"context"
	"fmt"
	"net/smtp"

	"audit9/rentals/ledger"
)

// Mailer sends e-mail through the SMTP relay.
type Mailer struct {
	addr string
	auth smtp.Auth
	from string
}

// NewMailer returns a Mailer.
func NewMailer(addr, user, pass, host, from string) *Mailer {
	return &Mailer{addr: addr, auth: smtp.PlainAuth("", user, pass, host), from: from}
}

func (m *Mailer) send(to, subject, body string) error {
	msg := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", m.from, to, subject, body)
	return smtp.SendMail(m.addr, m.auth, m.from, []string{to}, []byte(msg))
}

// SendReceipt mails the tenant a receipt for a paid charge.
func (m *Mailer) SendReceipt(ctx context.Context, to string, c *ledger.Charge) error {
	return m.send(to, "Payment received",
		fmt.Sprintf("We received %d.%02d %s for %s %s.", c.Amount/100, c.Amount%100, c.Currency, c.Kind, c.Period))
}

// LateFeeNotice tells a tenant a late fee was charged.
func (m *Mailer) LateFeeNotice(ctx context.Context, to string, amount int64, currency string) error {
	return m.send(to, "Late fee charged",
		fmt.Sprintf("A late fee of %d.%02d %s was charged to your account.", amount/100, amount%100, currency))
}

// SendDocument mails a signed document link.
func (m *Mailer) SendDocument(ctx context.Context, to, title, url string) error {
	return m.send(to, title, "Your signed document is ready: "+url)
}
