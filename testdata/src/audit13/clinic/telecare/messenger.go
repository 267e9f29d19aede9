package telecare

import (
	"context"
	"fmt"
	"net/http"
	"net/smtp"
	"net/url"
	"strings"
	"time"
)

// Messenger sends texts through the SMS vendor and receipts over SMTP.
type Messenger struct {
	smsURL   string
	smsToken string
	smtpAddr string
	from     string
	auth     smtp.Auth
	hc       *http.Client
}

// NewMessenger returns a messenger.
func NewMessenger(smsURL, smsToken, smtpAddr, from string, auth smtp.Auth) *Messenger {
	return &Messenger{smsURL: smsURL, smsToken: smsToken, smtpAddr: smtpAddr, from: from, auth: auth,
		hc: &http.Client{Timeout: 10 * time.Second}}
}

// SendSMS sends one text message.
func (m *Messenger) SendSMS(ctx context.Context, phone, body string) error {
	form := url.Values{"to": {phone}, "body": {body}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.smsURL+"/messages", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+m.smsToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := m.hc.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sms: %d", resp.StatusCode)
	}
	return nil
}

// SendReceipt mails a payment receipt.
func (m *Messenger) SendReceipt(ctx context.Context, email, subject, body string) error {
	msg := "From: " + m.from + "\r\nTo: " + email + "\r\nSubject: " + subject + "\r\n\r\n" + body
	return smtp.SendMail(m.smtpAddr, m.auth, m.from, []string{email}, []byte(msg))
}
