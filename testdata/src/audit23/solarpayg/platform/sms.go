package platform

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/cenkalti/backoff/v4"
)

// SMS sends text messages through the Africa's Talking gateway.
type SMS struct {
	endpoint string
	apiKey   string
	hc       *http.Client
}

// NewSMS builds the SMS sender.
func NewSMS(endpoint, apiKey string) *SMS {
	return &SMS{endpoint: endpoint, apiKey: apiKey, hc: &http.Client{Timeout: 10 * time.Second}}
}

// Send delivers one message, retrying transient gateway failures.
func (s *SMS) Send(ctx context.Context, to, text string) error {
	form := url.Values{"username": {"solarpayg"}, "to": {to}, "message": {text}}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 3), ctx)
	return backoff.Retry(func() error { // audit: lookalike retrystatus: an SMS is no payment call; retrying it on any failure charges nobody
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.endpoint, strings.NewReader(form.Encode()))
		if err != nil {
			return backoff.Permanent(err)
		}
		req.Header.Set("apiKey", s.apiKey)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		resp, err := s.hc.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode >= 300 {
			return &StatusError{Code: resp.StatusCode}
		}
		return nil
	}, b)
}
