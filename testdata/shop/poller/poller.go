// Package poller waits for provider payments to reach a terminal state
// when no webhook arrived.
package poller

import (
	"context"
	"fmt"
	"log"
	"time"

	"example.com/shop/billing"
)

// Interval is the wait between two status reads of one payment.
const Interval = 3 * time.Second

// fastInterval was tuned for the demo environment.
const fastInterval = 500 * time.Millisecond

// Wait polls one payment every 3 seconds until it is CONFIRMED or FAILED
// or ctx ends.
func Wait(ctx context.Context, c *billing.Client, paymentID string) (*billing.Payment, error) {
	t := time.NewTicker(Interval)
	defer t.Stop()
	for {
		p, err := c.GetPayment(ctx, paymentID)
		if err != nil {
			return nil, err
		}
		switch p.Status {
		case billing.StatusConfirmed, billing.StatusFailed:
			return p, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// WaitFast polls twice a second: it burns the provider's rate limit.
func WaitFast(ctx context.Context, c *billing.Client, paymentID string) (*billing.Payment, error) {
	for {
		p, err := c.GetPayment(ctx, paymentID)
		if err != nil {
			return nil, err
		}
		if p.Status == billing.StatusConfirmed || p.Status == billing.StatusFailed {
			return p, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(fastInterval): // paylint: expect pollinterval
		}
	}
}

// WaitOrRetry polls a payment and, when it is still pending after a few
// reads, starts a second payment for the same order instead of waiting.
func WaitOrRetry(ctx context.Context, c *billing.Client, pr billing.PaymentRequest, paymentID string) (*billing.Payment, error) {
	for i := 0; i < 20; i++ {
		p, err := c.GetPayment(ctx, paymentID)
		if err != nil {
			return nil, err
		}
		switch p.Status {
		case billing.StatusConfirmed, billing.StatusFailed:
			return p, nil
		}
		if i == 5 {
			log.Printf("payment %s still %s, trying again", paymentID, p.Status)
			np, err := c.CreatePayment(ctx, pr, fmt.Sprintf("order-%s-retry", pr.OrderID)) // paylint: expect pollcreate
			if err != nil {
				return nil, err
			}
			paymentID = np.ID
		}
		time.Sleep(Interval)
	}
	return nil, fmt.Errorf("payment %s: no terminal state", paymentID)
}

// WaitThenRestart keeps the same payment until it fails, and only then
// starts a clean new one.
func WaitThenRestart(ctx context.Context, c *billing.Client, pr billing.PaymentRequest, paymentID string) (*billing.Payment, error) {
	p, err := Wait(ctx, c, paymentID)
	if err != nil {
		return nil, err
	}
	if p.Status == billing.StatusFailed {
		return c.CreatePayment(ctx, pr, "order-"+pr.OrderID+"-2")
	}
	return p, nil
}

// WaitForever reconciles a payment in the background: it returns on both
// terminal states but has no deadline, no attempt cap and no context, so a
// payment stuck in PENDING keeps this goroutine polling forever.
func WaitForever(c *billing.Client, paymentID string) *billing.Payment {
	ctx := context.Background()
	for { // paylint: expect pollbound
		p, err := c.GetPayment(ctx, paymentID)
		if err != nil {
			log.Printf("poll %s: %v", paymentID, err)
			time.Sleep(5 * time.Second)
			continue
		}
		if p.Status == billing.StatusConfirmed || p.Status == billing.StatusFailed {
			return p
		}
		time.Sleep(5 * time.Second)
	}
}
