package platform

import (
	"fmt"
	"net/smtp"
	"time"

	retry "github.com/avast/retry-go/v4"
)

// Mailer sends plain-text mail through the office relay.
type Mailer struct {
	Addr string
	From string
}

// Send delivers one message, retrying the relay a few times quickly; it is
// flaky on reconnects.
func (m Mailer) Send(to, subject, body string) error {
	msg := []byte(fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", m.From, to, subject, body))
	return retry.Do(func() error {
		return smtp.SendMail(m.Addr, nil, m.From, []string{to}, msg)
	}, retry.Attempts(3), retry.Delay(100*time.Millisecond), retry.DelayType(retry.FixedDelay)) // audit: lookalike retrybackoff: fixed short retry of the mail relay, no payment call involved
}
