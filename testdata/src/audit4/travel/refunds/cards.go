package refunds

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
)

// CardRefunder refunds card bookings paid through Checkout.com.
type CardRefunder struct {
	cko *nas.Client
}

func NewCardRefunder(c *nas.Client) *CardRefunder { return &CardRefunder{cko: c} }

// Refund is retried by backoff; the key is the booking's, made once.
func (r *CardRefunder) Refund(ctx context.Context, bookingID, paymentID string, amount int64) error {
	key := "cko-refund-" + bookingID
	op := func() error {
		_, err := r.cko.RefundPaymentWithContext(ctx, paymentID, &payments.RefundRequest{Amount: amount, Reference: bookingID}, &key)
		return err
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	return backoff.Retry(op, b)
}

// errNotFound is what the inventory cache answers for an unknown hotel.
var errNotFound = errors.New("not found")

// WarmHotelCache retries a local cache fill; not a payment call.
func WarmHotelCache(load func() error) error {
	for i := 0; i < 5; i++ {
		if err := load(); err == nil || errors.Is(err, errNotFound) {
			return err
		}
		time.Sleep(200 * time.Millisecond)
	}
	return errors.New("cache warm failed")
}
