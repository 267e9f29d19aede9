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

// Messenger sends e-mail over SMTP and SMS through the SMS gateway.
type Messenger struct {
	SMTPAddr string
	From     string
	Auth     smtp.Auth
	SMSURL   string
	SMSKey   string
	HTTP     *http.Client
}

func NewMessenger(smtpAddr, from string, auth smtp.Auth, smsURL, smsKey string) *Messenger {
	return &Messenger{SMTPAddr: smtpAddr, From: from, Auth: auth, SMSURL: smsURL, SMSKey: smsKey,
		HTTP: &http.Client{Timeout: 10 * time.Second}}
}

func (m *Messenger) SendEmail(ctx context.Context, to, subject, body string) error {
	msg := "From: " + m.From + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body
	return smtp.SendMail(m.SMTPAddr, m.Auth, m.From, []string{to}, []byte(msg))
}

func (m *Messenger) SendSMS(ctx context.Context, phone, text string) error {
	body, _ := json.Marshal(map[string]string{"to": phone, "text": text})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.SMSURL+"/messages", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Key "+m.SMSKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := m.HTTP.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sms gateway: %s", resp.Status)
	}
	return nil
}
