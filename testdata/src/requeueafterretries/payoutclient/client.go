// Package payoutclient sends payouts and retries them with a capped,
// growing wait.
package payoutclient

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Payout is one transfer to a seller.
type Payout struct {
	SellerID    string `json:"seller_id"`
	AmountMinor int64  `json:"amount"`
	Currency    string `json:"currency"`
	Reference   string `json:"reference"`
}

// Client sends payouts, keyed by their reference.
type Client struct {
	Base string
	HTTP *http.Client
}

// Send sends one payout; a 5xx or 429 comes back as an error, a refusal
// is dropped by the caller.
func (c *Client) Send(ctx context.Context, p Payout) error {
	body, _ := json.Marshal(p)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payouts", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", "payout-"+p.Reference)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
		return fmt.Errorf("payouts: status %d", resp.StatusCode)
	}
	return nil
}

// WithRetries runs fn up to attempts times, doubling the wait.
func WithRetries(ctx context.Context, attempts int, fn func(context.Context) error) error {
	var err error
	wait := 2 * time.Second
	for i := 0; i < attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}

// UntilDone runs fn until it succeeds or ctx ends, doubling the wait up
// to a minute.
func UntilDone(ctx context.Context, fn func(context.Context) error) error {
	wait := time.Second
	for {
		err := fn(ctx)
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		if wait < time.Minute {
			wait *= 2
		}
	}
}
