// Package circuit wraps payment calls in a circuit breaker: a call is made
// once or rejected, never repeated.
package circuit

import (
	"context"
	"errors"
	"sync"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

var ErrOpen = errors.New("circuit open")

type Breaker struct {
	mu       sync.Mutex
	failures int
	openTill time.Time
}

func (b *Breaker) Do(fn func() error) error {
	b.mu.Lock()
	if time.Now().Before(b.openTill) {
		b.mu.Unlock()
		return ErrOpen
	}
	b.mu.Unlock()
	err := fn()
	b.mu.Lock()
	defer b.mu.Unlock()
	if err != nil {
		b.failures++
		if b.failures >= 5 {
			b.openTill = time.Now().Add(30 * time.Second)
			b.failures = 0
		}
		return err
	}
	b.failures = 0
	return nil
}

type Payments struct {
	cb Breaker
}

// Charge creates a payment through the breaker, once.
func (p *Payments) Charge(ctx context.Context, orderID string, amount int64) (*stripe.PaymentIntent, error) {
	var pi *stripe.PaymentIntent
	err := p.cb.Do(func() error {
		params := &stripe.PaymentIntentParams{Amount: stripe.Int64(amount), Currency: stripe.String("eur")}
		params.SetIdempotencyKey("charge-" + orderID)
		var err error
		pi, err = paymentintent.New(params)
		return err
	})
	return pi, err
}

// ChargeNoKey creates a payment through the breaker, once, without a key:
// stripe-go adds one, and nothing repeats the call.
func (p *Payments) ChargeNoKey(ctx context.Context, amount int64) (*stripe.PaymentIntent, error) {
	var pi *stripe.PaymentIntent
	err := p.cb.Do(func() error {
		var err error
		pi, err = paymentintent.New(&stripe.PaymentIntentParams{Amount: stripe.Int64(amount), Currency: stripe.String("eur")})
		return err
	})
	return pi, err
}
