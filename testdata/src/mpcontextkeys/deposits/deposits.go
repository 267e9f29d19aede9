// Package deposits takes class deposits through Mercado Pago, retried by
// sethvargo/go-retry, whose callback is handed the context retry.Do was
// given.
package deposits

import (
	"context"
	"time"

	"github.com/google/uuid"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/mercadopago/sdk-go/pkg/requestoptions"
	"github.com/sethvargo/go-retry"
)

// Deposits charges class deposits.
type Deposits struct {
	Payments payment.Client
}

func (d *Deposits) backoff() retry.Backoff {
	return retry.WithMaxRetries(4, retry.NewExponential(time.Second))
}

// TakeKeyed keys the deposit by the class booking on the context before
// retry.Do: every attempt's context carries that key (silent).
func (d *Deposits) TakeKeyed(ctx context.Context, bookingID string, req payment.Request) error {
	ctx = requestoptions.WithIdempotencyKey(ctx, "deposit-"+bookingID)
	return retry.Do(ctx, d.backoff(), func(ctx context.Context) error {
		if _, err := d.Payments.Create(ctx, req); err != nil {
			return retry.RetryableError(err)
		}
		return nil
	})
}

// TakeBare retries with the caller's context, which carries no key: the
// SDK draws a new one on every attempt (reported).
func (d *Deposits) TakeBare(ctx context.Context, req payment.Request) error {
	return retry.Do(ctx, d.backoff(), func(ctx context.Context) error {
		if _, err := d.Payments.Create(ctx, req); err != nil { // want `mercadopago payment.Create is retried by retry.Do`
			return retry.RetryableError(err)
		}
		return nil
	})
}

// TakeFreshInside keys each attempt's context anew inside the callback
// (reported).
func (d *Deposits) TakeFreshInside(ctx context.Context, req payment.Request) error {
	return retry.Do(ctx, d.backoff(), func(ctx context.Context) error {
		ctx = requestoptions.WithIdempotencyKey(ctx, uuid.NewString())
		if _, err := d.Payments.Create(ctx, req); err != nil { // want `mercadopago payment.Create is retried by retry.Do`
			return retry.RetryableError(err)
		}
		return nil
	})
}
