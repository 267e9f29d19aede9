// Package stableapi is the look-alike: its func field derives the key
// from the payout's own id (payoutKey by default), so every retry of a
// caller sends the same key. Silent.
package stableapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"g20optkey/payoutapi"
)

type Client struct {
	base string
	hc   *http.Client
	key  func(id string) string
}

type Option func(*Client)

// WithKeyMaker swaps the maker of idempotency keys (tests).
func WithKeyMaker(f func(id string) string) Option {
	return func(c *Client) { c.key = f }
}

func payoutKey(id string) string { return "po_" + id }

func NewClient(base string, opts ...Option) *Client {
	c := &Client{base: base, hc: http.DefaultClient}
	c.key = payoutKey
	for _, o := range opts {
		o(c)
	}
	return c
}

// SendPayout posts one payout.
func (c *Client) SendPayout(ctx context.Context, p payoutapi.Payout) (string, error) {
	body, _ := json.Marshal(p)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/payouts", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Idempotency-Key", c.key(p.ID))
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return "", fmt.Errorf("payout %s: status %d", p.ID, resp.StatusCode)
	}
	var out struct {
		ID string `json:"id"`
	}
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}
