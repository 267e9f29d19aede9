// Package paypalcapture captures PayPal orders once the buyer approved them
// in the PayPal popup, and refunds captures for cancelled conferences.
package paypalcapture

import (
	"context"
	"errors"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/google/uuid"
	"github.com/plutov/paypal/v4"
)

type Capturer struct {
	PP *paypal.Client
}

// Capture captures an approved order. PayPal-Request-Id makes the capture
// idempotent, so we set one on each call.
func (c *Capturer) Capture(ctx context.Context, orderID string) (*paypal.CaptureOrderResponse, error) {
	return retry.DoWithData(func() (*paypal.CaptureOrderResponse, error) { // audit: missed retrystatus (by design silent: an SDK call retried on its bare error): retry.DoWithData with no RetryIf retries every error of the capture, including PayPal's 422 (ORDER_NOT_APPROVED, INSTRUMENT_DECLINED)
		return c.PP.CaptureOrderWithPaypalRequestId(ctx, orderID, paypal.CaptureOrderRequest{}, uuid.NewString(), nil) // want "\\[idempotency\\] paypal Client.CaptureOrderWithPaypalRequestId .* key made anew" "\\[retrybackoff\\] paypal Client.CaptureOrderWithPaypalRequestId .* every 100ms"
	},
		retry.Attempts(4),
		retry.Delay(100*time.Millisecond),
		retry.DelayType(retry.FixedDelay),
		retry.Context(ctx),
	)
}

// CaptureOnce uses the order id as the request id, so a retry after a
// timeout returns the first capture instead of making a second one.
func (c *Capturer) CaptureOnce(ctx context.Context, orderID string) (*paypal.CaptureOrderResponse, error) {
	requestID := "capture-" + orderID
	return retry.DoWithData(func() (*paypal.CaptureOrderResponse, error) { // audit: missed retrystatus (by design silent: an SDK call retried on its bare error): retry.DoWithData with no RetryIf retries every error of the capture, including PayPal's 422 (ORDER_NOT_APPROVED, INSTRUMENT_DECLINED)
		return c.PP.CaptureOrderWithPaypalRequestId(ctx, orderID, paypal.CaptureOrderRequest{}, requestID, nil)
	},
		retry.Attempts(5),
		retry.Delay(time.Second),
		retry.DelayType(retry.BackOffDelay),
		retry.Context(ctx),
	)
}

var errAlreadyRefunded = errors.New("already refunded")

// RefundCancelled refunds a conference pass capture: the request id is the
// capture id, so the retry is safe.
func (c *Capturer) RefundCancelled(ctx context.Context, captureID string, amount paypal.Money) error {
	return retry.Do(func() error {
		_, err := c.PP.RefundCaptureWithPaypalRequestId(ctx, captureID, paypal.RefundCaptureRequest{Amount: &amount}, "refund-"+captureID)
		return err
	},
		retry.Attempts(5),
		retry.Delay(2*time.Second),
		retry.RetryIf(func(err error) bool { return !errors.Is(err, errAlreadyRefunded) }),
		retry.Context(ctx),
	)
}

// RefundQuick is used by the support console: a plain refund, retried
// straight away.
func (c *Capturer) RefundQuick(ctx context.Context, captureID string, amount paypal.Money) (err error) {
	for i := 0; i < 3; i++ { // audit: missed retrystatus (by design silent: an SDK call retried on its bare error): the RefundCapture below is retried on every error, including PayPal's 422 refusals (CAPTURE_FULLY_REFUNDED)
		if _, err = c.PP.RefundCapture(ctx, captureID, paypal.RefundCaptureRequest{Amount: &amount}); err == nil { // want "\\[idempotency\\] paypal Client.RefundCapture" "\\[retrybackoff\\] paypal Client.RefundCapture .* no wait"
			return nil
		}
	}
	return err
}
