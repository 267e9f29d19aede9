package flwhooks

import (
	"context"
	"net/http"
	"net/url"
	"strings"
)

// ATSender sends SMS through Africa's Talking.
type ATSender struct {
	HC       *http.Client
	Username string
	APIKey   string
	From     string
}

func (s *ATSender) Send(ctx context.Context, to, message string) error {
	form := url.Values{"username": {s.Username}, "to": {to}, "message": {message}, "from": {s.From}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost,
		"https://api.africastalking.com/version1/messaging", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("apiKey", s.APIKey)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := s.HC.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

var _ SMSSender = (*ATSender)(nil)
