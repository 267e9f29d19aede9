package billing

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

// CapturePayment captures an authorised payment with one idempotency key
// derived from the payment, so a replay is safe — but it goes round on
// every answer that is not 200: a 404 (wrong id), 409 (already captured)
// or 422 (amount above the authorisation) fails the same way three times.
func (c *Client) CapturePayment(ctx context.Context, paymentID string) error {
	key := "capture-" + paymentID
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/v1/payments/"+paymentID+"/capture", nil)
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.HTTP.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK { // paylint: expect retrystatus
				time.Sleep(time.Duration(2<<attempt) * time.Second)
				continue
			}
			return nil
		}
		time.Sleep(time.Duration(2<<attempt) * time.Second)
	}
	return fmt.Errorf("capture %s: gave up", paymentID)
}

// CapturePaymentCarefully is the look-alike that retries only what may
// change (network errors, 429 and 5xx) and returns every other answer.
func (c *Client) CapturePaymentCarefully(ctx context.Context, paymentID string) error {
	key := "capture-" + paymentID
	wait := 2 * time.Second
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/v1/payments/"+paymentID+"/capture", nil)
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.HTTP.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
				time.Sleep(wait)
				wait *= 2
				continue
			}
			if resp.StatusCode != http.StatusOK {
				return fmt.Errorf("capture %s: status %d", paymentID, resp.StatusCode)
			}
			return nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("capture %s: gave up", paymentID)
}

// SettleBatch posts a settlement with a stable key and retries 5xx — but
// every 200ms, without growing: ten attempts in two seconds hammer a
// provider that is already failing.
func (c *Client) SettleBatch(ctx context.Context, batchID string) error {
	for attempt := 0; attempt < 10; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/v1/settlements", nil)
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", "settle-"+batchID)
		resp, err := c.HTTP.Do(req) // paylint: expect retrybackoff
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 500 {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("settle %s: gave up", batchID)
}
