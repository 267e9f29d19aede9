package stripepay

import (
	"context"
	"fmt"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// DepositCents is the damage deposit held on a charter client's card.
const DepositCents = 50000

// AuthorizeDeposit puts the damage deposit on hold at check-in.
func (c *Client) AuthorizeDeposit(ctx context.Context, bookingID, customer, paymentMethod string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(DepositCents),
		Currency:      stripe.String("eur"),
		Customer:      stripe.String(customer),
		PaymentMethod: stripe.String(paymentMethod),
		CaptureMethod: stripe.String("manual"),
		Confirm:       stripe.Bool(true),
		ReturnURL:     stripe.String(c.baseURL + "/checkin/" + bookingID + "/complete"),
		Metadata:      map[string]string{"booking_id": bookingID, "kind": "deposit"},
	}
	params.Context = ctx
	params.SetIdempotencyKey("deposit-" + bookingID)
	return paymentintent.New(params)
}

// AwaitHold waits until the deposit authorisation can be captured, so the
// dock hand can hand over the keys.
func (c *Client) AwaitHold(ctx context.Context, intentID string) (*stripe.PaymentIntent, error) {
	for { // want "\\[pollbound\\] loop polling payment intentID stops only when the payment succeeds"
		pi, err := paymentintent.Get(intentID, nil)
		if err != nil {
			return nil, err
		}
		if pi.Status == stripe.PaymentIntentStatusRequiresCapture {
			return pi, nil
		}
		time.Sleep(3 * time.Second)
	}
}

// CaptureDamage captures part of the deposit at check-out when the boat
// came back damaged.
func (c *Client) CaptureDamage(ctx context.Context, bookingID, intentID string, cents int64) error {
	params := &stripe.PaymentIntentCaptureParams{AmountToCapture: stripe.Int64(cents)}
	params.Context = ctx
	params.SetIdempotencyKey("deposit-capture-" + bookingID)

	var err error
	for i := 0; i < 3; i++ {
		if _, err = paymentintent.Capture(intentID, params); err == nil { // want "\\[retrybackoff\\] stripe paymentintent.Capture is retried by a for loop \\(line 55\\) with no wait"
			return nil
		}
	}
	return fmt.Errorf("capture deposit %s: %w", intentID, err)
}

// ReleaseDeposit cancels the hold when the boat came back in good order.
func (c *Client) ReleaseDeposit(ctx context.Context, bookingID, intentID string) error {
	params := &stripe.PaymentIntentCancelParams{CancellationReason: stripe.String("requested_by_customer")}
	params.Context = ctx
	params.SetIdempotencyKey("deposit-release-" + bookingID)
	_, err := paymentintent.Cancel(intentID, params)
	return err
}
