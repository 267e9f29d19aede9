package billing

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"
)

// ChargeOrderRetryingTimeouts retries a charge that failed with a network
// error or a temporary status, with a growing wait, and gives up on
// anything else. It makes the idempotency key inside the loop, so every
// attempt is a new payment to the provider and a retry after a lost
// response charges twice. `paylint -fix` moves the key above the loop.
func (c *Client) ChargeOrderRetryingTimeouts(ctx context.Context, pr PaymentRequest) (*Payment, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		key := uuid.NewString()
		p, err := c.CreatePayment(ctx, pr, key) // paylint: expect idempotency
		if err == nil {
			return p, nil
		}
		var apiErr *APIError
		if errors.As(err, &apiErr) && !apiErr.Temporary() {
			return nil, err
		}
		lastErr = err
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return nil, lastErr
}
