package postpaid

import (
	"context"
	"fmt"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/cenkalti/backoff/v4"
)

// CaptureDevicePlan captures the handset instalment that was authorised at
// signup. Authorisations expire after 28 days, so we insist.
func (c *Charger) CaptureDevicePlan(ctx context.Context, inv Invoice) error {
	return backoff.Retry(func() error {
		in := c.API.ModificationsApi.CaptureAuthorisedPaymentInput(inv.PSPRef).
			IdempotencyKey("capture-" + inv.ID).
			PaymentCaptureRequest(checkout.PaymentCaptureRequest{
				Amount:          checkout.Amount{Currency: inv.Currency, Value: inv.AmountCts},
				MerchantAccount: c.MerchantAccount,
			})
		_, httpRes, err := c.API.ModificationsApi.CaptureAuthorisedPayment(ctx, in)
		if httpRes != nil && httpRes.StatusCode != http.StatusCreated && httpRes.StatusCode != http.StatusOK { // want "\\[retrystatus\\] adyen ModificationsApi.CaptureAuthorisedPayment is retried by backoff.Retry"
			return fmt.Errorf("capture %s: status %d", inv.ID, httpRes.StatusCode)
		}
		return err
	}, c.policy(ctx))
}
