package ledgerclient

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

// ChargeRequest is the body of POST /v1/charges.
type ChargeRequest struct {
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
	Source   string `json:"source"`
	OrderRef string `json:"order_ref"`
}

// CreateCharge sends a charge; the acquirer dedupes on Idempotency-Key only.
func (c *Client) CreateCharge(ctx context.Context, cr ChargeRequest) (*http.Response, error) {
	body, _ := json.Marshal(cr)
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/charges", body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return c.hc.Do(req) // want "\\[idempotency\\] POST /v1/charges is retried by the retryablehttp.Client .line 32. without an idempotency key"
}

// RefundCharge refunds a charge with a key the caller keeps on the refund row.
func (c *Client) RefundCharge(ctx context.Context, chargeID, refundKey string, amount int64) error {
	body, _ := json.Marshal(map[string]any{"charge": chargeID, "amount": amount})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/refunds", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", refundKey)
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK {
		return fmt.Errorf("refund %s: %s", chargeID, resp.Status)
	}
	return nil
}
