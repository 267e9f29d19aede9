package wise

import (
	"context"
	"fmt"
	"time"
)

// WaitFunded waits up to maxWait for a transfer to leave the waiting
// states. It answers (false, nil) when the transfer is still pending at
// the deadline.
func (c *Client) WaitFunded(ctx context.Context, id int64, maxWait time.Duration) (bool, error) {
	deadline := time.Now().Add(maxWait)
	wait := 5 * time.Second
	for time.Now().Before(deadline) {
		t, err := c.GetTransfer(ctx, id)
		if err != nil {
			return false, err
		}
		switch t.Status {
		case StatusProcessing, StatusFundsConverted, StatusSent:
			return true, nil
		case StatusCancelled, StatusFundsRefunded, StatusBouncedBack:
			return false, fmt.Errorf("wise transfer %d: %s", id, t.Status)
		}
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(wait*2, time.Minute)
	}
	return false, nil
}

// WaitSent follows a funded transfer until Wise has sent it out.
func (c *Client) WaitSent(ctx context.Context, id int64) error {
	t := time.NewTicker(30 * time.Second)
	defer t.Stop()
	for { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds"
		tr, err := c.GetTransfer(ctx, id)
		if err != nil {
			return err
		}
		if tr.Status == StatusSent {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
