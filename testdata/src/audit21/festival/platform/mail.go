package platform

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/smtp"
	"time"
)

// Mailer sends transactional mail through the local relay.
type Mailer struct {
	Addr string
	From string
}

// Send delivers one message, trying the relay a few times: it restarts
// during config pushes.
func (m *Mailer) Send(to, subject, body string) error {
	msg := []byte("From: " + m.From + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body)
	var err error
	for i := 0; i < 3; i++ {
		if err = smtp.SendMail(m.Addr, nil, m.From, []string{to}, msg); err == nil {
			return nil
		}
		time.Sleep(100 * time.Millisecond) // audit: lookalike retrybackoff: a short fixed pause around a mail relay, not a payment call
	}
	return fmt.Errorf("mail to %s: %w", to, err)
}

// Push posts an attendee notification to the festival app's push service.
func Push(ctx context.Context, hc *http.Client, endpoint, wristbandID, text string) error {
	body, _ := json.Marshal(map[string]string{"wristband": wristbandID, "text": text})
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, endpoint+"/v1/notifications", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, err := hc.Do(req) // audit: lookalike idempotency: a retried POST of an app notification carries no key, but it is not a payment write
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return fmt.Errorf("push to %s failed", wristbandID)
}
