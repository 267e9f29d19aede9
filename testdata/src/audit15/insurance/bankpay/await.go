package bankpay

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ErrStillProcessing is returned when a transfer has not settled in time;
// the caller escalates to treasury.
var ErrStillProcessing = errors.New("bankpay: transfer still processing")

// AwaitSettled waits until the transfer is SETTLED, or fails on REJECTED
// and RETURNED.
func (c *Client) AwaitSettled(ctx context.Context, ref string) (*Transfer, error) {
	deadline := time.Now().Add(settleTimeout)
	for time.Now().Before(deadline) {
		t, err := c.GetTransfer(ctx, ref)
		if err != nil {
			return nil, err
		}
		switch t.Status {
		case "SETTLED":
			return t, nil
		case "REJECTED", "RETURNED":
			return t, fmt.Errorf("bankpay: transfer %s %s: %s", ref, t.Status, t.Reason)
		}
		time.Sleep(settleCheckEvery) // want "\\[pollinterval\\] payment status polled every 750ms"
	}
	return nil, ErrStillProcessing
}
