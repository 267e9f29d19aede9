package bnpl

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

type captureBody struct {
	CapturedAmount int64  `json:"captured_amount"`
	Description    string `json:"description"`
}

// Capture captures the part of a treatment plan delivered at a visit. The
// key is derived from the visit, so a retry after a lost answer is the same
// capture.
func (c *Client) Capture(ctx context.Context, orderID, visitID string, amount int64) error {
	return withRetry(ctx, 4, func() error {
		req, err := c.newRequest(ctx, http.MethodPost, "/ordermanagement/v1/orders/"+orderID+"/captures",
			captureBody{CapturedAmount: amount, Description: "visit " + visitID})
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", "capture-"+visitID)
		resp, err := c.http.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusCreated:
			return nil
		case resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests:
			return fmt.Errorf("bnpl: capture %s: %d", orderID, resp.StatusCode)
		default:
			return permanent{fmt.Errorf("bnpl: capture %s refused: %d", orderID, resp.StatusCode)}
		}
	})
}

type refundBody struct {
	RefundedAmount int64  `json:"refunded_amount"`
	Reference      string `json:"reference"`
}

// Refund returns money for a cancelled treatment. The reception desk
// clicks "refund" and waits for the answer, so it retries quickly.
func (c *Client) Refund(ctx context.Context, orderID, refundRef string, amount int64) error {
	var lastStatus int
	for attempt := 0; attempt < 5; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/ordermanagement/v1/orders/"+orderID+"/refunds",
			refundBody{RefundedAmount: amount, Reference: refundRef})
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", "refund-"+refundRef)
		resp, err := c.http.Do(req) // want "\\[retrybackoff\\] POST /ordermanagement/v1/orders/\\{\\}/refunds is retried by a for loop \\(line 51\\) every 200ms"
		if err != nil {
			time.Sleep(200 * time.Millisecond)
			continue
		}
		resp.Body.Close()
		lastStatus = resp.StatusCode
		if resp.StatusCode == http.StatusCreated { // want "\\[retrystatus\\] POST /ordermanagement/v1/orders/\\{\\}/refunds is retried by a for loop \\(line 51\\): every non-2xx status is retried"
			return nil
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("bnpl: refund %s failed: last status %d", orderID, lastStatus)
}
