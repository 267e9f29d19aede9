package bankpay

import (
	"context"
	"net/http"
	"time"
)

type refundBody struct {
	AmountMinor int64  `json:"amount_minor"`
	Reason      string `json:"reason"`
}

// RefundPayment refunds a bank payment (a buyer who withdrew within the
// cooling-off period). The key is derived from the refund row, so it is
// the same on every attempt.
func (c *Client) RefundPayment(ctx context.Context, paymentID, refundID string, amountMinor int64) error {
	wait := 2 * time.Second
	var lastStatus int
	for attempt := 0; attempt < 4; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/payment-initiations/"+paymentID+"/refunds",
			refundBody{AmountMinor: amountMinor, Reason: "buyer_withdrawal"})
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", "refund-"+refundID)
		resp, err := c.http.Do(req)
		if err == nil {
			resp.Body.Close()
			lastStatus = resp.StatusCode
			if resp.StatusCode == http.StatusCreated || resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] POST /v1/payment-initiations/\\{\\}/refunds is retried by a for loop .*: every non-2xx status is retried"
				return nil
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return &StatusError{Op: "refund", Code: lastStatus}
}

// CancelInitiation withdraws an initiation the buyer abandoned. A 4xx
// is final; only transport errors and 5xx are tried again.
func (c *Client) CancelInitiation(ctx context.Context, id string) error {
	wait := time.Second
	for attempt := 0; attempt < 3; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/payment-initiations/"+id+"/cancel", nil)
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", "cancel-"+id)
		resp, err := c.http.Do(req)
		if err == nil {
			resp.Body.Close()
			switch {
			case resp.StatusCode < 300:
				return nil
			case resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests:
				return &StatusError{Op: "cancel", Code: resp.StatusCode}
			}
		}
		time.Sleep(wait)
		wait *= 2
	}
	return &StatusError{Op: "cancel", Code: 0}
}

type StatusError struct {
	Op   string
	Code int
}

func (e *StatusError) Error() string { return "bankpay: " + e.Op + ": " + http.StatusText(e.Code) }
