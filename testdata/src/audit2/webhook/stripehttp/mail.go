package stripehttp

import (
	"fmt"
	"net/smtp"
)

type Mailer struct {
	Addr string
	From string
	Auth smtp.Auth
}

func (m *Mailer) SendReceipt(to string, orderID string, cents int64) error {
	msg := fmt.Sprintf("Subject: Your receipt\r\n\r\nOrder %s: %.2f EUR paid.", orderID, float64(cents)/100)
	return smtp.SendMail(m.Addr, m.Auth, m.From, []string{to}, []byte(msg))
}
