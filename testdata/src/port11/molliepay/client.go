// Package molliepay sends payouts through a Mollie-style REST API; the
// key is the caller's (Payout.IdempotencyKey), sent only when set.
package molliepay

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"port11/payouts"
)

// Client talks to the API.
type Client struct {
	http *http.Client
	key  string
}

// New returns a Client.
func New(key string) *Client { return &Client{http: http.DefaultClient, key: key} }

// Send creates the payout.
func (c *Client) Send(ctx context.Context, p payouts.Payout) (string, error) {
	body, _ := json.Marshal(map[string]any{"amount": p.AmountMinor, "currency": p.Currency, "reference": p.Reference, "destination": p.Seller})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.mollie.com/v2/payouts", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	if p.IdempotencyKey != "" {
		req.Header.Set("Idempotency-Key", p.IdempotencyKey)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ ID string }
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.ID, err
}
