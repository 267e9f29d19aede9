package stripepay

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"
)

// WeatherRefund refunds a berth booking cancelled because of a gale warning.
func (c *Client) WeatherRefund(ctx context.Context, bookingID, intentID string, cents int64) (string, error) {
	params := &stripe.RefundParams{
		PaymentIntent: stripe.String(intentID),
		Amount:        stripe.Int64(cents),
		Reason:        stripe.String("requested_by_customer"),
	}
	params.Context = ctx
	params.AddMetadata("booking_id", bookingID)
	params.AddMetadata("cause", "weather")

	wait := time.Second
	for attempt := 1; ; attempt++ {
		r, err := refund.New(params) // want "\\[idempotency\\] stripe refund.New is retried by a for loop"
		if err == nil {
			return r.ID, nil
		}
		var se *stripe.Error
		if errors.As(err, &se) || attempt == 4 {
			return "", err
		}
		time.Sleep(wait)
		wait *= 2
	}
}
