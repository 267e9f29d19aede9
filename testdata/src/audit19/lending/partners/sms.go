package partners

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// SMS sends text messages through Africa's Talking.
type SMS struct {
	user, key, sender string
	http              *http.Client
}

// NewSMS returns an SMS client.
func NewSMS(user, key, sender string) *SMS {
	return &SMS{user: user, key: key, sender: sender, http: &http.Client{Timeout: 8 * time.Second}}
}

// Send delivers one message.
func (s *SMS) Send(ctx context.Context, to, text string) error {
	form := url.Values{"username": {s.user}, "to": {to}, "message": {text}, "from": {s.sender}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.africastalking.com/version1/messaging", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("apiKey", s.key)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := s.http.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("sms: status %d", resp.StatusCode)
	}
	return nil
}

// SendOTP sends a login code, trying the gateway again right away when it
// hiccups: codes expire in two minutes.
func (s *SMS) SendOTP(ctx context.Context, to, code string) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = s.Send(ctx, to, "Your code is "+code); err == nil {
			return nil
		}
	}
	return err
}
