// Package wrapped polls through a status-read wrapper of another package.
package wrapped

import (
	"context"
	"time"

	"poll/hiltapi"
)

func waitForHilt(ctx context.Context, c *hiltapi.Client, paymentID string) (*hiltapi.Payment, error) {
	for {
		p, err := c.GetPayment(ctx, paymentID)
		if err != nil {
			return nil, err
		}
		if p.Status == hiltapi.Confirmed || p.Status == hiltapi.Failed {
			return p, nil
		}
		time.Sleep(800 * time.Millisecond) // want `payment status polled every 800ms`
	}
}

func quickThenSlow(ctx context.Context, c *hiltapi.Client, paymentID string) (*hiltapi.Payment, error) {
	wait := 500 * time.Millisecond
	for {
		p, err := c.GetPayment(ctx, paymentID)
		if err != nil {
			return nil, err
		}
		if p.Status == hiltapi.Confirmed || p.Status == hiltapi.Failed {
			return p, nil
		}
		time.Sleep(wait)
		wait += time.Second
	}
}
