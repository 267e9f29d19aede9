// Package generic: a generic call[T] dispatcher whose request helper
// stamps a uuid key on every write, called inside a backoff.Retry
// operation: every attempt of a payout is a new payout.
package generic

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

type Payout struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type Client struct {
	base string
	hc   *http.Client
}

func build(ctx context.Context, base, method, path string, body any) (*http.Request, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, method, base+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	if method != http.MethodGet {
		req.Header.Set("Idempotency-Key", uuid.NewString())
	}
	return req, nil
}

func call[T any](ctx context.Context, c *Client, method, path string, body any) (T, error) {
	var out T
	err := backoff.Retry(func() error {
		req, err := build(ctx, c.base, method, path, body)
		if err != nil {
			return backoff.Permanent(err)
		}
		resp, err := c.hc.Do(req) // want `POST /payouts \(sent for generic.Client.CreatePayout\) is retried by backoff.Retry \(line 43\) but build makes a new idempotency key on every call`
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		return json.NewDecoder(resp.Body).Decode(&out)
	}, backoff.NewExponentialBackOff())
	return out, err
}

// CreatePayout pays a seller out.
func (c *Client) CreatePayout(ctx context.Context, seller string, amount int64) (Payout, error) {
	return call[Payout](ctx, c, http.MethodPost, "/payouts", map[string]any{"seller": seller, "amount": amount})
}

// Payout reads a payout.
func (c *Client) Payout(ctx context.Context, id string) (Payout, error) {
	return call[Payout](ctx, c, http.MethodGet, "/payouts/"+id, nil)
}
