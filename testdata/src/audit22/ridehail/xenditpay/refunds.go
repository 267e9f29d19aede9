package xenditpay

import (
	"context"
	"fmt"

	"github.com/xendit/xendit-go/v7/refund"

	"audit22/ridehail/platform"
)

// Refund refunds a succeeded e-wallet payment request under the caller's
// key, the same on every attempt.
func (c *Client) Refund(ctx context.Context, paymentRequestID, key string, amount float64) (string, error) {
	return platform.DoValue(ctx, c.policy, func() (string, error) {
		r, resp, xerr := c.api.RefundApi.CreateRefund(ctx).
			IdempotencyKey(key). // audit: lookalike idempotency: the key ("refund-"+payment id) comes from the caller and is the same on every attempt
			CreateRefund(refund.CreateRefund{PaymentRequestId: &paymentRequestID, Amount: &amount}).
			Execute()
		if xerr != nil {
			return "", classify(resp, fmt.Errorf("xendit refund: %w", xerr))
		}
		return r.Id, nil
	})
}
