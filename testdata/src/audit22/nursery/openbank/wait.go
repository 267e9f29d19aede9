package openbank

import (
	"context"
	"fmt"
	"time"
)

// WaitExecuted polls a payment until the bank executed it, or maxWait
// passes. It answers false when the payment is not executed yet.
func (c *Client) WaitExecuted(ctx context.Context, id string, maxWait time.Duration) (bool, error) {
	deadline := time.Now().Add(maxWait)
	for time.Now().Before(deadline) { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds \\(line 19\\):"
		p, err := c.GetPayment(ctx, id)
		if err != nil {
			return false, err
		}
		if p.Status == StatusExecuted || p.Status == StatusSettled {
			return true, nil
		}
		time.Sleep(3 * time.Second)
	}
	return false, nil
}

// Await polls a payment started by a family at the return page until it is
// executed or failed, for at most ten minutes.
func (c *Client) Await(ctx context.Context, id string) (*Payment, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	wait := 2 * time.Second
	for { // audit: lookalike pollbound: bounded by the context timeout and leaves on executed, settled and failed
		p, err := c.GetPayment(ctx, id)
		if err != nil {
			return nil, err
		}
		switch p.Status {
		case StatusExecuted, StatusSettled:
			return p, nil
		case StatusFailed:
			return p, fmt.Errorf("payment %s failed: %s", p.ID, p.FailureReason)
		}
		select {
		case <-ctx.Done():
			return p, ctx.Err()
		case <-time.After(wait):
		}
		if wait < 30*time.Second {
			wait *= 2
		}
	}
}
