package platform

import (
	"fmt"
	"log/slog"
	"net/smtp"
	"time"
)

type Mailer struct {
	Addr string
	From string
}

func (m *Mailer) SendReceipt(to, subject, body string) error {
	msg := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", m.From, to, subject, body)
	var err error
	for i := 0; i < 3; i++ {
		if err = smtp.SendMail(m.Addr, nil, m.From, []string{to}, []byte(msg)); err == nil {
			return nil
		}
		slog.Warn("smtp send failed", "to", to, "err", err)
		time.Sleep(100 * time.Millisecond) // audit: lookalike retrybackoff: a receipt e-mail, not a payment call; a short fixed wait is fine here
	}
	return err
}
