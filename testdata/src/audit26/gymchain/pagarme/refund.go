package pagarme

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Refund cancels (part of) a charge. Pagar.me refunds with DELETE on the
// charge; refundID keys the request so a resend is the same refund.
func (c *Client) Refund(ctx context.Context, chargeID string, cents int64, refundID string) (*Charge, error) {
	b, _ := json.Marshal(map[string]any{"amount": cents})
	var lastErr error
	for attempt := 1; attempt <= 4; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodDelete, c.baseURL+"/charges/"+chargeID, bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		req.SetBasicAuth(c.key, "")
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Idempotency-Key", "refund-"+refundID)
		resp, err := c.hc.Do(req)
		if err == nil {
			var ch Charge
			decErr := json.NewDecoder(resp.Body).Decode(&ch)
			resp.Body.Close()
			if resp.StatusCode >= 400 { // audit: missed retrystatus: every 4xx (invalid amount, charge already refunded, 404) is sent again up to 4 times; only 5xx/429 can change
				lastErr = fmt.Errorf("pagarme refund: status %d", resp.StatusCode)
			} else {
				return &ch, decErr
			}
		} else {
			lastErr = err
		}
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return nil, lastErr
}
