package orders

import (
	"context"
	"fmt"
	"net/smtp"
	"strings"

	"audit13/tickets/domain"
)

// Mailer sends transactional mail through the SMTP relay.
type Mailer struct {
	Addr string
	From string
	Auth smtp.Auth
}

func (m *Mailer) send(to, subject, body string) error {
	msg := "From: " + m.From + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body
	return smtp.SendMail(m.Addr, m.Auth, m.From, []string{to}, []byte(msg))
}

// SendTickets mails the buyer their e-ticket barcodes.
func (m *Mailer) SendTickets(o domain.Order, barcodes []string) error {
	return m.send(o.BuyerEmail, "Your tickets", fmt.Sprintf("Order %s:\n\n%s\n", o.Ref, strings.Join(barcodes, "\n")))
}

// SendPayoutNotice tells a reseller their money is on its way.
func (m *Mailer) SendPayoutNotice(email string, amountMinor int64, currency string) error {
	return m.send(email, "Your resale payout", fmt.Sprintf("We have paid out %s %s for your resold tickets.\n",
		domain.Major(amountMinor), strings.ToUpper(currency)))
}

// SendLink mails a hosted payment link to a phone-sale buyer.
func (m *Mailer) SendLink(_ context.Context, to, url string) error {
	return m.send(to, "Complete your ticket purchase", "Pay for your tickets here:\n\n"+url+"\n")
}
