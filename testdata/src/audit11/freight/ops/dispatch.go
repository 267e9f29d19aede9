package ops

import (
	"context"
	"fmt"
	"net/http"
	"net/smtp"
	"net/url"
	"strings"
	"time"
)

// Dispatcher texts drivers and carriers through the SMS gateway.
type Dispatcher struct {
	smsURL string
	token  string
	hc     *http.Client
}

// NewDispatcher returns a Dispatcher.
func NewDispatcher(smsURL, token string) *Dispatcher {
	return &Dispatcher{smsURL: smsURL, token: token, hc: &http.Client{Timeout: 10 * time.Second}}
}

// Text sends one SMS.
func (d *Dispatcher) Text(ctx context.Context, phone, msg string) error {
	form := url.Values{"to": {phone}, "body": {msg}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.smsURL, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+d.token)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := d.hc.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sms: %d", resp.StatusCode)
	}
	return nil
}

// Mailer sends e-mail through the relay.
type Mailer struct {
	addr string
	from string
	auth smtp.Auth
}

// NewMailer returns a Mailer.
func NewMailer(addr, from string, auth smtp.Auth) *Mailer {
	return &Mailer{addr: addr, from: from, auth: auth}
}

// SendReceipt mails a payment receipt for an invoice.
func (m *Mailer) SendReceipt(ctx context.Context, shipperEmail, invoiceNumber string, amountCents int64) error {
	msg := fmt.Sprintf("Subject: Payment received for %s\r\n\r\nWe received $%d.%02d for invoice %s. Thank you.\r\n",
		invoiceNumber, amountCents/100, amountCents%100, invoiceNumber)
	return smtp.SendMail(m.addr, m.auth, m.from, []string{shipperEmail}, []byte(msg))
}
