package workspace

import (
	"context"
	"fmt"
	"net/smtp"

	"audit10/escrow/domain"
)

// Mailer sends transactional e-mail through the SMTP relay.
type Mailer struct {
	addr string
	from string
	auth smtp.Auth
	to   func(ctx context.Context, userID string) (string, error)
}

// NewMailer returns a mailer; lookup resolves a user id to an address.
func NewMailer(addr, from string, auth smtp.Auth, lookup func(ctx context.Context, userID string) (string, error)) *Mailer {
	return &Mailer{addr: addr, from: from, auth: auth, to: lookup}
}

func (m *Mailer) send(ctx context.Context, userID, subject, body string) error {
	to, err := m.to(ctx, userID)
	if err != nil {
		return err
	}
	msg := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", m.from, to, subject, body)
	return smtp.SendMail(m.addr, m.auth, m.from, []string{to}, []byte(msg))
}

// FundingConfirmed tells the freelancer they can start work.
func (m *Mailer) FundingConfirmed(ctx context.Context, ms domain.Milestone) error {
	return m.send(ctx, ms.FreelancerID, "Milestone funded: "+ms.Title,
		"The client has funded this milestone. The money is held in escrow until you deliver.")
}

// FundsReleased tells the freelancer the payout is on its way.
func (m *Mailer) FundsReleased(ctx context.Context, ms domain.Milestone) error {
	return m.send(ctx, ms.FreelancerID, "Payment released: "+ms.Title,
		fmt.Sprintf("%d.%02d %s is on its way to you.", ms.PayoutAmount()/100, ms.PayoutAmount()%100, ms.Currency))
}
