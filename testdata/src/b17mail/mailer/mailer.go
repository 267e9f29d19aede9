// Package mailer holds a bakery's message senders: one posting to a mail
// API over HTTP, one sending through Gmail's API, one only queueing the
// mail in an outbox keyed by the event, one only logging.
package mailer

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"expvar"
	"fmt"
	"log"
	"net/http"

	"google.golang.org/api/gmail/v1"
	"google.golang.org/api/option"
)

// HTTPMailer posts messages to a transactional mail API.
type HTTPMailer struct {
	Client   *http.Client
	Endpoint string
	Token    string
}

// SendEmail posts one message: the customer gets it when this returns nil.
func (m *HTTPMailer) SendEmail(ctx context.Context, to, subject, body string) error {
	payload, err := json.Marshal(map[string]string{"To": to, "Subject": subject, "HtmlBody": body})
	if err != nil {
		return err
	}
	return m.post(ctx, payload)
}

func (m *HTTPMailer) post(ctx context.Context, payload []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.Endpoint+"/email", bytes.NewReader(payload))
	if err != nil {
		return err
	}
	req.Header.Set("X-Server-Token", m.Token)
	resp, err := m.Client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("mail api: %s", resp.Status)
	}
	return nil
}

// GmailSender sends receipts from the shop's Gmail account.
type GmailSender struct {
	HTTP *http.Client
}

// SendReceipt sends the receipt through the Gmail API.
func (g *GmailSender) SendReceipt(ctx context.Context, to, html string) error {
	svc, err := gmail.NewService(ctx, option.WithHTTPClient(g.HTTP))
	if err != nil {
		return err
	}
	raw := "To: " + to + "\r\nSubject: Your receipt\r\nContent-Type: text/html\r\n\r\n" + html
	_, err = svc.Users.Messages.Send("me", &gmail.Message{Raw: base64.URLEncoding.EncodeToString([]byte(raw))}).Do()
	return err
}

// OutboxMailer only queues the mail: a relay sends each row once.
type OutboxMailer struct {
	DB *sql.DB
}

// SendEmail queues the message under key (the event id): a repeat adds nothing.
func (o *OutboxMailer) SendEmail(ctx context.Context, key, to, subject, body string) error {
	_, err := o.DB.ExecContext(ctx,
		`INSERT INTO mail_outbox (dedupe_key, recipient, subject, body) VALUES ($1, $2, $3, $4) ON CONFLICT (dedupe_key) DO NOTHING`,
		key, to, subject, body)
	return err
}

var notices = expvar.NewInt("topup_notices")

// LogNotifier writes the notice to the log and counts it.
type LogNotifier struct{}

// SendNotification logs the notice and bumps a metric; nothing leaves the process.
func (LogNotifier) SendNotification(ctx context.Context, customer, text string) error {
	log.Printf("notice for %s: %s", customer, text)
	notices.Add(1)
	return nil
}

// ClaimingMailer claims the order's confirmation before posting it.
type ClaimingMailer struct {
	DB   *sql.DB
	Mail *HTTPMailer
}

// SendConfirmation posts the confirmation only for the delivery that moves
// it out of pending: a repeat finds it claimed and sends nothing.
func (c *ClaimingMailer) SendConfirmation(ctx context.Context, orderID, to string) error {
	res, err := c.DB.ExecContext(ctx, `UPDATE orders SET confirmation_status = 'sent' WHERE id = $1 AND confirmation_status = 'pending'`, orderID)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return err
	}
	payload, err := json.Marshal(map[string]string{"To": to, "Subject": "Order confirmed"})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Mail.Endpoint+"/email", bytes.NewReader(payload))
	if err != nil {
		return err
	}
	resp, err := c.Mail.Client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
