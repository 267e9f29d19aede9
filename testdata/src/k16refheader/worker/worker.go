// Package worker retries payouts through the payouts client, which sends
// the caller's reference under X-Client-Reference: the payout's own
// reference on every attempt is one key (silent), a new uuid per attempt
// is a new key per attempt (reported).
package worker

import (
	"context"
	"time"

	"github.com/google/uuid"

	"k16refheader/payouts"
)

type Job struct {
	OrderID string
	Account string
	Cents   int64
}

// Look-alike: the reference is the order's, the same on every attempt.
func Pay(ctx context.Context, c *payouts.Payouts, j Job) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = c.Send(ctx, payouts.Payout{Reference: "po-" + j.OrderID, Account: j.Account, Cents: j.Cents}); err == nil {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
	return err
}

// Reported: each attempt hands the client a new reference.
func PayFresh(ctx context.Context, c *payouts.Payouts, j Job) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = c.Send(ctx, payouts.Payout{Reference: uuid.NewString(), Account: j.Account, Cents: j.Cents}); err == nil { // want `payouts\.Payouts\.Send \(POST /v1/payouts\) is retried by a for loop \(line 37\) with an idempotency key made anew on every attempt`
			return nil
		}
		time.Sleep(5 * time.Second)
	}
	return err
}
