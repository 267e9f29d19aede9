package clinic

import (
	"context"
	"fmt"
	"net/http"
	"net/smtp"
	"net/url"
	"strings"
)

// Messaging sends SMS through the gateway and e-mail through SMTP. It
// implements domain.Notifier.
type Messaging struct {
	smsURL   string
	smsToken string
	smtpAddr string
	from     string
	auth     smtp.Auth
}

// NewMessaging returns a Messaging.
func NewMessaging(smsURL, smsToken, smtpAddr, from string, auth smtp.Auth) *Messaging {
	return &Messaging{smsURL: smsURL, smsToken: smsToken, smtpAddr: smtpAddr, from: from, auth: auth}
}

// SendSMS texts a patient.
func (m *Messaging) SendSMS(ctx context.Context, phone, text string) error {
	form := url.Values{"to": {phone}, "body": {text}}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, m.smsURL, strings.NewReader(form.Encode()))
	req.Header.Set("Authorization", "Bearer "+m.smsToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sms: %d", resp.StatusCode)
	}
	return nil
}

// SendEmail mails a patient.
func (m *Messaging) SendEmail(ctx context.Context, to, subject, body string) error {
	msg := "From: " + m.from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body
	return smtp.SendMail(m.smtpAddr, m.auth, m.from, []string{to}, []byte(msg))
}
