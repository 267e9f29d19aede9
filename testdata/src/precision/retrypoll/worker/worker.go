// Package worker uses billing's wrappers across the package boundary.
package worker

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/cenkalti/backoff/v4"

	"precision/retrypoll/billing"
)

type Order struct {
	ID     string
	Amount int64
}

// ChargeWithKey retries billing.Charge with a key made from the order.
func ChargeWithKey(ctx context.Context, c *billing.Client, o Order) (*billing.Payment, error) {
	key := "order-" + o.ID
	var p *billing.Payment
	err := backoff.Retry(func() error {
		var err error
		p, err = c.Charge(ctx, key, o.ID, o.Amount)
		return err
	}, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4))
	return p, err
}

// ChargeDerived retries the wrapper that derives its own key.
func ChargeDerived(ctx context.Context, c *billing.Client, o Order) error {
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := c.ChargeOrder(ctx, o.ID, o.Amount); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return errors.New("charge failed")
}

// NotifyRetry retries a notification, not a payment write.
func NotifyRetry(ctx context.Context, c *billing.Client, paymentID string) error {
	return backoff.Retry(func() error {
		return c.Notify(ctx, paymentID, "Your payment was received")
	}, backoff.NewExponentialBackOff())
}

// Await polls through the wrapper every 3s, with a deadline.
func Await(ctx context.Context, c *billing.Client, id string) (*billing.Payment, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Minute)
	defer cancel()
	for {
		p, err := c.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		switch strings.ToUpper(p.Status) {
		case "CONFIRMED":
			return p, nil
		case "FAILED", "EXPIRED":
			return p, fmt.Errorf("payment %s: %w", id, billing.ErrFailed)
		}
		select {
		case <-ctx.Done():
			return p, ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
}

// AwaitThenRetryCheckout polls and starts a clean new checkout only after
// a terminal failure.
func AwaitThenRetryCheckout(ctx context.Context, c *billing.Client, o Order, id string) (*billing.Payment, error) {
	for i := 0; i < 200; i++ {
		p, err := c.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		if p.Status == "CONFIRMED" {
			return p, nil
		}
		if p.Status == "FAILED" {
			return c.Charge(ctx, fmt.Sprintf("order-%s-retry", o.ID), o.ID, o.Amount)
		}
		time.Sleep(3 * time.Second)
	}
	return nil, errors.New("stuck")
}
