package paystation

import (
	"context"
	"errors"
	"time"
)

// ErrNotPaid is returned for a canceled, failed or refunded transaction.
var ErrNotPaid = errors.New("paystation: transaction not paid")

// WaitTransaction is used by the launcher's "processing…" screen: it
// returns as soon as the transaction is final.
func (c *Client) WaitTransaction(ctx context.Context, id int64) (*Transaction, error) {
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		default:
		}
		tx, err := c.Transaction(ctx, id)
		if err == nil {
			switch tx.Status {
			case "done":
				return tx, nil
			case "canceled", "error", "refunded":
				return tx, ErrNotPaid
			}
		}
		time.Sleep(100 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 100ms"
	}
}
