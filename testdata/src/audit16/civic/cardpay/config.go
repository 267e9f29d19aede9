package cardpay

import (
	"context"
	"fmt"
	"time"

	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"

	"audit16/civic/kit"
)

const (
	captureAttempts   = 5
	captureRetryDelay = 250 * time.Millisecond

	pendingPollStart = 3 * time.Second
)

func kitPoll(ctx context.Context, id string, c *Cards) (*nas.GetPaymentResponse, error) {
	return kit.Poll(ctx, pendingPollStart, func(ctx context.Context) (*nas.GetPaymentResponse, bool, error) {
		d, err := c.api.GetPaymentDetailsWithContext(ctx, id)
		if err != nil {
			return nil, false, err
		}
		switch d.Status {
		case payments.Authorized, payments.Captured:
			return d, true, nil
		case payments.Declined:
			return d, true, fmt.Errorf("%w: declined", ErrNotPaid)
		}
		return d, false, nil
	})
}
