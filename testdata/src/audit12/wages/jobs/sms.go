package jobs

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// SMS sends text messages through the SMS gateway's REST API.
type SMS struct {
	hc      *http.Client
	account string
	token   string
	from    string
}

// NewSMS builds the gateway client.
func NewSMS(hc *http.Client, account, token, from string) *SMS {
	return &SMS{hc: hc, account: account, token: token, from: from}
}

// SendSMS implements domain.Notifier.
func (s *SMS) SendSMS(ctx context.Context, phone, text string) error {
	form := url.Values{"To": {phone}, "From": {s.from}, "Body": {text}}
	u := fmt.Sprintf("https://sms.example.com/v1/accounts/%s/messages", s.account)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.SetBasicAuth(s.account, s.token)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sms gateway: %s", resp.Status)
	}
	return nil
}
