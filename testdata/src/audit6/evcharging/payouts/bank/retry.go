package bank

import (
	"context"
	"errors"
	"net/http"
	"time"
)

// CreateTransferRetrying resends the same transfer (same key) on transient
// failures only.
func (c *Client) CreateTransferRetrying(ctx context.Context, t Transfer, key string) (*TransferResult, error) {
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		res, err := c.CreateTransfer(ctx, t, key)
		if err == nil {
			return res, nil
		}
		lastErr = err
		var apiErr *APIError
		if errors.As(err, &apiErr) && apiErr.Status < 500 && apiErr.Status != http.StatusTooManyRequests {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return nil, lastErr
}

// CreateTransferUntilAccepted is the old path still used by the manual
// "pay host now" button in the back office.
func (c *Client) CreateTransferUntilAccepted(ctx context.Context, t Transfer, key string) (*TransferResult, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		res, err := c.CreateTransfer(ctx, t, key)
		var apiErr *APIError
		if err != nil && errors.As(err, &apiErr) && apiErr.Status >= 400 { // want "\\[retrystatus\\] bank.Client.CreateTransfer \\(POST /v2/transfers\\) is retried by a for loop"
			lastErr = err
			time.Sleep(2 * time.Second << attempt)
			continue
		}
		if err != nil {
			return nil, err
		}
		return res, nil
	}
	return nil, lastErr
}
