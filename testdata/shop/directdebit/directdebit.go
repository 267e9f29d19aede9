// Package directdebit collects subscription instalments by direct debit
// through GoCardless (github.com/gocardless/gocardless-pro-go/v2).
package directdebit

import (
	"context"
	"fmt"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// Collector charges mandates.
type Collector struct {
	GC *gocardless.Service
}

// New returns a collector for the live environment.
func New(token string) (*Collector, error) {
	cfg, err := gocardless.NewConfig(token)
	if err != nil {
		return nil, err
	}
	gc, err := gocardless.New(cfg)
	if err != nil {
		return nil, err
	}
	return &Collector{GC: gc}, nil
}

// CollectInstalment retries the payment creation on any error — but with
// no idempotency key of its own, gocardless-pro-go makes a new random key
// for every call, so a timeout after GoCardless created the payment makes
// a second one: the customer is debited twice.
func (c *Collector) CollectInstalment(ctx context.Context, mandateID string, amount int) (*gocardless.Payment, error) {
	p := gocardless.PaymentCreateParams{
		Amount:   amount,
		Currency: "GBP",
		Links:    gocardless.PaymentCreateParamsLinks{Mandate: mandateID},
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		pay, err := c.GC.Payments.Create(ctx, p) // paylint: expect idempotency
		if err == nil {
			return pay, nil
		}
		lastErr = err
		time.Sleep(time.Duration(2<<attempt) * time.Second)
	}
	return nil, lastErr
}

// CollectInstalmentSafely is the look-alike: one key per instalment, made
// before the retry and sent with every attempt.
func (c *Collector) CollectInstalmentSafely(ctx context.Context, mandateID, instalmentID string, amount int) (*gocardless.Payment, error) {
	p := gocardless.PaymentCreateParams{
		Amount:   amount,
		Currency: "GBP",
		Links:    gocardless.PaymentCreateParamsLinks{Mandate: mandateID},
	}
	key := fmt.Sprintf("instalment-%s", instalmentID)
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		pay, err := c.GC.Payments.Create(ctx, p, gocardless.WithIdempotencyKey(key))
		if err == nil {
			return pay, nil
		}
		lastErr = err
		time.Sleep(time.Duration(2<<attempt) * time.Second)
	}
	return nil, lastErr
}

// CollectOnce relies on the SDK's own retries, which reuse one key: safe.
func (c *Collector) CollectOnce(ctx context.Context, mandateID string, amount int) (*gocardless.Payment, error) {
	return c.GC.Payments.Create(ctx, gocardless.PaymentCreateParams{
		Amount:   amount,
		Currency: "GBP",
		Links:    gocardless.PaymentCreateParamsLinks{Mandate: mandateID},
	})
}
