package hooks

import (
	"fmt"
	"net/smtp"
)

type Mailer struct {
	From string
	Addr string
	Auth smtp.Auth
}

// SendPayoutNotice mails the consignor that their money is on the way.
func (m *Mailer) SendPayoutNotice(account, payoutID string, amountMinor int64) error {
	msg := fmt.Sprintf("Subject: Payout %s sent\r\n\r\nWe sent %d.%02d to your account %s.\r\n",
		payoutID, amountMinor/100, amountMinor%100, account)
	return smtp.SendMail(m.Addr, m.Auth, m.From, []string{account + "@consignors.lotline.example"}, []byte(msg))
}
