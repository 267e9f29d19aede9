// Package intents keeps its retrier in a field the constructor sets to
// the team's retrykit.Do, so tests can swap in one that does not wait.
// A call through the field is retrykit.Do: a key made from the clock
// inside the operation is a new key on every attempt (reported); the key
// made once before the retries, and the clock used only as a metadata
// timestamp beside a stable key, stay silent.
package intents

import (
	"context"
	"strconv"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"fieldretrier/retrykit"
)

type Intents struct {
	retry func(context.Context, func(context.Context) error) error
}

func NewIntents() *Intents {
	in := &Intents{}
	in.retry = retrykit.Do
	return in
}

// Reported: the key is made from the clock on every attempt.
func (in *Intents) Charge(ctx context.Context, customer string, cents int64) (*stripe.PaymentIntent, error) {
	var pi *stripe.PaymentIntent
	err := in.retry(ctx, func(ctx context.Context) error {
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(cents), Currency: stripe.String("eur"), Customer: stripe.String(customer), Confirm: stripe.Bool(true)}
		p.SetIdempotencyKey("pi-" + customer + "-" + strconv.FormatInt(time.Now().UnixNano(), 10))
		var err error
		pi, err = paymentintent.New(p) // want `stripe paymentintent.New is retried by retrykit.Do through in.retry \(line 33\) with an idempotency key made anew on every attempt \(time.Now\(\), line 35\)`
		return err
	})
	return pi, err
}

// Look-alike: the clock is read once, before the retries; every attempt
// sends the same key.
func (in *Intents) ChargeOnce(ctx context.Context, customer string, cents int64) (*stripe.PaymentIntent, error) {
	key := "pi-" + customer + "-" + strconv.FormatInt(time.Now().UnixNano(), 10)
	var pi *stripe.PaymentIntent
	err := in.retry(ctx, func(ctx context.Context) error {
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(cents), Currency: stripe.String("eur"), Customer: stripe.String(customer), Confirm: stripe.Bool(true)}
		p.SetIdempotencyKey(key)
		var err error
		pi, err = paymentintent.New(p)
		return err
	})
	return pi, err
}

// Look-alike: the clock stamps the metadata; the key is the order's.
func (in *Intents) ChargeOrder(ctx context.Context, orderID string, cents int64) (*stripe.PaymentIntent, error) {
	var pi *stripe.PaymentIntent
	err := in.retry(ctx, func(ctx context.Context) error {
		p := &stripe.PaymentIntentParams{Amount: stripe.Int64(cents), Currency: stripe.String("eur"), Confirm: stripe.Bool(true),
			Metadata: map[string]string{"attempted_at": time.Now().UTC().Format(time.RFC3339Nano)}}
		p.SetIdempotencyKey("order-" + orderID)
		var err error
		pi, err = paymentintent.New(p)
		return err
	})
	return pi, err
}
