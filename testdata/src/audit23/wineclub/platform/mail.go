package platform

import (
	"context"
	"fmt"
	"net/smtp"
	"time"
)

// Mailer sends transactional mail through the relay.
type Mailer struct {
	Addr string
	From string
	Auth smtp.Auth
}

// Send delivers one message, trying the relay a few times: it drops
// connections under load.
func (m *Mailer) Send(ctx context.Context, to, subject, body string) error {
	msg := []byte(fmt.Sprintf("To: %s\r\nSubject: %s\r\n\r\n%s", to, subject, body))
	var err error
	for i := 0; i < 4; i++ {
		if err = smtp.SendMail(m.Addr, m.Auth, m.From, []string{to}, msg); err == nil {
			return nil
		}
		time.Sleep(150 * time.Millisecond) // audit: lookalike retrybackoff: a mail relay retried briefly, no payment involved
	}
	return err
}
