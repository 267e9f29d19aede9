package adyenpay

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/cenkalti/backoff/v4"

	"audit13/tickets/domain"
)

// Capture captures an authorised resale payment.
func (c *Client) Capture(ctx context.Context, pspRef string, amount checkout.Amount, ref string) error {
	key := "cap-" + pspRef
	req := checkout.PaymentCaptureRequest{Amount: amount, MerchantAccount: c.merchant, Reference: &ref}
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		in := c.api.ModificationsApi.CaptureAuthorisedPaymentInput(pspRef).
			IdempotencyKey(key).
			PaymentCaptureRequest(req)
		_, httpResp, err := c.api.ModificationsApi.CaptureAuthorisedPayment(ctx, in)
		if err == nil && httpResp != nil && httpResp.StatusCode == http.StatusCreated { // want "\\[retrystatus\\] adyen ModificationsApi.CaptureAuthorisedPayment is retried by a for loop \\(line 20\\): every non-2xx status is retried"
			return nil
		}
		lastErr = fmt.Errorf("adyen capture %s (attempt %d): %v", pspRef, attempt+1, err)
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return lastErr
}

// Refund refunds a captured Adyen order in full.
func (c *Client) Refund(ctx context.Context, o domain.Order) error {
	key := "refund-" + o.Ref
	req := checkout.PaymentRefundRequest{
		Amount:          checkout.Amount{Currency: o.Currency, Value: o.AmountMinor},
		MerchantAccount: c.merchant,
		Reference:       &o.Ref,
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx)
	return backoff.Retry(func() error {
		in := c.api.ModificationsApi.RefundCapturedPaymentInput(o.PSPRef).
			IdempotencyKey(key).
			PaymentRefundRequest(req)
		_, _, err := c.api.ModificationsApi.RefundCapturedPayment(ctx, in)
		return err // want "\\[retrystatus\\] adyen ModificationsApi.RefundCapturedPayment is retried by backoff.Retry \\(line 43\\): every non-2xx status is retried"
	}, b)
}
