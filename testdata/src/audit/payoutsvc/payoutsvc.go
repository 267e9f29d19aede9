// Package payoutsvc pays sellers out through the PSP's REST API, with the
// shared retry helper and a self-retrying HTTP client.
package payoutsvc

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/hashicorp/go-retryablehttp"

	"audit/retrykit"
)

type Payout struct {
	ID       string
	SellerID string
	Amount   int64
	Key      string // idempotency key stored with the payout row
}

type Service struct {
	hc   *http.Client
	rc   *retryablehttp.Client
	base string
}

func New(base string) *Service {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 5
	rc.RetryWaitMin = time.Second
	return &Service{hc: &http.Client{Timeout: 10 * time.Second}, rc: rc, base: base}
}

// SendPayout retries the POST through the shared helper with no key.
func (s *Service) SendPayout(ctx context.Context, p Payout) error {
	body, _ := json.Marshal(map[string]any{"seller": p.SellerID, "amount": p.Amount})
	return retrykit.Do(ctx, retrykit.Default, func(ctx context.Context) error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.base+"/v1/payouts", bytes.NewReader(body))
		resp, err := s.hc.Do(req) // want `\[idempotency\] POST /v1/payouts is retried by retrykit.Do`
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 500 {
			return fmt.Errorf("psp: %d", resp.StatusCode)
		}
		return nil
	})
}

// SendPayoutKeyed uses the key stored with the payout: silent.
func (s *Service) SendPayoutKeyed(ctx context.Context, p Payout) error {
	body, _ := json.Marshal(map[string]any{"seller": p.SellerID, "amount": p.Amount})
	return retrykit.Do(ctx, retrykit.Default, func(ctx context.Context) error {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.base+"/v1/payouts", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", p.Key)
		resp, err := s.hc.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		return nil
	})
}

// RefundGeneric goes through the generic helper and mints a key per try.
func (s *Service) RefundGeneric(ctx context.Context, paymentID string, amount int64) (*http.Response, error) {
	return retrykit.Retry(ctx, retrykit.Default, func() (*http.Response, error) {
		body, _ := json.Marshal(map[string]any{"payment": paymentID, "amount": amount})
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, s.base+"/v1/refunds", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", uuid.NewString())
		return s.hc.Do(req) // want `\[idempotency\] POST /v1/refunds is retried by retrykit.Retry .*made anew`
	})
}

// Capture sends through the field client configured in New to retry 5
// times, with no key.
func (s *Service) Capture(ctx context.Context, paymentID string) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, s.base+"/v1/payments/"+paymentID+"/capture", nil)
	if err != nil {
		return err
	}
	resp, err := s.rc.Do(req) // want `\[idempotency\] .*capture is retried by the retryablehttp.Client`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
