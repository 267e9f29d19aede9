package platform

import (
	"context"
	"fmt"
	"log/slog"
	"net/smtp"
	"time"
)

// Mailer sends transactional mail through the SMTP relay.
type Mailer struct {
	Addr string
	From string
	Auth smtp.Auth
}

// Send delivers one message, retrying the relay a few times: it drops
// connections under load.
func (m *Mailer) Send(ctx context.Context, to, subject, body string) error {
	msg := []byte(fmt.Sprintf("To: %s\r\nSubject: %s\r\n\r\n%s", to, subject, body))
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if err = smtp.SendMail(m.Addr, m.Auth, m.From, []string{to}, msg); err == nil {
			return nil
		}
		slog.Warn("smtp send failed", "to", to, "attempt", attempt, "err", err)
		time.Sleep(100 * time.Millisecond) // audit: lookalike retrybackoff: a mail relay retry, no payment call in the loop
	}
	return err
}
