// Package keyedpay creates payment links and sends the bill's own
// reference as the idempotency key.
package keyedpay

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"a23requeue/billing"
)

// Client talks to the API.
type Client struct{ hc *http.Client }

// New returns a Client.
func New() *Client { return &Client{hc: http.DefaultClient} }

// OpenLink creates the link under the bill's reference.
func (c *Client) OpenLink(ctx context.Context, b billing.LinkRequest) (billing.Link, error) {
	var out billing.Link
	body, _ := json.Marshal(map[string]any{"amount": b.AmountMinor, "description": b.Memo})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.mollie.example/v2/invoices", bytes.NewReader(body))
	if err != nil {
		return out, err
	}
	req.Header.Set("Idempotency-Key", b.Reference)
	resp, err := c.hc.Do(req)
	if err != nil {
		return out, err
	}
	defer resp.Body.Close()
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
