package upi

import (
	"context"
	"net/http"
)

// RefundCollect returns money for a cancelled order. The refund id is the
// order's, so the PSP dedupes a replay; but nothing waits between tries.
func (c *Checkout) RefundCollect(ctx context.Context, collectID, orderID string, amountPaise int64) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		_, err = c.psp.do(ctx, http.MethodPost, "/v1/upi/refunds", map[string]any{ // want "\\[retrybackoff\\] POST /v1/upi/refunds is retried by a for loop \\(line 12\\) with no wait"
			"collect_id":         collectID,
			"amount":             amountPaise,
			"merchant_refund_id": "rf_" + orderID,
			"idempotency_key":    "rf_" + orderID,
		})
		if err == nil { // want "\\[retrystatus\\] POST /v1/upi/refunds is retried by a for loop"
			return nil
		}
	}
	return err
}
