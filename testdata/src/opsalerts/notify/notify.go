// Package notify holds a shop's message senders. Three write to the
// merchant's own operations channels, whose recipient is fixed by
// configuration: a Telegram bot's chat, a Slack channel, an
// alert address from the environment. The others write to a customer
// whose phone, chat or address the caller hands in.
package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/smtp"
	"net/url"
	"os"
	"strings"
)

// --- to the operations team: recipient fixed by configuration ---

// TelegramConfig is the ops bot's configuration.
type TelegramConfig struct {
	Token  string
	ChatID string
}

// TelegramService posts to the ops chat.
type TelegramService struct {
	client *http.Client
	config *TelegramConfig
}

// NewTelegramService reads the bot's token and chat from the environment.
func NewTelegramService() *TelegramService {
	return &TelegramService{client: http.DefaultClient, config: &TelegramConfig{Token: os.Getenv("TG_TOKEN"), ChatID: os.Getenv("TG_OPS_CHAT")}}
}

// SendMessage posts text to the ops chat.
func (ts *TelegramService) SendMessage(message, parseMode string) error {
	if ts.config.Token == "" || ts.config.ChatID == "" {
		return nil
	}
	endpoint := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", ts.config.Token)
	payload := map[string]interface{}{"chat_id": ts.config.ChatID, "text": message, "parse_mode": parseMode}
	body, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := ts.client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// SlackAlerts posts to the ops channel through Slack's Web API.
type SlackAlerts struct {
	Token   string
	Channel string
}

// SendNotification posts text to the configured channel.
func (s *SlackAlerts) SendNotification(ctx context.Context, text string) error {
	body, _ := json.Marshal(map[string]string{"channel": s.Channel, "text": text})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://slack.com/api/chat.postMessage", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+s.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// OpsMail mails the on-call address.
type OpsMail struct {
	Addr string
	From string
}

// SendAlertEmail mails the address OPS_ALERT_EMAIL names.
func (m *OpsMail) SendAlertEmail(subject, text string) error {
	msg := []byte("Subject: " + subject + "\r\n\r\n" + text)
	return smtp.SendMail(m.Addr, nil, m.From, []string{os.Getenv("OPS_ALERT_EMAIL")}, msg)
}

// --- to the customer: recipient handed in by the caller ---

// CustomerSMS texts a customer through an SMS gateway.
type CustomerSMS struct {
	GatewayURL string
}

// SendSMS texts phone.
func (c *CustomerSMS) SendSMS(ctx context.Context, phone, text string) error {
	body, _ := json.Marshal(map[string]string{"to": phone, "text": text})
	resp, err := http.Post(c.GatewayURL, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// CustomerTelegram messages a customer who linked a Telegram chat.
type CustomerTelegram struct {
	Token string
}

// SendTelegramMessage posts text to the customer's chat.
func (c *CustomerTelegram) SendTelegramMessage(dest int64, text string) error {
	payload := map[string]interface{}{"chat_id": dest, "text": text}
	body, _ := json.Marshal(payload)
	resp, err := http.Post("https://api.telegram.org/bot"+c.Token+"/sendMessage", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Order is what a receipt is about.
type Order struct {
	ID    string
	Email string
	Total int64
}

// ReceiptMailer mails order receipts.
type ReceiptMailer struct {
	Endpoint string
}

// SendReceipt mails the order's buyer.
func (m *ReceiptMailer) SendReceipt(ctx context.Context, o Order) error {
	body, _ := json.Marshal(map[string]string{"to": o.Email, "subject": "Receipt " + o.ID})
	resp, err := http.Post(m.Endpoint, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// WhatsAppSender posts WhatsApp messages through a gateway's form API.
type WhatsAppSender struct {
	FormURL string
	From    string
}

// SendWhatsApp posts text to dest as a form.
func (s *WhatsAppSender) SendWhatsApp(ctx context.Context, dest, text string) error {
	v := url.Values{}
	v.Set("From", s.From)
	v.Set("To", dest)
	v.Set("Body", text)
	resp, err := http.Post(s.FormURL, "application/x-www-form-urlencoded", strings.NewReader(v.Encode()))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
