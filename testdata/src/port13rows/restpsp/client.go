// Package restpsp collects renewals through a Mollie-style REST API and
// sends no idempotency key.
package restpsp

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"port13rows/renewals"
)

// Client talks to the API.
type Client struct{ http *http.Client }

// New returns a Client.
func New() *Client { return &Client{http: http.DefaultClient} }

// Collect creates the payment; key is ignored.
func (c *Client) Collect(ctx context.Context, s renewals.Sub, key string) (string, error) {
	body, _ := json.Marshal(map[string]any{"amount": s.AmountMinor, "customerId": s.Customer, "sequenceType": "recurring"})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.mollie.com/v2/payments", bytes.NewReader(body))
	if err != nil {
		return "", err
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
