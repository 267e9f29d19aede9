// Package wrapped polls and creates through billing's wrappers (facts).
package wrapped

import (
	"context"
	"time"

	"pollcreate/billing"
)

func waitOrRecreate(ctx context.Context, c *billing.Client, orderID, id string) (string, error) {
	start := time.Now()
	for {
		st, err := c.PaymentStatus(ctx, id)
		if err != nil {
			return "", err
		}
		if st == billing.Confirmed || st == billing.Failed {
			return st, nil
		}
		if time.Since(start) > 2*time.Minute {
			p, err := c.CreatePayment(ctx, orderID, 1000, orderID+"-retry") // want `new payment created inside the loop that polls payment id \(line 13\): keep polling the same payment until it is CONFIRMED or FAILED; create a new one only after a terminal failure`
			if err != nil {
				return "", err
			}
			id = p.ID
		}
		time.Sleep(3 * time.Second)
	}
}

// Silent: a clean new checkout only after a terminal failure.
func recreateAfterFailure(ctx context.Context, c *billing.Client, orderID, id string) (string, error) {
	for attempt := 0; attempt < 100; attempt++ {
		st, err := c.PaymentStatus(ctx, id)
		if err != nil {
			return "", err
		}
		switch st {
		case billing.Confirmed:
			return id, nil
		case billing.Failed, billing.Expired:
			p, err := c.CreatePayment(ctx, orderID, 1000, orderID+"-2")
			if err != nil {
				return "", err
			}
			return p.ID, nil
		}
		time.Sleep(3 * time.Second)
	}
	return id, nil
}

// Silent: create once, then poll the id it returned.
func createThenPoll(ctx context.Context, c *billing.Client, orderID string) (string, error) {
	p, err := c.CreatePayment(ctx, orderID, 1000, orderID)
	if err != nil {
		return "", err
	}
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(3 * time.Second):
		}
		st, err := c.PaymentStatus(ctx, p.ID)
		if err != nil {
			return "", err
		}
		if st == billing.Confirmed || st == billing.Failed {
			return st, nil
		}
	}
}

func recreateWhilePendingConfirmation(ctx context.Context, c *billing.Client, orderID, id string) (string, error) {
	for attempt := 0; attempt < 100; attempt++ {
		st, err := c.PaymentStatus(ctx, id)
		if err != nil {
			return "", err
		}
		if st == billing.Confirmed || st == billing.Failed {
			return st, nil
		}
		if st == billing.Pending {
			p, err := c.CreatePayment(ctx, orderID, 1000, orderID+"-again") // want `new payment created inside the loop that polls payment id`
			if err != nil {
				return "", err
			}
			id = p.ID
		}
		time.Sleep(3 * time.Second)
	}
	return "", nil
}

// Silent: the next payment of a plan starts once this one is CONFIRMED.
func nextInstallmentAfterConfirmed(ctx context.Context, c *billing.Client, orderID, id string) (string, error) {
	for attempt := 0; attempt < 100; attempt++ {
		st, err := c.PaymentStatus(ctx, id)
		if err != nil {
			return "", err
		}
		if st == billing.Confirmed {
			next, err := c.CreatePayment(ctx, orderID, 1000, orderID+"-installment-2")
			if err != nil {
				return "", err
			}
			return next.ID, nil
		}
		if st == billing.Failed {
			return "", nil
		}
		time.Sleep(3 * time.Second)
	}
	return "", nil
}
