package adyenpay

import (
	"context"
	"fmt"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
)

// ReleaseDeposit cancels the authorisation that holds an office deposit.
// The outcome arrives later as a CANCELLATION notification.
func (c *Client) ReleaseDeposit(ctx context.Context, depositID, pspRef string) error {
	ref := "release-" + depositID
	in := c.api.ModificationsApi.CancelAuthorisedPaymentByPspReferenceInput(pspRef).
		IdempotencyKey(ref).
		PaymentCancelRequest(checkout.PaymentCancelRequest{MerchantAccount: c.merchant, Reference: &ref})
	_, httpResp, err := c.api.ModificationsApi.CancelAuthorisedPaymentByPspReference(ctx, in)
	if err != nil {
		if httpResp != nil && httpResp.StatusCode == http.StatusUnprocessableEntity {
			return fmt.Errorf("deposit %s cannot be released: %w", depositID, err)
		}
		return err
	}
	return nil
}
