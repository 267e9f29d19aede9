// Package payoutapi sends payouts to a payout provider's REST API. Its
// client makes the Idempotency-Key of each request with a maker held in a
// func field, newKey by default (a fresh id per call), which an option
// may swap for tests: every call, and so every retry of a caller, sends a
// new key.
package payoutapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/google/uuid"
)

type Payout struct {
	ID       string `json:"-"`
	Account  string `json:"account"`
	Cents    int64  `json:"amount"`
	Currency string `json:"currency"`
}

type Client struct {
	base string
	hc   *http.Client
	key  func() string
}

type Option func(*Client)

// WithKeyMaker swaps the maker of idempotency keys (tests).
func WithKeyMaker(f func() string) Option {
	return func(c *Client) { c.key = f }
}

func newKey() string { return "po_" + uuid.NewString() }

func NewClient(base string, opts ...Option) *Client {
	c := &Client{base: base, hc: http.DefaultClient}
	c.key = newKey
	for _, o := range opts {
		o(c)
	}
	return c
}

// SendPayout posts one payout.
func (c *Client) SendPayout(ctx context.Context, p Payout) (string, error) {
	body, _ := json.Marshal(p)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/payouts", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Idempotency-Key", c.key())
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
