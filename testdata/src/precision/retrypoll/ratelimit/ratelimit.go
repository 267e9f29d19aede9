// Package ratelimit throttles payment creation of DIFFERENT orders with a
// token bucket fed by time.Tick.
package ratelimit

import (
	"context"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Order struct {
	ID     string
	Amount int64
}

// Drain creates one payment per queued order, at most 10 a second.
func Drain(ctx context.Context, queue <-chan Order, done chan<- string) {
	limiter := time.Tick(100 * time.Millisecond)
	for o := range queue {
		<-limiter
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount), Currency: stripe.String("eur")}
		p.SetIdempotencyKey("order-" + o.ID)
		pi, err := paymentintent.New(p)
		if err != nil {
			continue
		}
		done <- pi.ID
	}
}

// DrainLoop takes orders one by one from a queue function.
func DrainLoop(ctx context.Context, next func() (Order, bool)) error {
	bucket := time.NewTicker(200 * time.Millisecond)
	defer bucket.Stop()
	for {
		o, ok := next()
		if !ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-bucket.C:
		}
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(o.Amount), Currency: stripe.String("eur")}
		p.SetIdempotencyKey("order-" + o.ID)
		if _, err := paymentintent.New(p); err != nil {
			return err
		}
	}
}
