package adyenpay

import (
	"context"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/google/uuid"
)

func (g *Gateway) refundInput(psp, key, reason string, cents int64) checkout.ModificationsApiRefundCapturedPaymentInput {
	return g.api.ModificationsApi.RefundCapturedPaymentInput(psp).
		IdempotencyKey(key).
		PaymentRefundRequest(checkout.PaymentRefundRequest{
			Amount:          checkout.Amount{Currency: "EUR", Value: cents},
			MerchantAccount: g.merchant,
			Reference:       &reason,
		})
}

// Refund returns money for a failed session (charger fault, support
// goodwill). refundID is our own refunds-table row.
func (g *Gateway) Refund(ctx context.Context, psp, refundID string, cents int64) error {
	req := g.refundInput(psp, "refund-"+refundID, "session-fault", cents)
	return withRetry(ctx, func() (*http.Response, error) {
		_, res, err := g.api.ModificationsApi.RefundCapturedPayment(ctx, req)
		return res, err
	})
}

// RefundOverHold gives back the part of a captured amount above the
// session's energy (old firmware reported meter values late).
func (g *Gateway) RefundOverHold(ctx context.Context, psp string, cents int64) error {
	return withRetry(ctx, func() (*http.Response, error) {
		req := g.refundInput(psp, uuid.NewString(), "meter-correction", cents) // (reported at the call below) the refund key is made inside the closure withRetry calls on every attempt (uuid.NewString per attempt), so a retry after a lost response refunds twice
		_, res, err := g.api.ModificationsApi.RefundCapturedPayment(ctx, req)  // want "\\[idempotency\\] adyen ModificationsApi.RefundCapturedPayment is retried by withRetry \\(line 34\\) with an idempotency key made anew on every attempt"
		return res, err
	})
}
