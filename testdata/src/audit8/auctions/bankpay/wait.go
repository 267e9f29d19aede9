package bankpay

import (
	"context"
	"log"
	"time"
)

// pollEvery is how often the settlement job looks at an initiation.
const pollEvery = 500 * time.Millisecond

// WaitForSettlement blocks until the bank reports a final state or ctx
// ends. Used by the invoice job right after the buyer returns.
func (c *Client) WaitForSettlement(ctx context.Context, id string) (*Initiation, error) {
	for {
		in, err := c.GetPayment(ctx, id)
		if err != nil {
			return nil, err
		}
		switch in.Status {
		case "COMPLETED", "REJECTED", "EXPIRED":
			return in, nil
		}
		select {
		case <-ctx.Done():
			return in, ctx.Err()
		case <-time.After(pollEvery): // want "\\[pollinterval\\] payment status polled every 500ms"
		}
	}
}

// AwaitCompleted is used by the escrow job before it releases funds.
func (c *Client) AwaitCompleted(ctx context.Context, id string) *Initiation {
	for { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds"
		in, err := c.GetPayment(ctx, id)
		if err != nil {
			log.Printf("bankpay: status %s: %v", id, err)
			time.Sleep(10 * time.Second)
			continue
		}
		if in.Status == "COMPLETED" {
			return in
		}
		time.Sleep(10 * time.Second)
	}
}
