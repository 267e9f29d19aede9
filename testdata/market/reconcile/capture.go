// Package reconcile captures authorised charges and books settlements.
package reconcile

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"example.com/market/internal/retryx"
)

// Capturer talks to the provider's capture and settlement endpoints.
type Capturer struct {
	Base string
	HTTP *http.Client
}

func (c *Capturer) post(ctx context.Context, path, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return c.HTTP.Do(req)
}

// Capture retries with one key, but goes round on every answer that is not
// 200: a 404 or 422 fails the same way again.
func (c *Capturer) Capture(ctx context.Context, chargeID string) error {
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/charges/"+chargeID+"/capture", nil)
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", "capture-"+chargeID)
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
	return fmt.Errorf("capture %s: gave up", chargeID)
}

// CaptureCarefully retries only 429 and 5xx and returns every other
// answer.
func (c *Capturer) CaptureCarefully(ctx context.Context, chargeID string) error {
	wait := 2 * time.Second
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/charges/"+chargeID+"/capture", nil)
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", "capture-"+chargeID)
		resp, err := c.HTTP.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
				time.Sleep(wait)
				wait *= 2
				continue
			}
			if resp.StatusCode != http.StatusOK {
				return fmt.Errorf("capture %s: status %d", chargeID, resp.StatusCode)
			}
			return nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("capture %s: gave up", chargeID)
}

// CaptureViaHelper hands the same mistake to the in-house helper: every
// non-200 answer is returned as an error, which Do retries.
func (c *Capturer) CaptureViaHelper(ctx context.Context, chargeID string) error {
	return retryx.Do(ctx, 3, func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/charges/"+chargeID+"/capture", nil)
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", "capture-"+chargeID)
		resp, err := c.HTTP.Do(req)
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK { // paylint: expect retrystatus
			return fmt.Errorf("capture %s: status %d", chargeID, resp.StatusCode)
		}
		return nil
	})
}

// Settle books a settlement with a stable key, retrying 5xx every 200ms
// without growing.
func (c *Capturer) Settle(ctx context.Context, batchID string) error {
	for attempt := 0; attempt < 10; attempt++ {
		resp, err := c.post(ctx, "/v1/settlements", "settle-"+batchID) // paylint: expect retrybackoff
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

// SettleQuickly retries through a helper that never waits.
func (c *Capturer) SettleQuickly(batchID string) {
	retryx.Now(func() error {
		resp, err := c.post(context.Background(), "/v1/settlements", "settle-"+batchID) // paylint: expect retrybackoff
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode >= 500 {
			return fmt.Errorf("settle %s: status %d", batchID, resp.StatusCode)
		}
		return nil
	})
}

// SettlePatiently retries through the helper that backs off from 1s.
func (c *Capturer) SettlePatiently(ctx context.Context, batchID string) error {
	return retryx.Do(ctx, 5, func() error {
		resp, err := c.post(ctx, "/v1/settlements", "settle-"+batchID)
		if err != nil {
			return err
		}
		resp.Body.Close()
		if resp.StatusCode >= 500 {
			return fmt.Errorf("settle %s: status %d", batchID, resp.StatusCode)
		}
		return nil
	})
}
