package cards

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/refund"
)

// Refunder returns card payments.
type Refunder struct {
	policy func() backoff.BackOff
}

// NewRefunder returns a refunder retrying for at most a minute.
func NewRefunder() *Refunder {
	return &Refunder{policy: func() backoff.BackOff {
		return backoff.NewExponentialBackOff(
			backoff.WithInitialInterval(time.Second),
			backoff.WithMaxElapsedTime(time.Minute),
		)
	}}
}

// Refund returns cents of a payment intent to the buyer.
func (r *Refunder) Refund(ctx context.Context, paymentIntent string, cents int64, reason string) (*stripe.Refund, error) {
	op := func() (*stripe.Refund, error) {
		params := &stripe.RefundParams{
			PaymentIntent: stripe.String(paymentIntent),
			Amount:        stripe.Int64(cents),
			Reason:        stripe.String(reason),
		}
		params.Context = ctx
		re, err := refund.New(params) // want "\\[idempotency\\] stripe refund\\.New is retried by backoff\\.RetryNotifyWithData \\(line 48\\) without"
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeInvalidRequest {
			return nil, backoff.Permanent(err)
		}
		return re, err
	}
	notify := func(err error, d time.Duration) {
		slog.Warn("refund retry", "pi", paymentIntent, "in", d, "err", err)
	}
	return backoff.RetryNotifyWithData(op, backoff.WithContext(r.policy(), ctx), notify)
}
