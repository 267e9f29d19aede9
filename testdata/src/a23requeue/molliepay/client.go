// Package molliepay creates Mollie-style payment links over REST; it
// sends no idempotency key.
package molliepay

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"a23requeue/billing"
)

// Client talks to the API.
type Client struct {
	hc    *http.Client
	token string
}

// New returns a Client.
func New(token string) *Client { return &Client{hc: http.DefaultClient, token: token} }

// OpenLink creates a payment link for the bill.
func (c *Client) OpenLink(ctx context.Context, b billing.LinkRequest) (billing.Link, error) {
	var out billing.Link
	body, err := json.Marshal(map[string]any{"amount": b.AmountMinor, "description": b.Memo, "customer": b.Customer})
	if err != nil {
		return out, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.mollie.example/v2/invoices", bytes.NewReader(body))
	if err != nil {
		return out, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.hc.Do(req)
	if err != nil {
		return out, err
	}
	defer resp.Body.Close()
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
