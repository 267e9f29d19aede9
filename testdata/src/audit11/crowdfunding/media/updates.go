package media

import (
	"context"
	"fmt"
	"net/smtp"
	"strings"
	"time"

	"audit11/crowdfunding/domain"
)

// SMTPMailer sends mail through the relay (domain.Mailer).
type SMTPMailer struct {
	addr string
	auth smtp.Auth
	from string
}

func NewSMTPMailer(addr, user, pass, from string) *SMTPMailer {
	host := strings.Split(addr, ":")[0]
	return &SMTPMailer{addr: addr, auth: smtp.PlainAuth("", user, pass, host), from: from}
}

func (m *SMTPMailer) Send(ctx context.Context, to, subject, body string) error {
	msg := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", m.from, to, subject, body)
	return smtp.SendMail(m.addr, m.auth, m.from, []string{to}, []byte(msg))
}

var _ domain.Mailer = (*SMTPMailer)(nil)

// Updates mails a creator's update to the campaign's backers.
type Updates struct {
	pledges domain.PledgeStore
	mail    domain.Mailer
	pause   time.Duration
}

func NewUpdates(p domain.PledgeStore, m domain.Mailer) *Updates {
	return &Updates{pledges: p, mail: m, pause: 100 * time.Millisecond}
}

// Publish sends the update to every backer with a held or collected
// pledge, pacing the relay.
func (u *Updates) Publish(ctx context.Context, campaignID, subject, body string) (int, error) {
	sent := 0
	seen := map[string]bool{}
	for _, st := range []domain.PledgeStatus{domain.PledgeAuthorized, domain.PledgeCollected} {
		pledges, err := u.pledges.ListByCampaign(ctx, campaignID, st)
		if err != nil {
			return sent, err
		}
		for _, p := range pledges {
			if seen[p.BackerEmail] {
				continue
			}
			seen[p.BackerEmail] = true
			if err := u.mail.Send(ctx, p.BackerEmail, subject, body); err != nil {
				continue
			}
			sent++
			time.Sleep(u.pause)
		}
	}
	return sent, nil
}
