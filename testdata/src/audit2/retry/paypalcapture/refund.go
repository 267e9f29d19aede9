package paypalcapture

import (
	"context"
	"fmt"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/plutov/paypal/v4"
)

// RefundCapture refunds part of a capture for a returned item.
func (c *Capturer) RefundCapture(ctx context.Context, captureID, rmaID string, amount string) error {
	req := paypal.RefundCaptureRequest{
		Amount:    &paypal.Money{Currency: "EUR", Value: amount},
		InvoiceID: rmaID,
	}
	return retry.Do(func() error {
		res, err := c.pp.RefundCapture(ctx, captureID, req) // want "\\[idempotency\\] paypal Client.RefundCapture is retried by retry.Do .line 18. without an idempotency key" "\\[retrybackoff\\] paypal Client.RefundCapture is retried by retry.Do .line 18. every 500ms"
		if err != nil {
			return err
		}
		if res.Status != "COMPLETED" && res.Status != "PENDING" {
			return fmt.Errorf("refund %s: status %s", rmaID, res.Status)
		}
		return nil
	}, retry.Attempts(4), retry.Delay(500*time.Millisecond), retry.DelayType(retry.FixedDelay))
}

// LookupOrder reads an order for the admin screen (a safe read).
func (c *Capturer) LookupOrder(ctx context.Context, orderID string) (*paypal.Order, error) {
	return retry.DoWithData(func() (*paypal.Order, error) {
		return c.pp.GetOrder(ctx, orderID)
	}, retry.Attempts(3), retry.Context(ctx))
}
